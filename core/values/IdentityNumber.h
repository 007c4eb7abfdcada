// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace sunhall::core {

/// An applicant's identity number, checked: a citizen ID number (居民身份证号码, GB 11643) or
/// a unified social credit code of an organisation (统一社会信用代码, GB 32100). Both have 18
/// characters and a check character, so a mistyped number is refused at the window. Input is
/// normalised before it is judged: full-width characters typed with a Chinese input method
/// become ASCII, spaces are dropped and letters are upper-cased (11010519491231002x becomes
/// …002X). Every error has the field "identityNumber" and a code starting with "identity.".
class IdentityNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdentityNumber)
public:
    enum class Kind
    {
        CitizenId,  // 居民身份证号码
        CreditCode, // 统一社会信用代码
    };
    enum class Sex
    {
        Female,
        Male,
    };

    /// Tells which of the two kinds `text` is and checks it. Eighteen characters of which the
    /// first seventeen are digits and the last a digit or X are judged as a citizen ID number
    /// (unless they only make sense as a credit code); anything else as a credit code.
    static Result<IdentityNumber> check(const QString &text, const QDate &today);
    /// A citizen ID number: 17 digits and a check character (ISO 7064 MOD 11-2, 0–9 or X),
    /// a first digit 1–8 (a region of China), and a real birth date from 1900-01-01 up to
    /// `today`.
    static Result<IdentityNumber> parseCitizenId(const QString &text, const QDate &today);
    /// A unified social credit code: 18 characters of 0–9 and A–Y without I, O, S, V and Z;
    /// a known registration authority (position 1) and organisation type (position 2); a
    /// region code of six digits (positions 3–8); and the MOD 31 check character.
    static Result<IdentityNumber> parseCreditCode(const QString &text);

    /// The check character (0–9 or X) for the first 17 digits of a citizen ID number; a null
    /// QChar when `first17` is not 17 digits.
    static QChar citizenIdCheckCharacter(QStringView first17);
    /// The check character for the first 17 characters of a credit code; a null QChar when
    /// `first17` is not 17 characters of the code's character set.
    static QChar creditCodeCheckCharacter(QStringView first17);

    Kind kind() const { return m_kind; }
    /// The normalised 18 characters.
    const QString &number() const { return m_number; }
    /// The administrative region code (GB/T 2260) of six digits: where the citizen ID was
    /// issued, or where the organisation's registration authority sits.
    QString regionCode() const;
    /// The birth date of a citizen ID; an invalid QDate for a credit code.
    QDate birthDate() const { return m_birthDate; }
    /// The sex of a citizen ID's holder (the 17th digit: odd is male); none for a credit code.
    std::optional<Sex> sex() const { return m_sex; }
    /// Position 1 of a credit code (1 机构编制, 5 民政, 9 工商 …); a null QChar for a citizen ID.
    QChar registrationAuthority() const;
    /// Position 2 of a credit code (for authority 9: 1 企业, 2 个体工商户, 3 农民专业合作社);
    /// a null QChar for a citizen ID.
    QChar organisationType() const;

    friend bool operator==(const IdentityNumber &, const IdentityNumber &) = default;

private:
    IdentityNumber() = default;

    Kind m_kind = Kind::CitizenId;
    QString m_number;
    QDate m_birthDate;
    std::optional<Sex> m_sex;
};

} // namespace sunhall::core
