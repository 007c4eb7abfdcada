// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LatencySamples.h"
#include "app/sunhallctl/LoadHttpConnection.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace sunhall::ctl {

/// What the simulated clients of one `sunhallctl loadgen` run counted and timed. Each client
/// keeps its own, on the one thread they share, and the run merges them at the end, so no
/// figure is ever shared while it is written. Times are monotonicMicros().
struct LoadStats
{
    qint64 commandsSent = 0; // distinct commands pushed at least once
    qint64 applied = 0;
    qint64 rejected = 0;
    qint64 requests = 0; // answered pushes, or answered empty pulls
    qint64 pulls = 0;    // the screens' pulls
    qint64 eventsPulled = 0;
    LatencySamples requestLatency; // per push request, or per empty pull
    LatencySamples commandLatency; // from a command's making to the server's answer
    LatencySamples pullLatency;
    QMap<QString, qint64> errors;        // "push http-500 server.internal" → how many
    QMap<QString, QString> errorDetails; // the first detail of each kind
    QMap<QString, qint64> rejections;    // rejection code → how many
    /// Of each applied command, the serverSeq of its first event → just before its push.
    QHash<qint64, qint64> pushedAt;
    /// Per screen: the serverSeq of each event it pulled → when its pull answered.
    QList<QHash<qint64, qint64>> arrivals;
    qint64 lastServerSeq = 0;
    qint64 firstSentAt = 0;
    qint64 lastAnsweredAt = 0;

    /// Counts a failed request as "<what> <kind>", keeping the first detail of the kind.
    void addError(const QString &what, const LoadHttpConnection::Reply &reply);
    void addError(const QString &kind, const QString &detail);
    qint64 errorCount() const;
    /// Notes an answered request of the measured kind.
    void answered(const LoadHttpConnection::Reply &reply);
    void merge(LoadStats &&other);
    /// Window-to-screen propagation: for every applied command and every screen that pulled
    /// its first event, the time from just before the push to that pull's answer.
    LatencySamples propagation() const;
};

} // namespace sunhall::ctl
