// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/SessionApi.h"

#include "server/http/JsonInput.h"

#include <QCoreApplication>

namespace sunhall::server {

SessionApi::SessionApi(SessionService &sessions, ServerStore &store, Metrics &metrics,
                       LiveHub &live, Offload offload)
    : m_sessions(sessions)
    , m_store(store)
    , m_metrics(metrics)
    , m_live(live)
    , m_offload(offload)
{}

void SessionApi::addRoutes(Router &router)
{
    router.addDeferred("POST", QStringLiteral("/v1/session"), Router::Access::Public,
                       [this](const RequestContext &context, Router::Reply reply) {
                           login(context, std::move(reply));
                       });
    router.add("DELETE", QStringLiteral("/v1/session"), Router::Access::Session,
               [this](const RequestContext &context) { return logout(context); });
}

void SessionApi::login(const RequestContext &context, Router::Reply reply)
{
    const auto body = JsonInput::object(context.request.body);
    if (!body)
        return reply(HttpResponse::error(body.error()));
    const auto user = JsonInput::string(*body, QStringLiteral("user"), maxUserLength);
    if (!user)
        return reply(HttpResponse::error(user.error()));
    const auto password = JsonInput::string(*body, QStringLiteral("password"), maxPasswordLength);
    if (!password)
        return reply(HttpResponse::error(password.error()));
    const auto attempt = m_sessions.begin(*user, context.workstation, context.now);
    if (!attempt)
        return reply(answer(attempt.error()));
    // The Argon2id hash takes a tenth of a second on purpose: not on the thread that serves
    // everyone else.
    m_offload.run([this, attempt = *attempt,
                   password = *password] { return m_sessions.checkPassword(attempt, password); },
                  [this, attempt = *attempt, reply = std::move(reply)](bool matches) {
                      const auto login = m_sessions.finish(attempt, matches);
                      reply(login ? answer(*login, attempt.workstation) : answer(login.error()));
                  });
}

HttpResponse SessionApi::answer(const core::Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("auth.failed") || code == QLatin1String("auth.locked"))
        m_metrics.addLoginFailure();
    return HttpResponse::error(error);
}

HttpResponse SessionApi::answer(const SessionService::Login &login, const QString &workstation)
{
    const auto serverSeq = m_store.lastServerSeq();
    if (!serverSeq)
        return HttpResponse::error(serverSeq.error());
    QJsonObject userJson = login.user.toPublicJson();
    userJson.remove(QStringLiteral("disabled"));
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("token"), login.token},
        {QStringLiteral("expiresAt"), login.session.expiresAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), userJson},
        {QStringLiteral("workstation"), workstation},
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
