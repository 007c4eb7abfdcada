// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadScreen.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::ctl {

namespace {

constexpr int pullLimit = 2000; // the protocol's largest page
constexpr int retryMs = 500;
// Longer than the server's 30-second ping: only a dead socket stays silent that long.
constexpr int liveIdleMs = 90'000;

} // namespace

LoadScreen::LoadScreen(LoadIdentity identity, const LoadTarget &target, QObject *parent)
    : LoadClient(std::move(identity), target, parent)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &LoadScreen::pullIfBehind);
}

void LoadScreen::prepare()
{
    login([this](qint64 serverSeq) {
        m_cursor = serverSeq;
        m_wanted = serverSeq;
        openLive();
    });
}

void LoadScreen::openLive()
{
    QUrl url = m_target.server;
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/v1/live"));
    m_live = std::make_unique<core::LiveChannel>(url, m_identity.ssl, core::Backoff(), liveIdleMs);
    connect(m_live.get(), &core::LiveChannel::poked, this, [this](qint64 serverSeq) {
        m_wanted = qMax(m_wanted, serverSeq);
        pullIfBehind();
    });
    connect(m_live.get(), &core::LiveChannel::connectedChanged, this, [this](bool connected) {
        if (connected && !m_announced && m_state == State::Preparing) {
            m_announced = true;
            emit ready(true);
        }
    });
    connect(m_live.get(), &core::LiveChannel::dropped, this, [this](const QString &why, int) {
        m_stats.addError(QStringLiteral("live dropped"), why);
        if (m_state == State::Preparing && !m_announced)
            stop();
    });
    m_live->start(m_token);
}

void LoadScreen::start()
{
    m_state = State::Running;
    m_stats.arrivals.append(QHash<qint64, qint64>());
    pullIfBehind();
}

void LoadScreen::finish(qint64 finalServerSeq)
{
    if (m_state == State::Done) {
        emit drained();
        return;
    }
    m_final = finalServerSeq;
    m_wanted = qMax(m_wanted, finalServerSeq);
    m_state = State::Finishing;
    pullIfBehind();
}

void LoadScreen::stop()
{
    const bool wasPreparing = m_state == State::Preparing;
    const bool wasFinishing = m_state == State::Finishing;
    m_state = State::Done;
    m_retry.stop();
    if (m_live)
        m_live->stop();
    if (wasPreparing)
        emit ready(false);
    else if (wasFinishing)
        emit drained();
}

void LoadScreen::pullIfBehind()
{
    if (m_http.isBusy() || m_retry.isActive() || m_state == State::Preparing ||
        m_state == State::Done)
        return;
    if (m_cursor >= m_wanted) {
        if (m_state == State::Finishing && m_cursor >= m_final)
            stop();
        return;
    }
    const QByteArray target = "/v1/sync/pull?after=" + QByteArray::number(m_cursor) +
                              "&limit=" + QByteArray::number(pullLimit);
    m_http.get(target, [this](const LoadHttpConnection::Reply &reply) { onPulled(reply); });
}

void LoadScreen::onPulled(const LoadHttpConnection::Reply &reply)
{
    if (!reply.ok()) {
        m_stats.addError(QStringLiteral("pull"), reply);
        if (reply.status == 0)
            m_retry.start();
        else
            stop();
        return;
    }
    const qint64 arrivedAt = reply.sentAt + reply.micros;
    const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
    const QJsonArray events = page.value(QStringLiteral("events")).toArray();
    QHash<qint64, qint64> &arrivals = m_stats.arrivals.last();
    for (const QJsonValue &event : events)
        arrivals.insert(event.toObject().value(QStringLiteral("serverSeq")).toInteger(), arrivedAt);
    ++m_stats.pulls;
    m_stats.eventsPulled += events.size();
    m_stats.pullLatency.add(reply.micros);
    m_cursor = qMax(m_cursor, page.value(QStringLiteral("serverSeq")).toInteger());
    if (page.value(QStringLiteral("more")).toBool())
        m_wanted = qMax(m_wanted, m_cursor + 1);
    pullIfBehind();
}

} // namespace sunhall::ctl
