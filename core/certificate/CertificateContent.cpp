// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateContent.h"

#include "core/case/PayloadReader.h"
#include "core/values/DocumentNumber.h"
#include "core/values/IdentityNumber.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sunhall::core {

namespace {

using Presence = PayloadReader::Presence;

// Characters that would break a line of the signed bytes or hide text on screen: C0 and C1
// controls, DEL and the Unicode line and paragraph separators.
bool isForbidden(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

bool isLowerHex(const QString &text, qsizetype length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]*$"));
    return text.size() == length && hex.match(text).hasMatch();
}

QString normalisedNumber(const QString &text)
{
    const Result<DocumentNumber> number = DocumentNumber::parse(text);
    return number ? number->toString() : text;
}

QString normalisedIdentity(const QString &text, const QDateTime &issuedAt)
{
    const QDate today = issuedAt.isValid() ? issuedAt.date() : QDate(9999, 12, 31);
    const Result<IdentityNumber> identity = IdentityNumber::check(text, today);
    return identity ? identity->number() : text;
}

} // namespace

bool CertificateContent::isInForceOn(const QDate &day) const
{
    return day >= validFrom && (isLongTerm() || day <= validUntil);
}

Status CertificateContent::checkDepartmentCode(const QString &code)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9_-]{1,%1}$").arg(maxDepartmentCodeLength));
    if (shape.match(code).hasMatch())
        return Status::success();
    return makeError(QStringLiteral("certificate.department-code"),
                     tr("The department code \"%1\" must be 1 to %2 letters, digits, '-' or '_'.")
                         .arg(code)
                         .arg(maxDepartmentCodeLength),
                     QStringLiteral("departmentCode"));
}

Status CertificateContent::validate(bool requireKeyId) const
{
    if (const Status identity = validateIdentity(); !identity)
        return identity;
    if (const Status texts = validateTexts(); !texts)
        return texts;
    if (const Status contentLines = validateLines(); !contentLines)
        return contentLines;
    if (const Status dates = validateDates(); !dates)
        return dates;
    if ((requireKeyId || !keyId.isEmpty()) && !isLowerHex(keyId, 64)) {
        return makeError(QStringLiteral("certificate.key-id"),
                         tr("The key id must be the SM3 fingerprint of the signing key: 64 "
                            "lower-case hexadecimal digits."),
                         QStringLiteral("keyId"));
    }
    return Status::success();
}

Status CertificateContent::validateIdentity() const
{
    const Result<DocumentNumber> parsed = DocumentNumber::parse(number);
    if (!parsed) {
        return makeError(parsed.error().code,
                         tr("Certificate number: %1").arg(parsed.error().message),
                         QStringLiteral("number"));
    }
    if (parsed->kind() != DocumentNumber::Kind::Certificate || parsed->toString() != number) {
        return makeError(QStringLiteral("certificate.number-kind"),
                         tr("\"%1\" is not a certificate number written as ZZ, hall code, year, "
                            "serial and check character without separators.")
                             .arg(number),
                         QStringLiteral("number"));
    }
    if (caseId.isNull()) {
        return makeError(QStringLiteral("certificate.case-missing"),
                         tr("The certificate does not name its case."), QStringLiteral("caseId"));
    }
    if (!issuedAt.isValid()) {
        return makeError(QStringLiteral("certificate.issued-missing"),
                         tr("The certificate has no date and time of issue."),
                         QStringLiteral("issuedAt"));
    }
    const Result<IdentityNumber> holder = IdentityNumber::check(holderId, issuedAt.date());
    if (!holder) {
        return makeError(holder.error().code,
                         tr("Holder's ID number: %1").arg(holder.error().message),
                         QStringLiteral("holderId"));
    }
    if (holder->number() != holderId) {
        return makeError(QStringLiteral("certificate.holder-id-form"),
                         tr("The holder's ID number must be written as %1.").arg(holder->number()),
                         QStringLiteral("holderId"));
    }
    return checkDepartmentCode(departmentCode);
}

Status CertificateContent::validateTexts() const
{
    struct TextField
    {
        const QString &value;
        const char *field;
        qsizetype maxLength;
        QString label;
    };
    const QList<TextField> fields{
        {title, "title", maxTitleLength, tr("The certificate's name")},
        {itemCode, "itemCode", maxItemCodeLength, tr("The item code")},
        {itemName, "itemName", maxNameLength, tr("The item name")},
        {holderName, "holderName", maxNameLength, tr("The holder's name")},
        {departmentName, "departmentName", maxNameLength, tr("The department's name")},
    };
    for (const TextField &text : fields) {
        const QString field = QString::fromLatin1(text.field);
        if (text.value.trimmed().isEmpty()) {
            return makeError(QStringLiteral("certificate.field-missing"),
                             tr("%1 is missing.").arg(text.label), field);
        }
        if (text.value.size() > text.maxLength) {
            return makeError(QStringLiteral("certificate.field-too-long"),
                             tr("%1 has %2 characters; at most %3 fit on a certificate.")
                                 .arg(text.label)
                                 .arg(text.value.size())
                                 .arg(text.maxLength),
                             field);
        }
        if (const Status plain = checkPlainText(text.value, field, text.label); !plain)
            return plain;
    }
    return Status::success();
}

Status CertificateContent::validateLines() const
{
    if (lines.size() > maxLines) {
        return makeError(QStringLiteral("certificate.too-many-lines"),
                         tr("The certificate has %1 content lines; at most %2 are allowed.")
                             .arg(lines.size())
                             .arg(maxLines),
                         QStringLiteral("lines"));
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CertificateLine &line = lines.at(i);
        const QString field = QStringLiteral("lines[%1]").arg(i);
        const QString label = tr("Content line %1").arg(i + 1);
        if (line.key.trimmed().isEmpty() || line.value.trimmed().isEmpty()) {
            return makeError(QStringLiteral("certificate.line-empty"),
                             tr("%1 needs both a heading and a text.").arg(label), field);
        }
        if (line.key.size() > maxLineKeyLength || line.value.size() > maxLineValueLength) {
            return makeError(QStringLiteral("certificate.field-too-long"),
                             tr("%1 is too long: at most %2 characters of heading and %3 of "
                                "text.")
                                 .arg(label)
                                 .arg(maxLineKeyLength)
                                 .arg(maxLineValueLength),
                             field);
        }
        if (line.key.contains(QLatin1Char('='))) {
            return makeError(
                QStringLiteral("certificate.line-key"),
                tr("%1: the heading \"%2\" must not contain '='.").arg(label, line.key),
                field + QStringLiteral(".key"));
        }
        if (const Status plain = checkPlainText(line.key, field + QStringLiteral(".key"), label);
            !plain)
            return plain;
        if (const Status plain =
                checkPlainText(line.value, field + QStringLiteral(".value"), label);
            !plain)
            return plain;
    }
    return Status::success();
}

Status CertificateContent::validateDates() const
{
    const QDate first(1900, 1, 1);
    const QDate last(9999, 12, 31);
    if (!validFrom.isValid() || validFrom < first || validFrom > last) {
        return makeError(QStringLiteral("certificate.valid-from"),
                         tr("The certificate needs the first day of its validity."),
                         QStringLiteral("validFrom"));
    }
    if (!isLongTerm() && (validUntil < validFrom || validUntil > last)) {
        return makeError(
            QStringLiteral("certificate.valid-until"),
            tr("The certificate's validity ends on %1, before it begins on %2.")
                .arg(validUntil.toString(Qt::ISODate), validFrom.toString(Qt::ISODate)),
            QStringLiteral("validUntil"));
    }
    if (issuedAt.date().year() < 1900 || issuedAt.date().year() > 9999) {
        return makeError(QStringLiteral("certificate.issued-missing"),
                         tr("The certificate's date of issue is out of range."),
                         QStringLiteral("issuedAt"));
    }
    return Status::success();
}

Status CertificateContent::checkPlainText(const QString &text, const QString &field,
                                          const QString &label)
{
    if (text != text.trimmed()) {
        return makeError(QStringLiteral("certificate.field-spaces"),
                         tr("%1 must not begin or end with a space.").arg(label), field);
    }
    for (const QChar c : text) {
        if (isForbidden(c)) {
            return makeError(
                QStringLiteral("certificate.field-control"),
                tr("%1 contains a line break or another control character.").arg(label), field);
        }
    }
    return Status::success();
}

QJsonObject CertificateContent::toJson() const
{
    QJsonArray lineArray;
    for (const CertificateLine &line : lines)
        lineArray.append(
            QJsonObject{{QStringLiteral("key"), line.key}, {QStringLiteral("value"), line.value}});
    return QJsonObject{
        {QStringLiteral("number"), number},
        {QStringLiteral("caseId"), caseId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("title"), title},
        {QStringLiteral("itemCode"), itemCode},
        {QStringLiteral("itemName"), itemName},
        {QStringLiteral("holderName"), holderName},
        {QStringLiteral("holderId"), holderId},
        {QStringLiteral("lines"), lineArray},
        {QStringLiteral("validFrom"), validFrom.toString(Qt::ISODate)},
        {QStringLiteral("validUntil"),
         isLongTerm() ? longTermId() : validUntil.toString(Qt::ISODate)},
        {QStringLiteral("departmentCode"), departmentCode},
        {QStringLiteral("departmentName"), departmentName},
        {QStringLiteral("issuedAt"), instantToJson(issuedAt)},
        {QStringLiteral("keyId"), keyId},
    };
}

Result<CertificateContent> CertificateContent::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    CertificateContent content;
    content.number =
        normalisedNumber(reader.text(QStringLiteral("number"), Presence::Required, 64));
    content.caseId = reader.uuid(QStringLiteral("caseId"));
    content.title = reader.text(QStringLiteral("title"), Presence::Required, maxTitleLength);
    content.itemCode =
        reader.text(QStringLiteral("itemCode"), Presence::Required, maxItemCodeLength);
    content.itemName = reader.text(QStringLiteral("itemName"), Presence::Required, maxNameLength);
    content.holderName =
        reader.text(QStringLiteral("holderName"), Presence::Required, maxNameLength);
    const QString holderId = reader.text(QStringLiteral("holderId"), Presence::Required, 64);
    const QList<QJsonObject> lineObjects = reader.objectList(QStringLiteral("lines"));
    for (qsizetype i = 0; i < lineObjects.size() && i <= maxLines; ++i) {
        PayloadReader element = reader.element(QStringLiteral("lines"), i, lineObjects.at(i));
        content.lines.append(
            {element.text(QStringLiteral("key"), Presence::Required, maxLineKeyLength),
             element.text(QStringLiteral("value"), Presence::Required, maxLineValueLength)});
    }
    content.validFrom = readDate(reader, QStringLiteral("validFrom"), false);
    content.validUntil = readDate(reader, QStringLiteral("validUntil"), true);
    content.departmentCode =
        reader.text(QStringLiteral("departmentCode"), Presence::Required, maxDepartmentCodeLength);
    content.departmentName =
        reader.text(QStringLiteral("departmentName"), Presence::Required, maxNameLength);
    content.issuedAt = reader.instant(QStringLiteral("issuedAt"), Presence::Optional);
    content.keyId = reader.text(QStringLiteral("keyId"), Presence::Optional, 64);
    content.holderId = normalisedIdentity(holderId, content.issuedAt);
    return reader.finish(content);
}

QDate CertificateContent::readDate(PayloadReader &reader, const QString &key, bool longTermAllowed)
{
    const QString text = reader.text(key, Presence::Required, 16);
    if (!reader.ok())
        return {};
    if (longTermAllowed && text == longTermId())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid()) {
        reader.fail(makeError(
            QStringLiteral("certificate.date"),
            longTermAllowed
                ? tr("The field %1 must be a date such as 2030-03-03 or "
                     "\"long-term\".")
                      .arg(reader.fieldName(key))
                : tr("The field %1 must be a date such as 2025-03-04.").arg(reader.fieldName(key)),
            reader.fieldName(key)));
    }
    return date;
}

} // namespace sunhall::core
