// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpRequest.h"
#include "server/store/ServerStore.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace sunhall::server {

/// What a route handler works with: the request, the values of the route's `{}` segments,
/// the workstation of the client certificate, the logged-in user and session (for routes that
/// need one; the server has checked them), and the hall's time of the request.
struct RequestContext
{
    const HttpRequest &request;
    QStringList arguments;
    QString workstation;
    std::optional<UserRecord> user;
    QByteArray tokenHash; // SM3 of the session's bearer token
    QDateTime now;
};

} // namespace sunhall::server
