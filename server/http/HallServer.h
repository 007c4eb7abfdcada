// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "server/http/HttpLimits.h"
#include "server/http/HttpResponse.h"
#include "server/http/ServerLog.h"
#include "server/notify/NoticeOptions.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace sunhall::server {

class HttpConnection;
struct HttpRequest;

/// sunhall-server itself: opens a hall folder (HallFolder) and its store, listens with mutual
/// TLS (HttpListener), answers each request through the route table after checking the
/// workstation's certificate against the revocation list and, where a route needs one, the
/// session, logs one line per request and counts it in the metrics, pokes live clients after
/// commits, signs audit checkpoints, and stops gracefully: no new connections, requests in
/// flight finished within the grace period, a final checkpoint, then stopped().
class HallServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString hallDir;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;    // 0: any free port (tests)
        QString databaseUrl; // empty: what hall.json says, else SQLite in the folder
        HttpLimits limits;
        int checkpointEvery = 1000;
        int revocationCheckMs = 5000; // also how often the certificate key set is refreshed
        /// --public-verify: where the public certificate verification listener listens (no
        /// client certificate, GET/POST /v1/verify only); unset: none.
        std::optional<std::pair<QHostAddress, quint16>> publicVerify;
        NoticeOptions notices; // SMS notices to applicants: the gateway and its retries
    };

    /// Opens everything the server needs; an error names what is missing or unreadable.
    static core::Result<std::unique_ptr<HallServer>>
    create(const Options &options, const core::Clock &clock, ServerLog &log);
    ~HallServer() override;

    /// Starts listening; "server.listen-failed" names the address and the reason (a port in
    /// use, say).
    core::Status listen();
    quint16 port() const;
    /// The port of the public verification listener; 0 when there is none.
    quint16 publicVerifyPort() const;
    /// Begins the graceful stop; stopped() follows once it is done.
    void stop();

signals:
    /// The server has stopped; the exit status for the process (1 when the final checkpoint
    /// could not be written).
    void stopped(int exitCode);

private:
    struct Parts;
    struct Outcome
    {
        HttpResponse response;
        QString route = QStringLiteral("(unknown)");
        QString user;
        bool revoked = false;
    };

    HallServer(const Options &options, const core::Clock &clock, ServerLog &log,
               std::unique_ptr<Parts> parts);
    void wire();
    void onConnection(HttpConnection *connection);
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void onUpgrade(HttpConnection *connection, const HttpRequest &request);
    void onProtocolError(HttpConnection *connection, const HttpRequest &request,
                         const HttpResponse &response, qint64 elapsedMs);
    using Completion = std::function<void(Outcome)>;
    /// Answers `request` through `complete`, at once or, for a deferred route, later.
    void dispatch(const HttpRequest &request, const Completion &complete);
    std::optional<Outcome> refuseRevoked(const HttpRequest &request);
    Outcome upgrade(HttpConnection *connection, const HttpRequest &request);
    void finish(HttpConnection *connection, const HttpRequest &request, Outcome outcome,
                qint64 micros);
    HttpResponse hideInternal(HttpResponse response, const HttpRequest &request);
    void afterCommit(const QSet<QUuid> &cases);
    void sweepRevoked();
    void refreshCertificateKeys();
    core::Status listenPublicVerify();
    /// Closes every connection of a revoked certificate but `answering`, which is closed
    /// once its 403 is out.
    void closeWorkstation(const QString &serial, const HttpConnection *answering = nullptr);
    void checkStopped();
    void finishStop();
    void warnThrottled(const QString &message);

    Options m_options;
    const core::Clock &m_clock;
    ServerLog &m_log;
    std::unique_ptr<Parts> d;
    QTimer m_revocationTimer;
    QTimer m_stopTimer;
    QElapsedTimer m_stopClock;
    bool m_stopping = false;
    QElapsedTimer m_warnClock;
    int m_warningsHeld = 0;
    QString m_certificateKeysFault; // the last refresh's fault, logged once
};

} // namespace sunhall::server
