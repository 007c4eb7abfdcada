// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/OutboxEntry.h"

#include <QJsonDocument>

namespace sunhall::core {

QString outboxStateId(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Applied:
        return QStringLiteral("applied");
    case OutboxState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<OutboxState> outboxStateFromId(const QString &id)
{
    for (OutboxState state :
         {OutboxState::Pending, OutboxState::Sent, OutboxState::Applied, OutboxState::Rejected}) {
        if (outboxStateId(state) == id)
            return state;
    }
    return std::nullopt;
}

Result<Command> OutboxEntry::command() const
{
    return Command::fromJson(QJsonDocument::fromJson(commandJson).object());
}

} // namespace sunhall::core
