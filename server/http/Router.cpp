// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Router.h"

namespace sunhall::server {

void Router::add(QByteArray method, const QString &pattern, Access access, Handler handler)
{
    Route route;
    route.method = std::move(method);
    route.pattern = pattern;
    route.segments = pattern.mid(1).split(QLatin1Char('/'));
    route.access = access;
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

void Router::addDeferred(QByteArray method, const QString &pattern, Access access,
                         DeferredHandler handler)
{
    add(std::move(method), pattern, access, {});
    m_routes.last().deferred = std::move(handler);
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *arguments)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.segments[i] == QLatin1String("{}"))
            values.append(segments[i]);
        else if (route.segments[i] != segments[i])
            return false;
    }
    *arguments = values;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QStringList &segments) const
{
    Match result;
    for (const Route &route : m_routes) {
        QStringList arguments;
        if (!matches(route, segments, &arguments))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.arguments = arguments;
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace sunhall::server
