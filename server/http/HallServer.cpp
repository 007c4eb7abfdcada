// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HallServer.h"

#include "server/http/ApiErrors.h"
#include "server/http/HallServerParts.h"
#include "server/http/JsonInput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace sunhall::server {

using core::makeError;
using core::Result;
using core::Status;

namespace {
constexpr int stopPollMs = 50;
} // namespace

Result<std::unique_ptr<HallServer>> HallServer::create(const Options &options,
                                                       const core::Clock &clock, ServerLog &log)
{
    auto parts = std::make_unique<Parts>();
    auto config = HallFolder::readConfig(options.hallDir);
    if (!config)
        return config.error();
    parts->config = *config;
    auto tls = HallFolder::tlsConfiguration(options.hallDir);
    if (!tls)
        return tls.error();
    auto key = HallFolder::signingKey(options.hallDir);
    if (!key)
        return key.error();
    auto store = ServerStore::open(
        options.hallDir, options.databaseUrl.isEmpty() ? config->databaseUrl : options.databaseUrl);
    if (!store)
        return store.error();
    parts->store = std::move(store.value());
    parts->attachments =
        std::make_unique<AttachmentStore>(HallFolder::attachmentsDir(options.hallDir));
    if (auto prepared = parts->attachments->prepare(); !prepared)
        return prepared.error();
    parts->checkpointer = std::make_unique<AuditCheckpointer>(*parts->store, std::move(key.value()),
                                                              options.checkpointEvery);
    if (auto loaded = parts->checkpointer->load(); !loaded)
        return loaded.error();
    parts->issuer = std::make_unique<CertificateIssuer>(*parts->store, options.hallDir);
    parts->certificateKeys =
        std::make_unique<CertificateKeyRegistry>(*parts->store, options.hallDir);
    parts->processor = std::make_unique<CommandProcessor>(*parts->store);
    parts->processor->setCertificateIssuer(parts->issuer.get());
    auto notices =
        NoticeService::create(*parts->store, options.hallDir, config->name, options.notices, clock);
    if (!notices)
        return notices.error();
    parts->notices = std::move(notices.value());
    parts->sessions = std::make_unique<SessionService>(*parts->store);
    parts->live = std::make_unique<LiveHub>();
    parts->listener = std::make_unique<HttpListener>(*tls, options.limits);
    if (options.publicVerify) {
        parts->publicVerify = std::make_unique<PublicVerifyServer>(
            PublicVerifyServer::withoutClientCertificate(*tls), *parts->certificateKeys, clock, log,
            parts->metrics);
    }
    return std::unique_ptr<HallServer>(new HallServer(options, clock, log, std::move(parts)));
}

HallServer::HallServer(const Options &options, const core::Clock &clock, ServerLog &log,
                       std::unique_ptr<Parts> parts)
    : m_options(options)
    , m_clock(clock)
    , m_log(log)
    , d(std::move(parts))
{
    d->statusApi = std::make_unique<StatusApi>(*d->store, d->metrics, *d->live, d->config.name);
    const Offload offload{&d->workers, this};
    d->sessionApi =
        std::make_unique<SessionApi>(*d->sessions, *d->store, d->metrics, *d->live, offload);
    d->referenceApi = std::make_unique<ReferenceApi>(*d->store);
    d->referenceApi->setCertificateKeys(d->certificateKeys.get());
    d->attachmentApi = std::make_unique<AttachmentApi>(*d->attachments);
    d->syncApi = std::make_unique<SyncApi>(
        *d->store, *d->processor, d->metrics,
        [this](const QSet<QUuid> &cases) {
            afterCommit(cases);
            d->notices->afterCommit();
        },
        offload);
    d->statusApi->addRoutes(d->router);
    d->sessionApi->addRoutes(d->router);
    d->referenceApi->addRoutes(d->router);
    d->attachmentApi->addRoutes(d->router);
    d->syncApi->setCertificateKeysVersion([this] { return d->certificateKeys->version(); });
    d->syncApi->addRoutes(d->router);
    d->router.add("GET", QStringLiteral("/v1/live"), Router::Access::Session,
                  [](const RequestContext &) {
                      return HttpResponse::error(ApiErrors::badField(
                          QStringLiteral("Upgrade"),
                          tr("/v1/live is a WebSocket: connect with \"Upgrade: websocket\".")));
                  });
    wire();
}

HallServer::~HallServer()
{
    // A verification still running would hand its push back to this object.
    d->workers.waitForDone();
}

void HallServer::wire()
{
    connect(d->listener.get(), &HttpListener::connectionStarted, this, &HallServer::onConnection);
    connect(d->listener.get(), &HttpListener::connectionRefused, this,
            [this](const QHostAddress &peer, const QString &reason) {
                warnThrottled(tr("refused a connection from %1: %2").arg(peer.toString(), reason));
            });
    d->live->setValidator([this](const LiveHub::Client &client) {
        const auto session = d->store->session(client.tokenHash);
        const auto revoked = d->store->isCertificateRevoked(client.certificateSerial);
        const QDateTime now = m_clock.now();
        return session && session->has_value() && (*session)->expiresAt > now &&
               (*session)->lastUsedAt.secsTo(now) < SessionService::idleSecs && revoked &&
               !*revoked;
    });
    connect(d->live.get(), &LiveHub::clientLeft, this, [this](const LiveHub::Client &client) {
        m_log.info(u"live", tr("%1 %2 disconnected").arg(client.workstation, client.userId));
    });
    m_revocationTimer.setInterval(m_options.revocationCheckMs);
    connect(&m_revocationTimer, &QTimer::timeout, this, &HallServer::sweepRevoked);
    connect(&m_revocationTimer, &QTimer::timeout, this, &HallServer::refreshCertificateKeys);
    m_stopTimer.setInterval(stopPollMs);
    connect(&m_stopTimer, &QTimer::timeout, this, &HallServer::checkStopped);
    connect(d->notices.get(), &NoticeService::warning, this,
            [this](const QString &message) { m_log.warn(u"notify", message); });
}

Status HallServer::listen()
{
    if (!d->listener->listen(m_options.address, m_options.port)) {
        return makeError(QStringLiteral("server.listen-failed"),
                         tr("Cannot listen on %1:%2: %3")
                             .arg(m_options.address.toString())
                             .arg(m_options.port)
                             .arg(d->listener->errorString()),
                         QStringLiteral("listen"));
    }
    if (Status publicVerify = listenPublicVerify(); !publicVerify)
        return publicVerify;
    m_revocationTimer.start();
    d->notices->start();
    m_log.info(u"notify", tr("SMS notices go to %1").arg(d->notices->gatewayDescription()));
    const auto serverSeq = d->store->lastServerSeq();
    m_log.info(u"server",
               tr("listening on %1:%2 for the hall \"%3\" (%4, %5 events)")
                   .arg(m_options.address.toString(), QString::number(port()), d->config.name,
                        d->store->engineName(), QString::number(serverSeq ? *serverSeq : 0)));
    return Status::success();
}

quint16 HallServer::port() const
{
    return d->listener->serverPort();
}

void HallServer::onConnection(HttpConnection *connection)
{
    connect(connection, &HttpConnection::requestReceived, this, &HallServer::onRequest);
    connect(connection, &HttpConnection::upgradeRequested, this, &HallServer::onUpgrade);
    connect(connection, &HttpConnection::protocolError, this, &HallServer::onProtocolError);
    connect(connection, &HttpConnection::handshakeFailed, this,
            [this](HttpConnection *failed, const QString &reason) {
                warnThrottled(tr("TLS handshake with %1 failed: %2")
                                  .arg(failed->peerAddress().toString(), reason));
            });
}

void HallServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    // A deferred route answers after this call returns: what the answer needs is kept here.
    auto kept = std::make_shared<const HttpRequest>(request);
    QPointer<HttpConnection> target(connection);
    dispatch(*kept, [this, kept, target, timer](Outcome outcome) {
        outcome.response = hideInternal(std::move(outcome.response), *kept);
        if (m_stopping)
            outcome.response.closeConnection = true;
        if (target)
            target->respond(outcome.response);
        finish(target, *kept, std::move(outcome), timer.nsecsElapsed() / 1000);
    });
}

void HallServer::finish(HttpConnection *connection, const HttpRequest &request, Outcome outcome,
                        qint64 micros)
{
    d->metrics.recordRequest(outcome.route, outcome.response.status, micros);
    m_log.request(request.method, request.path, outcome.response.status, micros / 1000,
                  request.workstation, outcome.user);
    if (outcome.revoked && connection)
        closeWorkstation(connection->certificateSerial(), connection);
}

std::optional<HallServer::Outcome> HallServer::refuseRevoked(const HttpRequest &request)
{
    const auto revoked = d->store->isCertificateRevoked(request.certificateSerial);
    if (revoked && !*revoked)
        return std::nullopt;
    Outcome outcome;
    outcome.route = QStringLiteral("(refused)");
    outcome.revoked = revoked.ok();
    outcome.response = HttpResponse::error(
        revoked ? ApiErrors::workstationRevoked(request.workstation) : revoked.error());
    outcome.response.closeConnection = true;
    return outcome;
}

void HallServer::dispatch(const HttpRequest &request, const Completion &complete)
{
    if (auto refused = refuseRevoked(request))
        return complete(*refused);
    Outcome outcome;
    const Router::Match match = d->router.match(request.method, request.segments);
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            outcome.response = HttpResponse::error(ApiErrors::notFound(request.path));
        } else {
            outcome.response = HttpResponse::error(
                ApiErrors::methodNotAllowed(QString::fromLatin1(request.method), request.path));
            outcome.response.headers.append({"Allow", match.allowedMethods.join(", ")});
        }
        return complete(outcome);
    }
    outcome.route = match.route->pattern;
    RequestContext context{request, match.arguments, request.workstation, {}, {}, m_clock.now()};
    if (match.route->access == Router::Access::Session) {
        const auto session =
            d->sessions->authenticate(SessionService::bearerToken(request.header("authorization")),
                                      request.workstation, context.now);
        if (!session) {
            outcome.response = HttpResponse::error(session.error());
            return complete(outcome);
        }
        context.user = session->user;
        context.tokenHash = session->session.tokenHash;
        outcome.user = session->user.id;
    } else if (match.route->pattern == QLatin1String("/v1/session")) {
        const auto body = JsonInput::object(request.body);
        outcome.user = body ? body->value(QStringLiteral("user")).toString().left(64) : QString();
    }
    if (match.route->deferred) {
        match.route->deferred(context, [complete, outcome](HttpResponse response) mutable {
            outcome.response = std::move(response);
            complete(std::move(outcome));
        });
        return;
    }
    outcome.response = match.route->handler(context);
    complete(std::move(outcome));
}

HttpResponse HallServer::hideInternal(HttpResponse response, const HttpRequest &request)
{
    if (response.status != 500 || response.errorCode == QLatin1String("server.internal"))
        return response;
    // The store's and the processor's own failures go to the log, not to the client.
    const QJsonObject error =
        QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
    m_log.error(u"http",
                tr("%1 %2 failed: %3 (%4)")
                    .arg(QString::fromLatin1(request.method), request.path,
                         error.value(QStringLiteral("message")).toString(), response.errorCode));
    HttpResponse hidden = HttpResponse::error(ApiErrors::internal());
    hidden.closeConnection = response.closeConnection;
    return hidden;
}

void HallServer::onProtocolError(HttpConnection *connection, const HttpRequest &request,
                                 const HttpResponse &response, qint64 elapsedMs)
{
    d->metrics.recordRequest(QStringLiteral("(protocol)"), response.status, elapsedMs * 1000);
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    m_log.warn(u"http", QStringLiteral("%1 %2 %3 %4ms %5 - %6")
                            .arg(orDash(QString::fromLatin1(request.method)), orDash(request.path),
                                 QString::number(response.status), QString::number(elapsedMs),
                                 orDash(connection->workstation()), response.errorCode));
}

} // namespace sunhall::server
