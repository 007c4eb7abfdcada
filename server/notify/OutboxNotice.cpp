// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/OutboxNotice.h"

namespace sunhall::server {

namespace {

struct StateRow
{
    NoticeState state;
    const char *id;
};

constexpr StateRow stateRows[] = {
    {NoticeState::Queued, "queued"},
    {NoticeState::Sent, "sent"},
    {NoticeState::Failed, "failed"},
    {NoticeState::Skipped, "skipped"},
};

} // namespace

QString noticeStateId(NoticeState state)
{
    for (const StateRow &row : stateRows) {
        if (row.state == state)
            return QString::fromLatin1(row.id);
    }
    return {};
}

std::optional<NoticeState> noticeStateFromId(const QString &id)
{
    for (const StateRow &row : stateRows) {
        if (id == QLatin1String(row.id))
            return row.state;
    }
    return std::nullopt;
}

} // namespace sunhall::server
