// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace sunhall::core {

class PayloadReader;

/// One line of a certificate's content as printed: "经营场所" = "青岛市市南区香港中路10号".
struct CertificateLine
{
    QString key;
    QString value;

    friend bool operator==(const CertificateLine &, const CertificateLine &) = default;
};

/// What a permit or certificate (证照) says, and so what its QR code signs: the certificate
/// number (a ZZ document number), the case and item it comes from, its holder and the holder's
/// identity number (GB 11643 or GB 32100), its content lines, its validity (an invalid
/// `validUntil` means long-term, 长期有效), the issuing department, the instant of issue and
/// the key id (the SM3 fingerprint of the department key that signs it). Not to be confused
/// with CaseState's CertificateRecord, which tracks a case's printing and hand-over.
/// validate() checks every field against the limits below; the errors name the field and
/// have codes starting with "certificate.".
struct CertificateContent
{
    Q_DECLARE_TR_FUNCTIONS(CertificateContent)
public:
    static constexpr qsizetype maxTitleLength = 40;
    static constexpr qsizetype maxItemCodeLength = 64;
    static constexpr qsizetype maxNameLength = 100; // item, holder and department names
    static constexpr qsizetype maxDepartmentCodeLength = 32;
    static constexpr qsizetype maxLineKeyLength = 20;
    static constexpr qsizetype maxLineValueLength = 200;
    static constexpr qsizetype maxLines = 20;

    QString number; // "ZZQD0001202500000123K"
    QUuid caseId;
    QString title; // 证照名称: "食品经营许可证"
    QString itemCode;
    QString itemName;
    QString holderName;
    QString holderId; // 18 characters, normalised
    QList<CertificateLine> lines;
    QDate validFrom;
    QDate validUntil; // invalid: long-term
    QString departmentCode;
    QString departmentName;
    QDateTime issuedAt; // kept to the second, with its UTC offset
    QString keyId;      // 64 lower-case hex digits; set by CertificateSigner

    bool isLongTerm() const { return !validUntil.isValid(); }
    /// Whether the certificate's validity covers `day` (from validFrom to validUntil, both
    /// included; long-term has no end).
    bool isInForceOn(const QDate &day) const;

    /// The first problem of any field, or success. The key id may be empty (not yet signed)
    /// unless `requireKeyId`.
    Status validate(bool requireKeyId = false) const;

    /// The record as JSON, for files (`sunhallctl cert sign --record`), the wire and the
    /// print layout: number, caseId, title, itemCode, itemName, holderName, holderId,
    /// lines [{key, value}], validFrom, validUntil ("long-term" or YYYY-MM-DD),
    /// departmentCode, departmentName, issuedAt (ISO 8601 with offset), keyId.
    QJsonObject toJson() const;
    /// Reads toJson()'s form; issuedAt and keyId may be absent. The number and holder ID are
    /// normalised (grouped or full-width input is accepted). The content is not validated.
    static Result<CertificateContent> fromJson(const QJsonObject &json);

    /// Whether a department code can stand in a certificate and name a key folder: 1 to
    /// maxDepartmentCodeLength of A–Z, a–z, 0–9, '-' and '_'.
    static Status checkDepartmentCode(const QString &code);
    /// Whether text can stand in a field: no line break or other control character and no
    /// space at either end. The error names `field` and calls it `label`.
    static Status checkPlainText(const QString &text, const QString &field, const QString &label);
    /// "long-term" as the bytes and the JSON spell it.
    static QString longTermId() { return QStringLiteral("long-term"); }

    friend bool operator==(const CertificateContent &, const CertificateContent &) = default;

private:
    Status validateIdentity() const;
    Status validateTexts() const;
    Status validateLines() const;
    Status validateDates() const;
    static QDate readDate(PayloadReader &reader, const QString &key, bool longTermAllowed);
};

} // namespace sunhall::core
