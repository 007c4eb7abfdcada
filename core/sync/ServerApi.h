// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/sync/ClientProfile.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace sunhall::core {

/// What came back from one request to the server. `reached` is false when no HTTP answer came
/// back at all (no route, refused, timed out, or a TLS handshake that failed); then `error`
/// says why in words for the user. Otherwise `status` is the HTTP status and, unless it is a
/// success, `error` holds the server's error object (docs/protocol.md, Errors).
struct ServerReply
{
    bool reached = false;
    int status = 0;
    QJsonObject body;
    Error error;

    bool ok() const { return reached && status >= 200 && status < 300; }
};

/// The HTTPS client of the sync protocol: JSON requests under /v1 to the profile's server
/// through one QNetworkAccessManager, with the profile's TLS configuration (hall CA only,
/// workstation certificate, TLS 1.2+) on every request and the session's bearer token when
/// there is one. Asynchronous: each request calls back once, on this object's thread.
class ServerApi : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ServerReply &)>;

    ServerApi(const ClientProfile &profile, int timeoutMs, QObject *parent = nullptr);
    /// Abandons the requests still running without calling back.
    ~ServerApi() override;

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    QUrl server() const { return m_server; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    QUrl url(const QString &path, const QUrlQuery &query = {}, bool webSocket = false) const;

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    void remove(const QString &path, Callback done);

private:
    QNetworkRequest request(const QUrl &url) const;
    void track(QNetworkReply *reply, Callback done);
    ServerReply interpret(QNetworkReply *reply, const QString &tlsProblem) const;

    QNetworkAccessManager m_network;
    QUrl m_server;
    QSslConfiguration m_ssl;
    int m_timeoutMs;
    QString m_token;
};

} // namespace sunhall::core
