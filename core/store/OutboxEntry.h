// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Command.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace sunhall::core {

/// Where a queued command stands with the server (DESIGN.md §3).
enum class OutboxState
{
    Pending,  // not sent yet
    Sent,     // sent, no answer received (the answer may have been lost: it is sent again)
    Applied,  // the server applied it and appended its events
    Rejected, // the server refused it; the reason is kept for the user who made it
};

/// Stable identifiers in the store: "pending", "sent", "applied", "rejected".
QString outboxStateId(OutboxState state);
std::optional<OutboxState> outboxStateFromId(const QString &id);

/// One command of the workstation's outbox, in workstation order, with what the server made of
/// it. `seq` is the command's workstation sequence.
struct OutboxEntry
{
    qint64 seq = 0;
    QUuid commandId;
    QUuid caseId;
    QString type;
    QByteArray commandJson; // Command::toJson(), compact
    QString userId;
    OutboxState state = OutboxState::Pending;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime resultAt;
    qint64 firstServerSeq = 0; // applied: the range of its events on the server
    qint64 lastServerSeq = 0;
    Error rejection; // rejected: the server's code, message and field
    bool dismissed = false;

    bool isAnswered() const
    {
        return state == OutboxState::Applied || state == OutboxState::Rejected;
    }
    /// The queued command itself.
    Result<Command> command() const;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

/// How many commands wait for an answer from the server and how many were rejected and not
/// yet dismissed by their user.
struct OutboxCounts
{
    int unanswered = 0;
    int rejected = 0;

    friend bool operator==(const OutboxCounts &, const OutboxCounts &) = default;
};

} // namespace sunhall::core
