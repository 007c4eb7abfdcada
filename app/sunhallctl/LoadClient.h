// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LoadHttpConnection.h"
#include "app/sunhallctl/LoadPreparation.h"
#include "app/sunhallctl/LoadStats.h"

#include "core/common/Clock.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace sunhall::ctl {

/// Where a load run's clients go and what they all share.
struct LoadTarget
{
    QUrl server;      // https://127.0.0.1:PORT, or the static file's whole address
    QString password; // of every load user
    int timeoutMs = 30000;
    const core::Clock *clock = nullptr;
};

/// One simulated client of `sunhallctl loadgen` — a window, a supervision screen or an
/// empty puller — with its own workstation certificate, connection and session. The run
/// drives every client through the same phases: prepare() (log in, lease numbers, open the
/// live feed) until ready(); start() the load; finish() making it, after which the client
/// completes what it has begun and says drained(). Each keeps its own LoadStats.
class LoadClient : public QObject
{
    Q_OBJECT
public:
    LoadClient(LoadIdentity identity, const LoadTarget &target, QObject *parent = nullptr);

    const LoadIdentity &identity() const { return m_identity; }
    LoadStats &stats() { return m_stats; }

    virtual void prepare() = 0;
    virtual void start() = 0;
    /// `finalServerSeq`: the newest event any window was told of; a screen has drained once it
    /// has pulled that far.
    virtual void finish(qint64 finalServerSeq) = 0;

signals:
    void ready(bool ok);
    void drained();

protected:
    /// POST /v1/session as the identity's user; `then` gets the serverSeq the server
    /// answered with. A failure is counted and ends preparation with ready(false).
    void login(std::function<void(qint64 serverSeq)> then);

    LoadIdentity m_identity;
    const LoadTarget &m_target;
    LoadHttpConnection m_http;
    LoadStats m_stats;
    QString m_token;
};

} // namespace sunhall::ctl
