// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/LiveHub.h"
#include "server/http/Metrics.h"
#include "server/http/Offload.h"
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

    /// The password hashes of logins run through `offload`.
    SessionApi(SessionService &sessions, ServerStore &store, Metrics &metrics, LiveHub &live,
               Offload offload = {});

    void addRoutes(Router &router);
    void login(const RequestContext &context, Router::Reply reply);
    HttpResponse logout(const RequestContext &context);

private:
    HttpResponse answer(const core::Error &error);
    HttpResponse answer(const SessionService::Login &login, const QString &workstation);

    SessionService &m_sessions;
    ServerStore &m_store;
    Metrics &m_metrics;
    LiveHub &m_live;
    Offload m_offload;
};

} // namespace sunhall::server
