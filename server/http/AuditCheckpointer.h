// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Sm2KeyPair.h"
#include "server/store/ServerStore.h"

#include <QDateTime>

#include <optional>

namespace sunhall::server {

/// When the server signs audit checkpoints (docs/protocol.md, "The audit chain"): after a
/// commit that brings `every` events (1,000 by default) past the last checkpoint, and once
/// more when the server stops, with the server's SM2 key through AuditChain::makeCheckpoint.
class AuditCheckpointer
{
public:
    AuditCheckpointer(ServerStore &store, core::Sm2KeyPair key, int every);

    /// Reads where the last stored checkpoint stands.
    core::Status load();
    /// A new checkpoint when `every` events have been stored since the last one.
    core::Result<std::optional<Checkpoint>> afterCommit(const QDateTime &now);
    /// A checkpoint at the newest event unless it has one already.
    core::Result<std::optional<Checkpoint>> finalCheckpoint(const QDateTime &now);

private:
    core::Result<std::optional<Checkpoint>> checkpointIfBehind(qint64 minimumGap,
                                                               const QDateTime &now);

    ServerStore &m_store;
    core::Sm2KeyPair m_key;
    int m_every;
    qint64 m_lastCheckpointSeq = 0;
};

} // namespace sunhall::server
