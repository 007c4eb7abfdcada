// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ServerStore: commands, events, case scope, number leases and the audit chain's rows.
#include "server/store/ServerStore.h"

#include "core/case/PayloadReader.h"
#include "core/values/DocumentNumber.h"
#include "server/store/AuditHash.h"
#include "server/store/ServerStorePrivate.h"

#include <QJsonDocument>

#include <limits>

namespace sunhall::server {

namespace {
// Messages name the kind of number as people call it, not by its wire id.
QString kindName(const QString &kindId)
{
    const auto kind = core::DocumentNumber::kindFromId(kindId);
    return kind ? core::DocumentNumber::kindDisplayName(*kind) : kindId;
}
} // namespace

using core::Event;
using core::Result;
using core::Status;
using storesql::fromText;
using storesql::uuidText;

namespace {

const char eventColumns[] = "server_seq, case_id, case_seq, type, payload, actor_id, "
                            "actor_name, workstation, at, command_id, chain_hash";

QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Event eventFromQuery(const QSqlQuery &q)
{
    Event event;
    event.serverSeq = q.value(0).toLongLong();
    event.caseId = QUuid::fromString(q.value(1).toString());
    event.caseSeq = q.value(2).toInt();
    event.type = q.value(3).toString();
    event.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    event.actorId = q.value(5).toString();
    event.actorName = q.value(6).toString();
    event.workstation = q.value(7).toString();
    event.at = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    event.commandId = QUuid::fromString(q.value(9).toString());
    return event;
}

// The event exactly as it will read back from its row, so that the hash stored now is the
// hash a verifier computes later.
Event asStored(Event event)
{
    event.payload = QJsonDocument::fromJson(payloadText(event.payload).toUtf8()).object();
    event.at = QDateTime::fromString(core::instantToString(event.at), Qt::ISODateWithMs);
    return event;
}

} // namespace

Result<qint64> ServerStore::lastWorkstationSeq(const QString &workstation) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT max(workstation_seq) FROM command_results "
                                             "WHERE workstation = ?"),
                              {workstation},
                              tr("reading the last command of workstation %1").arg(workstation));
        !read)
        return read.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::optional<CommandResult>> ServerStore::commandResult(const QString &workstation,
                                                                qint64 workstationSeq) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(
            q,
            QStringLiteral("SELECT result FROM command_results "
                           "WHERE workstation = ? AND workstation_seq = ?"),
            {workstation, workstationSeq},
            tr("reading command %1 of workstation %2").arg(workstationSeq).arg(workstation));
        !read)
        return read.error();
    if (!q.next())
        return std::optional<CommandResult>();
    const Result<CommandResult> result =
        CommandResult::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!result)
        return result.error();
    return std::optional<CommandResult>(*result);
}

Result<CommandResult> ServerStore::applyCommand(const core::Command &command, const Decider &decide)
{
    std::optional<CommandResult> outcome;
    const QString what = tr("recording command %1 of workstation %2")
                             .arg(command.workstationSeq)
                             .arg(command.workstation);
    const Status done = d->transact(what, [&]() -> Status {
        Result<std::optional<CommandResult>> replay = d->checkSequence(*this, command);
        if (!replay)
            return replay.error();
        if (replay->has_value()) {
            outcome = replay->value();
            return Status::success();
        }
        const Result<QList<Event>> stored = caseEvents(command.caseId);
        if (!stored)
            return stored.error();
        const Result<QList<Event>> decided = decide(*stored);
        CommandResult result;
        result.commandId = command.id;
        result.workstationSeq = command.workstationSeq;
        if (!decided) {
            if (decided.error().code.startsWith(QLatin1String("store.")))
                return decided.error();
            result.error = decided.error();
        } else if (Status appended = d->appendEvents(*this, *stored, *decided, command, result);
                   !appended) {
            return appended;
        }
        if (Status saved = d->storeResult(command, result); !saved)
            return saved;
        outcome = result;
        return Status::success();
    });
    if (!done)
        return done.error();
    return *outcome;
}

Status ServerStore::inTransactions(const QString &what, const Batch &body)
{
    const CommitSoFar commitSoFar = [this, what] {
        if (Status committed = d->control(QStringLiteral("COMMIT"), what); !committed)
            return committed;
        return d->begin(what);
    };
    return d->transact(what, [&] { return body(commitSoFar); });
}

Result<std::optional<CommandResult>>
ServerStore::Private::checkSequence(const ServerStore &store, const core::Command &command)
{
    const QString &workstation = command.workstation;
    const qint64 seq = command.workstationSeq;
    const Result<std::optional<CommandResult>> stored = store.commandResult(workstation, seq);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        if (stored->value().commandId == command.id)
            return *stored;
        return sequenceConflict(command);
    }
    StoreQuery q(*this);
    if (Status read = exec(q,
                           QStringLiteral("SELECT workstation, workstation_seq FROM "
                                          "command_results WHERE command_id = ?"),
                           {uuidText(command.id)}, tr("checking a command"));
        !read)
        return read.error();
    if (q.next())
        return sequenceConflict(command);
    const Result<qint64> last = store.lastWorkstationSeq(workstation);
    if (!last)
        return last.error();
    if (seq > *last + 1) {
        return core::makeError(QStringLiteral("sync.sequence-gap"),
                               tr("Workstation %1 sent command number %2, but the server "
                                  "expects number %3 next: the commands in between are "
                                  "missing. Send them first.")
                                   .arg(workstation)
                                   .arg(seq)
                                   .arg(*last + 1),
                               QStringLiteral("workstationSeq"));
    }
    if (seq < 1 || seq <= *last)
        return sequenceConflict(command);
    return std::optional<CommandResult>();
}

core::Error ServerStore::Private::sequenceConflict(const core::Command &command)
{
    return core::makeError(QStringLiteral("sync.sequence-conflict"),
                           tr("Workstation %1 already sent another command as number %2, or "
                              "this command (%3) was already recorded under another number; "
                              "it was not recorded again.")
                               .arg(command.workstation)
                               .arg(command.workstationSeq)
                               .arg(uuidText(command.id)),
                           QStringLiteral("workstationSeq"));
}

Status ServerStore::Private::appendEvents(const ServerStore &store, const QList<Event> &stored,
                                          const QList<Event> &events, const core::Command &command,
                                          CommandResult &result)
{
    Result<ChainHead> head = store.chainHead();
    if (!head)
        return head.error();
    int caseSeq = stored.isEmpty() ? 0 : stored.last().caseSeq;
    StoreQuery q(*this);
    for (const Event &decided : events) {
        if (decided.caseId != command.caseId || decided.caseSeq != caseSeq + 1) {
            return core::makeError(QStringLiteral("store.events-out-of-order"),
                                   tr("The events decided for case %1 do not follow its "
                                      "stored events; nothing was recorded.")
                                       .arg(uuidText(command.caseId)));
        }
        caseSeq = decided.caseSeq;
        Event event = asStored(decided);
        event.serverSeq = head->serverSeq + 1;
        const QByteArray hash = AuditHash::link(head->chainHash, event.serverSeq, event);
        const Status inserted =
            exec(q,
                 QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(QLatin1String(eventColumns)),
                 {event.serverSeq, uuidText(event.caseId), event.caseSeq, event.type,
                  payloadText(event.payload), event.actorId, event.actorName, event.workstation,
                  core::instantToString(event.at), uuidText(event.commandId), hash},
                 tr("storing event %1 of case %2").arg(event.caseSeq).arg(uuidText(event.caseId)));
        if (!inserted)
            return inserted;
        if (result.firstServerSeq == 0)
            result.firstServerSeq = event.serverSeq;
        result.lastServerSeq = event.serverSeq;
        head.value() = ChainHead{event.serverSeq, hash};
    }
    result.applied = true;
    return Status::success();
}

Status ServerStore::Private::storeResult(const core::Command &command, const CommandResult &result)
{
    StoreQuery q(*this);
    return exec(q,
                QStringLiteral("INSERT INTO command_results (workstation, workstation_seq, "
                               "command_id, result) VALUES (?, ?, ?, ?)"),
                {command.workstation, command.workstationSeq, uuidText(command.id),
                 QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact))},
                tr("storing the result of command %1 of workstation %2")
                    .arg(command.workstationSeq)
                    .arg(command.workstation));
}

Result<QList<Event>> ServerStore::caseEvents(const QUuid &caseId) const
{
    StoreQuery q(*d);
    if (Status read =
            d->exec(q,
                    QStringLiteral("SELECT %1 FROM events WHERE case_id = ? "
                                   "ORDER BY case_seq")
                        .arg(QLatin1String(eventColumns)),
                    {uuidText(caseId)}, tr("reading the events of case %1").arg(uuidText(caseId)));
        !read)
        return read.error();
    QList<Event> events;
    while (q.next())
        events.append(eventFromQuery(q));
    return events;
}

Result<QStringList> ServerStore::caseDepartments(const QUuid &caseId) const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT department FROM case_scope "
                                             "WHERE case_id = ? ORDER BY department"),
                              {uuidText(caseId)},
                              tr("reading the departments of case %1").arg(uuidText(caseId)));
        !read)
        return read.error();
    QStringList departments;
    while (q.next())
        departments.append(q.value(0).toString());
    return departments;
}

Status ServerStore::setCaseDepartments(const QUuid &caseId, const QStringList &departments)
{
    const QString what = tr("recording the departments of case %1").arg(uuidText(caseId));
    return d->transact(what, [&]() -> Status {
        StoreQuery q(*d);
        Status done = d->exec(q, QStringLiteral("DELETE FROM case_scope WHERE case_id = ?"),
                              {uuidText(caseId)}, what);
        QStringList unique = departments;
        unique.removeDuplicates();
        unique.removeAll(QString());
        for (qsizetype i = 0; done && i < unique.size(); ++i) {
            done = d->exec(q,
                           QStringLiteral("INSERT INTO case_scope (case_id, department) "
                                          "VALUES (?, ?)"),
                           {uuidText(caseId), unique.at(i)}, what);
        }
        return done;
    });
}

Result<QList<Event>> ServerStore::eventsAfter(qint64 after, const PullScope &scope, int limit) const
{
    QList<Event> events;
    if (limit <= 0 || (!scope.everything && scope.departments.isEmpty()))
        return events;
    QString sql = QStringLiteral("SELECT %1 FROM events WHERE server_seq > ?")
                      .arg(QLatin1String(eventColumns));
    QVariantList values{after};
    if (!scope.everything) {
        QStringList marks;
        for (const QString &department : scope.departments) {
            marks.append(QStringLiteral("?"));
            values.append(department);
        }
        sql += QStringLiteral(" AND case_id IN (SELECT case_id FROM case_scope "
                              "WHERE department IN (%1))")
                   .arg(marks.join(QStringLiteral(", ")));
    }
    sql += QStringLiteral(" ORDER BY server_seq LIMIT ?");
    values.append(limit);
    StoreQuery q(*d);
    if (Status read = d->exec(q, sql, values, tr("reading events after %1").arg(after)); !read)
        return read.error();
    while (q.next())
        events.append(eventFromQuery(q));
    return events;
}

Result<qint64> ServerStore::lastServerSeq() const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q, QStringLiteral("SELECT max(server_seq) FROM events"), {},
                              tr("reading the last event number"));
        !read)
        return read.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<ChainHead> ServerStore::chainHead() const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT server_seq, chain_hash FROM events "
                                             "ORDER BY server_seq DESC LIMIT 1"),
                              {}, tr("reading the end of the audit chain"));
        !read)
        return read.error();
    if (!q.next())
        return ChainHead{0, AuditHash::genesis()};
    return ChainHead{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

Result<LeaseRange> ServerStore::leaseRange(const QString &kind, const QString &workstation,
                                           int year, int count)
{
    const std::optional<core::DocumentNumber::Kind> known = core::DocumentNumber::kindFromId(kind);
    if (!known) {
        return core::makeError(QStringLiteral("number.bad-kind"),
                               tr("\"%1\" is not a kind of number; use case, receipt or "
                                  "certificate.")
                                   .arg(kind),
                               QStringLiteral("kind"));
    }
    if (count < 1 || count > 1000) {
        return core::makeError(QStringLiteral("number.bad-count"),
                               tr("A number range holds 1 to 1000 numbers, not %1.").arg(count),
                               QStringLiteral("count"));
    }
    if (year < 2000 || year > 9999) {
        return core::makeError(QStringLiteral("number.bad-year"),
                               tr("%1 is not a year numbers can be leased for.").arg(year),
                               QStringLiteral("year"));
    }
    const QString hallCode = setting(HallSetting::code).value_or(QString());
    if (hallCode.isEmpty()) {
        return core::makeError(QStringLiteral("number.no-hall-code"),
                               tr("The hall has no hall code for its numbers yet; an "
                                  "administrator sets it when the hall is set up."),
                               QStringLiteral("hallCode"));
    }
    if (Status valid = core::DocumentNumber::checkHallCode(hallCode); !valid)
        return valid.error();
    LeaseRange range{kind, hallCode, workstation, year, 0, 0};
    const Status leased = d->transact(tr("leasing %1 numbers").arg(kindName(kind)),
                                      [&]() -> Status { return d->lease(range, count); });
    if (!leased)
        return leased.error();
    return range;
}

Status ServerStore::Private::lease(LeaseRange &range, int count)
{
    const QString what = tr("leasing %1 numbers").arg(kindName(range.kind));
    StoreQuery q(*this);
    if (Status read = exec(q,
                           QStringLiteral("SELECT max(last) FROM number_leases WHERE kind = ? "
                                          "AND hall_code = ? AND year = ?"),
                           {range.kind, range.hallCode, range.year}, what);
        !read)
        return read;
    const qint64 highest = q.next() ? q.value(0).toLongLong() : 0;
    range.first = highest + 1;
    range.last = highest + count;
    if (range.last > core::DocumentNumber::maxSerial) {
        return core::makeError(QStringLiteral("number.exhausted"),
                               tr("Every %1 number of %2 has been leased; no range is left.")
                                   .arg(kindName(range.kind))
                                   .arg(range.year),
                               QStringLiteral("count"));
    }
    return exec(
        q,
        QStringLiteral("INSERT INTO number_leases (kind, year, hall_code, workstation, "
                       "first, last) VALUES (?, ?, ?, ?, ?, ?)"),
        {range.kind, range.year, range.hallCode, range.workstation, range.first, range.last}, what);
}

Status
ServerStore::forEachStoredEvent(const std::function<Status(const StoredEvent &)> &visit) const
{
    // Page by sequence so that neither engine holds the whole chain in memory.
    constexpr int pageSize = 2000;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        StoreQuery q(*d);
        if (Status read = d->exec(q,
                                  QStringLiteral("SELECT %1 FROM events WHERE server_seq > ? "
                                                 "ORDER BY server_seq LIMIT ?")
                                      .arg(QLatin1String(eventColumns)),
                                  {after, pageSize}, tr("reading the audit chain"));
            !read)
            return read;
        QList<StoredEvent> page;
        while (q.next())
            page.append(StoredEvent{eventFromQuery(q), q.value(10).toByteArray()});
        for (const StoredEvent &stored : page) {
            if (Status visited = visit(stored); !visited)
                return visited;
        }
        if (page.size() < pageSize)
            return Status::success();
        after = page.last().event.serverSeq;
    }
}

Status ServerStore::addCheckpoint(const Checkpoint &checkpoint)
{
    StoreQuery q(*d);
    return d->exec(q,
                   QStringLiteral("INSERT INTO audit_checkpoints (server_seq, chain_hash, "
                                  "signed_at, signature) VALUES (?, ?, ?, ?)"),
                   {checkpoint.serverSeq, checkpoint.chainHash,
                    core::instantToString(checkpoint.signedAt), checkpoint.signature},
                   tr("storing the audit checkpoint at event %1").arg(checkpoint.serverSeq));
}

Result<QList<Checkpoint>> ServerStore::checkpoints() const
{
    StoreQuery q(*d);
    if (Status read = d->exec(q,
                              QStringLiteral("SELECT server_seq, chain_hash, signed_at, "
                                             "signature FROM audit_checkpoints "
                                             "ORDER BY server_seq"),
                              {}, tr("reading the audit checkpoints"));
        !read)
        return read.error();
    QList<Checkpoint> checkpoints;
    while (q.next()) {
        checkpoints.append(Checkpoint{q.value(0).toLongLong(), q.value(1).toByteArray(),
                                      fromText(q.value(2).toString()), q.value(3).toByteArray()});
    }
    return checkpoints;
}

} // namespace sunhall::server
