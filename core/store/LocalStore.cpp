// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/LocalStore.h"

#include "core/catalog/CatalogueJson.h"
#include "core/catalog/CatalogueValidator.h"
#include "core/store/Migrations.h"
#include "core/values/DocumentNumber.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sunhall::core {

namespace {

QString isoTime(const QDateTime &at)
{
    return at.isValid() ? at.toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Event eventFromQuery(const QSqlQuery &q)
{
    Event event;
    event.caseId = QUuid::fromString(q.value(0).toString());
    event.caseSeq = q.value(1).toInt();
    event.type = q.value(2).toString();
    event.payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    event.actorId = q.value(4).toString();
    event.actorName = q.value(5).toString();
    event.workstation = q.value(6).toString();
    event.at = fromIsoTime(q.value(7).toString());
    event.commandId = QUuid::fromString(q.value(8).toString());
    event.serverSeq = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    return event;
}

const char eventColumns[] = "case_id, case_seq, type, payload, actor_id, actor_name, "
                            "workstation, at, command_id, server_seq";

const char caseColumns[] = "case_id, case_number, item_code, item_version, item_name, "
                           "department, applicant_name, applicant_id, status, colour, "
                           "green_channel, accepted_at, next_due, last_case_seq, summary";

CaseRow caseRowFromQuery(const QSqlQuery &q)
{
    CaseRow row;
    row.caseId = QUuid::fromString(q.value(0).toString());
    row.caseNumber = q.value(1).toString();
    row.itemCode = q.value(2).toString();
    row.itemVersion = q.value(3).toInt();
    row.itemName = q.value(4).toString();
    row.department = q.value(5).toString();
    row.applicantName = q.value(6).toString();
    row.applicantIdNumber = q.value(7).toString();
    row.status = q.value(8).toString();
    row.colour = q.value(9).toString();
    row.greenChannel = q.value(10).toBool();
    row.acceptedAt = fromIsoTime(q.value(11).toString());
    row.nextDue = fromIsoTime(q.value(12).toString());
    row.lastCaseSeq = q.value(13).toInt();
    row.summaryJson = q.value(14).toByteArray();
    return row;
}

} // namespace

LocalStore::LocalStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

LocalStore::~LocalStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return makeError(
            QStringLiteral("store.no-folder"),
            tr("The folder for the store does not exist: %1").arg(info.absolutePath()));
    }
    const QString connection =
        QStringLiteral("sunhall-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LocalStore> store(new LocalStore(info.absoluteFilePath(), connection));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    store->m_db.setDatabaseName(store->m_path);
    if (!store->m_db.open()) {
        return makeError(QStringLiteral("store.cannot-open"),
                         tr("The store %1 cannot be opened: %2")
                             .arg(store->m_path, store->m_db.lastError().text()));
    }
    // Refuse a newer store before anything (even the journal mode) touches the file.
    const Result<int> version = Migrations::currentVersion(store->m_db);
    if (!version)
        return version.error();
    if (*version > Migrations::latestVersion())
        return Migrations::migrate(store->m_db).error();
    if (const Status configured = store->configure(); !configured)
        return configured.error();
    if (const Status migrated = Migrations::migrate(store->m_db); !migrated)
        return migrated.error();
    return store;
}

Status LocalStore::configure()
{
    QSqlQuery query(m_db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(QString::fromLatin1(pragma), query.lastError().text());
    }
    return Status::success();
}

int LocalStore::schemaVersion() const
{
    QSqlDatabase db = m_db;
    const Result<int> version = Migrations::currentVersion(db);
    return version ? *version : -1;
}

Error LocalStore::sqlError(const QString &what, const QString &detail) const
{
    return makeError(QStringLiteral("store.sql"),
                     tr("The store %1 failed while %2: %3").arg(m_path, what, detail));
}

Status LocalStore::setMeta(const QString &key, const QString &value)
{
    return writeKeyValue(QLatin1String("meta"), key, value, tr("saving a setting"));
}

std::optional<QString> LocalStore::meta(const QString &key) const
{
    return readKeyValue(QLatin1String("meta"), key);
}

Status LocalStore::putCalendarYear(const YearSchedule &schedule, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO calendar_years(year, schedule, loaded_at) "
                             "VALUES (?, ?, ?) ON CONFLICT(year) DO UPDATE SET "
                             "schedule = excluded.schedule, loaded_at = excluded.loaded_at"));
    q.addBindValue(schedule.year);
    q.addBindValue(QString::fromUtf8(WorkingCalendar::scheduleToJson(schedule)));
    q.addBindValue(isoTime(at));
    if (!q.exec())
        return sqlError(tr("saving the %1 calendar").arg(schedule.year), q.lastError().text());
    return Status::success();
}

Status LocalStore::addClosure(const LocalClosure &closure, const QString &addedBy,
                              const QDateTime &at)
{
    // Validate against the calendar as it stands, so a closure on an unknown year or on a
    // day that is not a working day is refused with the calendar's own words.
    Result<WorkingCalendar> calendar = loadCalendar();
    if (!calendar)
        return calendar.error();
    if (const Status valid = calendar.value().addClosure(closure); !valid)
        return valid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO calendar_closures(day, reason, added_by, added_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(closure.date.toString(Qt::ISODate));
    q.addBindValue(closure.reason);
    q.addBindValue(addedBy);
    q.addBindValue(isoTime(at));
    if (!q.exec())
        return sqlError(tr("saving a local closure"), q.lastError().text());
    return Status::success();
}

Result<WorkingCalendar> LocalStore::loadCalendar() const
{
    WorkingCalendar calendar;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT year, schedule FROM calendar_years ORDER BY year")))
        return sqlError(tr("reading the calendars"), q.lastError().text());
    while (q.next()) {
        const Result<YearSchedule> schedule =
            WorkingCalendar::parseSchedule(q.value(1).toByteArray());
        if (!schedule)
            return schedule.error();
        if (const Status added = calendar.addSchedule(*schedule); !added)
            return added.error();
    }
    if (!q.exec(QStringLiteral("SELECT day, reason FROM calendar_closures ORDER BY day")))
        return sqlError(tr("reading the local closures"), q.lastError().text());
    while (q.next()) {
        const LocalClosure closure{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                   q.value(1).toString()};
        if (const Status added = calendar.addClosure(closure); !added)
            return added.error();
    }
    return calendar;
}

Result<int> LocalStore::publishCatalogue(Catalogue catalogue, const QString &publishedBy,
                                         const QDateTime &at)
{
    const int version = latestCatalogueVersion().value_or(0) + 1;
    catalogue.version = version;
    catalogue.publishedAt = at;
    catalogue.publishedBy = publishedBy;
    const QList<Error> problems = CatalogueValidator::validate(catalogue);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Error &problem : problems)
            lines << problem.message;
        return makeError(QStringLiteral("catalog.invalid"),
                         tr("The catalogue was not published: %n problem(s) found.\n%1", nullptr,
                            int(problems.size()))
                             .arg(lines.join(QLatin1Char('\n'))),
                         problems.first().field);
    }
    if (!m_db.transaction())
        return sqlError(tr("publishing the catalogue"), m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO catalog_versions(version, published_at, published_by, "
                             "hall_name, document) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(isoTime(at));
    q.addBindValue(publishedBy);
    q.addBindValue(catalogue.hallName);
    q.addBindValue(QString::fromUtf8(CatalogueJson::write(catalogue)));
    bool ok = q.exec();
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral("INSERT INTO catalog_items(catalog_version, code, flow_version, "
                                "department, name, kind, item) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; ok && i < catalogue.items.size(); ++i) {
        const Item &it = catalogue.items.at(i);
        item.addBindValue(version);
        item.addBindValue(it.code);
        item.addBindValue(it.flow.version);
        item.addBindValue(it.department);
        item.addBindValue(it.name);
        item.addBindValue(itemKindId(it.kind));
        item.addBindValue(QString::fromUtf8(
            QJsonDocument(CatalogueJson::itemToJson(it)).toJson(QJsonDocument::Compact)));
        ok = item.exec();
    }
    QSqlQuery dept(m_db);
    dept.prepare(QStringLiteral("INSERT INTO departments(code, name) VALUES (?, ?) "
                                "ON CONFLICT(code) DO UPDATE SET name = excluded.name"));
    for (qsizetype i = 0; ok && i < catalogue.departments.size(); ++i) {
        dept.addBindValue(catalogue.departments.at(i).code);
        dept.addBindValue(catalogue.departments.at(i).name);
        ok = dept.exec();
    }
    if (!ok || !m_db.commit()) {
        const QString why = q.lastError().text() + item.lastError().text() +
                            dept.lastError().text() + m_db.lastError().text();
        m_db.rollback();
        return sqlError(tr("publishing the catalogue"), why);
    }
    return version;
}

std::optional<int> LocalStore::latestCatalogueVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT max(version) FROM catalog_versions")) && q.next() &&
        !q.value(0).isNull())
        return q.value(0).toInt();
    return std::nullopt;
}

Result<Catalogue> LocalStore::catalogue(int version) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT document FROM catalog_versions WHERE version = ?"));
    q.addBindValue(version);
    if (!q.exec())
        return sqlError(tr("reading the catalogue"), q.lastError().text());
    if (!q.next()) {
        return makeError(QStringLiteral("catalog.no-version"),
                         tr("The store has no catalogue version %1.").arg(version));
    }
    return CatalogueJson::parse(q.value(0).toByteArray());
}

Result<Item> LocalStore::item(const QString &code, int flowVersion) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT item FROM catalog_items WHERE code = ? AND flow_version = ? "
                             "ORDER BY catalog_version DESC LIMIT 1"));
    q.addBindValue(code);
    q.addBindValue(flowVersion);
    if (!q.exec())
        return sqlError(tr("reading an item"), q.lastError().text());
    if (!q.next()) {
        return makeError(QStringLiteral("catalog.no-item"),
                         tr("No item %1 with flow version %2 was ever published in this hall.")
                             .arg(code)
                             .arg(flowVersion));
    }
    return CatalogueJson::itemFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
}

Status LocalStore::applyEvents(const QList<Event> &events, const QList<CaseRow> &rows)
{
    if (!m_db.transaction())
        return sqlError(tr("applying events"), m_db.lastError().text());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO events(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(eventColumns)));
    for (const Event &event : events) {
        q.bindValue(0, uuidText(event.caseId));
        q.bindValue(1, event.caseSeq);
        q.bindValue(2, event.type);
        q.bindValue(3,
                    QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
        q.bindValue(4, event.actorId);
        q.bindValue(5, event.actorName);
        q.bindValue(6, event.workstation);
        q.bindValue(7, isoTime(event.at));
        q.bindValue(8, uuidText(event.commandId));
        q.bindValue(9, event.serverSeq > 0 ? QVariant(event.serverSeq)
                                           : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec()) {
            const QString why = q.lastError().text();
            m_db.rollback();
            return sqlError(
                tr("storing event %1 of case %2").arg(event.caseSeq).arg(uuidText(event.caseId)),
                why);
        }
    }
    if (const Status written = writeRows(rows); !written) {
        m_db.rollback();
        return written;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return sqlError(tr("applying events"), why);
    }
    return Status::success();
}

Status LocalStore::writeRows(const QList<CaseRow> &rows)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO cases(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET "
                             "case_number = excluded.case_number, item_code = excluded.item_code, "
                             "item_version = excluded.item_version, "
                             "item_name = excluded.item_name, department = excluded.department, "
                             "applicant_name = excluded.applicant_name, "
                             "applicant_id = excluded.applicant_id, status = excluded.status, "
                             "colour = excluded.colour, green_channel = excluded.green_channel, "
                             "accepted_at = excluded.accepted_at, next_due = excluded.next_due, "
                             "last_case_seq = excluded.last_case_seq, summary = excluded.summary")
                  .arg(QLatin1String(caseColumns)));
    for (const CaseRow &row : rows) {
        q.bindValue(0, uuidText(row.caseId));
        q.bindValue(1, nullable(row.caseNumber));
        q.bindValue(2, row.itemCode);
        q.bindValue(3, row.itemVersion);
        q.bindValue(4, row.itemName);
        q.bindValue(5, row.department);
        q.bindValue(6, row.applicantName);
        q.bindValue(7, row.applicantIdNumber);
        q.bindValue(8, row.status);
        q.bindValue(9, row.colour);
        q.bindValue(10, row.greenChannel ? 1 : 0);
        q.bindValue(11, nullable(isoTime(row.acceptedAt)));
        q.bindValue(12, nullable(isoTime(row.nextDue)));
        q.bindValue(13, row.lastCaseSeq);
        q.bindValue(14, QString::fromUtf8(row.summaryJson));
        if (!q.exec()) {
            return sqlError(tr("updating the read model of case %1").arg(uuidText(row.caseId)),
                            q.lastError().text());
        }
    }
    return Status::success();
}

Result<QList<Event>> LocalStore::caseEvents(const QUuid &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE case_id = ? ORDER BY case_seq")
                  .arg(QLatin1String(eventColumns)));
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return sqlError(tr("reading the events of a case"), q.lastError().text());
    QList<Event> events;
    while (q.next())
        events.append(eventFromQuery(q));
    return events;
}

Result<qint64> LocalStore::eventCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return sqlError(tr("counting events"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status LocalStore::forEachCase(const std::function<Status(const QList<Event> &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM events ORDER BY case_id, case_seq")
                    .arg(QLatin1String(eventColumns))))
        return sqlError(tr("reading the events"), q.lastError().text());
    QList<Event> current;
    while (q.next()) {
        Event event = eventFromQuery(q);
        if (!current.isEmpty() && current.first().caseId != event.caseId) {
            if (const Status visited = visit(current); !visited)
                return visited;
            current.clear();
        }
        current.append(std::move(event));
    }
    if (!current.isEmpty())
        return visit(current);
    return Status::success();
}

Result<QList<CaseRow>> LocalStore::caseRows() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM cases ORDER BY case_id")
                    .arg(QLatin1String(caseColumns))))
        return sqlError(tr("reading the cases"), q.lastError().text());
    QList<CaseRow> rows;
    while (q.next())
        rows.append(caseRowFromQuery(q));
    return rows;
}

Result<std::optional<CaseRow>> LocalStore::caseRow(const QUuid &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM cases WHERE case_id = ?").arg(QLatin1String(caseColumns)));
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return sqlError(tr("reading a case"), q.lastError().text());
    if (!q.next())
        return std::optional<CaseRow>();
    return std::optional<CaseRow>(caseRowFromQuery(q));
}

Result<QList<CaseRow>> LocalStore::searchCases(const QString &text, int limit) const
{
    // The trigram index needs three characters; shorter text scans the few columns instead.
    QSqlQuery q(m_db);
    if (text.size() >= 3) {
        q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE rowid IN (SELECT rowid FROM "
                                 "cases_fts WHERE cases_fts MATCH ?) ORDER BY next_due LIMIT ?")
                      .arg(QLatin1String(caseColumns)));
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        q.addBindValue(QString(QLatin1Char('"') + quoted + QLatin1Char('"')));
    } else {
        q.prepare(
            QStringLiteral("SELECT %1 FROM cases WHERE instr(coalesce(case_number, ''), ?) > 0 "
                           "OR instr(applicant_name, ?) > 0 OR instr(applicant_id, ?) > 0 "
                           "OR instr(item_name, ?) > 0 ORDER BY next_due LIMIT ?")
                .arg(QLatin1String(caseColumns)));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(text);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(tr("searching cases"), q.lastError().text());
    QList<CaseRow> rows;
    while (q.next())
        rows.append(caseRowFromQuery(q));
    return rows;
}

Status
LocalStore::rebuildReadModel(const std::function<Result<CaseRow>(const QList<Event> &)> &project)
{
    if (!m_db.transaction())
        return sqlError(tr("rebuilding the read model"), m_db.lastError().text());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM cases"))) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return sqlError(tr("rebuilding the read model"), why);
    }
    QList<CaseRow> rows;
    const Status visited = forEachCase([&](const QList<Event> &events) -> Status {
        Result<CaseRow> row = project(events);
        if (!row)
            return row.error();
        rows.append(std::move(row).value());
        if (rows.size() >= 1000) {
            const Status written = writeRows(rows);
            rows.clear();
            return written;
        }
        return Status::success();
    });
    Status written = visited ? writeRows(rows) : visited;
    if (!written || !m_db.commit()) {
        m_db.rollback();
        return written ? sqlError(tr("rebuilding the read model"), m_db.lastError().text())
                       : written;
    }
    return Status::success();
}

Result<qint64> LocalStore::enqueueCommand(const QUuid &commandId, const QUuid &caseId,
                                          const QString &type, const QByteArray &command,
                                          const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox(command_id, case_id, type, command, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(commandId));
    q.addBindValue(uuidText(caseId));
    q.addBindValue(type);
    q.addBindValue(QString::fromUtf8(command));
    q.addBindValue(isoTime(at));
    if (!q.exec())
        return sqlError(tr("queueing a command for the server"), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<int> LocalStore::pendingCommandCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) || !q.next())
        return sqlError(tr("counting queued commands"), q.lastError().text());
    return q.value(0).toInt();
}

Status LocalStore::addLease(const QString &kind, const QString &hallCode, int year, qint64 first,
                            qint64 last, const QString &workstation)
{
    if (first < 1 || last < first) {
        return makeError(
            QStringLiteral("number.bad-range"),
            tr("The number range %1–%2 is empty or starts below 1.").arg(first).arg(last),
            QStringLiteral("range"));
    }
    // Ranges of one kind, hall and year never overlap: an overlap would hand a number out twice.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT first, last FROM number_leases WHERE kind = ? AND "
                             "hall_code = ? AND year = ? AND first <= ? AND last >= ?"));
    q.addBindValue(kind);
    q.addBindValue(hallCode);
    q.addBindValue(year);
    q.addBindValue(last);
    q.addBindValue(first);
    if (!q.exec())
        return sqlError(tr("checking number ranges"), q.lastError().text());
    if (q.next()) {
        return makeError(QStringLiteral("number.overlap"),
                         tr("The number range %1–%2 overlaps the range %3–%4 already leased.")
                             .arg(first)
                             .arg(last)
                             .arg(q.value(0).toLongLong())
                             .arg(q.value(1).toLongLong()),
                         QStringLiteral("range"));
    }
    q.prepare(QStringLiteral("INSERT INTO number_leases(kind, hall_code, year, first, last, next, "
                             "workstation) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(kind), QVariant(hallCode), QVariant(year), QVariant(first),
                              QVariant(last), QVariant(first), QVariant(workstation)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("saving a number range"), q.lastError().text());
    return Status::success();
}

Result<qint64> LocalStore::takeSerial(const QString &kind, const QString &hallCode, int year)
{
    // One UPDATE … RETURNING takes the serial and moves the range on atomically.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE number_leases SET next = next + 1 WHERE rowid = (SELECT "
                             "rowid FROM number_leases WHERE kind = ? AND hall_code = ? AND "
                             "year = ? AND next <= last ORDER BY first LIMIT 1) "
                             "RETURNING next - 1"));
    q.addBindValue(kind);
    q.addBindValue(hallCode);
    q.addBindValue(year);
    if (!q.exec())
        return sqlError(tr("taking a number"), q.lastError().text());
    if (!q.next()) {
        const auto known = DocumentNumber::kindFromId(kind);
        return makeError(QStringLiteral("number.lease-exhausted"),
                         tr("No %1 numbers are left for %2 in %3: ask the server for a new "
                            "range.")
                             .arg(known ? DocumentNumber::kindDisplayName(*known) : kind, hallCode)
                             .arg(year));
    }
    return q.value(0).toLongLong();
}

Result<qint64> LocalStore::remainingSerials(const QString &kind, const QString &hallCode,
                                            int year) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(last - next + 1), 0) FROM number_leases "
                             "WHERE kind = ? AND hall_code = ? AND year = ? AND next <= last"));
    q.addBindValue(kind);
    q.addBindValue(hallCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return sqlError(tr("counting the numbers left"), q.lastError().text());
    return q.value(0).toLongLong();
}

// ---- Sync -------------------------------------------------------------------------------

namespace {

const char outboxColumns[] = "seq, command_id, case_id, type, command, user_id, state, "
                             "created_at, sent_at, result_at, first_server_seq, "
                             "last_server_seq, reject_code, reject_reason, reject_field, "
                             "dismissed_at";

OutboxEntry outboxEntryFromQuery(const QSqlQuery &q)
{
    OutboxEntry entry;
    entry.seq = q.value(0).toLongLong();
    entry.commandId = QUuid::fromString(q.value(1).toString());
    entry.caseId = QUuid::fromString(q.value(2).toString());
    entry.type = q.value(3).toString();
    entry.commandJson = q.value(4).toString().toUtf8();
    entry.userId = q.value(5).toString();
    entry.state = outboxStateFromId(q.value(6).toString()).value_or(OutboxState::Pending);
    entry.createdAt = fromIsoTime(q.value(7).toString());
    entry.sentAt = fromIsoTime(q.value(8).toString());
    entry.resultAt = fromIsoTime(q.value(9).toString());
    entry.firstServerSeq = q.value(10).toLongLong();
    entry.lastServerSeq = q.value(11).toLongLong();
    entry.rejection = Error{q.value(12).toString(), q.value(13).toString(), q.value(14).toString()};
    entry.dismissed = !q.value(15).isNull();
    return entry;
}

// Text columns are NOT NULL; a null QString would bind NULL where the server sent "".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue parseJsonText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

LocalUser userFromQuery(const QSqlQuery &q)
{
    QJsonObject actor;
    actor.insert(QStringLiteral("userId"), q.value(0).toString());
    actor.insert(QStringLiteral("name"), q.value(1).toString());
    actor.insert(QStringLiteral("roles"), parseJsonText(q.value(2).toString()));
    actor.insert(QStringLiteral("departments"), parseJsonText(q.value(3).toString()));
    LocalUser user;
    // A role this program does not know yet must not hide the user: keep who they are.
    const Result<Actor> parsed = Actor::fromJson(actor);
    if (parsed) {
        user.actor = parsed.value();
    } else {
        user.actor.userId = q.value(0).toString();
        user.actor.name = q.value(1).toString();
    }
    user.verifier = q.value(4).toString();
    user.disabled = q.value(5).toBool();
    return user;
}

} // namespace

Status LocalStore::transaction(const std::function<Status()> &work)
{
    if (!m_db.transaction())
        return sqlError(tr("starting a transaction"), m_db.lastError().text());
    const Status done = work();
    if (done && m_db.commit())
        return Status::success();
    const QString why = m_db.lastError().text();
    m_db.rollback();
    return done ? Status(sqlError(tr("committing a transaction"), why)) : done;
}

Result<qint64> LocalStore::lastWorkstationSeq() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox")) || !q.next())
        return sqlError(tr("reading the outbox"), q.lastError().text());
    return q.value(0).toLongLong();
}

Status LocalStore::queueCommand(const Command &command, const QDateTime &at)
{
    const Result<qint64> last = lastWorkstationSeq();
    if (!last)
        return last.error();
    if (command.workstationSeq != *last + 1) {
        return makeError(QStringLiteral("store.outbox-order"),
                         tr("The command was numbered %1 for the server, but the next number in "
                            "the outbox is %2.")
                             .arg(command.workstationSeq)
                             .arg(*last + 1),
                         QStringLiteral("workstationSeq"));
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO outbox(seq, command_id, case_id, type, command, "
                       "created_at, state, user_id) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)"));
    q.addBindValue(command.workstationSeq);
    q.addBindValue(uuidText(command.id));
    q.addBindValue(uuidText(command.caseId));
    q.addBindValue(notNull(command.type));
    q.addBindValue(jsonText(command.toJson()));
    q.addBindValue(notNull(isoTime(at)));
    q.addBindValue(command.actor.userId);
    if (!q.exec())
        return sqlError(tr("queueing a command for the server"), q.lastError().text());
    return Status::success();
}

Result<QList<OutboxEntry>> LocalStore::outboxFrom(qint64 fromSeq, int limit,
                                                  bool unansweredOnly) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE seq >= ? %2 ORDER BY seq LIMIT ?")
            .arg(QLatin1String(outboxColumns),
                 unansweredOnly ? QStringLiteral("AND state IN ('pending', 'sent')") : QString()));
    q.addBindValue(fromSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(tr("reading the outbox"), q.lastError().text());
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(outboxEntryFromQuery(q));
    return entries;
}

Result<QList<OutboxEntry>> LocalStore::caseOutbox(const QUuid &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE case_id = ? ORDER BY seq")
                  .arg(QLatin1String(outboxColumns)));
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return sqlError(tr("reading the outbox"), q.lastError().text());
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(outboxEntryFromQuery(q));
    return entries;
}

Result<std::optional<OutboxEntry>> LocalStore::outboxEntry(const QUuid &commandId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE command_id = ?")
                  .arg(QLatin1String(outboxColumns)));
    q.addBindValue(uuidText(commandId));
    if (!q.exec())
        return sqlError(tr("reading the outbox"), q.lastError().text());
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(outboxEntryFromQuery(q));
}

Status LocalStore::markSent(const QList<qint64> &seqs, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ? WHERE seq = ? AND "
                             "state IN ('pending', 'sent')"));
    for (const qint64 seq : seqs) {
        q.bindValue(0, isoTime(at));
        q.bindValue(1, seq);
        if (!q.exec())
            return sqlError(tr("marking command %1 as sent").arg(seq), q.lastError().text());
    }
    return Status::success();
}

Status LocalStore::recordApplied(const QUuid &commandId, qint64 firstServerSeq,
                                 qint64 lastServerSeq, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'applied', first_server_seq = ?, "
                             "last_server_seq = ?, result_at = ?, reject_code = NULL, "
                             "reject_reason = NULL, reject_field = NULL WHERE command_id = ?"));
    q.addBindValue(firstServerSeq);
    q.addBindValue(lastServerSeq);
    q.addBindValue(isoTime(at));
    q.addBindValue(uuidText(commandId));
    if (!q.exec())
        return sqlError(tr("recording the server's answer"), q.lastError().text());
    if (q.numRowsAffected() != 1) {
        return makeError(QStringLiteral("store.unknown-command"),
                         tr("The server answered for command %1, which is not in the outbox.")
                             .arg(uuidText(commandId)),
                         QStringLiteral("commandId"));
    }
    return Status::success();
}

Status LocalStore::recordRejected(const QUuid &commandId, const Error &error, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', reject_code = ?, "
                             "reject_reason = ?, reject_field = ?, result_at = ?, "
                             "first_server_seq = NULL, last_server_seq = NULL WHERE "
                             "command_id = ?"));
    q.addBindValue(error.code);
    q.addBindValue(error.message);
    q.addBindValue(error.field);
    q.addBindValue(isoTime(at));
    q.addBindValue(uuidText(commandId));
    if (!q.exec())
        return sqlError(tr("recording the server's answer"), q.lastError().text());
    if (q.numRowsAffected() != 1) {
        return makeError(QStringLiteral("store.unknown-command"),
                         tr("The server answered for command %1, which is not in the outbox.")
                             .arg(uuidText(commandId)),
                         QStringLiteral("commandId"));
    }
    return Status::success();
}

Result<QList<OutboxEntry>> LocalStore::rejectedCommands(const QString &userId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'rejected' AND dismissed_at "
                             "IS NULL AND (? = '' OR user_id = ?) ORDER BY seq")
                  .arg(QLatin1String(outboxColumns)));
    q.addBindValue(userId);
    q.addBindValue(userId);
    if (!q.exec())
        return sqlError(tr("reading the rejected commands"), q.lastError().text());
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(outboxEntryFromQuery(q));
    return entries;
}

Status LocalStore::dismissRejected(const QUuid &commandId, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET dismissed_at = ? WHERE command_id = ? AND "
                             "state = 'rejected'"));
    q.addBindValue(isoTime(at));
    q.addBindValue(uuidText(commandId));
    if (!q.exec())
        return sqlError(tr("dismissing a rejected command"), q.lastError().text());
    return Status::success();
}

Result<OutboxCounts> LocalStore::outboxCounts() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(state IN ('pending', 'sent')), 0), "
                               "coalesce(sum(state = 'rejected' AND dismissed_at IS NULL), 0) "
                               "FROM outbox")) ||
        !q.next())
        return sqlError(tr("counting queued commands"), q.lastError().text());
    return OutboxCounts{q.value(0).toInt(), q.value(1).toInt()};
}

Status LocalStore::insertEvents(const QList<Event> &events)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO events(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(server_seq) WHERE server_seq IS NOT NULL DO NOTHING")
                  .arg(QLatin1String(eventColumns)));
    for (const Event &event : events) {
        q.bindValue(0, uuidText(event.caseId));
        q.bindValue(1, event.caseSeq);
        q.bindValue(2, notNull(event.type));
        q.bindValue(3, jsonText(event.payload));
        q.bindValue(4, notNull(event.actorId));
        q.bindValue(5, notNull(event.actorName));
        q.bindValue(6, notNull(event.workstation));
        q.bindValue(7, isoTime(event.at));
        q.bindValue(8, uuidText(event.commandId));
        q.bindValue(9, event.serverSeq > 0 ? QVariant(event.serverSeq)
                                           : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec()) {
            return sqlError(
                tr("storing event %1 of case %2").arg(event.caseSeq).arg(uuidText(event.caseId)),
                q.lastError().text());
        }
    }
    return Status::success();
}

Status LocalStore::removePendingEvents(const QUuid &caseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE case_id = ? AND server_seq IS NULL"));
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return sqlError(tr("dropping the unconfirmed events of case %1").arg(uuidText(caseId)),
                        q.lastError().text());
    return Status::success();
}

Result<QSet<QUuid>> LocalStore::casesWithPendingEvents() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT case_id FROM events WHERE server_seq IS NULL")))
        return sqlError(tr("reading the unconfirmed events"), q.lastError().text());
    QSet<QUuid> cases;
    while (q.next())
        cases.insert(QUuid::fromString(q.value(0).toString()));
    return cases;
}

Result<QList<QUuid>> LocalStore::casesToRebase(qint64 cursor) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT e.case_id FROM events e JOIN outbox o ON "
                             "o.command_id = e.command_id WHERE e.server_seq IS NULL AND "
                             "(o.state = 'rejected' OR (o.state = 'applied' AND "
                             "o.last_server_seq <= ?)) ORDER BY e.case_id"));
    q.addBindValue(cursor);
    if (!q.exec())
        return sqlError(tr("reading the unconfirmed events"), q.lastError().text());
    QList<QUuid> cases;
    while (q.next())
        cases.append(QUuid::fromString(q.value(0).toString()));
    return cases;
}

Status LocalStore::putCaseRows(const QList<CaseRow> &rows)
{
    return writeRows(rows);
}

Status LocalStore::removeCaseRow(const QUuid &caseId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM cases WHERE case_id = ?"));
    q.addBindValue(uuidText(caseId));
    if (!q.exec())
        return sqlError(tr("removing case %1 from the read model").arg(uuidText(caseId)),
                        q.lastError().text());
    return Status::success();
}

std::optional<QString> LocalStore::syncValue(const QString &key) const
{
    return readKeyValue(QLatin1String("sync_state"), key);
}

Status LocalStore::setSyncValue(const QString &key, const QString &value)
{
    return writeKeyValue(QLatin1String("sync_state"), key, value, tr("saving the sync state"));
}

qint64 LocalStore::pullCursor() const
{
    return syncValue(QStringLiteral("pull.cursor")).value_or(QString()).toLongLong();
}

Status LocalStore::setPullCursor(qint64 serverSeq)
{
    return setSyncValue(QStringLiteral("pull.cursor"), QString::number(serverSeq));
}

int LocalStore::referenceVersion(const QString &kind) const
{
    return syncValue(QStringLiteral("reference.") + kind).value_or(QString()).toInt();
}

Status LocalStore::setReferenceVersion(const QString &kind, int version)
{
    return setSyncValue(QStringLiteral("reference.") + kind, QString::number(version));
}

Result<std::optional<LocalSession>> LocalStore::session() const
{
    const std::optional<QString> user = syncValue(QStringLiteral("session.user"));
    if (!user)
        return std::optional<LocalSession>();
    Result<Actor> actor = Actor::fromJson(QJsonDocument::fromJson(user->toUtf8()).object());
    if (!actor)
        return actor.error();
    LocalSession session;
    session.user = actor.value();
    session.token = syncValue(QStringLiteral("session.token")).value_or(QString());
    session.loggedInAt =
        fromIsoTime(syncValue(QStringLiteral("session.loggedInAt")).value_or(QString()));
    session.expiresAt =
        fromIsoTime(syncValue(QStringLiteral("session.expiresAt")).value_or(QString()));
    return std::optional<LocalSession>(session);
}

Status LocalStore::setSession(const LocalSession &session)
{
    const std::pair<QString, QString> values[] = {
        {QStringLiteral("session.user"), jsonText(session.user.toJson())},
        {QStringLiteral("session.token"), session.token},
        {QStringLiteral("session.loggedInAt"), isoTime(session.loggedInAt)},
        {QStringLiteral("session.expiresAt"), isoTime(session.expiresAt)},
    };
    for (const auto &[key, value] : values) {
        if (Status saved = setSyncValue(key, value); !saved)
            return saved;
    }
    return Status::success();
}

Status LocalStore::clearSession()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'session.%'")))
        return sqlError(tr("ending the session"), q.lastError().text());
    return Status::success();
}

Status LocalStore::putCatalogueVersion(const Catalogue &catalogue)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO catalog_versions(version, published_at, published_by, "
                             "hall_name, document) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(version) DO NOTHING"));
    q.addBindValue(catalogue.version);
    q.addBindValue(notNull(isoTime(catalogue.publishedAt)));
    q.addBindValue(notNull(catalogue.publishedBy));
    q.addBindValue(notNull(catalogue.hallName));
    q.addBindValue(QString::fromUtf8(CatalogueJson::write(catalogue)));
    if (!q.exec())
        return sqlError(tr("storing catalogue version %1").arg(catalogue.version),
                        q.lastError().text());
    if (q.numRowsAffected() == 0)
        return Status::success();
    q.prepare(QStringLiteral("INSERT INTO catalog_items(catalog_version, code, flow_version, "
                             "department, name, kind, item) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Item &it : catalogue.items) {
        for (const QVariant &v :
             {QVariant(catalogue.version), QVariant(it.code), QVariant(it.flow.version),
              QVariant(notNull(it.department)), QVariant(notNull(it.name)),
              QVariant(itemKindId(it.kind)), QVariant(jsonText(CatalogueJson::itemToJson(it)))})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(tr("storing item %1").arg(it.code), q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT INTO departments(code, name) VALUES (?, ?) "
                             "ON CONFLICT(code) DO UPDATE SET name = excluded.name"));
    for (const Department &department : catalogue.departments) {
        q.addBindValue(department.code);
        q.addBindValue(notNull(department.name));
        if (!q.exec())
            return sqlError(tr("storing department %1").arg(department.code), q.lastError().text());
    }
    return Status::success();
}

Status LocalStore::replaceCalendar(const QList<YearSchedule> &years,
                                   const QList<LocalClosure> &closures, const QDateTime &at)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM calendar_years")) ||
        !q.exec(QStringLiteral("DELETE FROM calendar_closures")))
        return sqlError(tr("replacing the calendars"), q.lastError().text());
    for (const YearSchedule &year : years) {
        if (Status put = putCalendarYear(year, at); !put)
            return put;
    }
    q.prepare(QStringLiteral("INSERT INTO calendar_closures(day, reason, added_by, added_at) "
                             "VALUES (?, ?, 'server', ?)"));
    for (const LocalClosure &closure : closures) {
        q.addBindValue(closure.date.toString(Qt::ISODate));
        q.addBindValue(notNull(closure.reason));
        q.addBindValue(notNull(isoTime(at)));
        if (!q.exec())
            return sqlError(tr("saving a local closure"), q.lastError().text());
    }
    return Status::success();
}

Status LocalStore::putUsers(const QList<LocalUser> &users)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE users SET disabled = 1")))
        return sqlError(tr("saving the users"), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO users(id, name, roles, departments, disabled) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "name = excluded.name, roles = excluded.roles, "
                             "departments = excluded.departments, disabled = excluded.disabled"));
    for (const LocalUser &user : users) {
        const QJsonObject actor = user.actor.toJson();
        q.addBindValue(user.actor.userId);
        q.addBindValue(notNull(user.actor.name));
        q.addBindValue(jsonText(actor.value(QStringLiteral("roles"))));
        q.addBindValue(jsonText(actor.value(QStringLiteral("departments"))));
        q.addBindValue(user.disabled ? 1 : 0);
        if (!q.exec())
            return sqlError(tr("saving user %1").arg(user.actor.userId), q.lastError().text());
    }
    return Status::success();
}

Status LocalStore::putUser(const LocalUser &user)
{
    const QJsonObject actor = user.actor.toJson();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users(id, name, roles, departments, verifier, disabled) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "name = excluded.name, roles = excluded.roles, "
                             "departments = excluded.departments, verifier = excluded.verifier, "
                             "disabled = excluded.disabled"));
    q.addBindValue(user.actor.userId);
    q.addBindValue(notNull(user.actor.name));
    q.addBindValue(jsonText(actor.value(QStringLiteral("roles"))));
    q.addBindValue(jsonText(actor.value(QStringLiteral("departments"))));
    q.addBindValue(nullable(user.verifier));
    q.addBindValue(user.disabled ? 1 : 0);
    if (!q.exec())
        return sqlError(tr("saving user %1").arg(user.actor.userId), q.lastError().text());
    return Status::success();
}

Result<std::optional<LocalUser>> LocalStore::user(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, roles, departments, verifier, disabled FROM users "
                             "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("reading user %1").arg(id), q.lastError().text());
    if (!q.next())
        return std::optional<LocalUser>();
    return std::optional<LocalUser>(userFromQuery(q));
}

// meta and sync_state are both key-value tables; `table` is always one of those two names,
// never input.
std::optional<QString> LocalStore::readKeyValue(QLatin1String table, const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(table));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status LocalStore::writeKeyValue(QLatin1String table, const QString &key, const QString &value,
                                 const QString &what)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO %1(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                  .arg(table));
    q.addBindValue(key);
    q.addBindValue(notNull(value));
    if (!q.exec())
        return sqlError(what, q.lastError().text());
    return Status::success();
}

} // namespace sunhall::core
