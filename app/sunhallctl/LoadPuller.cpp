// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadPuller.h"

#include <QTimer>

namespace sunhall::ctl {

namespace {
constexpr int retryMs = 100;
} // namespace

LoadPuller::LoadPuller(LoadIdentity identity, const LoadTarget &target, bool staticTarget,
                       QObject *parent)
    : LoadClient(std::move(identity), target, parent)
    , m_static(staticTarget)
{}

void LoadPuller::prepare()
{
    if (!m_static) {
        login([this](qint64 serverSeq) {
            m_path = "/v1/sync/pull?after=" + QByteArray::number(serverSeq);
            emit ready(true);
        });
        return;
    }
    m_path = m_target.server.path(QUrl::FullyEncoded).toLatin1();
    if (m_target.server.hasQuery())
        m_path += '?' + m_target.server.query(QUrl::FullyEncoded).toLatin1();
    // The first request opens the connection, so the handshake is not measured.
    m_http.get(m_path, [this](const LoadHttpConnection::Reply &reply) {
        if (!reply.ok())
            m_stats.addError(QStringLiteral("get"), reply);
        emit ready(reply.ok());
    });
}

void LoadPuller::start()
{
    m_running = true;
    next();
}

void LoadPuller::finish(qint64)
{
    m_running = false;
    m_finishAsked = true;
    if (!m_http.isBusy())
        emit drained();
}

void LoadPuller::next()
{
    if (!m_running) {
        if (m_finishAsked)
            emit drained();
        return;
    }
    m_http.get(m_path, [this](const LoadHttpConnection::Reply &reply) {
        if (reply.ok()) {
            m_stats.answered(reply);
            next();
            return;
        }
        m_stats.addError(m_static ? QStringLiteral("get") : QStringLiteral("pull"), reply);
        // A refused connection fails at once: do not spin on it.
        QTimer::singleShot(retryMs, this, &LoadPuller::next);
    });
}

} // namespace sunhall::ctl
