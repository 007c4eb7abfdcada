// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"

#include <QDateTime>
#include <QString>

namespace sunhall::core {

/// Who is logged in on the workstation, kept in the local store so that a restarted client or
/// a script carries on with the same session. `token` is the server's bearer token; it is empty
/// for an offline login, whose work waits in the outbox until the user logs in online again.
struct LocalSession
{
    QString token;
    Actor user; // as the server described them at login
    QDateTime loggedInAt;
    QDateTime expiresAt; // invalid when unknown (offline)

    bool isOffline() const { return token.isEmpty(); }

    friend bool operator==(const LocalSession &, const LocalSession &) = default;
};

} // namespace sunhall::core
