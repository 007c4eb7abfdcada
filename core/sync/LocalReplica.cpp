// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/LocalReplica.h"

#include "core/case/CaseAggregate.h"
#include "core/case/CaseVocabulary.h"
#include "core/case/IntakePayloads.h"

#include <QSet>

namespace sunhall::core {

LocalReplica::LocalReplica(LocalStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_deadlines(m_calendar)
{
    // A store without calendars yet (before the first pull) reads its clocks as unknown.
    (void)reloadReference();
}

Status LocalReplica::reloadReference()
{
    m_projector = std::make_unique<CaseProjector>(CaseProjector::itemsOf(m_store), m_deadlines);
    Result<WorkingCalendar> calendar = m_store.loadCalendar();
    if (!calendar)
        return calendar.error();
    m_calendar = std::move(calendar).value();
    return Status::success();
}

Result<Item> LocalReplica::itemFor(const CaseState &state, const Command &command) const
{
    if (state.status != CaseStatus::None)
        return m_store.item(state.itemCode, state.itemVersion);
    if (command.type != CommandType::registerCase)
        return Item{}; // decide() explains that the case is not registered
    const Result<RegisterPayload> payload = RegisterPayload::fromJson(command.payload);
    if (!payload)
        return payload.error();
    return m_store.item(payload->itemCode, payload->itemVersion);
}

Result<QList<Event>> LocalReplica::submit(const Command &command)
{
    Result<QList<Event>> history = m_store.caseEvents(command.caseId);
    if (!history)
        return history.error();
    const CaseState state = CaseState::fold(*history);
    const Result<Item> item = itemFor(state, command);
    if (!item)
        return item.error();
    Result<QList<Event>> events = CaseAggregate::decide(state, command, *item);
    if (!events)
        return events.error();
    const Status written = m_store.transaction([&]() -> Status {
        if (Status queued = m_store.queueCommand(command, m_clock.now()); !queued)
            return queued;
        if (Status inserted = m_store.insertEvents(*events); !inserted)
            return inserted;
        return writeRow(command.caseId, *history + *events);
    });
    if (!written)
        return written.error();
    return events;
}

Result<QList<QUuid>> LocalReplica::recordResults(const QList<PushResult> &results)
{
    QList<QUuid> touched;
    const Status written = m_store.transaction([&]() -> Status {
        const QDateTime now = m_clock.now();
        for (const PushResult &result : results) {
            const Status recorded =
                result.applied ? m_store.recordApplied(result.commandId, result.firstServerSeq,
                                                       result.lastServerSeq, now)
                               : m_store.recordRejected(result.commandId, result.error, now);
            if (!recorded)
                return recorded;
        }
        return rebaseAnswered(m_store.pullCursor(), touched);
    });
    if (!written)
        return written.error();
    return touched;
}

Result<QList<QUuid>> LocalReplica::applyPage(const PullPage &page)
{
    QList<QUuid> touched;
    for (const Event &event : page.events) {
        if (!touched.contains(event.caseId))
            touched.append(event.caseId);
    }
    const Status written = m_store.transaction([&]() -> Status {
        // The server's events take the places (case sequences) the local ones held.
        for (const QUuid &caseId : std::as_const(touched)) {
            if (Status removed = m_store.removePendingEvents(caseId); !removed)
                return removed;
        }
        if (Status inserted = m_store.insertEvents(page.events); !inserted)
            return inserted;
        if (Status moved = m_store.setPullCursor(page.serverSeq); !moved)
            return moved;
        for (const QUuid &caseId : std::as_const(touched)) {
            if (Status rebased = rebase(caseId, page.serverSeq); !rebased)
                return rebased;
        }
        return rebaseAnswered(page.serverSeq, touched);
    });
    if (!written)
        return written.error();
    return touched;
}

Status LocalReplica::rebaseAnswered(qint64 cursor, QList<QUuid> &touched)
{
    const Result<QList<QUuid>> answered = m_store.casesToRebase(cursor);
    if (!answered)
        return answered.error();
    for (const QUuid &caseId : *answered) {
        if (Status rebased = rebase(caseId, cursor); !rebased)
            return rebased;
        if (!touched.contains(caseId))
            touched.append(caseId);
    }
    return Status::success();
}

Status LocalReplica::rebase(const QUuid &caseId, qint64 cursor)
{
    if (Status removed = m_store.removePendingEvents(caseId); !removed)
        return removed;
    Result<QList<Event>> confirmed = m_store.caseEvents(caseId);
    const Result<QList<OutboxEntry>> outbox = m_store.caseOutbox(caseId);
    if (!confirmed || !outbox)
        return confirmed ? outbox.error() : confirmed.error();
    QSet<QUuid> onServer;
    for (const Event &event : *confirmed)
        onServer.insert(event.commandId);
    CaseState state = CaseState::fold(*confirmed);
    QList<Event> local;
    for (const OutboxEntry &entry : *outbox) {
        const bool acknowledged =
            entry.state == OutboxState::Rejected || onServer.contains(entry.commandId) ||
            (entry.state == OutboxState::Applied && entry.lastServerSeq <= cursor);
        if (acknowledged)
            continue;
        const Result<Command> command = entry.command();
        const Result<Item> item =
            command ? itemFor(state, *command) : Result<Item>(command.error());
        // A waiting command that no longer fits the case shows no local effect; the server
        // will reject it and its user will see why.
        const Result<QList<Event>> events = item ? CaseAggregate::decide(state, *command, *item)
                                                 : Result<QList<Event>>(item.error());
        if (!events)
            continue;
        for (const Event &event : *events)
            state = CaseState::apply(std::move(state), event);
        local += *events;
    }
    if (Status inserted = m_store.insertEvents(local); !inserted)
        return inserted;
    return writeRow(caseId, *confirmed + local);
}

Status LocalReplica::writeRow(const QUuid &caseId, const QList<Event> &events)
{
    if (events.isEmpty())
        return m_store.removeCaseRow(caseId);
    Result<CaseRow> row = m_projector->project(events, m_clock.now());
    if (!row)
        return row.error();
    return m_store.putCaseRows({std::move(row).value()});
}

} // namespace sunhall::core
