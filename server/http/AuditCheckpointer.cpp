// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/AuditCheckpointer.h"

#include "server/sync/AuditChain.h"

namespace sunhall::server {

using core::Result;

AuditCheckpointer::AuditCheckpointer(ServerStore &store, core::Sm2KeyPair key, int every)
    : m_store(store)
    , m_key(std::move(key))
    , m_every(every)
{}

core::Status AuditCheckpointer::load()
{
    const auto checkpoints = m_store.checkpoints();
    if (!checkpoints)
        return checkpoints.error();
    m_lastCheckpointSeq = 0;
    for (const Checkpoint &checkpoint : *checkpoints)
        m_lastCheckpointSeq = qMax(m_lastCheckpointSeq, checkpoint.serverSeq);
    return core::Status::success();
}

Result<std::optional<Checkpoint>> AuditCheckpointer::afterCommit(const QDateTime &now)
{
    return checkpointIfBehind(m_every, now);
}

Result<std::optional<Checkpoint>> AuditCheckpointer::finalCheckpoint(const QDateTime &now)
{
    return checkpointIfBehind(1, now);
}

Result<std::optional<Checkpoint>> AuditCheckpointer::checkpointIfBehind(qint64 minimumGap,
                                                                        const QDateTime &now)
{
    const auto lastSeq = m_store.lastServerSeq();
    if (!lastSeq)
        return lastSeq.error();
    if (*lastSeq - m_lastCheckpointSeq < minimumGap)
        return std::optional<Checkpoint>();
    const auto checkpoint = AuditChain::makeCheckpoint(m_store, m_key, now);
    if (!checkpoint)
        return checkpoint.error();
    m_lastCheckpointSeq = checkpoint->serverSeq;
    return std::optional<Checkpoint>(*checkpoint);
}

} // namespace sunhall::server
