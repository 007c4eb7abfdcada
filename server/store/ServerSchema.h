// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/ServerStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sunhall::server {

/// Owns the hall store's schema on both engines. Each schema version is one migration step,
/// written once with the few type names that differ (BIGINT / BLOB) filled in per dialect. The
/// version lives in `PRAGMA user_version` on SQLite, whose file is also marked with
/// `PRAGMA application_id` so that a client profile or another program's database is never
/// taken for a hall store, and in the one-row table `schema_version` on PostgreSQL, where an
/// advisory lock keeps several server processes from migrating at once. A schema newer than
/// this program knows is refused before anything is written.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)
public:
    static constexpr int sqliteApplicationId = 0x53484C4C; // "SHLL"

    static int latestVersion();
    /// The store's schema version (0 for an empty database); an error when the database
    /// holds something that is not a hall store.
    static core::Result<int> currentVersion(QSqlDatabase &db, ServerStore::Engine engine);
    /// Brings the store to the latest version in one transaction, or refuses a newer one.
    static core::Status migrate(QSqlDatabase &db, ServerStore::Engine engine,
                                const QString &storeName);

private:
    static core::Error tooNew(int version, const QString &storeName);
    static core::Status applySteps(QSqlDatabase &db, ServerStore::Engine engine, int from,
                                   const QString &storeName);
};

} // namespace sunhall::server
