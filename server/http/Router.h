// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpResponse.h"
#include "server/http/RequestContext.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace sunhall::server {

/// The table of routes: a method and a path pattern whose `{}` segments match any one
/// (decoded) segment, whether the route needs a logged-in session, and its handler. match()
/// tells a path nobody serves (404) from a known path asked with the wrong method (405, with
/// the methods that are allowed), which QHttpServer 6.4 cannot.
class Router
{
public:
    using Handler = std::function<HttpResponse(const RequestContext &)>;
    /// Answers a request that a deferred handler finishes later, exactly once.
    using Reply = std::function<void(HttpResponse)>;
    /// A handler that answers later through its Reply (from the same thread); it copies
    /// what it needs of the context, which does not outlive the call.
    using DeferredHandler = std::function<void(const RequestContext &, Reply)>;
    enum class Access
    {
        Public,
        Session,
    };

    struct Route
    {
        QByteArray method;
        QString pattern; // "/v1/attachments/{}/status": also the route's label in metrics
        QStringList segments;
        Access access = Access::Session;
        Handler handler;
        DeferredHandler deferred; // set instead of handler for a deferred route
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList arguments;
        QList<QByteArray> allowedMethods; // the path is known, the method is not
    };

    void add(QByteArray method, const QString &pattern, Access access, Handler handler);
    void addDeferred(QByteArray method, const QString &pattern, Access access,
                     DeferredHandler handler);
    Match match(const QByteArray &method, const QStringList &segments) const;

private:
    static bool matches(const Route &route, const QStringList &segments, QStringList *arguments);

    QList<Route> m_routes;
};

} // namespace sunhall::server
