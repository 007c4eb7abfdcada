// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The parts of HallServer that outlive a single request: the live feed's upgrades and pokes,
// the revocation sweep, checkpoints after commits, and the graceful stop.
#include "server/http/ApiErrors.h"
#include "server/http/HallServer.h"
#include "server/http/HallServerParts.h"

namespace sunhall::server {

namespace {
constexpr int warnEveryMs = 1000;
} // namespace

void HallServer::onUpgrade(HttpConnection *connection, const HttpRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome = upgrade(connection, request);
    if (outcome.response.status != 101) {
        outcome.response = hideInternal(std::move(outcome.response), request);
        outcome.response.closeConnection = true;
        connection->respond(outcome.response);
    }
    finish(connection, request, std::move(outcome), timer.nsecsElapsed() / 1000);
}

HallServer::Outcome HallServer::upgrade(HttpConnection *connection, const HttpRequest &request)
{
    if (auto refused = refuseRevoked(request))
        return *refused;
    Outcome outcome;
    if (request.path != QLatin1String("/v1/live")) {
        outcome.response = HttpResponse::error(ApiErrors::notFound(request.path));
        return outcome;
    }
    outcome.route = request.path;
    if (m_stopping) {
        outcome.response = HttpResponse::error(ApiErrors::stopping());
        return outcome;
    }
    QString token = SessionService::bearerToken(request.header("authorization"));
    if (token.isEmpty())
        token = request.queryValue(QStringLiteral("token"));
    const auto session = d->sessions->authenticate(token, request.workstation, m_clock.now());
    if (!session) {
        outcome.response = HttpResponse::error(session.error());
        return outcome;
    }
    outcome.user = session->user.id;
    const LiveHub::Client client{request.workstation, request.certificateSerial, session->user.id,
                                 session->session.tokenHash,
                                 CommandProcessor::pullScope(session->user)};
    d->live->adopt(connection->takeForUpgrade(), client);
    outcome.response.status = 101;
    return outcome;
}

void HallServer::afterCommit(const QSet<QUuid> &cases)
{
    QSet<QString> departments;
    for (const QUuid &caseId : cases) {
        const auto caseDepartments = d->store->caseDepartments(caseId);
        if (caseDepartments) {
            for (const QString &department : *caseDepartments)
                departments.insert(department);
        }
    }
    const auto serverSeq = d->store->lastServerSeq();
    if (serverSeq)
        d->live->poke(*serverSeq, departments, false);
    const auto checkpoint = d->checkpointer->afterCommit(m_clock.now());
    if (!checkpoint) {
        m_log.error(u"audit", tr("cannot sign a checkpoint: %1").arg(checkpoint.error().message));
    } else if (checkpoint->has_value()) {
        m_log.info(u"audit", tr("checkpoint signed at event %1").arg((*checkpoint)->serverSeq));
    }
}

void HallServer::sweepRevoked()
{
    QSet<QString> serials = d->live->certificateSerials();
    for (const HttpConnection *connection : d->listener->connections()) {
        if (!connection->certificateSerial().isEmpty())
            serials.insert(connection->certificateSerial());
    }
    for (const QString &serial : std::as_const(serials)) {
        const auto revoked = d->store->isCertificateRevoked(serial);
        if (revoked && *revoked)
            closeWorkstation(serial);
    }
}

void HallServer::closeWorkstation(const QString &serial, const HttpConnection *answering)
{
    int closed = 0;
    for (HttpConnection *connection : d->listener->connections()) {
        if (connection != answering && connection->certificateSerial() == serial &&
            connection->state() != HttpConnection::State::Upgraded &&
            connection->state() != HttpConnection::State::Closing) {
            connection->abort();
            ++closed;
        }
    }
    d->live->closeWhere(
        [&serial, &closed](const LiveHub::Client &client) {
            const bool match = client.certificateSerial == serial;
            closed += match ? 1 : 0;
            return match;
        },
        tr("Workstation revoked"));
    if (closed > 0)
        m_log.warn(
            u"tls",
            tr("closed %1 connections of the revoked certificate %2").arg(closed).arg(serial));
}

void HallServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stopClock.start();
    m_log.info(u"server", tr("stopping: %1 connections open, finishing the requests in flight")
                              .arg(d->listener->connectionCount()));
    d->listener->close();
    if (d->publicVerify)
        d->publicVerify->beginShutdown();
    m_revocationTimer.stop();
    d->live->closeAll(tr("Server stopping"));
    for (HttpConnection *connection : d->listener->connections())
        connection->beginShutdown();
    m_stopTimer.start();
    checkStopped();
}

void HallServer::checkStopped()
{
    const int publicLeft = d->publicVerify ? d->publicVerify->connectionCount() : 0;
    if (d->listener->connectionCount() + publicLeft == 0 ||
        m_stopClock.elapsed() >= m_options.limits.shutdownGraceMs) {
        m_stopTimer.stop();
        finishStop();
    }
}

void HallServer::finishStop()
{
    const int left = d->listener->connectionCount();
    if (left > 0) {
        m_log.warn(u"server", tr("%1 connections did not finish within %2 seconds; closing them")
                                  .arg(left)
                                  .arg(m_options.limits.shutdownGraceMs / 1000));
        for (HttpConnection *connection : d->listener->connections())
            connection->abort();
    }
    if (d->publicVerify)
        d->publicVerify->abortAll();
    int exitCode = 0;
    const auto checkpoint = d->checkpointer->finalCheckpoint(m_clock.now());
    if (!checkpoint) {
        m_log.error(u"audit",
                    tr("cannot sign the final checkpoint: %1").arg(checkpoint.error().message));
        exitCode = 1;
    } else if (checkpoint->has_value()) {
        m_log.info(u"audit",
                   tr("final checkpoint signed at event %1").arg((*checkpoint)->serverSeq));
    }
    m_log.info(u"server", tr("stopped"));
    emit stopped(exitCode);
}

void HallServer::warnThrottled(const QString &message)
{
    // A flood of refused connections or failed handshakes must not flood the log as well.
    if (m_warnClock.isValid() && m_warnClock.elapsed() < warnEveryMs) {
        ++m_warningsHeld;
        return;
    }
    m_warnClock.start();
    m_log.warn(u"tls", m_warningsHeld == 0
                           ? message
                           : tr("%1 (and %2 more like it)").arg(message).arg(m_warningsHeld));
    m_warningsHeld = 0;
}

} // namespace sunhall::server
