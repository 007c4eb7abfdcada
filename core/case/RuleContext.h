// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseFlow.h"
#include "core/case/CaseState.h"
#include "core/case/Command.h"
#include "core/case/Event.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "core/values/DocumentNumber.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sunhall::core {

/// The working set of one decision: the command, the item at the case's version, and the
/// case state as it will be after the events recorded so far. The rules (IntakeRules,
/// StepRules, ...) check a command through it and record events with `append`; the helpers
/// here hold what several rules share: finding the running step, checking the actor's role
/// and department, and moving the flow on once a step is done.
class RuleContext
{
    Q_DECLARE_TR_FUNCTIONS(RuleContext)
public:
    RuleContext(const CaseState &state, const Command &command, const Item &item);

    const CaseState &state() const { return m_state; }
    const Command &command() const { return m_command; }
    const Actor &actor() const { return m_command.actor; }
    const Item &item() const { return m_item; }
    const CaseFlow &flow() const { return m_flow; }
    const QList<Event> &events() const { return m_events; }

    /// Records an event stamped with the command's case, actor, workstation and time.
    void append(QLatin1String type, const QJsonObject &payload = {});

    /// The case number, or the applicant's name before the case has one, for messages.
    static QString caseLabel(const CaseState &state);
    QString caseLabel() const { return caseLabel(m_state); }
    /// "审核 (GA), 审核 (ZJ)": the running steps for messages.
    QString currentStepNames() const;
    QStringList openBranches(const QString &stepId) const;

    /// The running branch a command acts on. The step must be running; `department` names
    /// the branch of a joint step and may be left empty when only one branch fits.
    Result<QString> runningBranch(const FlowStep &step, const QString &department) const;
    /// The running step of a kind (the sign-off, the fee...): "case.wrong-step" when none.
    Result<const FlowStep *> runningStepOfKind(StepKind kind, const QString &stepId = {}) const;
    Error wrongStep(const QString &wanted) const;
    /// Refuses an actor without the step's role in the branch's department, and a branch
    /// claimed by someone else.
    Status authorise(const FlowStep &step, const QString &department) const;
    /// Refuses an actor without one of `roles` in `department`.
    Status authoriseRole(const QList<Role> &roles, const QString &department) const;
    Status requireReason(const QString &text, const QString &field) const;
    /// Checks a case, receipt or certificate number (check character and kind) and returns
    /// it in its stored form; the error names `field`.
    Result<QString> documentNumber(const QString &text, DocumentNumber::Kind kind,
                                   const QString &field) const;

    void startStep(const FlowStep &step);
    /// Records a branch as done and, once every branch of the step is, starts the next step
    /// that applies or concludes the case.
    void completeBranch(const FlowStep &step, const QString &department, const QString &opinion);

private:
    CaseState m_state;
    const Command &m_command;
    const Item &m_item;
    CaseFlow m_flow;
    QList<Event> m_events;
};

} // namespace sunhall::core
