// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LoadStats.h"

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sunhall::ctl {

/// `sunhallctl loadgen --mode pg-notify`: the reference beside which the window-to-screen
/// propagation is reported (DESIGN.md §7). Two connections to the PostgreSQL server, one
/// LISTENing through Qt's QPSQL driver (subscribeToNotification) and one sending
/// `SELECT pg_notify(channel, n)`; each round trip is timed from just before the NOTIFY is
/// sent until the listener's driver hands the notification over, one at a time. The channel
/// is private to this process, so nothing else is woken.
class PgNotifyProbe
{
    Q_DECLARE_TR_FUNCTIONS(PgNotifyProbe)
public:
    /// `count` round trips, each given `timeoutMs`. The round trips are in requestLatency and
    /// requests; a NOTIFY that failed or never came back is an error of the statistics. An
    /// error is returned when the database cannot be reached at all.
    static core::Result<LoadStats> measure(const QString &databaseUrl, int count, int timeoutMs);

private:
    static core::Result<QSqlDatabase> open(const QString &databaseUrl, const QString &name);
    static core::Result<LoadStats> roundTrips(QSqlDatabase &listener, QSqlDatabase &notifier,
                                              int count, int timeoutMs);
};

} // namespace sunhall::ctl
