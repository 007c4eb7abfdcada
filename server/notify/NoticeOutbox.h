// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "server/notify/Notice.h"
#include "server/notify/OutboxNotice.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace sunhall::server {

class ServerStore;

/// The durable outbox of SMS notices in the hall store (tables notification_outbox and
/// notification_cursor, schema version 2), on the store's own connection and thread. A
/// notice's id is the server sequence of its case event, so adding it again changes nothing;
/// the cursor says up to which event notices were written, and moves in the same transaction
/// as the notices it covers. Senders take a due notice by claiming it for a while (a
/// compare-and-set on its next attempt time), so that several server processes sharing a
/// PostgreSQL database never send the same notice at once, and one that dies mid-send leaves
/// it to be tried again once the claim runs out.
class NoticeOutbox
{
    Q_DECLARE_TR_FUNCTIONS(NoticeOutbox)
public:
    explicit NoticeOutbox(ServerStore &store);

    /// The server sequence up to which notices were written.
    core::Result<qint64> cursor() const;
    /// Adds `notices` (queued, or skipped with their reason) and moves the cursor to `upTo`,
    /// in one transaction; a notice already in the outbox is left as it is.
    core::Status add(const QList<Notice> &notices, qint64 upTo, const QDateTime &at);

    /// Queued notices whose next attempt is due at `nowMs`, oldest first.
    core::Result<QList<OutboxNotice>> due(qint64 nowMs, int limit) const;
    /// Claims due notices until `untilMs` and counts the attempt, in one transaction; those
    /// that another sender claimed first are left out of the answer.
    core::Result<QList<OutboxNotice>> claim(const QList<OutboxNotice> &notices, qint64 untilMs);
    /// Records what became of attempts, in one transaction; a sent notice keeps `at`.
    core::Status record(const QList<NoticeAttempt> &attempts, const QDateTime &at);
    /// Queues every failed notice again, for an attempt at `nowMs`; how many.
    core::Result<int> requeueFailed(qint64 nowMs);

    core::Result<NoticeCounts> counts() const;
    /// The earliest next attempt of a queued notice; none when nothing is queued.
    core::Result<std::optional<qint64>> nextAttemptMs() const;
    /// The newest notices, newest first.
    core::Result<QList<OutboxNotice>> recent(int limit) const;

private:
    core::Status run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                     const QString &what) const;
    core::Result<QList<OutboxNotice>> select(const QString &rest, const QVariantList &values,
                                             const QString &what) const;
    core::Status transaction(const std::function<core::Status()> &body, const QString &what);

    ServerStore &m_store;
};

} // namespace sunhall::server
