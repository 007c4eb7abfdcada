// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/Command.h"
#include "core/case/Event.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace sunhall::core {

/// The case (办件) aggregate's decisions: whether a command may happen to a case now, and if
/// so which events it appends. The same code answers the user at once on the client (also
/// offline) and decides with authority on the server. A refused command is an Error a window
/// clerk can read, with a stable code ("case.wrong-step", "case.missing-material", ...) and
/// the payload field it is about. Nothing here reads a clock: the command's client time is
/// the time of its events.
class CaseAggregate
{
    Q_DECLARE_TR_FUNCTIONS(CaseAggregate)
public:
    /// Checks `command` against the case `state` (folded from its events so far) and the
    /// item at the case's version, and returns the new events, numbered on from
    /// `state.lastCaseSeq`. Apply them with CaseState::apply to get the next state.
    static Result<QList<Event>> decide(const CaseState &state, const Command &command,
                                       const Item &item);
};

} // namespace sunhall::core
