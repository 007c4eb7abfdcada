// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/AuditChain.h"

#include "core/case/PayloadReader.h"
#include "core/crypto/Sm3.h"
#include "server/store/AuditHash.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace sunhall::server {

using core::Error;
using core::Result;
using core::Status;

namespace {

struct Finding
{
    qint64 serverSeq = 0;
    Error problem;
};

// Keeps the earliest problem found; the chain is only as good as its first bad event.
void keepFirst(std::optional<Finding> &first, qint64 serverSeq, Error problem)
{
    if (!first || serverSeq < first->serverSeq)
        first = Finding{serverSeq, std::move(problem)};
}

// Walks the events in sequence, recomputing each link, until the first problem.
class ChainWalk
{
public:
    explicit ChainWalk(const QMap<qint64, Checkpoint> &checkpoints)
        : m_checkpoints(checkpoints)
    {}

    Status visit(const StoredEvent &stored)
    {
        const core::Event &event = stored.event;
        const qint64 seq = event.serverSeq;
        const QString caseText = event.caseId.toString(QUuid::WithoutBraces);
        if (seq != m_expected) {
            return stop(m_expected,
                        Error{QStringLiteral("audit.missing"),
                              AuditChain::tr("Event %1 is missing from the audit chain (the "
                                             "next stored event is %2): rows were deleted.")
                                  .arg(m_expected)
                                  .arg(seq),
                              {}});
        }
        const int previousInCase = m_caseSeqs.value(event.caseId, 0);
        if (event.caseSeq != previousInCase + 1) {
            return stop(seq, Error{QStringLiteral("audit.out-of-order"),
                                   AuditChain::tr("Event %1 is event %2 of case %3, but the "
                                                  "event of that case before it is event %4: "
                                                  "events were reordered or removed.")
                                       .arg(seq)
                                       .arg(event.caseSeq)
                                       .arg(caseText)
                                       .arg(previousInCase),
                                   {}});
        }
        const QByteArray hash = AuditHash::link(m_previous, seq, event);
        if (hash != stored.chainHash) {
            return stop(seq, Error{QStringLiteral("audit.changed"),
                                   AuditChain::tr("Event %1 (event %2 of case %3) does not match "
                                                  "its audit hash: its stored bytes were "
                                                  "changed.")
                                       .arg(seq)
                                       .arg(event.caseSeq)
                                       .arg(caseText),
                                   {}});
        }
        if (const auto checkpoint = m_checkpoints.constFind(seq);
            checkpoint != m_checkpoints.cend() && checkpoint->chainHash != hash) {
            return stop(seq, checkpointMismatch(seq));
        }
        m_caseSeqs.insert(event.caseId, event.caseSeq);
        m_previous = hash;
        ++m_expected;
        return Status::success();
    }

    static Error checkpointMismatch(qint64 seq)
    {
        return Error{QStringLiteral("audit.checkpoint-mismatch"),
                     AuditChain::tr("The signed checkpoint at event %1 does not match the chain: "
                                    "events up to %1 were changed after it was signed.")
                         .arg(seq),
                     {}};
    }

    qint64 lastSeq() const { return m_expected - 1; }
    const std::optional<Finding> &finding() const { return m_finding; }

private:
    Status stop(qint64 seq, Error problem)
    {
        m_finding = Finding{seq, std::move(problem)};
        return Error{QStringLiteral("audit.stop"), {}, {}};
    }

    const QMap<qint64, Checkpoint> &m_checkpoints;
    QByteArray m_previous = AuditHash::genesis();
    qint64 m_expected = 1;
    QHash<QUuid, int> m_caseSeqs;
    std::optional<Finding> m_finding;
};

// Problems of the checkpoints themselves: beyond the chain, or a signature that fails.
void checkCheckpoints(const QList<Checkpoint> &checkpoints, const ChainWalk &walk,
                      const core::Sm2PublicKey *key, std::optional<Finding> &first)
{
    for (const Checkpoint &checkpoint : checkpoints) {
        const qint64 seq = checkpoint.serverSeq;
        if (!walk.finding() && seq > walk.lastSeq()) {
            keepFirst(first, walk.lastSeq() + 1,
                      Error{QStringLiteral("audit.checkpoint-beyond-chain"),
                            AuditChain::tr("The signed checkpoint at event %1 is beyond the last "
                                           "stored event %2: events at the end were deleted.")
                                .arg(seq)
                                .arg(walk.lastSeq()),
                            {}});
        }
        if (seq == 0 && checkpoint.chainHash != AuditHash::genesis())
            keepFirst(first, 0, ChainWalk::checkpointMismatch(0));
        if (!key)
            continue;
        const QByteArray message =
            AuditChain::checkpointMessage(seq, checkpoint.chainHash, checkpoint.signedAt);
        if (!key->verify(message, checkpoint.signature)) {
            keepFirst(first, seq,
                      Error{QStringLiteral("audit.checkpoint-signature"),
                            AuditChain::tr("The signature of the checkpoint at event %1 does not "
                                           "verify with the server's public key: the checkpoint "
                                           "was forged or altered.")
                                .arg(seq),
                            {}});
        }
    }
}

} // namespace

QByteArray AuditChain::genesis()
{
    return AuditHash::genesis();
}

QByteArray AuditChain::link(const QByteArray &previous, qint64 serverSeq, const core::Event &event)
{
    return AuditHash::link(previous, serverSeq, event);
}

QByteArray AuditChain::checkpointMessage(qint64 serverSeq, const QByteArray &chainHash,
                                         const QDateTime &signedAt)
{
    return QStringLiteral("sunhall-checkpoint-v1|%1|%2|%3")
        .arg(serverSeq)
        .arg(core::Sm3::toHex(chainHash), core::instantToString(signedAt))
        .toUtf8();
}

Result<AuditReport> AuditChain::verify(const ServerStore &store, const core::Sm2PublicKey *key)
{
    const Result<QList<Checkpoint>> checkpoints = store.checkpoints();
    if (!checkpoints)
        return checkpoints.error();
    QMap<qint64, Checkpoint> bySeq;
    for (const Checkpoint &checkpoint : *checkpoints)
        bySeq.insert(checkpoint.serverSeq, checkpoint);

    ChainWalk walk(bySeq);
    const Status walked =
        store.forEachStoredEvent([&](const StoredEvent &stored) { return walk.visit(stored); });
    if (!walked && !walk.finding())
        return walked.error();

    std::optional<Finding> first = walk.finding();
    checkCheckpoints(*checkpoints, walk, key, first);

    AuditReport report;
    report.events = walk.lastSeq();
    report.checkpoints = int(checkpoints->size());
    report.signaturesChecked = key != nullptr;
    if (first) {
        report.ok = false;
        report.firstBadServerSeq = first->serverSeq;
        report.problem = first->problem;
    }
    return report;
}

Result<Checkpoint> AuditChain::makeCheckpoint(ServerStore &store, const core::Sm2KeyPair &key,
                                              const QDateTime &at)
{
    const Result<ChainHead> head = store.chainHead();
    if (!head)
        return head.error();
    const Result<QList<Checkpoint>> existing = store.checkpoints();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty() && existing->last().serverSeq == head->serverSeq)
        return existing->last();
    Checkpoint checkpoint;
    checkpoint.serverSeq = head->serverSeq;
    checkpoint.chainHash = head->chainHash;
    checkpoint.signedAt = at;
    const Result<QByteArray> signature =
        key.sign(checkpointMessage(checkpoint.serverSeq, checkpoint.chainHash, at));
    if (!signature)
        return signature.error();
    checkpoint.signature = *signature;
    if (Status stored = store.addCheckpoint(checkpoint); !stored)
        return stored.error();
    return checkpoint;
}

} // namespace sunhall::server
