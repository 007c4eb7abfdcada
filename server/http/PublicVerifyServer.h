// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "server/http/HttpLimits.h"
#include "server/http/HttpListener.h"
#include "server/http/HttpResponse.h"
#include "server/http/Metrics.h"
#include "server/http/RateLimiter.h"
#include "server/http/ServerLog.h"
#include "server/sync/CertificateKeyRegistry.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

namespace sunhall::server {

class HttpConnection;
struct HttpRequest;

/// The optional public verification listener (`sunhall-server --public-verify HOST:PORT`,
/// docs/protocol.md "Certificates"): HTTPS with the server's own certificate but without
/// asking for a client certificate, so that anyone holding a certificate's QR text can ask
/// whether it is genuine. It serves `GET /v1/verify?qr=…` and `POST /v1/verify` with
/// {"qr":"…"} and nothing else (404 for every other path, no session routes, no WebSocket),
/// answers with the verifier's JSON over the hall's current key set, limits every client
/// address to `ratePerSecond` requests a second after a burst of `burst` (429 with
/// Retry-After), and holds requests to small limits (limits()). Read-only: it never writes
/// to the store.
class PublicVerifyServer : public QObject
{
    Q_OBJECT
public:
    static constexpr double ratePerSecond = 10;
    static constexpr int burst = 20;
    /// The label of its requests in the metrics.
    static QString routeLabel() { return QStringLiteral("/v1/verify (public)"); }

    /// Small requests (8 KiB of head, 16 KiB of body), short waits and few connections per
    /// address: nobody needs more to ask about one QR code.
    static HttpLimits limits();
    /// `tls` (the hall server's own configuration) without the request for a client
    /// certificate.
    static QSslConfiguration withoutClientCertificate(QSslConfiguration tls);

    /// `tls` is used as it is given: pass it through withoutClientCertificate().
    PublicVerifyServer(const QSslConfiguration &tls, CertificateKeyRegistry &keys,
                       const core::Clock &clock, ServerLog &log, Metrics &metrics,
                       QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_listener.errorString(); }
    quint16 port() const { return m_listener.serverPort(); }
    QHostAddress address() const { return m_listener.serverAddress(); }
    int connectionCount() const { return m_listener.connectionCount(); }
    /// Takes no new connections; open ones finish their request and close.
    void beginShutdown();
    /// Closes every connection still open.
    void abortAll();

    /// The answer to one request, received at `nowMs` on a monotonic clock (for the rate).
    HttpResponse answer(const HttpRequest &request, qint64 nowMs);

private:
    void onConnection(HttpConnection *connection);
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    HttpResponse verify(const HttpRequest &request);
    core::Result<QString> qrText(const HttpRequest &request) const;
    void logRateLimited(const HttpRequest &request);

    HttpListener m_listener;
    CertificateKeyRegistry &m_keys;
    const core::Clock &m_clock;
    ServerLog &m_log;
    Metrics &m_metrics;
    RateLimiter m_limiter{ratePerSecond, burst};
    QElapsedTimer m_monotonic;
    QElapsedTimer m_limitedLog;
    int m_limitedHeld = 0;
};

} // namespace sunhall::server
