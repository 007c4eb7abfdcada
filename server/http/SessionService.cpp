// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/SessionService.h"

#include "core/crypto/Sm3.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>
#include <cstring>

namespace sunhall::server {

using core::Error;
using core::makeError;
using core::Result;
using core::Status;

namespace {
constexpr qint64 touchEverySecs = 60;

QString accountKey(const QString &userId)
{
    return QStringLiteral("user:") + userId;
}

QString workstationKey(const QString &workstation)
{
    return QStringLiteral("ws:") + workstation;
}
} // namespace

SessionService::SessionService(ServerStore &store)
    : m_store(store)
{
    // Any well-formed hash with the production parameters will do: nobody's password.
    m_decoyHash = m_hasher.hash(newToken()).value();
}

Result<SessionService::Login> SessionService::login(const QString &userId, const QString &password,
                                                    const QString &workstation,
                                                    const QDateTime &now)
{
    const Result<Attempt> attempt = begin(userId, workstation, now);
    if (!attempt)
        return attempt.error();
    return finish(*attempt, checkPassword(*attempt, password));
}

Result<SessionService::Attempt>
SessionService::begin(const QString &userId, const QString &workstation, const QDateTime &now) const
{
    const auto accountLock = lockedMinutes(accountKey(userId), maxAccountFailures, now);
    if (!accountLock)
        return accountLock.error();
    const auto workstationLock =
        lockedMinutes(workstationKey(workstation), maxWorkstationFailures, now);
    if (!workstationLock)
        return workstationLock.error();
    const int minutes = qMax(*accountLock, *workstationLock);
    if (minutes > 0) {
        return makeError(QStringLiteral("auth.locked"),
                         tr("Too many failed logins. Try again in %n minute(s).", nullptr, minutes),
                         QStringLiteral("user"));
    }
    const auto record = m_store.user(userId);
    if (!record)
        return record.error();
    Attempt attempt{userId, workstation, now, *record, m_decoyHash};
    if (attempt.user)
        attempt.passwordHash = attempt.user->passwordHash;
    return attempt;
}

bool SessionService::checkPassword(const Attempt &attempt, const QString &password) const
{
    // An unknown user costs the same hash work as a known one.
    const auto verified = m_hasher.verify(password, attempt.passwordHash);
    return attempt.user && verified.ok() && verified.value();
}

Result<SessionService::Login> SessionService::finish(const Attempt &attempt, bool passwordMatches)
{
    if (!passwordMatches || !attempt.user || attempt.user->disabled) {
        if (auto counted = countFailure(attempt.userId, attempt.workstation, attempt.now); !counted)
            return counted.error();
        return failed();
    }
    if (auto cleared = m_store.clearLoginFailures(accountKey(attempt.userId)); !cleared)
        return cleared.error();
    Login login;
    login.token = newToken();
    login.user = *attempt.user;
    login.session = SessionRecord{tokenHash(login.token),
                                  attempt.userId,
                                  attempt.workstation,
                                  attempt.now,
                                  attempt.now,
                                  attempt.now.addSecs(lifetimeSecs)};
    if (auto added = m_store.addSession(login.session); !added)
        return added.error();
    return login;
}

Result<int> SessionService::lockedMinutes(const QString &key, int limit, const QDateTime &now) const
{
    auto count = m_store.loginFailures(key, now, failureWindowSecs);
    if (!count || *count < limit)
        return count ? Result<int>(0) : Result<int>(count.error());
    // The failures stay counted until they leave the window: find the first minute at which
    // fewer than `limit` remain, asking the store about future instants.
    for (int minutes = 1; minutes < failureWindowSecs / 60; ++minutes) {
        count = m_store.loginFailures(key, now.addSecs(minutes * 60), failureWindowSecs);
        if (!count)
            return count.error();
        if (*count < limit)
            return minutes;
    }
    return failureWindowSecs / 60;
}

Status SessionService::countFailure(const QString &userId, const QString &workstation,
                                    const QDateTime &now)
{
    if (auto added = m_store.addLoginFailure(accountKey(userId), now, failureWindowSecs); !added)
        return added.error();
    auto added = m_store.addLoginFailure(workstationKey(workstation), now, failureWindowSecs);
    return added ? Status::success() : Status(added.error());
}

Error SessionService::failed() const
{
    return makeError(QStringLiteral("auth.failed"), tr("The user name or password is wrong."),
                     QStringLiteral("password"));
}

Result<SessionService::Session>
SessionService::authenticate(const QString &token, const QString &workstation, const QDateTime &now)
{
    const Error invalid = makeError(QStringLiteral("auth.session-invalid"),
                                    tr("You are not logged in on this workstation, or your "
                                       "session has ended. Please log in again."),
                                    QStringLiteral("Authorization"));
    if (!isWellFormedToken(token))
        return invalid;
    const QByteArray hash = tokenHash(token);
    const auto stored = m_store.session(hash);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->workstation != workstation)
        return invalid;
    const SessionRecord &session = **stored;
    if (now >= session.expiresAt || session.lastUsedAt.secsTo(now) >= idleSecs) {
        if (auto removed = m_store.removeSession(hash); !removed)
            return removed.error();
        return makeError(QStringLiteral("auth.session-expired"),
                         tr("Your session has expired. Please log in again."),
                         QStringLiteral("Authorization"));
    }
    const auto user = m_store.user(session.userId);
    if (!user)
        return user.error();
    if (!user->has_value() || (*user)->disabled)
        return invalid;
    if (session.lastUsedAt.secsTo(now) >= touchEverySecs) {
        if (auto touched = m_store.touchSession(hash, now); !touched)
            return touched.error();
    }
    return Session{session, **user};
}

Status SessionService::logout(const QByteArray &tokenHash)
{
    return m_store.removeSession(tokenHash);
}

QString SessionService::bearerToken(const QByteArray &authorization)
{
    static constexpr QByteArrayView scheme("bearer ");
    if (authorization.size() <= scheme.size() ||
        QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) !=
            0)
        return {};
    return QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
}

QByteArray SessionService::tokenHash(const QString &token)
{
    return core::Sm3::hash(token.toLatin1());
}

bool SessionService::isWellFormedToken(const QString &token)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return shape.match(token).hasMatch();
}

QString SessionService::newToken()
{
    std::array<quint32, tokenBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray bytes(tokenBytes, Qt::Uninitialized);
    std::memcpy(bytes.data(), words.data(), tokenBytes);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sunhall::server
