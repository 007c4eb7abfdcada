// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateBytes.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

namespace sunhall::core {

namespace {

// The lines of the bytes after the header, read in order. The first problem is kept; later
// reads return empty values, so decode() reads every field and checks once at the end.
class LineCursor
{
public:
    explicit LineCursor(QStringList lines)
        : m_lines(std::move(lines))
    {}

    bool next(QLatin1String name) const
    {
        return m_index < m_lines.size() &&
               m_lines.at(m_index).startsWith(QString(name + QLatin1Char(' ')));
    }

    QString take(QLatin1String name)
    {
        if (m_problem)
            return {};
        if (!next(name)) {
            m_problem = CertificateBytes::tr("line %1 should be the field \"%2\"")
                            .arg(m_index + 2)
                            .arg(name);
            return {};
        }
        return m_lines.at(m_index++).mid(name.size() + 1);
    }

    void fail(const QString &problem)
    {
        if (!m_problem)
            m_problem = CertificateBytes::tr("line %1: %2").arg(m_index + 1).arg(problem);
    }

    bool atEnd() const { return m_index == m_lines.size(); }
    const std::optional<QString> &problem() const { return m_problem; }

private:
    QStringList m_lines;
    qsizetype m_index = 0;
    std::optional<QString> m_problem;
};

QDate readDate(LineCursor &cursor, QLatin1String name, bool longTermAllowed)
{
    const QString text = cursor.take(name);
    if (cursor.problem() || (longTermAllowed && text == CertificateContent::longTermId()))
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        cursor.fail(CertificateBytes::tr("\"%1\" is not a date of the form YYYY-MM-DD").arg(text));
    return date;
}

} // namespace

QString CertificateBytes::instantText(const QDateTime &at)
{
    const int offset = at.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return at.toOffsetFromUtc(offset).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Result<QDateTime> CertificateBytes::parseInstant(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2})([+-])(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(match.captured(2), Qt::ISODate);
        const int sign = match.captured(3) == QLatin1String("-") ? -1 : 1;
        const int offset =
            sign * (match.captured(4).toInt() * 3600 + match.captured(5).toInt() * 60);
        if (date.isValid() && time.isValid() && qAbs(offset) <= 14 * 3600)
            return QDateTime(date, time, QTimeZone(offset));
    }
    return malformed(
        tr("\"%1\" is not a date and time such as 2025-03-04T09:30:00+08:00").arg(text));
}

Error CertificateBytes::malformed(const QString &detail)
{
    return makeError(
        QStringLiteral("certificate.bytes-malformed"),
        tr("The certificate data are not in the SUNHALL-CERT/1 format: %1.").arg(detail),
        QStringLiteral("qr"));
}

QByteArray CertificateBytes::encode(const CertificateContent &content)
{
    QString text = QString(header) + QLatin1Char('\n');
    const auto add = [&text](const char *name, const QString &value) {
        text += QLatin1String(name) + QLatin1Char(' ') + value + QLatin1Char('\n');
    };
    add("no", content.number);
    add("ci", content.caseId.toString(QUuid::WithoutBraces));
    add("ti", content.title);
    add("ic", content.itemCode);
    add("in", content.itemName);
    add("hn", content.holderName);
    add("hi", content.holderId);
    for (const CertificateLine &line : content.lines)
        add("li", line.key + QLatin1Char('=') + line.value);
    add("vf", content.validFrom.toString(Qt::ISODate));
    add("vu", content.isLongTerm() ? CertificateContent::longTermId()
                                   : content.validUntil.toString(Qt::ISODate));
    add("dc", content.departmentCode);
    add("dn", content.departmentName);
    add("at", instantText(content.issuedAt));
    add("ki", content.keyId);
    return text.toUtf8();
}

Result<CertificateContent> CertificateBytes::decode(QByteArrayView bytes)
{
    if (bytes.size() > maxSize)
        return malformed(tr("%1 bytes is more than a certificate holds").arg(bytes.size()));
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return malformed(tr("the text is not valid UTF-8"));
    if (!text.endsWith(QLatin1Char('\n')))
        return malformed(tr("the last line does not end with a line feed"));
    QStringList lines = text.chopped(1).split(QLatin1Char('\n'));
    if (lines.constFirst() != QString(header))
        return malformed(tr("the first line is not \"%1\"").arg(header));
    lines.removeFirst();

    LineCursor cursor(lines);
    CertificateContent content;
    content.number = cursor.take(QLatin1String("no"));
    const QString caseText = cursor.take(QLatin1String("ci"));
    content.caseId = QUuid::fromString(caseText);
    if (!cursor.problem() && content.caseId.toString(QUuid::WithoutBraces) != caseText)
        cursor.fail(tr("\"%1\" is not a case id in lower-case UUID form").arg(caseText));
    content.title = cursor.take(QLatin1String("ti"));
    content.itemCode = cursor.take(QLatin1String("ic"));
    content.itemName = cursor.take(QLatin1String("in"));
    content.holderName = cursor.take(QLatin1String("hn"));
    content.holderId = cursor.take(QLatin1String("hi"));
    while (!cursor.problem() && cursor.next(QLatin1String("li"))) {
        const QString line = cursor.take(QLatin1String("li"));
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            cursor.fail(tr("a content line has no '=' between its heading and its text"));
        content.lines.append({line.left(equals), line.mid(equals + 1)});
    }
    content.validFrom = readDate(cursor, QLatin1String("vf"), false);
    content.validUntil = readDate(cursor, QLatin1String("vu"), true);
    content.departmentCode = cursor.take(QLatin1String("dc"));
    content.departmentName = cursor.take(QLatin1String("dn"));
    const QString issued = cursor.take(QLatin1String("at"));
    content.keyId = cursor.take(QLatin1String("ki"));
    if (cursor.problem())
        return malformed(*cursor.problem());
    if (!cursor.atEnd())
        return malformed(tr("there is more text after the field \"ki\""));

    const Result<QDateTime> issuedAt = parseInstant(issued);
    if (!issuedAt)
        return issuedAt.error();
    content.issuedAt = *issuedAt;
    if (const Status valid = content.validate(true); !valid)
        return malformed(valid.error().message);
    if (encode(content) != bytes)
        return malformed(tr("a value is not written in its one canonical form"));
    return content;
}

} // namespace sunhall::core
