// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/LiveHub.h"
#include "server/http/Metrics.h"
#include "server/http/Router.h"
#include "server/store/ServerStore.h"

namespace sunhall::server {

/// GET /v1/health and GET /metrics: what a monitor asks without logging in.
class StatusApi
{
public:
    StatusApi(ServerStore &store, const Metrics &metrics, const LiveHub &live, QString hallName);

    void addRoutes(Router &router);
    HttpResponse health(const RequestContext &context) const;
    HttpResponse metrics(const RequestContext &context) const;

private:
    ServerStore &m_store;
    const Metrics &m_metrics;
    const LiveHub &m_live;
    QString m_hallName;
};

} // namespace sunhall::server
