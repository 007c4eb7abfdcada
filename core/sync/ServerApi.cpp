// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ServerApi.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslError>

#include <memory>

namespace sunhall::core {

namespace {

// Nothing the protocol sends is near this; a larger answer is not the server's.
constexpr qint64 maxReplyBytes = 64 * 1024 * 1024;

} // namespace

ServerApi::ServerApi(const ClientProfile &profile, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_server(profile.server())
    , m_ssl(profile.sslConfiguration())
    , m_timeoutMs(timeoutMs)
{
    m_network.setAutoDeleteReplies(false);
}

ServerApi::~ServerApi()
{
    const QList<QNetworkReply *> running = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : running) {
        reply->disconnect(this);
        reply->abort();
    }
}

QUrl ServerApi::url(const QString &path, const QUrlQuery &query, bool webSocket) const
{
    QUrl url = m_server;
    if (webSocket)
        url.setScheme(QStringLiteral("wss"));
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest ServerApi::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return request;
}

void ServerApi::get(const QString &path, const QUrlQuery &query, Callback done)
{
    track(m_network.get(request(url(path, query))), std::move(done));
}

void ServerApi::post(const QString &path, const QJsonObject &body, Callback done)
{
    QNetworkRequest req = request(url(path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    track(m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void ServerApi::remove(const QString &path, Callback done)
{
    track(m_network.deleteResource(request(url(path))), std::move(done));
}

void ServerApi::track(QNetworkReply *reply, Callback done)
{
    // The TLS errors are kept to explain a failed handshake; they are never ignored.
    auto tlsProblem = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, this, [tlsProblem](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        *tlsProblem = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > maxReplyBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, tlsProblem, done]() {
        const ServerReply answer = interpret(reply, *tlsProblem);
        reply->deleteLater();
        done(answer);
    });
}

ServerReply ServerApi::interpret(QNetworkReply *reply, const QString &tlsProblem) const
{
    ServerReply answer;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QString where = m_server.toString();
    if (!status.isValid()) {
        const bool tls =
            !tlsProblem.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
        answer.error =
            tls ? makeError(
                      QStringLiteral("sync.untrusted-server"),
                      tr("The server %1 could not prove that it belongs to this hall (its "
                         "certificate is not from the hall's CA, not for this address, or "
                         "it refused this workstation's certificate): %2")
                          .arg(where, tlsProblem.isEmpty() ? reply->errorString() : tlsProblem))
                : makeError(
                      QStringLiteral("sync.unreachable"),
                      tr("The server %1 cannot be reached: %2").arg(where, reply->errorString()));
        return answer;
    }
    answer.reached = true;
    answer.status = status.toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    answer.body = document.object();
    if (answer.ok())
        return answer;
    const QJsonObject error = answer.body.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    answer.error = makeError(code.isEmpty() ? QStringLiteral("sync.server-error") : code,
                             error.value(QStringLiteral("message")).toString().isEmpty()
                                 ? tr("The server %1 answered %2 to %3.")
                                       .arg(where)
                                       .arg(answer.status)
                                       .arg(reply->url().path())
                                 : error.value(QStringLiteral("message")).toString(),
                             error.value(QStringLiteral("field")).toString());
    return answer;
}

} // namespace sunhall::core
