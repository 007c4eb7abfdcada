// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sunhall::core {

namespace {

// Version 1: the events, the outbox, the read model and the reference data.
const char *const schemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
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
    "CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL, roles TEXT NOT NULL,"
    " departments TEXT NOT NULL, verifier TEXT, disabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE windows (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
    " departments TEXT NOT NULL)",
    "CREATE TABLE events (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL,"
    " case_seq INTEGER NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL,"
    " actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, workstation TEXT NOT NULL,"
    " at TEXT NOT NULL, command_id TEXT NOT NULL, server_seq INTEGER,"
    " UNIQUE (case_id, case_seq))",
    "CREATE UNIQUE INDEX events_server_seq ON events(server_seq) WHERE server_seq IS NOT NULL",
    "CREATE TABLE outbox (seq INTEGER PRIMARY KEY, command_id TEXT NOT NULL UNIQUE,"
    " case_id TEXT NOT NULL, type TEXT NOT NULL, command TEXT NOT NULL,"
    " created_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
    " reject_code TEXT, reject_reason TEXT)",
    "CREATE TABLE cases (case_id TEXT PRIMARY KEY, case_number TEXT, item_code TEXT NOT NULL,"
    " item_version INTEGER NOT NULL, item_name TEXT NOT NULL, department TEXT NOT NULL,"
    " applicant_name TEXT NOT NULL, applicant_id TEXT NOT NULL, status TEXT NOT NULL,"
    " colour TEXT NOT NULL, green_channel INTEGER NOT NULL, accepted_at TEXT,"
    " next_due TEXT, last_case_seq INTEGER NOT NULL, summary TEXT NOT NULL)",
    "CREATE INDEX cases_queue ON cases(department, status, next_due)",
    "CREATE UNIQUE INDEX cases_number ON cases(case_number) WHERE case_number IS NOT NULL",
    "CREATE INDEX cases_applicant ON cases(applicant_id)",
    "CREATE TABLE number_leases (kind TEXT NOT NULL, hall_code TEXT NOT NULL,"
    " year INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL,"
    " next INTEGER NOT NULL, workstation TEXT NOT NULL,"
    " PRIMARY KEY (kind, hall_code, year, first), CHECK (first <= next AND next <= last + 1))",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Version 2: full-text search over cases (case number, applicant, item) for the queues.
const char *const schemaV2[] = {
    "CREATE VIRTUAL TABLE cases_fts USING fts5(case_number, applicant_name, applicant_id,"
    " item_name, content='cases', content_rowid='rowid', tokenize='trigram')",
    "INSERT INTO cases_fts(rowid, case_number, applicant_name, applicant_id, item_name)"
    " SELECT rowid, coalesce(case_number, ''), applicant_name, applicant_id, item_name"
    " FROM cases",
    "CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN"
    " INSERT INTO cases_fts(rowid, case_number, applicant_name, applicant_id, item_name)"
    " VALUES (new.rowid, coalesce(new.case_number, ''), new.applicant_name,"
    " new.applicant_id, new.item_name); END",
    "CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN"
    " INSERT INTO cases_fts(cases_fts, rowid, case_number, applicant_name, applicant_id,"
    " item_name) VALUES ('delete', old.rowid, coalesce(old.case_number, ''),"
    " old.applicant_name, old.applicant_id, old.item_name); END",
    "CREATE TRIGGER cases_fts_update AFTER UPDATE ON cases BEGIN"
    " INSERT INTO cases_fts(cases_fts, rowid, case_number, applicant_name, applicant_id,"
    " item_name) VALUES ('delete', old.rowid, coalesce(old.case_number, ''),"
    " old.applicant_name, old.applicant_id, old.item_name);"
    " INSERT INTO cases_fts(rowid, case_number, applicant_name, applicant_id, item_name)"
    " VALUES (new.rowid, coalesce(new.case_number, ''), new.applicant_name,"
    " new.applicant_id, new.item_name); END",
};

// Version 3: what the sync engine keeps beside each queued command (DESIGN.md §3): the user
// who made it and what the server made of it (sent, applied with its events' range, or
// rejected with the server's reason, until that user has seen it), and the indexes that find
// a command's events and the commands still waiting.
const char *const schemaV3[] = {
    "ALTER TABLE outbox ADD COLUMN user_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE outbox ADD COLUMN sent_at TEXT",
    "ALTER TABLE outbox ADD COLUMN result_at TEXT",
    "ALTER TABLE outbox ADD COLUMN first_server_seq INTEGER",
    "ALTER TABLE outbox ADD COLUMN last_server_seq INTEGER",
    "ALTER TABLE outbox ADD COLUMN reject_field TEXT",
    "ALTER TABLE outbox ADD COLUMN dismissed_at TEXT",
    "CREATE INDEX outbox_state ON outbox(state, seq)",
    "CREATE INDEX outbox_case ON outbox(case_id, seq)",
    "CREATE INDEX events_command ON events(command_id)",
    "CREATE INDEX events_pending ON events(case_id) WHERE server_seq IS NULL",
};

struct Step
{
    const char *const *statements;
    std::size_t count;
};

const Step steps[] = {
    {schemaV1, std::size(schemaV1)},
    {schemaV2, std::size(schemaV2)},
    {schemaV3, std::size(schemaV3)},
};

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(steps));
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return makeError(QStringLiteral("store.unreadable"),
                         tr("The store cannot be read: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt();
}

Status Migrations::migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return makeError(QStringLiteral("store.too-new"),
                         tr("This store was created by a newer version of Sunhall (schema %1; "
                            "this program knows schema %2 at most). It was left unchanged: "
                            "install the newer Sunhall to open it.")
                             .arg(*current)
                             .arg(latestVersion()));
    }
    for (int version = *current + 1; version <= target; ++version) {
        const Step &step = steps[version - 1];
        if (!db.transaction()) {
            return makeError(QStringLiteral("store.migration-failed"),
                             tr("Cannot start the upgrade of the store to schema %1: %2")
                                 .arg(version)
                                 .arg(db.lastError().text()));
        }
        QSqlQuery query(db);
        for (std::size_t i = 0; i < step.count; ++i) {
            if (!query.exec(QString::fromLatin1(step.statements[i]))) {
                const QString why = query.lastError().text();
                db.rollback();
                return makeError(
                    QStringLiteral("store.migration-failed"),
                    tr("Upgrading the store to schema %1 failed: %2").arg(version).arg(why));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            return makeError(
                QStringLiteral("store.migration-failed"),
                tr("Upgrading the store to schema %1 failed: %2").arg(version).arg(why));
        }
    }
    return Status::success();
}

} // namespace sunhall::core
