// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/case/CaseState.h"
#include "core/catalog/Item.h"

#include <QString>
#include <QStringList>

namespace sunhall::core {

/// A case's view of its item's published flow: finding steps, the department and branches a
/// step runs in, which steps apply to this case, and who may act on a step.
class CaseFlow
{
public:
    explicit CaseFlow(const Item &item);

    const Item &item() const { return m_item; }
    const FlowStep *step(const QString &stepId) const;
    qsizetype indexOf(const QString &stepId) const; // -1 when not in the flow
    const FlowStep *firstOfKind(StepKind kind) const;
    /// The flow's Accept step, or a window step of the item's department when the flow has
    /// none (an escalated item tracked from its acceptance).
    FlowStep acceptStep() const;
    /// The department a step runs in: its own, or the item's when it names none.
    QString departmentOf(const FlowStep &step) const;
    /// One department per branch: the parallel departments of a joint step, else one.
    QStringList branchesOf(const FlowStep &step) const;
    /// Fee steps apply only when the item has a fee, certificate steps only when it issues a
    /// certificate, and neither after a denial.
    bool applies(const FlowStep &step, const CaseState &state) const;
    /// The first step after `index` that applies, or nullptr when the flow is done.
    const FlowStep *nextAfter(qsizetype index, const CaseState &state) const;
    /// Whether the actor may act on a branch: the step's role in the branch's department; on
    /// an immediate item the window clerk may also do every step but the fee.
    bool mayAct(const Actor &actor, const FlowStep &step, const QString &department) const;

private:
    const Item &m_item;
};

} // namespace sunhall::core
