// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/ServerStore.h"
#include "server/store/StoreSql.h"

#include "core/catalog/Item.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace sunhall::server {

class StoreQuery;

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

    /// Runs `sql` with `values` through `query`: each statement is prepared once per
    /// connection and kept (the server runs the same dozen statements for every command; a
    /// fresh prepare each time was a third of a push), and a statement already running further
    /// up the stack is prepared afresh for this use.
    core::Status exec(StoreQuery &query, const QString &sql, const QVariantList &values,
                      const QString &what);
    core::Error sqlError(const QString &what, const QString &detail) const
    {
        return storesql::sqlError(storeName, what, detail);
    }
    /// Runs `body` in one write transaction that is serialised with every other writer, also
    /// in other processes: BEGIN IMMEDIATE on SQLite, a transaction-level advisory lock on
    /// PostgreSQL. It commits when `body` succeeds and rolls back otherwise; a call made
    /// inside `body` joins the outer transaction.
    core::Status transact(const QString &what, const std::function<core::Status()> &body);
    core::Status begin(const QString &what);
    core::Status control(const QString &sql, const QString &what);
    /// Tells clients to fetch reference data again ("catalog", "calendar", "users").
    core::Status bumpReference(const QString &name);

    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    QSet<QSqlQuery *> running;
    QHash<QString, core::Item> items; // parsed catalogue items by their stored text
};

/// One use of a statement of the store's connection: what ServerStore::Private::exec ran, read
/// like a QSqlQuery. When it goes, the statement is reset (so that it holds no read snapshot or
/// lock) and goes back to the cache.
class StoreQuery
{
public:
    explicit StoreQuery(ServerStore::Private &store);
    ~StoreQuery();
    StoreQuery(const StoreQuery &) = delete;
    StoreQuery &operator=(const StoreQuery &) = delete;

    bool next() { return m_query && m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    operator const QSqlQuery &() const { return *m_query; }

private:
    friend struct ServerStore::Private;
    void release();

    ServerStore::Private &m_store;
    std::shared_ptr<QSqlQuery> m_query;
};

} // namespace sunhall::server
