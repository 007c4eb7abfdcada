// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sunhall::core {

/// An instant as it is written in case JSON: ISO 8601 with milliseconds and the UTC offset
/// ("2025-01-20T09:30:00.000+08:00"), so the same instant always gives the same bytes.
QString instantToString(const QDateTime &at);
QJsonValue instantToJson(const QDateTime &at); // null for an invalid instant

/// Reads a JSON object sent from outside (a command payload, an event, a summary) and checks
/// every value's type and range. The first problem is kept as an Error naming the field
/// ("applicant.name", "fees[1].amountFen"); later reads return empty values, so a decoder
/// reads every field and checks `ok()` once at the end. Nested readers report into their
/// parent.
class PayloadReader
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)
public:
    enum class Presence
    {
        Required,
        Optional
    };

    explicit PayloadReader(const QJsonObject &object);
    PayloadReader(const PayloadReader &) = delete;
    PayloadReader &operator=(const PayloadReader &) = delete;

    /// Text as given; a required text must not be blank.
    QString text(const QString &key, Presence presence = Presence::Required,
                 qsizetype maxLength = 500);
    int integer(const QString &key, int min, int max);
    int optionalInteger(const QString &key, int fallback, int min, int max);
    qint64 integer64(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key, std::optional<bool> fallback = std::nullopt);
    QStringList textList(const QString &key, Presence presence = Presence::Optional);
    QUuid uuid(const QString &key, Presence presence = Presence::Required);
    QDateTime instant(const QString &key, Presence presence = Presence::Required);
    QJsonObject object(const QString &key, Presence presence = Presence::Required);
    QList<QJsonObject> objectList(const QString &key, Presence presence = Presence::Optional);
    /// A reader over the object at `key` whose errors name "key.field".
    PayloadReader nested(const QString &key, Presence presence = Presence::Required);
    /// A reader over element `index` of the list at `key`; its errors name "key[index].field".
    PayloadReader element(const QString &key, qsizetype index, const QJsonObject &object);

    /// Reads an identifier of a fixed vocabulary ("hearing", "cash"...).
    template<typename Enum>
    Enum vocabulary(const QString &key, std::optional<Enum> (*fromId)(const QString &),
                    Enum fallback, Presence presence = Presence::Required)
    {
        const QString id = text(key, presence, 64);
        if (id.isEmpty())
            return fallback;
        if (const std::optional<Enum> value = fromId(id))
            return *value;
        failUnknown(key, id);
        return fallback;
    }

    /// The decoded value, or the first problem found while reading it.
    template<typename T>
    Result<T> finish(T value) const
    {
        if (!ok())
            return error();
        return value;
    }

    /// Records a problem found by the caller, unless an earlier one is already recorded.
    void fail(Error error);
    QString fieldName(const QString &key) const;
    bool ok() const { return !m_sink->has_value(); }
    Error error() const { return m_sink->value_or(Error{}); }

private:
    PayloadReader(const QJsonObject &object, QString prefix, std::optional<Error> *sink);
    QJsonValue take(const QString &key, Presence presence);
    void failType(const QString &key, const QString &expected);
    void failUnknown(const QString &key, const QString &value);

    QJsonObject m_object;
    QString m_prefix;
    std::optional<Error> m_ownError;
    std::optional<Error> *m_sink;
};

} // namespace sunhall::core
