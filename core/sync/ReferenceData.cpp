// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ReferenceData.h"

#include "core/case/PayloadReader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace sunhall::core {

namespace {

constexpr int maxInt = std::numeric_limits<int>::max();
constexpr qint64 maxSeq = std::numeric_limits<qint64>::max();

Actor readUser(PayloadReader &reader, const QString &idKey)
{
    Actor actor;
    actor.userId = reader.text(idKey, PayloadReader::Presence::Required, 64);
    actor.name = reader.text(QStringLiteral("name"), PayloadReader::Presence::Optional, 100);
    for (const QString &id : reader.textList(QStringLiteral("roles"))) {
        // A role this program does not know yet grants nothing here; the server decides.
        if (const std::optional<Role> role = roleFromId(id))
            actor.roles.append(*role);
    }
    actor.departments = reader.textList(QStringLiteral("departments"));
    return actor;
}

} // namespace

Result<ReferenceData::Calendar> ReferenceData::calendarFromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    Calendar calendar;
    calendar.version = reader.integer(QStringLiteral("version"), 0, maxInt);
    const QList<QJsonObject> years = reader.objectList(QStringLiteral("years"));
    const QList<QJsonObject> closures = reader.objectList(QStringLiteral("closures"));
    if (!reader.ok())
        return reader.error();
    for (qsizetype i = 0; i < years.size(); ++i) {
        Result<YearSchedule> year = WorkingCalendar::parseSchedule(
            QJsonDocument(years.at(i)).toJson(QJsonDocument::Compact));
        if (!year) {
            Error error = year.error();
            error.field = QStringLiteral("years[%1]").arg(i);
            return error;
        }
        calendar.years.append(std::move(year).value());
    }
    for (qsizetype i = 0; i < closures.size(); ++i) {
        PayloadReader closure = reader.element(QStringLiteral("closures"), i, closures.at(i));
        const QString day =
            closure.text(QStringLiteral("date"), PayloadReader::Presence::Required, 10);
        const QString reason =
            closure.text(QStringLiteral("reason"), PayloadReader::Presence::Optional);
        const QDate date = QDate::fromString(day, Qt::ISODate);
        if (closure.ok() && !date.isValid()) {
            closure.fail(
                makeError(QStringLiteral("sync.bad-date"),
                          tr("The closure %1 of the server's calendar is not a date.").arg(day),
                          QStringLiteral("closures[%1].date").arg(i)));
        }
        if (!reader.ok())
            return reader.error();
        calendar.closures.append(LocalClosure{date, reason});
    }
    return calendar;
}

Result<ReferenceData::Users> ReferenceData::usersFromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    Users users;
    users.version = reader.integer(QStringLiteral("version"), 0, maxInt);
    const QList<QJsonObject> list = reader.objectList(QStringLiteral("users"));
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        PayloadReader user = reader.element(QStringLiteral("users"), i, list.at(i));
        LocalUser local;
        local.actor = readUser(user, QStringLiteral("id"));
        local.disabled = user.boolean(QStringLiteral("disabled"), false);
        users.users.append(local);
    }
    return reader.finish(users);
}

Result<ReferenceData::CertificateKeys>
ReferenceData::certificateKeysFromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    CertificateKeys keys;
    keys.version =
        reader.text(QStringLiteral("keysVersion"), PayloadReader::Presence::Required, 64);
    if (!reader.ok())
        return reader.error();
    Result<CertificateKeySet> keySet =
        CertificateKeySet::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!keySet) {
        return makeError(
            keySet.error().code,
            tr("The server's certificate key set cannot be read: %1").arg(keySet.error().message),
            keySet.error().field);
    }
    keys.keySet = std::move(keySet).value();
    return keys;
}

Result<ReferenceData::Lease> ReferenceData::leaseFromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    Lease lease;
    lease.kind = reader.text(QStringLiteral("kind"), PayloadReader::Presence::Required, 32);
    lease.hallCode = reader.text(QStringLiteral("hallCode"), PayloadReader::Presence::Required, 16);
    lease.workstation =
        reader.text(QStringLiteral("workstation"), PayloadReader::Presence::Optional, 64);
    lease.year = reader.integer(QStringLiteral("year"), 1900, 9999);
    lease.first = reader.integer64(QStringLiteral("first"), 1, maxSeq);
    lease.last = reader.integer64(QStringLiteral("last"), 1, maxSeq);
    if (reader.ok() && lease.last < lease.first) {
        reader.fail(makeError(
            QStringLiteral("sync.bad-lease"),
            tr("The server leased the empty range %1–%2.").arg(lease.first).arg(lease.last),
            QStringLiteral("last")));
    }
    return reader.finish(lease);
}

Result<LocalSession> ReferenceData::sessionFromJson(const QJsonObject &json, const QDateTime &at)
{
    PayloadReader reader(json);
    LocalSession session;
    session.token = reader.text(QStringLiteral("token"), PayloadReader::Presence::Required, 512);
    // Only shown to the user and used as a hint: the server decides when a session ends.
    const QString expires =
        reader.text(QStringLiteral("expiresAt"), PayloadReader::Presence::Optional, 64);
    session.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
    PayloadReader user = reader.nested(QStringLiteral("user"));
    session.user = readUser(user, QStringLiteral("id"));
    session.loggedInAt = at;
    return reader.finish(session);
}

} // namespace sunhall::core
