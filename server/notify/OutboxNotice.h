// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/notify/NoticeKind.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace sunhall::server {

/// Where a notice stands in the outbox: waiting to be (re)sent, handed to the gateway, given
/// up on after its last attempt (it can be queued again), or never to be sent (no mobile
/// number).
enum class NoticeState
{
    Queued,
    Sent,
    Failed,
    Skipped,
};
QString noticeStateId(NoticeState state); // "queued", "sent", "failed", "skipped"
std::optional<NoticeState> noticeStateFromId(const QString &id);

/// A notice as the outbox keeps it: its id (the server sequence of its case event), what and
/// to whom, where it stands, how often it was tried and the last failure, when the next try
/// may happen (milliseconds since the epoch), and when it was written and sent.
struct OutboxNotice
{
    qint64 id = 0;
    QUuid caseId;
    int caseSeq = 0;
    NoticeKind kind = NoticeKind::Accepted;
    QString phone;
    QString text;
    NoticeState state = NoticeState::Queued;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
};

/// What became of one attempt to send a notice, to be recorded: sent, queued again for
/// another attempt at `nextAttemptMs`, or failed; `error` says why it was not sent.
struct NoticeAttempt
{
    qint64 id = 0;
    NoticeState state = NoticeState::Sent;
    QString error;
    qint64 nextAttemptMs = 0;
};

/// How many notices stand where.
struct NoticeCounts
{
    int queued = 0;
    int sent = 0;
    int failed = 0;
    int skipped = 0;
};

} // namespace sunhall::server
