// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/PayloadReader.h"

#include <QJsonArray>

#include <cmath>

namespace sunhall::core {

QString instantToString(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QJsonValue instantToJson(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue(QJsonValue::Null);
    return instantToString(at);
}

PayloadReader::PayloadReader(const QJsonObject &object)
    : m_object(object)
    , m_sink(&m_ownError)
{}

PayloadReader::PayloadReader(const QJsonObject &object, QString prefix, std::optional<Error> *sink)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_sink(sink)
{}

QString PayloadReader::fieldName(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void PayloadReader::fail(Error error)
{
    if (!m_sink->has_value())
        *m_sink = std::move(error);
}

void PayloadReader::failType(const QString &key, const QString &expected)
{
    fail(makeError(QStringLiteral("case.field-type"),
                   tr("The field %1 must be %2.").arg(fieldName(key), expected), fieldName(key)));
}

void PayloadReader::failUnknown(const QString &key, const QString &value)
{
    fail(makeError(QStringLiteral("case.field-unknown-value"),
                   tr("The field %1 has the value \"%2\", which is not one of the allowed values.")
                       .arg(fieldName(key), value),
                   fieldName(key)));
}

QJsonValue PayloadReader::take(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (!ok())
        return QJsonValue::Undefined;
    if ((value.isUndefined() || value.isNull()) && presence == Presence::Required) {
        fail(makeError(QStringLiteral("case.field-missing"),
                       tr("The field %1 is required but was not given.").arg(fieldName(key)),
                       fieldName(key)));
        return QJsonValue::Undefined;
    }
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

QString PayloadReader::text(const QString &key, Presence presence, qsizetype maxLength)
{
    const QJsonValue value = take(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        failType(key, tr("text"));
        return {};
    }
    const QString result = value.toString();
    if (result.trimmed().isEmpty() && presence == Presence::Required) {
        fail(makeError(QStringLiteral("case.field-missing"),
                       tr("The field %1 must not be blank.").arg(fieldName(key)), fieldName(key)));
        return {};
    }
    if (result.size() > maxLength) {
        fail(makeError(QStringLiteral("case.field-too-long"),
                       tr("The field %1 has %2 characters; at most %3 are allowed.")
                           .arg(fieldName(key))
                           .arg(result.size())
                           .arg(maxLength),
                       fieldName(key)));
        return {};
    }
    return result;
}

qint64 PayloadReader::integer64(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue value = take(key, Presence::Required);
    if (value.isUndefined())
        return min;
    const double number = value.toDouble();
    // Beyond 2^53 a JSON number no longer holds every integer exactly.
    constexpr double exactLimit = 9007199254740992.0;
    if (!value.isDouble() || number != std::floor(number) || std::fabs(number) > exactLimit) {
        failType(key, tr("a whole number"));
        return min;
    }
    const auto result = static_cast<qint64>(number);
    if (result < min || result > max) {
        fail(makeError(QStringLiteral("case.field-range"),
                       tr("The field %1 is %2; it must be between %3 and %4.")
                           .arg(fieldName(key))
                           .arg(result)
                           .arg(min)
                           .arg(max),
                       fieldName(key)));
        return min;
    }
    return result;
}

int PayloadReader::integer(const QString &key, int min, int max)
{
    return static_cast<int>(integer64(key, min, max));
}

int PayloadReader::optionalInteger(const QString &key, int fallback, int min, int max)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    return integer(key, min, max);
}

bool PayloadReader::boolean(const QString &key, std::optional<bool> fallback)
{
    const QJsonValue value =
        take(key, fallback.has_value() ? Presence::Optional : Presence::Required);
    if (value.isUndefined())
        return fallback.value_or(false);
    if (!value.isBool()) {
        failType(key, tr("true or false"));
        return fallback.value_or(false);
    }
    return value.toBool();
}

QStringList PayloadReader::textList(const QString &key, Presence presence)
{
    const QJsonValue value = take(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        failType(key, tr("a list of texts"));
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            failType(QStringLiteral("%1[%2]").arg(key).arg(i), tr("text"));
            return {};
        }
        result.append(array.at(i).toString());
    }
    return result;
}

QUuid PayloadReader::uuid(const QString &key, Presence presence)
{
    const QString value = text(key, presence, 64);
    if (value.isEmpty())
        return {};
    const QUuid result = QUuid::fromString(value);
    if (result.isNull())
        failType(key, tr("a UUID"));
    return result;
}

QDateTime PayloadReader::instant(const QString &key, Presence presence)
{
    const QString value = text(key, presence, 64);
    if (value.isEmpty())
        return {};
    const QDateTime result = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!result.isValid())
        failType(key, tr("a date and time such as 2025-01-20T09:30:00+08:00"));
    return result;
}

QJsonObject PayloadReader::object(const QString &key, Presence presence)
{
    const QJsonValue value = take(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        failType(key, tr("an object"));
        return {};
    }
    return value.toObject();
}

QList<QJsonObject> PayloadReader::objectList(const QString &key, Presence presence)
{
    const QJsonValue value = take(key, presence);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        failType(key, tr("a list of objects"));
        return {};
    }
    QList<QJsonObject> result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            failType(QStringLiteral("%1[%2]").arg(key).arg(i), tr("an object"));
            return {};
        }
        result.append(array.at(i).toObject());
    }
    return result;
}

PayloadReader PayloadReader::nested(const QString &key, Presence presence)
{
    return PayloadReader(object(key, presence), fieldName(key), m_sink);
}

PayloadReader PayloadReader::element(const QString &key, qsizetype index, const QJsonObject &object)
{
    return PayloadReader(object, QStringLiteral("%1[%2]").arg(fieldName(key)).arg(index), m_sink);
}

} // namespace sunhall::core
