// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/Command.h"
#include "core/catalog/Item.h"
#include "core/common/Clock.h"
#include "core/store/CaseProjector.h"
#include "core/store/LocalStore.h"
#include "core/sync/PullPage.h"
#include "core/sync/PushResult.h"
#include "core/time/DeadlineClock.h"
#include "core/time/WorkingCalendar.h"

#include <memory>

namespace sunhall::core {

/// The workstation's copy of the hall (DESIGN.md §3): the local store seen as events the
/// server confirmed, local events of commands still waiting for it, and the read model over
/// both. Each change is one transaction: a submitted command with its local events and row; a
/// batch of push results; a pulled page. Whenever the server's events of a case change or a
/// command of it is answered, the case is rebased: its unconfirmed events are dropped, the
/// commands still waiting are decided again on top of the server's events, and its row is
/// projected anew, so a rejected command's local effect disappears and a pending one stays
/// visible on top of what others did.
class LocalReplica
{
public:
    LocalReplica(LocalStore &store, const Clock &clock);

    /// Reads the calendar and items from the store again, after the server's were stored.
    Status reloadReference();

    /// Decides a stamped command against the local case and catalogue; when it is allowed,
    /// queues it in the outbox and applies its events locally, in one transaction. A refused
    /// command changes nothing and its error says why, in the words of the core rules.
    Result<QList<Event>> submit(const Command &command);
    /// Records what the server made of pushed commands and rebases the cases whose commands
    /// it rejected. Returns the cases whose rows changed.
    Result<QList<QUuid>> recordResults(const QList<PushResult> &results);
    /// Applies a pulled page and moves the cursor, in one transaction. Returns the cases whose
    /// rows changed.
    Result<QList<QUuid>> applyPage(const PullPage &page);

    /// The item a command on a case in `state` runs under: the case's item and flow version,
    /// or for a registration the item and version it names.
    Result<Item> itemFor(const CaseState &state, const Command &command) const;

private:
    Status rebase(const QUuid &caseId, qint64 cursor);
    Status rebaseAnswered(qint64 cursor, QList<QUuid> &touched);
    Status writeRow(const QUuid &caseId, const QList<Event> &events);

    LocalStore &m_store;
    const Clock &m_clock;
    WorkingCalendar m_calendar;
    DeadlineClock m_deadlines;
    std::unique_ptr<CaseProjector> m_projector; // caches items until the catalogue changes
};

} // namespace sunhall::core
