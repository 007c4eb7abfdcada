// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Sm2KeyPair.h"
#include "core/crypto/Sm2PublicKey.h"
#include "server/store/ServerStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace sunhall::server {

/// What a verification of the audit chain found. When `ok` is false, `firstBadServerSeq` is
/// the first event the chain can no longer vouch for and `problem` says why, with one of the
/// codes "audit.changed" (an event's bytes differ from its hash), "audit.missing" (a gap in
/// the sequence: rows deleted), "audit.out-of-order" (a case's events out of order),
/// "audit.checkpoint-mismatch", "audit.checkpoint-signature" and
/// "audit.checkpoint-beyond-chain" (events deleted at the end).
struct AuditReport
{
    bool ok = true;
    qint64 events = 0;              // events verified before the first problem, or all of them
    int checkpoints = 0;            // checkpoints stored
    bool signaturesChecked = false; // false when verify() was given no public key
    qint64 firstBadServerSeq = 0;
    core::Error problem;
};

/// The hall's tamper-evident audit chain (docs/protocol.md, "The audit chain"; DOMAIN.md §7
/// 全程留痕). Every stored event is linked to the one before by SM3, so changing a byte,
/// deleting a row or reordering rows breaks the chain at that event; checkpoints signed with
/// the server's SM2 key pin the chain, so that even an intruder who recomputes every hash
/// after a change is caught by the first checkpoint after it.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    /// SM3("sunhall-audit-v1"): the hash before the first event.
    static QByteArray genesis();
    /// SM3(previous ‖ serverSeq as 8 bytes big-endian ‖ event.canonicalBytes()).
    static QByteArray link(const QByteArray &previous, qint64 serverSeq, const core::Event &event);
    /// The bytes a checkpoint's signature covers:
    /// `sunhall-checkpoint-v1|<serverSeq>|<chainHash hex>|<signedAt ISO 8601>`.
    static QByteArray checkpointMessage(qint64 serverSeq, const QByteArray &chainHash,
                                        const QDateTime &signedAt);

    /// Recomputes the whole chain from the stored events and compares every checkpoint with
    /// it; with a key, also checks each checkpoint's signature. An error only when the store
    /// cannot be read: a broken chain is a report that is not ok.
    static core::Result<AuditReport> verify(const ServerStore &store,
                                            const core::Sm2PublicKey *key);
    /// Signs and stores a checkpoint at the newest event (the server does so every 1,000
    /// events and when it stops). When the newest event already has a checkpoint, that one is
    /// returned and nothing is signed.
    static core::Result<Checkpoint> makeCheckpoint(ServerStore &store, const core::Sm2KeyPair &key,
                                                   const QDateTime &at);
};

} // namespace sunhall::server
