// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/SessionApi.h"

#include "server/http/JsonInput.h"

#include <QCoreApplication>

namespace sunhall::server {

SessionApi::SessionApi(SessionService &sessions, ServerStore &store, Metrics &metrics,
                       LiveHub &live)
    : m_sessions(sessions)
    , m_store(store)
    , m_metrics(metrics)
    , m_live(live)
{}

void SessionApi::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v1/session"), Router::Access::Public,
               [this](const RequestContext &context) { return login(context); });
    router.add("DELETE", QStringLiteral("/v1/session"), Router::Access::Session,
               [this](const RequestContext &context) { return logout(context); });
}

HttpResponse SessionApi::login(const RequestContext &context)
{
    const auto body = JsonInput::object(context.request.body);
    if (!body)
        return HttpResponse::error(body.error());
    const auto user = JsonInput::string(*body, QStringLiteral("user"), maxUserLength);
    if (!user)
        return HttpResponse::error(user.error());
    const auto password = JsonInput::string(*body, QStringLiteral("password"), maxPasswordLength);
    if (!password)
        return HttpResponse::error(password.error());
    const auto login = m_sessions.login(*user, *password, context.workstation, context.now);
    if (!login) {
        const QString &code = login.error().code;
        if (code == QLatin1String("auth.failed") || code == QLatin1String("auth.locked"))
            m_metrics.addLoginFailure();
        return HttpResponse::error(login.error());
    }
    const auto serverSeq = m_store.lastServerSeq();
    if (!serverSeq)
        return HttpResponse::error(serverSeq.error());
    QJsonObject userJson = login->user.toPublicJson();
    userJson.remove(QStringLiteral("disabled"));
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("token"), login->token},
        {QStringLiteral("expiresAt"), login->session.expiresAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), userJson},
        {QStringLiteral("workstation"), context.workstation},
        {QStringLiteral("serverSeq"), *serverSeq},
    });
}

HttpResponse SessionApi::logout(const RequestContext &context)
{
    if (auto removed = m_sessions.logout(context.tokenHash); !removed)
        return HttpResponse::error(removed.error());
    const QByteArray tokenHash = context.tokenHash;
    m_live.closeWhere(
        [&tokenHash](const LiveHub::Client &client) { return client.tokenHash == tokenHash; },
        QCoreApplication::translate("sunhall::server::SessionApi", "Logged out"));
    return HttpResponse::noContent();
}

} // namespace sunhall::server
