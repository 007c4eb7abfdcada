// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QUuid>

namespace sunhall::core {

/// What the server made of one pushed command (docs/protocol.md, POST /v1/sync/push):
/// applied, with the server sequences of its events, or rejected with the server's code,
/// reason and field. A rejection is data, not a failed request.
struct PushResult
{
    QUuid commandId;
    qint64 workstationSeq = 0;
    bool applied = false;
    qint64 firstServerSeq = 0;
    qint64 lastServerSeq = 0;
    Error error;

    static Result<PushResult> fromJson(const QJsonObject &json);
};

} // namespace sunhall::core
