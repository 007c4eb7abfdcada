// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/ServerStore.h"

#include "core/catalog/CatalogueJson.h"
#include "core/catalog/CatalogueValidator.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/ServerSchema.h"
#include "server/store/ServerStorePrivate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>

namespace sunhall::server {

using core::Error;
using core::Result;
using core::Status;
using storesql::utcText;

namespace {

const QString sqliteFileName = QStringLiteral("hall.db");

} // namespace

Status ServerStore::Private::control(const QString &sql, const QString &what)
{
    // SQLite keeps its transaction control prepared like any statement; PostgreSQL cannot
    // prepare it.
    if (engine == Engine::Sqlite) {
        StoreQuery q(*this);
        return exec(q, sql, {}, what);
    }
    QSqlQuery q(db);
    return storesql::execPlain(q, sql, storeName, what);
}

Status ServerStore::Private::begin(const QString &what)
{
    if (engine == Engine::Sqlite)
        return control(QStringLiteral("BEGIN IMMEDIATE"), what);
    Status begun = control(QStringLiteral("BEGIN"), what);
    if (begun) {
        begun = control(
            QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(storesql::writeLockKey), what);
        if (!begun)
            static_cast<void>(control(QStringLiteral("ROLLBACK"), what));
    }
    return begun;
}

Status ServerStore::Private::transact(const QString &what, const std::function<Status()> &body)
{
    if (transactionDepth > 0)
        return body();
    if (Status begun = begin(what); !begun)
        return begun;
    ++transactionDepth;
    Status done = body();
    --transactionDepth;
    if (done)
        done = control(QStringLiteral("COMMIT"), what);
    if (!done)
        static_cast<void>(control(QStringLiteral("ROLLBACK"), what));
    return done;
}

Status ServerStore::Private::exec(StoreQuery &query, const QString &sql, const QVariantList &values,
                                  const QString &what)
{
    query.release();
    std::shared_ptr<QSqlQuery> &cached = statements[sql];
    if (cached && running.contains(cached.get())) {
        // The same statement is being read further up the stack: use a fresh one.
        query.m_query = std::make_shared<QSqlQuery>(db);
        query.m_query->setForwardOnly(true);
        return storesql::exec(*query.m_query, sql, values, storeName, what);
    }
    if (!cached) {
        auto prepared = std::make_shared<QSqlQuery>(db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql)) {
            statements.remove(sql);
            return sqlError(what, prepared->lastError().text());
        }
        cached = std::move(prepared);
    }
    query.m_query = cached;
    running.insert(cached.get());
    return storesql::bindAndExec(*cached, values, storeName, what);
}

StoreQuery::StoreQuery(ServerStore::Private &store)
    : m_store(store)
{}

StoreQuery::~StoreQuery()
{
    release();
}

void StoreQuery::release()
{
    if (m_query && m_store.running.remove(m_query.get()))
        m_query->finish();
}

Status ServerStore::Private::bumpReference(const QString &name)
{
    StoreQuery q(*this);
    return exec(q,
                QStringLiteral("UPDATE reference_versions SET version = version + 1 "
                               "WHERE name = ?"),
                {name}, ServerStore::tr("updating the reference data version"));
}

ServerStore::ServerStore()
    : d(std::make_unique<Private>())
{}

ServerStore::~ServerStore()
{
    d->statements.clear();
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &hallDir,
                                                       const QString &databaseUrl)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->d->connectionName = QStringLiteral("sunhall-server-store-") +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Status opened = databaseUrl.trimmed().isEmpty() ? store->d->openSqlite(hallDir)
                                                          : store->d->openPostgres(databaseUrl);
    if (!opened)
        return opened.error();
    return store;
}

Status ServerStore::Private::openSqlite(const QString &hallDir)
{
    const QDir dir(hallDir);
    if (hallDir.isEmpty() || !dir.exists()) {
        return core::makeError(QStringLiteral("store.no-folder"),
                               tr("The hall folder %1 does not exist.").arg(hallDir),
                               QStringLiteral("dir"));
    }
    engine = Engine::Sqlite;
    storeName = QFileInfo(dir.filePath(sqliteFileName)).absoluteFilePath();
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(storeName);
    if (!db.open()) {
        return core::makeError(
            QStringLiteral("store.cannot-open"),
            tr("The hall store %1 cannot be opened: %2").arg(storeName, db.lastError().text()));
    }
    // Refuse a newer or foreign file before anything, even the journal mode, writes to it.
    const Result<int> version = ServerSchema::currentVersion(db, engine);
    if (!version)
        return version.error();
    if (*version > ServerSchema::latestVersion())
        return ServerSchema::migrate(db, engine, storeName);
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 30000"}) {
        if (Status set =
                storesql::execPlain(q, QString::fromLatin1(pragma), storeName, tr("setting it up"));
            !set)
            return set;
    }
    return ServerSchema::migrate(db, engine, storeName);
}

Status ServerStore::Private::openPostgres(const QString &databaseUrl)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(databaseUrl);
    if (!url)
        return url.error();
    engine = Engine::Postgres;
    storeName = url->displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return core::makeError(QStringLiteral("store.driver-missing"),
                               tr("The PostgreSQL driver of Qt is not installed, so %1 cannot "
                                  "be opened. Install the package libqt6sql6-psql.")
                                   .arg(storeName));
    }
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url->host());
    db.setPort(url->port());
    db.setDatabaseName(url->database());
    db.setUserName(url->user());
    db.setPassword(url->password());
    db.setConnectOptions(url->connectOptions());
    if (!db.open()) {
        return core::makeError(
            QStringLiteral("store.cannot-open"),
            tr("The hall store %1 cannot be opened: %2").arg(storeName, db.lastError().text()));
    }
    QSqlQuery q(db);
    if (Status quiet = storesql::execPlain(q, QStringLiteral("SET client_min_messages = warning"),
                                           storeName, tr("setting it up"));
        !quiet)
        return quiet;
    return ServerSchema::migrate(db, engine, storeName);
}

ServerStore::Engine ServerStore::engine() const
{
    return d->engine;
}

QString ServerStore::engineName() const
{
    return d->engine == Engine::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

int ServerStore::schemaVersion() const
{
    const Result<int> version = ServerSchema::currentVersion(d->db, d->engine);
    return version ? *version : -1;
}

QSqlDatabase ServerStore::database() const
{
    return d->db;
}

Status ServerStore::setSetting(const QString &key, const QString &value)
{
    StoreQuery q(*d);
    return d->exec(q,
                   QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value}, tr("saving the setting %1").arg(key));
}

std::optional<QString> ServerStore::setting(const QString &key) const
{
    StoreQuery q(*d);
    if (d->exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, {}) &&
        q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status ServerStore::putCalendarYear(const core::YearSchedule &schedule, const QDateTime &at)
{
    core::WorkingCalendar check;
    if (Status valid = check.addSchedule(schedule); !valid)
        return valid;
    const QString what = tr("saving the %1 calendar").arg(schedule.year);
    return d->transact(what, [&]() -> Status {
        StoreQuery q(*d);
        const Status saved = d->exec(
            q,
            QStringLiteral("INSERT INTO calendar_years (year, schedule, loaded_at) "
                           "VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET "
                           "schedule = excluded.schedule, loaded_at = excluded.loaded_at"),
            {schedule.year, QString::fromUtf8(core::WorkingCalendar::scheduleToJson(schedule)),
             utcText(at)},
            what);
        return saved ? d->bumpReference(QStringLiteral("calendar")) : saved;
    });
}

Status ServerStore::addClosure(const core::LocalClosure &closure, const QString &by,
                               const QDateTime &at)
{
    const QString what =
        tr("saving the local closure on %1").arg(closure.date.toString(Qt::ISODate));
    return d->transact(what, [&]() -> Status {
        // Checked against the calendar as it stands, so an unknown year or a day that is
        // not a working day is refused in the calendar's own words.
        Result<core::WorkingCalendar> calendar = loadCalendar();
        if (!calendar)
            return calendar.error();
        if (Status valid = calendar.value().addClosure(closure); !valid)
            return valid;
        StoreQuery q(*d);
        const Status saved = d->exec(
            q,
            QStringLiteral("INSERT INTO calendar_closures (day, reason, added_by, added_at) "
                           "VALUES (?, ?, ?, ?)"),
            {closure.date.toString(Qt::ISODate), closure.reason, by, utcText(at)}, what);
        return saved ? d->bumpReference(QStringLiteral("calendar")) : saved;
    });
}

Result<core::WorkingCalendar> ServerStore::loadCalendar() const
{
    core::WorkingCalendar calendar;
    StoreQuery q(*d);
    if (Status read =
            d->exec(q, QStringLiteral("SELECT schedule FROM calendar_years ORDER BY year"), {},
                    tr("reading the calendars"));
        !read)
        return read.error();
    while (q.next()) {
        const Result<core::YearSchedule> schedule =
            core::WorkingCalendar::parseSchedule(q.value(0).toString().toUtf8());
        if (!schedule)
            return schedule.error();
        if (Status added = calendar.addSchedule(*schedule); !added)
            return added.error();
    }
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT day, reason FROM calendar_closures "
                                             "ORDER BY day"),
                              {}, tr("reading the local closures"));
        !read)
        return read.error();
    while (q.next()) {
        const core::LocalClosure closure{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                         q.value(1).toString()};
        if (Status added = calendar.addClosure(closure); !added)
            return added.error();
    }
    return calendar;
}

Result<int> ServerStore::publishCatalogue(core::Catalogue catalogue, const QString &by,
                                          const QDateTime &at)
{
    catalogue.publishedAt = at;
    catalogue.publishedBy = by;
    const QList<Error> problems = core::CatalogueValidator::validate(catalogue);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Error &problem : problems)
            lines << problem.message;
        return core::makeError(QStringLiteral("catalog.invalid"),
                               tr("The catalogue was not published: %n problem(s) found.\n%1",
                                  nullptr, int(problems.size()))
                                   .arg(lines.join(QLatin1Char('\n'))),
                               problems.first().field);
    }
    int version = 0;
    const Status published = d->transact(tr("publishing the catalogue"), [&]() -> Status {
        version = latestCatalogueVersion().value_or(0) + 1;
        catalogue.version = version;
        return d->writeCatalogue(catalogue);
    });
    if (!published)
        return published.error();
    return version;
}

Status ServerStore::Private::writeCatalogue(const core::Catalogue &catalogue)
{
    const QString what = tr("publishing catalogue version %1").arg(catalogue.version);
    StoreQuery q(*this);
    Status ok = exec(q,
                     QStringLiteral("INSERT INTO catalog_versions (version, published_at, "
                                    "published_by, hall_name, document) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {catalogue.version, utcText(catalogue.publishedAt), catalogue.publishedBy,
                      catalogue.hallName, QString::fromUtf8(core::CatalogueJson::write(catalogue))},
                     what);
    for (qsizetype i = 0; ok && i < catalogue.items.size(); ++i) {
        const core::Item &item = catalogue.items.at(i);
        const QByteArray json =
            QJsonDocument(core::CatalogueJson::itemToJson(item)).toJson(QJsonDocument::Compact);
        ok = exec(q,
                  QStringLiteral("INSERT INTO catalog_items (catalog_version, code, "
                                 "flow_version, department, name, kind, item) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {catalogue.version, item.code, item.flow.version, item.department, item.name,
                   core::itemKindId(item.kind), QString::fromUtf8(json)},
                  what);
    }
    for (qsizetype i = 0; ok && i < catalogue.departments.size(); ++i) {
        const core::Department &department = catalogue.departments.at(i);
        ok = exec(q,
                  QStringLiteral("INSERT INTO departments (code, name) VALUES (?, ?) "
                                 "ON CONFLICT (code) DO UPDATE SET name = excluded.name"),
                  {department.code, department.name}, what);
    }
    return ok ? bumpReference(QStringLiteral("catalog")) : ok;
}

std::optional<int> ServerStore::latestCatalogueVersion() const
{
    StoreQuery q(*d);
    if (d->exec(q, QStringLiteral("SELECT max(version) FROM catalog_versions"), {}, {}) &&
        q.next() && !q.value(0).isNull())
        return q.value(0).toInt();
    return std::nullopt;
}

Result<core::Catalogue> ServerStore::catalogue(int version) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT document FROM catalog_versions "
                                             "WHERE version = ?"),
                              {version}, tr("reading catalogue version %1").arg(version));
        !read)
        return read.error();
    if (!q.next()) {
        return core::makeError(QStringLiteral("catalog.no-version"),
                               tr("The hall has no catalogue version %1.").arg(version),
                               QStringLiteral("version"));
    }
    return core::CatalogueJson::parse(q.value(0).toString().toUtf8());
}

Result<core::Item> ServerStore::item(const QString &code, int flowVersion) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT item FROM catalog_items WHERE code = ? AND "
                                             "flow_version = ? ORDER BY catalog_version DESC "
                                             "LIMIT 1"),
                              {code, flowVersion}, tr("reading the item %1").arg(code));
        !read)
        return read.error();
    if (!q.next()) {
        return core::makeError(QStringLiteral("catalog.no-item"),
                               tr("No item %1 with flow version %2 was ever published in this "
                                  "hall.")
                                   .arg(code)
                                   .arg(flowVersion),
                               QStringLiteral("itemCode"));
    }
    // An item is read for every command; its stored text is the key, so a newer publication
    // of the same flow version is never missed.
    const QString text = q.value(0).toString();
    if (const auto cached = d->items.constFind(text); cached != d->items.cend())
        return *cached;
    Result<core::Item> parsed =
        core::CatalogueJson::itemFromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    if (parsed) {
        if (d->items.size() >= 4096)
            d->items.clear();
        d->items.insert(text, *parsed);
    }
    return parsed;
}

ServerStore::ReferenceVersions ServerStore::referenceVersions() const
{
    ReferenceVersions versions;
    StoreQuery q(*d);
    if (!d->exec(q, QStringLiteral("SELECT name, version FROM reference_versions"), {}, {}))
        return versions;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const int version = q.value(1).toInt();
        if (name == QLatin1String("catalog"))
            versions.catalog = version;
        else if (name == QLatin1String("calendar"))
            versions.calendar = version;
        else if (name == QLatin1String("users"))
            versions.users = version;
    }
    return versions;
}

} // namespace sunhall::server
