// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace sunhall::core {

/// The number of a case (受理编号), a fee receipt (票据号) or a certificate (证照编号), as
/// printed and as typed back in. Layout, 21 characters of 0–9 and A–Z with no separators:
///
///     SL HALL01 2025 00000123 K
///     │  │      │    │        └ check character, ISO/IEC 7064 MOD 37,36 over the 20 before
///     │  │      │    └ serial, 8 digits, 00000001–99999999
///     │  │      └ year, 4 digits
///     │  └ hall code, 6 of 0–9 and A–Z
///     └ kind: SL case (受理), PJ receipt (票据), ZZ certificate (证照)
///
/// Every field has a fixed width, so the text splits one way only. The check character
/// catches every single mistyped character and all but about one in five hundred swaps of two
/// neighbours (a hybrid ISO/IEC 7064 system misses a swap of two characters of consecutive
/// value when the running check sum is at one particular state). parse() also takes the
/// grouped form (SL-HALL01-2025-00000123-K), lower case and full-width characters.
/// Every error has the field "documentNumber" and a code starting with "number.".
class DocumentNumber
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNumber)
public:
    enum class Kind
    {
        Case,        // 受理编号, prefix SL
        Receipt,     // 票据号, prefix PJ
        Certificate, // 证照编号, prefix ZZ
    };
    static constexpr qsizetype length = 21;
    static constexpr qsizetype hallCodeLength = 6;
    static constexpr int maxSerial = 99999999;

    /// The number of the given parts. The hall code is upper-cased and must be six of 0–9
    /// and A–Z; the year has four digits; the serial is 1 to 99999999.
    static Result<DocumentNumber> make(Kind kind, const QString &hallCode, int year, int serial);
    /// Reads a number back; a wrong check character is refused as mistyped
    /// ("number.check-character").
    static Result<DocumentNumber> parse(const QString &text);
    /// Whether `hallCode` can stand in a number (six of 0–9 and A–Z, upper case).
    static Status checkHallCode(const QString &hallCode);
    /// ISO/IEC 7064 MOD 37,36 (hybrid system over 0–9, A–Z) over `payload`; a null QChar
    /// when the payload has a character outside 0–9 and A–Z.
    static QChar checkCharacter(QStringView payload);

    /// "SL", "PJ", "ZZ".
    static QString prefix(Kind kind);
    /// Stable identifiers for files and the wire: "case", "receipt", "certificate".
    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(const QString &id);
    /// "case number", "receipt number", "certificate number", translated.
    static QString kindDisplayName(Kind kind);

    Kind kind() const { return m_kind; }
    const QString &hallCode() const { return m_hallCode; }
    int year() const { return m_year; }
    int serial() const { return m_serial; }
    /// "SLHALL01202500000123K": what is stored, printed and encoded.
    QString toString() const;
    /// "SL-HALL01-2025-00000123-K": easier to read aloud or copy by hand.
    QString toGroupedString() const;

    friend bool operator==(const DocumentNumber &, const DocumentNumber &) = default;

private:
    DocumentNumber() = default;
    QString payload() const;

    Kind m_kind = Kind::Case;
    QString m_hallCode;
    int m_year = 0;
    int m_serial = 0;
};

} // namespace sunhall::core
