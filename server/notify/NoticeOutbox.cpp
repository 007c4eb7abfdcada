// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeOutbox.h"

#include "server/store/ServerStore.h"
#include "server/store/StoreSql.h"

#include <QSqlQuery>

namespace sunhall::server {

using core::Result;
using core::Status;

namespace {

const QString columns = QStringLiteral(
    "server_seq, case_id, case_seq, kind, phone, body, state, attempts, next_attempt_ms, "
    "last_error, created_at, sent_at");

OutboxNotice readNotice(const QSqlQuery &query)
{
    OutboxNotice notice;
    notice.id = query.value(0).toLongLong();
    notice.caseId = QUuid(query.value(1).toString());
    notice.caseSeq = query.value(2).toInt();
    notice.kind = noticeKindFromId(query.value(3).toString()).value_or(NoticeKind::Accepted);
    notice.phone = query.value(4).toString();
    notice.text = query.value(5).toString();
    notice.state = noticeStateFromId(query.value(6).toString()).value_or(NoticeState::Failed);
    notice.attempts = query.value(7).toInt();
    notice.nextAttemptMs = query.value(8).toLongLong();
    notice.lastError = query.value(9).toString();
    notice.createdAt = storesql::fromText(query.value(10).toString());
    notice.sentAt = storesql::fromText(query.value(11).toString());
    return notice;
}

} // namespace

NoticeOutbox::NoticeOutbox(ServerStore &store)
    : m_store(store)
{}

Status NoticeOutbox::run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                         const QString &what) const
{
    query.setForwardOnly(true);
    return storesql::exec(query, sql, values, m_store.database().databaseName(), what);
}

Status NoticeOutbox::transaction(const std::function<Status()> &body, const QString &what)
{
    QSqlQuery control(m_store.database());
    const QString name = m_store.database().databaseName();
    // BEGIN IMMEDIATE takes SQLite's write lock at once, as every writer of the hall store
    // does; on PostgreSQL the outbox's keys keep concurrent writers apart.
    const QString begin = m_store.engine() == ServerStore::Engine::Sqlite
                              ? QStringLiteral("BEGIN IMMEDIATE")
                              : QStringLiteral("BEGIN");
    if (Status begun = storesql::execPlain(control, begin, name, what); !begun)
        return begun;
    Status done = body();
    if (done)
        done = storesql::execPlain(control, QStringLiteral("COMMIT"), name, what);
    if (!done)
        control.exec(QStringLiteral("ROLLBACK"));
    return done;
}

Result<qint64> NoticeOutbox::cursor() const
{
    QSqlQuery query(m_store.database());
    if (Status read = run(query,
                          QStringLiteral("SELECT server_seq FROM notification_cursor "
                                         "WHERE id = 1"),
                          {}, tr("reading the notice cursor"));
        !read)
        return read.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status NoticeOutbox::add(const QList<Notice> &notices, qint64 upTo, const QDateTime &at)
{
    const QString what = tr("writing SMS notices to the outbox");
    return transaction(
        [&]() -> Status {
            QSqlQuery query(m_store.database());
            for (const Notice &notice : notices) {
                const NoticeState state =
                    notice.isSkipped() ? NoticeState::Skipped : NoticeState::Queued;
                const Status added =
                    run(query,
                        QStringLiteral("INSERT INTO notification_outbox (") + columns +
                            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, NULL) "
                                           "ON CONFLICT (server_seq) DO NOTHING"),
                        {notice.serverSeq, storesql::uuidText(notice.caseId), notice.caseSeq,
                         noticeKindId(notice.kind), notice.phone, notice.text, noticeStateId(state),
                         at.toMSecsSinceEpoch(), notice.skipReason, storesql::utcText(at)},
                        what);
                if (!added)
                    return added;
            }
            return run(query,
                       QStringLiteral("UPDATE notification_cursor SET server_seq = ? "
                                      "WHERE id = 1 AND server_seq < ?"),
                       {upTo, upTo}, what);
        },
        what);
}

Result<QList<OutboxNotice>> NoticeOutbox::select(const QString &rest, const QVariantList &values,
                                                 const QString &what) const
{
    QSqlQuery query(m_store.database());
    if (Status read = run(query,
                          QStringLiteral("SELECT ") + columns +
                              QStringLiteral(" FROM notification_outbox ") + rest,
                          values, what);
        !read)
        return read.error();
    QList<OutboxNotice> notices;
    while (query.next())
        notices.append(readNotice(query));
    return notices;
}

Result<QList<OutboxNotice>> NoticeOutbox::due(qint64 nowMs, int limit) const
{
    return select(QStringLiteral("WHERE state = 'queued' AND next_attempt_ms <= ? "
                                 "ORDER BY server_seq LIMIT ?"),
                  {nowMs, limit}, tr("reading the SMS notices due"));
}

Result<QList<OutboxNotice>> NoticeOutbox::claim(const QList<OutboxNotice> &notices, qint64 untilMs)
{
    QList<OutboxNotice> claimed;
    const QString what = tr("taking SMS notices to send");
    const Status done = transaction(
        [&]() -> Status {
            QSqlQuery query(m_store.database());
            for (const OutboxNotice &notice : notices) {
                const Status updated =
                    run(query,
                        QStringLiteral("UPDATE notification_outbox SET next_attempt_ms = ?, "
                                       "attempts = attempts + 1 WHERE server_seq = ? AND "
                                       "state = 'queued' AND next_attempt_ms = ?"),
                        {untilMs, notice.id, notice.nextAttemptMs}, what);
                if (!updated)
                    return updated;
                if (query.numRowsAffected() == 1)
                    claimed.append(notice);
            }
            return Status::success();
        },
        what);
    if (!done)
        return done.error();
    return claimed;
}

Status NoticeOutbox::record(const QList<NoticeAttempt> &attempts, const QDateTime &at)
{
    const QString what = tr("recording what became of SMS notices");
    return transaction(
        [&]() -> Status {
            QSqlQuery query(m_store.database());
            for (const NoticeAttempt &attempt : attempts) {
                const bool sent = attempt.state == NoticeState::Sent;
                const Status recorded = run(
                    query,
                    QStringLiteral("UPDATE notification_outbox SET state = ?, last_error = ?, "
                                   "next_attempt_ms = ?, sent_at = ? WHERE server_seq = ?"),
                    {noticeStateId(attempt.state), attempt.error,
                     sent ? at.toMSecsSinceEpoch() : attempt.nextAttemptMs,
                     storesql::nullableText(sent ? storesql::utcText(at) : QString()), attempt.id},
                    what);
                if (!recorded)
                    return recorded;
            }
            return Status::success();
        },
        what);
}

Result<int> NoticeOutbox::requeueFailed(qint64 nowMs)
{
    QSqlQuery query(m_store.database());
    const Status done = run(query,
                            QStringLiteral("UPDATE notification_outbox SET state = 'queued', "
                                           "attempts = 0, next_attempt_ms = ? "
                                           "WHERE state = 'failed'"),
                            {nowMs}, tr("queueing the failed SMS notices again"));
    if (!done)
        return done.error();
    return query.numRowsAffected();
}

Result<NoticeCounts> NoticeOutbox::counts() const
{
    QSqlQuery query(m_store.database());
    if (Status read = run(query,
                          QStringLiteral("SELECT state, count(*) FROM notification_outbox "
                                         "GROUP BY state"),
                          {}, tr("counting the SMS notices"));
        !read)
        return read.error();
    NoticeCounts counts;
    while (query.next()) {
        const int count = query.value(1).toInt();
        switch (noticeStateFromId(query.value(0).toString()).value_or(NoticeState::Failed)) {
        case NoticeState::Queued:
            counts.queued += count;
            break;
        case NoticeState::Sent:
            counts.sent += count;
            break;
        case NoticeState::Failed:
            counts.failed += count;
            break;
        case NoticeState::Skipped:
            counts.skipped += count;
            break;
        }
    }
    return counts;
}

Result<std::optional<qint64>> NoticeOutbox::nextAttemptMs() const
{
    QSqlQuery query(m_store.database());
    if (Status read = run(query,
                          QStringLiteral("SELECT min(next_attempt_ms) FROM notification_outbox "
                                         "WHERE state = 'queued'"),
                          {}, tr("reading when the next SMS notice is due"));
        !read)
        return read.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<OutboxNotice>> NoticeOutbox::recent(int limit) const
{
    return select(QStringLiteral("ORDER BY server_seq DESC LIMIT ?"), {limit},
                  tr("reading the latest SMS notices"));
}

} // namespace sunhall::server
