// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LoadClient.h"

#include <QEventLoop>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace sunhall::ctl {

/// Drives the clients of one `sunhallctl loadgen` run through its phases, on the calling
/// thread's event loop, and stops by itself. Prepare: the observers (screens) first, then the
/// load (windows or pullers), a few at a time — a login costs the server an Argon2id hash, and
/// a TLS handshake left waiting behind many of them would run out of time. Run: every client
/// that got ready starts at once, for the planned duration. Drain: the load clients finish
/// what they have begun; then the observers catch up to the newest event the windows were
/// told of. A client that is not ready or drained within its time is given up, with an error
/// in its statistics.
class LoadRun : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        int durationMs = 10'000;
        int concurrency = 4;           // clients preparing at once
        int prepareTimeoutMs = 60'000; // per client
        int drainMs = 30'000;
    };

    LoadRun(QList<LoadClient *> load, QList<LoadClient *> observers, Plan plan,
            QObject *parent = nullptr);

    void exec();
    /// Every client's statistics, merged.
    LoadStats takeStats();
    int clientCount() const { return int(m_all.size()); }
    int readyCount() const { return int(m_ready.size()); }
    double prepareSecs() const { return double(m_startedAt - m_prepareStartedAt) / 1e6; }
    qint64 startedAt() const { return m_startedAt; }

signals:
    /// The ready clients have been started; the planned duration runs from now.
    void started(int readyClients);

private:
    enum class Phase
    {
        Preparing,
        Running,
        DrainingLoad,
        DrainingObservers,
        Ended
    };

    void prepareNext();
    void onReady(LoadClient *client, bool ok);
    void startLoad();
    void finishLoad();
    void finishObservers();
    void onDrained(LoadClient *client);
    void end();

    QList<LoadClient *> m_load;
    QList<LoadClient *> m_observers;
    QList<LoadClient *> m_all; // observers first: the order of preparation
    Plan m_plan;
    Phase m_phase = Phase::Preparing;
    QEventLoop m_loop;
    QTimer m_duration;
    QTimer m_deadline;
    qsizetype m_nextToPrepare = 0;
    QSet<LoadClient *> m_answered;
    QSet<LoadClient *> m_ready;
    QSet<LoadClient *> m_draining;
    qint64 m_prepareStartedAt = 0;
    qint64 m_startedAt = 0;
};

} // namespace sunhall::ctl
