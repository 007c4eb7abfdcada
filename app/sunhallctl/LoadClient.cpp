// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::ctl {

LoadClient::LoadClient(LoadIdentity identity, const LoadTarget &target, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(identity))
    , m_target(target)
    , m_http(target.server.host(), quint16(target.server.port(443)), m_identity.ssl,
             target.timeoutMs)
{}

void LoadClient::login(std::function<void(qint64 serverSeq)> then)
{
    const QJsonObject body{{QStringLiteral("user"), m_identity.user.id},
                           {QStringLiteral("password"), m_target.password}};
    m_http.post("/v1/session", QJsonDocument(body).toJson(QJsonDocument::Compact),
                [this, then = std::move(then)](const LoadHttpConnection::Reply &reply) {
                    const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
                    const QString token = answer.value(QStringLiteral("token")).toString();
                    if (!reply.ok() || token.isEmpty()) {
                        m_stats.addError(QStringLiteral("login"), reply);
                        emit ready(false);
                        return;
                    }
                    m_token = token;
                    m_http.setToken(token.toLatin1());
                    then(answer.value(QStringLiteral("serverSeq")).toInteger());
                });
}

} // namespace sunhall::ctl
