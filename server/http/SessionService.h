// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/PasswordHasher.h"
#include "server/store/ServerStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace sunhall::server {

/// Logging in and the sessions that follow (docs/protocol.md, POST /v1/session): checks a
/// password with Argon2id against the server's record, answers the same "auth.failed" for an
/// unknown user, a wrong password and a disabled user (an unknown user costs the same hash
/// work), locks an account after 5 failures and a workstation after 20 within 15 minutes
/// ("auth.locked", with the minutes left), and issues a bearer token of 32 random bytes
/// (base64url, 43 characters) of which only the SM3 hash is stored. A session is bound to its
/// workstation, ends after 12 hours without use or 24 hours after login, and is touched at
/// most once a minute.
class SessionService
{
    Q_DECLARE_TR_FUNCTIONS(SessionService)
public:
    static constexpr int maxAccountFailures = 5;
    static constexpr int maxWorkstationFailures = 20;
    static constexpr int failureWindowSecs = 15 * 60;
    static constexpr qint64 idleSecs = 12 * 3600;
    static constexpr qint64 lifetimeSecs = 24 * 3600;
    static constexpr int tokenBytes = 32;

    struct Login
    {
        QString token;
        SessionRecord session;
        UserRecord user;
    };
    struct Session
    {
        SessionRecord session;
        UserRecord user;
    };

    explicit SessionService(ServerStore &store);

    /// A login under way: what the store said before the password is checked.
    struct Attempt
    {
        QString userId;
        QString workstation;
        QDateTime now;
        std::optional<UserRecord> user;
        QString passwordHash; // the user's, or a decoy for an unknown user
    };

    /// Logs `userId` in at `workstation`: begin(), checkPassword(), finish() in a row.
    /// Failures are counted in the store, so the limits survive a restart; the caller counts
    /// them in the metrics (an error code "auth.failed").
    core::Result<Login> login(const QString &userId, const QString &password,
                              const QString &workstation, const QDateTime &now);
    /// The store's part before the password: the lockouts and the user's record.
    core::Result<Attempt> begin(const QString &userId, const QString &workstation,
                                const QDateTime &now) const;
    /// The Argon2id check, with no store: safe on any thread, and slow on purpose.
    bool checkPassword(const Attempt &attempt, const QString &password) const;
    /// The store's part after the password: count the failure, or open the session.
    core::Result<Login> finish(const Attempt &attempt, bool passwordMatches);
    /// The session of a bearer token used from `workstation`: "auth.session-invalid" for an
    /// unknown token, another workstation's token or a disabled user, "auth.session-expired"
    /// for an expired one.
    core::Result<Session> authenticate(const QString &token, const QString &workstation,
                                       const QDateTime &now);
    core::Status logout(const QByteArray &tokenHash);

    /// The token of an "Authorization: Bearer …" header value, or an empty string.
    static QString bearerToken(const QByteArray &authorization);
    static QByteArray tokenHash(const QString &token);
    static bool isWellFormedToken(const QString &token);

private:
    core::Result<int> lockedMinutes(const QString &key, int limit, const QDateTime &now) const;
    core::Error failed() const;
    core::Status countFailure(const QString &userId, const QString &workstation,
                              const QDateTime &now);
    static QString newToken();

    ServerStore &m_store;
    core::PasswordHasher m_hasher;
    QString m_decoyHash; // verified for unknown users, so they take as long as known ones
};

} // namespace sunhall::server
