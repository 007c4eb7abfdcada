// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Result.h"
#include "core/store/CaseRow.h"
#include "core/store/LocalSession.h"
#include "core/store/LocalUser.h"
#include "core/store/OutboxEntry.h"
#include "core/time/WorkingCalendar.h"

#include <QCoreApplication>
#include <QSet>
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
    Result<qint64> enqueueCommand(const QUuid &commandId, const QUuid &caseId, const QString &type,
                                  const QByteArray &command, const QDateTime &at);
    Result<int> pendingCommandCount() const;

    // Number ranges leased to this workstation: a serial is handed out once, ever.
    Status addLease(const QString &kind, const QString &hallCode, int year, qint64 first,
                    qint64 last, const QString &workstation);
    Result<qint64> takeSerial(const QString &kind, const QString &hallCode, int year);
    /// How many serials of the leased ranges are still unused.
    Result<qint64> remainingSerials(const QString &kind, const QString &hallCode, int year) const;

    // Sync (DESIGN.md §3). The writing methods below do not open a transaction of their own:
    // run them inside transaction(), so that what belongs together is committed together.

    /// Runs `work` in one transaction: committed when it succeeds, rolled back (the store as
    /// it was) when it fails. Transactions do not nest, and the methods above that open their
    /// own (applyEvents, publishCatalogue, rebuildReadModel) must not be called inside.
    Status transaction(const std::function<Status()> &work);

    /// The highest workstation sequence in the outbox, 0 when it is empty.
    Result<qint64> lastWorkstationSeq() const;
    /// Queues a command stamped with the next workstation sequence (lastWorkstationSeq() + 1).
    Status queueCommand(const Command &command, const QDateTime &at);
    /// Outbox entries in workstation order from sequence `fromSeq` on, at most `limit`: only
    /// those without an answer (pending or sent) or, with `unansweredOnly` false, all.
    Result<QList<OutboxEntry>> outboxFrom(qint64 fromSeq, int limit, bool unansweredOnly) const;
    /// The outbox entries of one case, in workstation order.
    Result<QList<OutboxEntry>> caseOutbox(const QUuid &caseId) const;
    Result<std::optional<OutboxEntry>> outboxEntry(const QUuid &commandId) const;
    /// Marks commands as sent and not yet answered.
    Status markSent(const QList<qint64> &seqs, const QDateTime &at);
    Status recordApplied(const QUuid &commandId, qint64 firstServerSeq, qint64 lastServerSeq,
                         const QDateTime &at);
    Status recordRejected(const QUuid &commandId, const Error &error, const QDateTime &at);
    /// Rejected commands not yet dismissed, of one user or (userId empty) of everyone.
    Result<QList<OutboxEntry>> rejectedCommands(const QString &userId = {}) const;
    /// The user has seen why the command was rejected; it stays on record.
    Status dismissRejected(const QUuid &commandId, const QDateTime &at);
    Result<OutboxCounts> outboxCounts() const;

    /// Stores events as they are: from the server (serverSeq set; one already stored under the
    /// same serverSeq is skipped) or local ones waiting for the server (serverSeq 0).
    Status insertEvents(const QList<Event> &events);
    /// Drops the local events of a case that the server has not confirmed.
    Status removePendingEvents(const QUuid &caseId);
    Result<QSet<QUuid>> casesWithPendingEvents() const;
    /// Cases holding local events of commands the server has answered: rejected ones, and
    /// applied ones whose events all lie at or below the pull `cursor`.
    Result<QList<QUuid>> casesToRebase(qint64 cursor) const;
    Status putCaseRows(const QList<CaseRow> &rows);
    Status removeCaseRow(const QUuid &caseId);

    /// The highest server sequence pulled so far (0 before the first pull).
    qint64 pullCursor() const;
    Status setPullCursor(qint64 serverSeq);
    /// The version of reference data ("catalog", "calendar", "users") last fetched; 0 if none.
    int referenceVersion(const QString &kind) const;
    Status setReferenceVersion(const QString &kind, int version);
    /// Small sync settings ("hall.code", …).
    std::optional<QString> syncValue(const QString &key) const;
    Status setSyncValue(const QString &key, const QString &value);
    Result<std::optional<LocalSession>> session() const;
    Status setSession(const LocalSession &session);
    Status clearSession();

    /// Stores a catalogue version published by the server under the server's version number;
    /// a version already stored is left as it is.
    Status putCatalogueVersion(const Catalogue &catalogue);
    /// Replaces the calendars and local closures with the server's.
    Status replaceCalendar(const QList<YearSchedule> &years, const QList<LocalClosure> &closures,
                           const QDateTime &at);
    /// Replaces the user list with the server's, keeping the verifiers of those still listed;
    /// a user no longer listed is kept as disabled, so they cannot log in offline.
    Status putUsers(const QList<LocalUser> &users);
    Result<std::optional<LocalUser>> user(const QString &id) const;
    /// Adds or updates a user with the verifier of their password (after an online login).
    Status putUser(const LocalUser &user);

    QSqlDatabase database() const { return m_db; }

private:
    LocalStore(QString path, QString connectionName);
    Status configure();
    Status writeRows(const QList<CaseRow> &rows);
    Error sqlError(const QString &what, const QString &detail) const;
    std::optional<QString> readKeyValue(QLatin1String table, const QString &key) const;
    Status writeKeyValue(QLatin1String table, const QString &key, const QString &value,
                         const QString &what);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace sunhall::core
