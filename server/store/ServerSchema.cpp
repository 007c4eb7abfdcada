// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/ServerSchema.h"

#include "server/store/StoreSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sunhall::server {

namespace {

// Version 1. {BIGINT} and {BLOB} become INTEGER / BLOB on SQLite (where INTEGER PRIMARY KEY is
// the row id) and BIGINT / BYTEA on PostgreSQL. Times a query compares are milliseconds since
// the epoch; other times are ISO 8601 text, event times exactly as the event carries them.
const char *const schemaV1[] = {
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE reference_versions (name TEXT PRIMARY KEY, version INTEGER NOT NULL)",
    "INSERT INTO reference_versions (name, version) VALUES ('catalog', 0), ('calendar', 0),"
    " ('users', 0)",
    "CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, schedule TEXT NOT NULL,"
    " loaded_at TEXT NOT NULL)",
    "CREATE TABLE calendar_closures (day TEXT PRIMARY KEY, reason TEXT NOT NULL,"
    " added_by TEXT NOT NULL, added_at TEXT NOT NULL)",
    "CREATE TABLE departments (code TEXT PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE catalog_versions (version INTEGER PRIMARY KEY, published_at TEXT NOT NULL,"
    " published_by TEXT NOT NULL, hall_name TEXT NOT NULL, document TEXT NOT NULL)",
    "CREATE TABLE catalog_items (catalog_version INTEGER NOT NULL"
    " REFERENCES catalog_versions(version), code TEXT NOT NULL, flow_version INTEGER NOT NULL,"
    " department TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL,"
    " PRIMARY KEY (catalog_version, code))",
    "CREATE INDEX catalog_items_flow ON catalog_items (code, flow_version, catalog_version)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL, roles TEXT NOT NULL,"
    " departments TEXT NOT NULL, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL,"
    " public_key TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE workstations (certificate_serial TEXT PRIMARY KEY, name TEXT NOT NULL,"
    " certificate_fingerprint TEXT NOT NULL, enrolled_at TEXT NOT NULL, revoked_at TEXT)",
    "CREATE INDEX workstations_name ON workstations (name, enrolled_at)",
    "CREATE TABLE sessions (token_hash {BLOB} PRIMARY KEY, user_id TEXT NOT NULL,"
    " workstation TEXT NOT NULL, created_at TEXT NOT NULL, last_used_at TEXT NOT NULL,"
    " expires_at TEXT NOT NULL)",
    "CREATE INDEX sessions_user ON sessions (user_id)",
    "CREATE TABLE login_failures (key TEXT NOT NULL, at_ms {BIGINT} NOT NULL)",
    "CREATE INDEX login_failures_key ON login_failures (key, at_ms)",
    "CREATE TABLE events (server_seq {BIGINT} PRIMARY KEY, case_id TEXT NOT NULL,"
    " case_seq INTEGER NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL,"
    " actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, workstation TEXT NOT NULL,"
    " at TEXT NOT NULL, command_id TEXT NOT NULL, chain_hash {BLOB} NOT NULL,"
    " UNIQUE (case_id, case_seq))",
    "CREATE TABLE case_scope (case_id TEXT NOT NULL, department TEXT NOT NULL,"
    " PRIMARY KEY (case_id, department))",
    "CREATE INDEX case_scope_department ON case_scope (department, case_id)",
    "CREATE TABLE command_results (workstation TEXT NOT NULL, workstation_seq {BIGINT} NOT NULL,"
    " command_id TEXT NOT NULL UNIQUE, result TEXT NOT NULL,"
    " PRIMARY KEY (workstation, workstation_seq))",
    "CREATE TABLE number_leases (kind TEXT NOT NULL, year INTEGER NOT NULL,"
    " hall_code TEXT NOT NULL, workstation TEXT NOT NULL, first {BIGINT} NOT NULL,"
    " last {BIGINT} NOT NULL, leased_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,"
    " PRIMARY KEY (kind, hall_code, year, first), CHECK (first <= last))",
    "CREATE TABLE audit_checkpoints (server_seq {BIGINT} PRIMARY KEY,"
    " chain_hash {BLOB} NOT NULL, signed_at TEXT NOT NULL, signature {BLOB} NOT NULL)",
};

// Version 2: the outbox of SMS notices to applicants (server/notify). A notice's key is the
// server sequence of the case event it tells of, so that writing it twice keeps one. The
// cursor starts at the events already stored: a hall that upgrades does not text applicants
// about its past.
const char *const schemaV2[] = {
    "CREATE TABLE notification_outbox (server_seq {BIGINT} PRIMARY KEY, case_id TEXT NOT NULL,"
    " case_seq INTEGER NOT NULL, kind TEXT NOT NULL, phone TEXT NOT NULL, body TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'skipped')),"
    " attempts INTEGER NOT NULL, next_attempt_ms {BIGINT} NOT NULL, last_error TEXT NOT NULL,"
    " created_at TEXT NOT NULL, sent_at TEXT)",
    "CREATE INDEX notification_outbox_due ON notification_outbox (state, next_attempt_ms)",
    "CREATE INDEX notification_outbox_case ON notification_outbox (case_id)",
    "CREATE TABLE notification_cursor (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " server_seq {BIGINT} NOT NULL)",
    "INSERT INTO notification_cursor (id, server_seq)"
    " SELECT 1, COALESCE(MAX(server_seq), 0) FROM events",
};

struct Step
{
    const char *const *statements;
    std::size_t count;
};

const Step steps[] = {
    {schemaV1, std::size(schemaV1)},
    {schemaV2, std::size(schemaV2)},
};

QString dialect(const char *statement, ServerStore::Engine engine)
{
    const bool sqlite = engine == ServerStore::Engine::Sqlite;
    QString sql = QString::fromLatin1(statement);
    sql.replace(QLatin1String("{BIGINT}"),
                sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    sql.replace(QLatin1String("{BLOB}"), sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    return sql;
}

core::Result<int> pragma(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        return core::makeError(QStringLiteral("store.unreadable"),
                               ServerSchema::tr("The hall store %1 cannot be read: %2")
                                   .arg(db.databaseName(), query.lastError().text()));
    }
    return query.value(0).toInt();
}

core::Result<int> sqliteVersion(QSqlDatabase &db)
{
    const core::Result<int> version = pragma(db, QStringLiteral("user_version"));
    const core::Result<int> application = pragma(db, QStringLiteral("application_id"));
    if (!version || !application)
        return version ? application.error() : version.error();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        return core::makeError(QStringLiteral("store.unreadable"),
                               ServerSchema::tr("The hall store %1 cannot be read: %2")
                                   .arg(db.databaseName(), query.lastError().text()));
    }
    const bool empty = query.value(0).toInt() == 0 && *version == 0;
    if (!empty && *application != ServerSchema::sqliteApplicationId) {
        return core::makeError(QStringLiteral("store.not-a-hall"),
                               ServerSchema::tr("%1 is not a Sunhall hall store (it may be a "
                                                "client's store or another program's "
                                                "database). It was left unchanged.")
                                   .arg(db.databaseName()));
    }
    return *version;
}

core::Result<int> postgresVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) ||
        !query.next()) {
        return core::makeError(QStringLiteral("store.unreadable"),
                               ServerSchema::tr("The hall store %1 cannot be read: %2")
                                   .arg(db.databaseName(), query.lastError().text()));
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !query.next()) {
        return core::makeError(QStringLiteral("store.unreadable"),
                               ServerSchema::tr("The hall store %1 cannot be read: %2")
                                   .arg(db.databaseName(), query.lastError().text()));
    }
    return query.value(0).toInt();
}

} // namespace

int ServerSchema::latestVersion()
{
    return int(std::size(steps));
}

core::Result<int> ServerSchema::currentVersion(QSqlDatabase &db, ServerStore::Engine engine)
{
    return engine == ServerStore::Engine::Sqlite ? sqliteVersion(db) : postgresVersion(db);
}

core::Error ServerSchema::tooNew(int version, const QString &storeName)
{
    return core::makeError(QStringLiteral("store.too-new"),
                           tr("The hall store %1 was created by a newer version of Sunhall "
                              "(schema %2; this program knows schema %3 at most). It was left "
                              "unchanged: install the newer Sunhall to open it.")
                               .arg(storeName)
                               .arg(version)
                               .arg(latestVersion()));
}

core::Status ServerSchema::migrate(QSqlDatabase &db, ServerStore::Engine engine,
                                   const QString &storeName)
{
    const bool sqlite = engine == ServerStore::Engine::Sqlite;
    const QString what = tr("upgrading its schema");
    QSqlQuery query(db);
    const QString begin = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (core::Status begun = storesql::execPlain(query, begin, storeName, what); !begun)
        return begun;
    if (!sqlite) {
        const QString lock =
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(storesql::migrationLockKey);
        if (core::Status locked = storesql::execPlain(query, lock, storeName, what); !locked) {
            query.exec(QStringLiteral("ROLLBACK"));
            return locked;
        }
    }
    // Read the version again under the lock: another server process may have migrated.
    const core::Result<int> current = currentVersion(db, engine);
    core::Status done = !current                      ? core::Status(current.error())
                        : *current > latestVersion()  ? core::Status(tooNew(*current, storeName))
                        : *current == latestVersion() ? core::Status::success()
                                                      : applySteps(db, engine, *current, storeName);
    if (done)
        done = storesql::execPlain(query, QStringLiteral("COMMIT"), storeName, what);
    if (!done)
        query.exec(QStringLiteral("ROLLBACK"));
    return done;
}

core::Status ServerSchema::applySteps(QSqlDatabase &db, ServerStore::Engine engine, int from,
                                      const QString &storeName)
{
    const bool sqlite = engine == ServerStore::Engine::Sqlite;
    QSqlQuery query(db);
    for (int version = from + 1; version <= latestVersion(); ++version) {
        const Step &step = steps[version - 1];
        for (std::size_t i = 0; i < step.count; ++i) {
            if (!query.exec(dialect(step.statements[i], engine))) {
                return core::makeError(QStringLiteral("store.migration-failed"),
                                       tr("Upgrading the hall store %1 to schema %2 failed: %3")
                                           .arg(storeName)
                                           .arg(version)
                                           .arg(query.lastError().text()));
            }
        }
    }
    const int latest = latestVersion();
    QStringList finish;
    if (sqlite) {
        finish << QStringLiteral("PRAGMA user_version = %1").arg(latest)
               << QStringLiteral("PRAGMA application_id = %1").arg(sqliteApplicationId);
    } else {
        if (from == 0)
            finish << QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)");
        finish << QStringLiteral("DELETE FROM schema_version")
               << QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(latest);
    }
    for (const QString &statement : finish) {
        if (!query.exec(statement)) {
            return core::makeError(QStringLiteral("store.migration-failed"),
                                   tr("Upgrading the hall store %1 to schema %2 failed: %3")
                                       .arg(storeName)
                                       .arg(latest)
                                       .arg(query.lastError().text()));
        }
    }
    return core::Status::success();
}

} // namespace sunhall::server
