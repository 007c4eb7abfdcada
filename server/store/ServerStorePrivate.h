// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/ServerStore.h"
#include "server/store/StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace sunhall::server {

/// The connection behind one ServerStore and the plumbing its source files share.
struct ServerStore::Private
{
    Engine engine = Engine::Sqlite;
    QString connectionName;
    QString storeName; // the file, or the PostgreSQL address without its password
    QSqlDatabase db;
    int transactionDepth = 0;

    core::Status openSqlite(const QString &hallDir);
    core::Status openPostgres(const QString &databaseUrl);
    core::Status writeCatalogue(const core::Catalogue &catalogue);

    // Parts of applyCommand and leaseRange, run inside their write transaction.
    core::Result<std::optional<CommandResult>> checkSequence(const ServerStore &store,
                                                             const core::Command &command);
    static core::Error sequenceConflict(const core::Command &command);
    core::Status appendEvents(const ServerStore &store, const QList<core::Event> &stored,
                              const QList<core::Event> &events, const core::Command &command,
                              CommandResult &result);
    core::Status storeResult(const core::Command &command, const CommandResult &result);
    core::Status lease(LeaseRange &range, int count);

    core::Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                      const QString &what) const
    {
        return storesql::exec(query, sql, values, storeName, what);
    }
    core::Error sqlError(const QString &what, const QString &detail) const
    {
        return storesql::sqlError(storeName, what, detail);
    }
    /// Runs `body` in one write transaction that is serialised with every other writer, also
    /// in other processes: BEGIN IMMEDIATE on SQLite, a transaction-level advisory lock on
    /// PostgreSQL. It commits when `body` succeeds and rolls back otherwise; a call made
    /// inside `body` joins the outer transaction.
    core::Status transact(const QString &what, const std::function<core::Status()> &body);
    /// Tells clients to fetch reference data again ("catalog", "calendar", "users").
    core::Status bumpReference(const QString &name);
};

} // namespace sunhall::server
