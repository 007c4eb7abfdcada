// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Metrics.h"
#include "server/http/Offload.h"
#include "server/http/Router.h"
#include "server/store/ServerStore.h"
#include "server/sync/CommandProcessor.h"

#include <QCache>
#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <functional>
#include <optional>

namespace sunhall::server {

/// The sync endpoints (docs/protocol.md): POST /v1/sync/push hands each command to the
/// CommandProcessor in order and answers with one result per command handled (a rejection is
/// a result; a sequence gap or conflict is a 409 that keeps the commands before it applied);
/// GET /v1/sync/pull returns the events after a cursor within the user's scope; POST
/// /v1/leases hands the workstation a new range of number serials. After a push that applied
/// anything, `committed` is told which cases were touched (for live pokes and checkpoints).
class SyncApi
{
    Q_DECLARE_TR_FUNCTIONS(SyncApi)
public:
    static constexpr int maxCommands = 500;
    static constexpr int defaultPullLimit = 500;
    static constexpr int maxPullLimit = 2000;
    static constexpr int maxLeaseCount = 1000;
    /// Commands stored per transaction at most, also when pushes arrive together.
    static constexpr int commandsPerCommit = 32;

    using Committed = std::function<void(const QSet<QUuid> &cases)>;

    /// The signatures of pushed commands are verified through `offload`.
    SyncApi(ServerStore &store, CommandProcessor &processor, Metrics &metrics, Committed committed,
            Offload offload = {});

    /// What pulls announce as the version of the certificate key set.
    void setCertificateKeysVersion(std::function<QString()> version)
    {
        m_certificateKeysVersion = std::move(version);
    }
    void addRoutes(Router &router);
    /// The signatures are verified through the offload, then the pushes that are ready are
    /// applied and committed together, each answered through its `reply`.
    void push(const RequestContext &context, Router::Reply reply);
    HttpResponse pull(const RequestContext &context) const;
    HttpResponse lease(const RequestContext &context);

private:
    struct Push
    {
        QList<core::Command> commands;
        QList<CommandProcessor::SignatureCheck> checks; // empty: verify while applying
        QString workstation;
        UserRecord user;
        QDateTime now;
        Router::Reply reply;
    };
    struct Applied
    {
        HttpResponse response;
        std::optional<core::Error> storeError; // the store failed: nothing may be kept
        QSet<QUuid> touched;
        int applied = 0;
        int rejected = 0;

        core::Status failed() const;
    };

    void verified(Push push);
    void drain();
    Applied apply(const Push &push, const ServerStore::CommitSoFar &commitSoFar);
    void announce(const Applied &outcome);
    QByteArray eventText(const core::Event &event) const;
    core::Result<QList<core::Command>> readCommands(const RequestContext &context) const;
    static core::Error located(core::Error error, qsizetype index);
    static HttpResponse stopped(const core::Error &error, const QJsonArray &results,
                                std::optional<qint64> expected = std::nullopt);

    ServerStore &m_store;
    CommandProcessor &m_processor;
    Metrics &m_metrics;
    Committed m_committed;
    Offload m_offload;
    std::function<QString()> m_certificateKeysVersion;
    /// Events as pulls send them, by server sequence: about the last hundred thousand.
    mutable QCache<qint64, QByteArray> m_eventTexts{64 * 1024 * 1024};
    /// Recent pull answers by their question and the sequence and reference versions they saw.
    mutable QCache<QString, QByteArray> m_pages{16 * 1024 * 1024};
    QList<Push> m_ready;
    bool m_drainScheduled = false;
    int m_uncommitted = 0; // commands applied since the last commit
};

} // namespace sunhall::server
