// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/StatusApi.h"

#include "server/http/ApiErrors.h"

namespace sunhall::server {

StatusApi::StatusApi(ServerStore &store, const Metrics &metrics, const LiveHub &live,
                     QString hallName)
    : m_store(store)
    , m_metrics(metrics)
    , m_live(live)
    , m_hallName(std::move(hallName))
{}

void StatusApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/health"), Router::Access::Public,
               [this](const RequestContext &context) { return health(context); });
    router.add("GET", QStringLiteral("/metrics"), Router::Access::Public,
               [this](const RequestContext &context) { return metrics(context); });
}

HttpResponse StatusApi::health(const RequestContext &context) const
{
    const auto serverSeq = m_store.lastServerSeq();
    if (!serverSeq)
        return HttpResponse::error(serverSeq.error());
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("version"), QStringLiteral(SUNHALL_VERSION)},
        {QStringLiteral("apiVersion"), 1},
        {QStringLiteral("hall"), m_hallName},
        {QStringLiteral("serverSeq"), *serverSeq},
        {QStringLiteral("time"), context.now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("engine"), m_store.engineName()},
    });
}

HttpResponse StatusApi::metrics(const RequestContext &) const
{
    const auto serverSeq = m_store.lastServerSeq();
    if (!serverSeq)
        return HttpResponse::error(serverSeq.error());
    return HttpResponse::bytes(m_metrics.render(m_live.clientCount(), *serverSeq),
                               QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
}

} // namespace sunhall::server
