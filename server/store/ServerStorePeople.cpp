// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ServerStore: users, workstations, sessions and failed logins.
#include "server/store/ServerStore.h"

#include "server/store/ServerStorePrivate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sunhall::server {

using core::Result;
using core::Status;
using storesql::fromText;
using storesql::nullableText;
using storesql::utcText;

namespace {

const char userColumns[] = "id, name, roles, departments, password_hash, disabled, public_key";

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        values.append(value.toString());
    return values;
}

QString roleList(const QList<core::Role> &roles)
{
    QStringList ids;
    for (const core::Role role : roles)
        ids.append(core::roleId(role));
    return jsonList(ids);
}

UserRecord userFromQuery(const QSqlQuery &q)
{
    UserRecord user;
    user.id = q.value(0).toString();
    user.name = q.value(1).toString();
    // A role this program does not know grants nothing here.
    for (const QString &id : listFromJson(q.value(2).toString())) {
        if (const std::optional<core::Role> role = core::roleFromId(id))
            user.roles.append(*role);
    }
    user.departments = listFromJson(q.value(3).toString());
    user.passwordHash = q.value(4).toString();
    user.disabled = q.value(5).toInt() != 0;
    user.publicKeyPem = q.value(6).toString();
    return user;
}

const char workstationColumns[] =
    "name, certificate_serial, certificate_fingerprint, enrolled_at, revoked_at";

WorkstationRecord workstationFromQuery(const QSqlQuery &q)
{
    WorkstationRecord record;
    record.name = q.value(0).toString();
    record.certificateSerial = q.value(1).toString();
    record.certificateFingerprint = q.value(2).toString();
    record.enrolledAt = fromText(q.value(3).toString());
    record.revokedAt = fromText(q.value(4).toString());
    return record;
}

} // namespace

Status ServerStore::addUser(const UserRecord &user, const QDateTime &at)
{
    if (user.id.trimmed().isEmpty()) {
        return core::makeError(QStringLiteral("user.field-missing"),
                               tr("A user needs a login name."), QStringLiteral("id"));
    }
    const QString what = tr("adding the user %1").arg(user.id);
    return d->transact(what, [&]() -> Status {
        const Result<std::optional<UserRecord>> existing = this->user(user.id);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            return core::makeError(QStringLiteral("user.exists"),
                                   tr("A user with the login name %1 already exists.").arg(user.id),
                                   QStringLiteral("id"));
        }
        StoreQuery q(*d);
        const Status added = d->exec(
            q,
            QStringLiteral("INSERT INTO users (%1, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(QLatin1String(userColumns)),
            {user.id, user.name, roleList(user.roles), jsonList(user.departments),
             user.passwordHash, user.disabled ? 1 : 0, user.publicKeyPem, utcText(at), utcText(at)},
            what);
        return added ? d->bumpReference(QStringLiteral("users")) : added;
    });
}

Status ServerStore::updateUser(const UserRecord &user, const QDateTime &at)
{
    const QString what = tr("updating the user %1").arg(user.id);
    return d->transact(what, [&]() -> Status {
        StoreQuery q(*d);
        const Status updated = d->exec(
            q,
            QStringLiteral("UPDATE users SET name = ?, roles = ?, departments = ?, "
                           "password_hash = ?, disabled = ?, public_key = ?, updated_at = ? "
                           "WHERE id = ?"),
            {user.name, roleList(user.roles), jsonList(user.departments), user.passwordHash,
             user.disabled ? 1 : 0, user.publicKeyPem, utcText(at), user.id},
            what);
        if (!updated)
            return updated;
        if (q.numRowsAffected() == 0) {
            return core::makeError(QStringLiteral("user.unknown"),
                                   tr("There is no user with the login name %1.").arg(user.id),
                                   QStringLiteral("id"));
        }
        return d->bumpReference(QStringLiteral("users"));
    });
}

Result<std::optional<UserRecord>> ServerStore::user(const QString &id) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(
            q, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(userColumns)),
            {id}, tr("reading the user %1").arg(id));
        !read)
        return read.error();
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(userFromQuery(q));
}

Result<QList<UserRecord>> ServerStore::users() const
{
    StoreQuery q(*d);
    if (Status read = d->exec(
            q, QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(QLatin1String(userColumns)),
            {}, tr("reading the users"));
        !read)
        return read.error();
    QList<UserRecord> users;
    while (q.next())
        users.append(userFromQuery(q));
    return users;
}

Status ServerStore::addWorkstation(const WorkstationRecord &workstation)
{
    if (workstation.name.trimmed().isEmpty() || workstation.certificateSerial.isEmpty()) {
        return core::makeError(QStringLiteral("workstation.field-missing"),
                               tr("A workstation needs a name and a certificate serial."),
                               workstation.name.trimmed().isEmpty()
                                   ? QStringLiteral("name")
                                   : QStringLiteral("certificateSerial"));
    }
    const QString what = tr("enrolling the workstation %1").arg(workstation.name);
    return d->transact(what, [&]() -> Status {
        const Result<std::optional<WorkstationRecord>> existing =
            this->workstation(workstation.name);
        if (!existing)
            return existing.error();
        if (existing->has_value() && !existing->value().isRevoked()) {
            return core::makeError(QStringLiteral("workstation.exists"),
                                   tr("The workstation %1 is already enrolled; revoke it "
                                      "before you enrol it again.")
                                       .arg(workstation.name),
                                   QStringLiteral("name"));
        }
        StoreQuery q(*d);
        return d->exec(q,
                       QStringLiteral("INSERT INTO workstations (%1) VALUES (?, ?, ?, ?, ?)")
                           .arg(QLatin1String(workstationColumns)),
                       {workstation.name, workstation.certificateSerial.toUpper(),
                        workstation.certificateFingerprint, utcText(workstation.enrolledAt),
                        nullableText(utcText(workstation.revokedAt))},
                       what);
    });
}

Status ServerStore::revokeWorkstation(const QString &name, const QDateTime &at)
{
    const QString what = tr("revoking the workstation %1").arg(name);
    return d->transact(what, [&]() -> Status {
        const Result<std::optional<WorkstationRecord>> existing = workstation(name);
        if (!existing)
            return existing.error();
        if (!existing->has_value()) {
            return core::makeError(QStringLiteral("workstation.unknown"),
                                   tr("No workstation named %1 is enrolled.").arg(name),
                                   QStringLiteral("name"));
        }
        // Every certificate ever issued to the name is shut out, not only the newest.
        StoreQuery q(*d);
        return d->exec(q,
                       QStringLiteral("UPDATE workstations SET revoked_at = ? "
                                      "WHERE name = ? AND revoked_at IS NULL"),
                       {utcText(at), name}, what);
    });
}

Result<std::optional<WorkstationRecord>> ServerStore::workstation(const QString &name) const
{
    // The certificate in use: the newest one not revoked, else the newest one.
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT %1 FROM workstations WHERE name = ? "
                                             "ORDER BY CASE WHEN revoked_at IS NULL THEN 0 "
                                             "ELSE 1 END, enrolled_at DESC LIMIT 1")
                                  .arg(QLatin1String(workstationColumns)),
                              {name}, tr("reading the workstation %1").arg(name));
        !read)
        return read.error();
    if (!q.next())
        return std::optional<WorkstationRecord>();
    return std::optional<WorkstationRecord>(workstationFromQuery(q));
}

Result<bool> ServerStore::isCertificateRevoked(const QString &serial) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT revoked_at FROM workstations "
                                             "WHERE certificate_serial = ?"),
                              {serial.toUpper()}, tr("checking a workstation certificate"));
        !read)
        return read.error();
    return q.next() && !q.value(0).isNull();
}

Status ServerStore::addSession(const SessionRecord &session)
{
    StoreQuery q(*d);
    return d->exec(q,
                   QStringLiteral("INSERT INTO sessions (token_hash, user_id, workstation, "
                                  "created_at, last_used_at, expires_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {session.tokenHash, session.userId, session.workstation,
                    utcText(session.createdAt), utcText(session.lastUsedAt),
                    utcText(session.expiresAt)},
                   tr("opening a session for %1").arg(session.userId));
}

Result<std::optional<SessionRecord>> ServerStore::session(const QByteArray &tokenHash) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT user_id, workstation, created_at, "
                                             "last_used_at, expires_at FROM sessions "
                                             "WHERE token_hash = ?"),
                              {tokenHash}, tr("reading a session"));
        !read)
        return read.error();
    if (!q.next())
        return std::optional<SessionRecord>();
    SessionRecord session;
    session.tokenHash = tokenHash;
    session.userId = q.value(0).toString();
    session.workstation = q.value(1).toString();
    session.createdAt = fromText(q.value(2).toString());
    session.lastUsedAt = fromText(q.value(3).toString());
    session.expiresAt = fromText(q.value(4).toString());
    return std::optional<SessionRecord>(session);
}

Status ServerStore::touchSession(const QByteArray &tokenHash, const QDateTime &at)
{
    StoreQuery q(*d);
    return d->exec(q, QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE token_hash = ?"),
                   {utcText(at), tokenHash}, tr("recording the use of a session"));
}

Status ServerStore::removeSession(const QByteArray &tokenHash)
{
    StoreQuery q(*d);
    return d->exec(q, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash},
                   tr("closing a session"));
}

Result<int> ServerStore::addLoginFailure(const QString &key, const QDateTime &at, int windowSecs)
{
    const QString what = tr("recording a failed login");
    const qint64 now = at.toMSecsSinceEpoch();
    StoreQuery q(*d);
    // Failures older than the window no longer count: drop them as new ones arrive.
    if (Status pruned = d->exec(q,
                                QStringLiteral("DELETE FROM login_failures WHERE key = ? AND "
                                               "at_ms <= ?"),
                                {key, now - qint64(windowSecs) * 1000}, what);
        !pruned)
        return pruned.error();
    if (Status added = d->exec(q,
                               QStringLiteral("INSERT INTO login_failures (key, at_ms) "
                                              "VALUES (?, ?)"),
                               {key, now}, what);
        !added)
        return added.error();
    return loginFailures(key, at, windowSecs);
}

Result<int> ServerStore::loginFailures(const QString &key, const QDateTime &at,
                                       int windowSecs) const
{
    const qint64 now = at.toMSecsSinceEpoch();
    StoreQuery q(*d);
    if (Status read =
            d->exec(q,
                    QStringLiteral("SELECT count(*) FROM login_failures WHERE key = ? "
                                   "AND at_ms > ? AND at_ms <= ?"),
                    {key, now - qint64(windowSecs) * 1000, now}, tr("counting failed logins"));
        !read)
        return read.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status ServerStore::clearLoginFailures(const QString &key)
{
    StoreQuery q(*d);
    return d->exec(q, QStringLiteral("DELETE FROM login_failures WHERE key = ?"), {key},
                   tr("clearing failed logins"));
}

} // namespace sunhall::server
