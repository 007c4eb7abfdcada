// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/PublicVerifyServer.h"

#include "core/case/PayloadReader.h"
#include "core/certificate/CertificateQr.h"
#include "server/http/ApiErrors.h"
#include "server/http/HttpConnection.h"
#include "server/http/HttpRequest.h"
#include "server/http/JsonInput.h"

#include <QJsonObject>
#include <QPointer>

namespace sunhall::server {

namespace {

using State = core::CertificateVerification::State;

// The key set is looked at again before an answer when it is older than this.
constexpr int keysMaxAgeMs = 1000;
constexpr int limitedLogEveryMs = 1000;

QString clientKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

HttpLimits PublicVerifyServer::limits()
{
    HttpLimits limits;
    limits.handshakeMs = 10'000;
    limits.maxHeadBytes = 8 * 1024;
    limits.maxBodyBytes = 16 * 1024;
    limits.requestMs = 10'000;
    limits.idleMs = 15'000;
    limits.writeStallMs = 15'000;
    limits.maxConnections = 200;
    limits.maxConnectionsPerPeer = 8;
    limits.shutdownGraceMs = 5'000;
    return limits;
}

QSslConfiguration PublicVerifyServer::withoutClientCertificate(QSslConfiguration tls)
{
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

PublicVerifyServer::PublicVerifyServer(const QSslConfiguration &tls, CertificateKeyRegistry &keys,
                                       const core::Clock &clock, ServerLog &log, Metrics &metrics,
                                       QObject *parent)
    : QObject(parent)
    , m_listener(tls, limits())
    , m_keys(keys)
    , m_clock(clock)
    , m_log(log)
    , m_metrics(metrics)
{
    m_monotonic.start();
    connect(&m_listener, &HttpListener::connectionStarted, this, &PublicVerifyServer::onConnection);
}

bool PublicVerifyServer::listen(const QHostAddress &address, quint16 port)
{
    return m_listener.listen(address, port);
}

void PublicVerifyServer::beginShutdown()
{
    m_listener.close();
    for (HttpConnection *connection : m_listener.connections())
        connection->beginShutdown();
}

void PublicVerifyServer::abortAll()
{
    for (HttpConnection *connection : m_listener.connections())
        connection->abort();
}

void PublicVerifyServer::onConnection(HttpConnection *connection)
{
    connect(connection, &HttpConnection::requestReceived, this, &PublicVerifyServer::onRequest);
    // Nothing here is a WebSocket.
    connect(connection, &HttpConnection::upgradeRequested, this,
            [this](HttpConnection *upgrading, const HttpRequest &request) {
                HttpResponse response = HttpResponse::error(ApiErrors::notFound(request.path));
                response.closeConnection = true;
                upgrading->respond(response);
                m_metrics.recordRequest(routeLabel(), response.status, 0);
            });
    connect(connection, &HttpConnection::protocolError, this,
            [this](HttpConnection *, const HttpRequest &, const HttpResponse &response,
                   qint64 elapsedMs) {
                m_metrics.recordRequest(routeLabel(), response.status, elapsedMs * 1000);
            });
}

void PublicVerifyServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = answer(request, m_monotonic.elapsed());
    connection->respond(response);
    const qint64 micros = timer.nsecsElapsed() / 1000;
    m_metrics.recordRequest(routeLabel(), response.status, micros);
    if (response.status == 429)
        logRateLimited(request);
    else
        m_log.request(request.method, request.path, response.status, micros / 1000,
                      clientKey(request.peerAddress), QString());
}

HttpResponse PublicVerifyServer::answer(const HttpRequest &request, qint64 nowMs)
{
    // Every request counts, also those for paths that do not exist.
    if (const int wait = m_limiter.take(clientKey(request.peerAddress), nowMs); wait > 0) {
        HttpResponse response = HttpResponse::error(core::makeError(
            QStringLiteral("request.rate-limited"),
            tr("Too many verification requests from this address; try again in %n second(s).",
               nullptr, wait)));
        response.headers.append({"Retry-After", QByteArray::number(wait)});
        return response;
    }
    if (request.segments != QStringList{QStringLiteral("v1"), QStringLiteral("verify")})
        return HttpResponse::error(ApiErrors::notFound(request.path));
    if (request.method != "GET" && request.method != "POST") {
        HttpResponse response = HttpResponse::error(
            ApiErrors::methodNotAllowed(QString::fromLatin1(request.method), request.path));
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST")});
        return response;
    }
    return verify(request);
}

core::Result<QString> PublicVerifyServer::qrText(const HttpRequest &request) const
{
    const QString field = QStringLiteral("qr");
    QString text;
    if (request.method == "POST") {
        const core::Result<QJsonObject> body = JsonInput::object(request.body);
        if (!body)
            return body.error();
        const core::Result<QString> qr =
            JsonInput::string(*body, field, int(core::CertificateQr::maxTextLength));
        if (!qr)
            return qr.error();
        text = *qr;
    } else {
        text = request.queryValue(field);
        if (text.isEmpty())
            return ApiErrors::missingField(field);
    }
    if (text.size() > core::CertificateQr::maxTextLength) {
        return ApiErrors::badField(field, tr("The QR text has %1 characters; a certificate's has "
                                             "at most %2.")
                                              .arg(text.size())
                                              .arg(core::CertificateQr::maxTextLength));
    }
    return text;
}

HttpResponse PublicVerifyServer::verify(const HttpRequest &request)
{
    const core::Result<QString> qr = qrText(request);
    if (!qr)
        return HttpResponse::error(qr.error());
    // A fault is logged by the server's periodic refresh; the last good key set answers.
    if (const core::Status refreshed = m_keys.refresh(keysMaxAgeMs);
        !refreshed && m_keys.version().isEmpty())
        return HttpResponse::error(ApiErrors::internal());
    const core::CertificateVerification verification = m_keys.verifier().verify(*qr);
    QJsonObject json = verification.toJson(m_clock.today());
    // Only a genuine code vouches for what it says: the claims of an altered or unknown one
    // are not repeated to the public.
    if (verification.state == State::Altered || verification.state == State::Unknown) {
        json.insert(QStringLiteral("record"), QJsonValue());
        json.remove(QStringLiteral("inForce"));
    }
    json.insert(QStringLiteral("keysVersion"), m_keys.version());
    json.insert(QStringLiteral("checkedAt"), core::instantToString(m_clock.now()));
    return HttpResponse::json(json);
}

void PublicVerifyServer::logRateLimited(const HttpRequest &request)
{
    // A client hammering the listener must not flood the log as well.
    if (m_limitedLog.isValid() && m_limitedLog.elapsed() < limitedLogEveryMs) {
        ++m_limitedHeld;
        return;
    }
    m_limitedLog.start();
    m_log.warn(u"http", tr("public verification: too many requests from %1 (%2 more refused "
                           "since the last warning)")
                            .arg(clientKey(request.peerAddress))
                            .arg(m_limitedHeld));
    m_limitedHeld = 0;
}

} // namespace sunhall::server
