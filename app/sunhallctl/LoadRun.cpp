// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadRun.h"

namespace sunhall::ctl {

LoadRun::LoadRun(QList<LoadClient *> load, QList<LoadClient *> observers, Plan plan,
                 QObject *parent)
    : QObject(parent)
    , m_load(std::move(load))
    , m_observers(std::move(observers))
    , m_all(m_observers + m_load)
    , m_plan(plan)
{
    // Queued, so that no client's signal ever re-enters the run from inside its own call.
    for (LoadClient *client : std::as_const(m_all)) {
        connect(
            client, &LoadClient::ready, this, [this, client](bool ok) { onReady(client, ok); },
            Qt::QueuedConnection);
        connect(
            client, &LoadClient::drained, this, [this, client]() { onDrained(client); },
            Qt::QueuedConnection);
    }
    m_duration.setSingleShot(true);
    connect(&m_duration, &QTimer::timeout, this, &LoadRun::finishLoad);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &LoadRun::end);
}

void LoadRun::exec()
{
    m_prepareStartedAt = monotonicMicros();
    if (m_all.isEmpty())
        return;
    for (int i = 0; i < m_plan.concurrency; ++i)
        prepareNext();
    m_loop.exec();
}

void LoadRun::prepareNext()
{
    if (m_nextToPrepare >= m_all.size())
        return;
    LoadClient *client = m_all.at(m_nextToPrepare++);
    QTimer::singleShot(m_plan.prepareTimeoutMs, client, [this, client]() {
        if (m_answered.contains(client))
            return;
        client->stats().addError(
            QStringLiteral("prepare timeout"),
            tr("not logged in and ready within %1 s").arg(m_plan.prepareTimeoutMs / 1000));
        onReady(client, false);
    });
    client->prepare();
}

void LoadRun::onReady(LoadClient *client, bool ok)
{
    if (m_phase != Phase::Preparing || m_answered.contains(client))
        return;
    m_answered.insert(client);
    if (ok)
        m_ready.insert(client);
    prepareNext();
    if (m_answered.size() == m_all.size())
        startLoad();
}

void LoadRun::startLoad()
{
    m_startedAt = monotonicMicros();
    if (m_ready.isEmpty()) {
        end();
        return;
    }
    m_phase = Phase::Running;
    for (LoadClient *client : std::as_const(m_all)) {
        if (m_ready.contains(client))
            client->start();
    }
    m_duration.start(m_plan.durationMs);
    emit started(int(m_ready.size()));
}

void LoadRun::finishLoad()
{
    m_phase = Phase::DrainingLoad;
    m_deadline.start(m_plan.drainMs);
    for (LoadClient *client : std::as_const(m_load)) {
        if (m_ready.contains(client))
            m_draining.insert(client);
    }
    if (m_draining.isEmpty()) {
        finishObservers();
        return;
    }
    const QSet<LoadClient *> draining = m_draining;
    for (LoadClient *client : draining)
        client->finish(0);
}

void LoadRun::finishObservers()
{
    m_phase = Phase::DrainingObservers;
    qint64 finalServerSeq = 0;
    for (LoadClient *client : std::as_const(m_load))
        finalServerSeq = qMax(finalServerSeq, client->stats().lastServerSeq);
    for (LoadClient *client : std::as_const(m_observers)) {
        if (m_ready.contains(client))
            m_draining.insert(client);
    }
    if (m_draining.isEmpty()) {
        end();
        return;
    }
    const QSet<LoadClient *> draining = m_draining;
    for (LoadClient *client : draining)
        client->finish(finalServerSeq);
}

void LoadRun::onDrained(LoadClient *client)
{
    if (!m_draining.remove(client) || !m_draining.isEmpty())
        return;
    if (m_phase == Phase::DrainingLoad)
        finishObservers();
    else if (m_phase == Phase::DrainingObservers)
        end();
}

void LoadRun::end()
{
    if (m_phase == Phase::Ended)
        return;
    m_phase = Phase::Ended;
    m_duration.stop();
    m_deadline.stop();
    for (LoadClient *client : std::as_const(m_draining)) {
        client->stats().addError(
            QStringLiteral("drain timeout"),
            tr("work begun was not finished within %1 s of the end").arg(m_plan.drainMs / 1000));
    }
    m_draining.clear();
    m_loop.quit();
}

LoadStats LoadRun::takeStats()
{
    LoadStats all;
    for (LoadClient *client : std::as_const(m_all))
        all.merge(std::move(client->stats()));
    return all;
}

} // namespace sunhall::ctl
