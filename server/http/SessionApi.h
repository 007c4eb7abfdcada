// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/LiveHub.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"
#include "server/http/SessionService.h"

namespace sunhall::server {

/// POST /v1/session (log in at the certificate's workstation) and DELETE /v1/session (log
/// out, which also closes the session's live sockets).
class SessionApi
{
public:
    static constexpr int maxUserLength = 256;
    static constexpr int maxPasswordLength = 1024;

    SessionApi(SessionService &sessions, ServerStore &store, Metrics &metrics, LiveHub &live);

    void addRoutes(Router &router);
    HttpResponse login(const RequestContext &context);
    HttpResponse logout(const RequestContext &context);

private:
    SessionService &m_sessions;
    ServerStore &m_store;
    Metrics &m_metrics;
    LiveHub &m_live;
};

} // namespace sunhall::server
