// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Result.h"
#include "core/store/CaseRow.h"
#include "core/time/WorkingCalendar.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace sunhall::core {

/// The local SQLite store (DESIGN.md §4): events, the outbox, the case read model and the
/// reference data (catalogue versions, calendars, closures, number leases). One file per
/// profile or hall, WAL, foreign keys on, `synchronous=FULL` because a commit here is a
/// promise. The schema is owned by Migrations; a store from a newer program is refused.
/// A LocalStore is used from the thread that opened it.
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
public:
    /// Opens (creating when missing) and migrates the store at `path`.
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    Status setMeta(const QString &key, const QString &value);
    std::optional<QString> meta(const QString &key) const;

    // Calendars: the shipped yearly schedules and the hall's local closures.
    Status putCalendarYear(const YearSchedule &schedule, const QDateTime &at);
    Status addClosure(const LocalClosure &closure, const QString &addedBy, const QDateTime &at);
    Result<WorkingCalendar> loadCalendar() const;

    // Catalogue versions: each publication is a new version; a case keeps the version it
    // started with. Publishing validates first and stores nothing when invalid.
    Result<int> publishCatalogue(Catalogue catalogue, const QString &publishedBy,
                                 const QDateTime &at);
    std::optional<int> latestCatalogueVersion() const;
    Result<Catalogue> catalogue(int version) const;
    /// An item as published with the given flow version (the newest publication of it).
    Result<Item> item(const QString &code, int flowVersion) const;

    // Events and the read model, always changed together in one transaction.
    Status applyEvents(const QList<Event> &events, const QList<CaseRow> &rows);
    Result<QList<Event>> caseEvents(const QUuid &caseId) const;
    Result<qint64> eventCount() const;
    /// Every event, case by case in case order, handed to `visit` one case at a time.
    Status forEachCase(const std::function<Status(const QList<Event> &)> &visit) const;
    Result<QList<CaseRow>> caseRows() const;
    Result<std::optional<CaseRow>> caseRow(const QUuid &caseId) const;
    /// Cases whose number, applicant name or ID, or item name contains `text`.
    Result<QList<CaseRow>> searchCases(const QString &text, int limit = 50) const;
    /// Drops the read model and derives it again from the events with `project`.
    Status rebuildReadModel(const std::function<Result<CaseRow>(const QList<Event> &)> &project);

    // The outbox of commands waiting for the server, in workstation order.
    Result<qint64> enqueueCommand(const QUuid &commandId, const QUuid &caseId,
                                  const QString &type, const QByteArray &command,
                                  const QDateTime &at);
    Result<int> pendingCommandCount() const;

    // Number ranges leased to this workstation: a serial is handed out once, ever.
    Status addLease(const QString &kind, const QString &hallCode, int year, qint64 first,
                    qint64 last, const QString &workstation);
    Result<qint64> takeSerial(const QString &kind, const QString &hallCode, int year);

    QSqlDatabase database() const { return m_db; }

private:
    LocalStore(QString path, QString connectionName);
    Status configure();
    Status writeRows(const QList<CaseRow> &rows);
    Error sqlError(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace sunhall::core
