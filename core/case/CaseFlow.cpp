// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseFlow.h"

namespace sunhall::core {

CaseFlow::CaseFlow(const Item &item)
    : m_item(item)
{}

const FlowStep *CaseFlow::step(const QString &stepId) const
{
    const qsizetype index = indexOf(stepId);
    return index < 0 ? nullptr : &m_item.flow.steps.at(index);
}

qsizetype CaseFlow::indexOf(const QString &stepId) const
{
    for (qsizetype i = 0; i < m_item.flow.steps.size(); ++i) {
        if (m_item.flow.steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

const FlowStep *CaseFlow::firstOfKind(StepKind kind) const
{
    for (const FlowStep &candidate : m_item.flow.steps) {
        if (candidate.kind == kind)
            return &candidate;
    }
    return nullptr;
}

FlowStep CaseFlow::acceptStep() const
{
    if (const FlowStep *accept = firstOfKind(StepKind::Accept))
        return *accept;
    FlowStep window;
    window.kind = StepKind::Accept;
    window.role = Role::Clerk;
    return window;
}

QString CaseFlow::departmentOf(const FlowStep &step) const
{
    return step.department.isEmpty() ? m_item.department : step.department;
}

QStringList CaseFlow::branchesOf(const FlowStep &step) const
{
    if (!step.parallelDepartments.isEmpty())
        return step.parallelDepartments;
    return {departmentOf(step)};
}

bool CaseFlow::applies(const FlowStep &step, const CaseState &state) const
{
    const bool denied = state.decision && !state.decision->approved;
    switch (step.kind) {
    case StepKind::Fee:
        return !denied && m_item.standardFee() > Money();
    case StepKind::PrintCertificate:
    case StepKind::IssueCertificate:
        return !denied && m_item.certificate.has_value();
    default:
        return true;
    }
}

const FlowStep *CaseFlow::nextAfter(qsizetype index, const CaseState &state) const
{
    for (qsizetype i = index + 1; i < m_item.flow.steps.size(); ++i) {
        if (applies(m_item.flow.steps.at(i), state))
            return &m_item.flow.steps.at(i);
    }
    return nullptr;
}

bool CaseFlow::mayAct(const Actor &actor, const FlowStep &step, const QString &department) const
{
    if (actor.holds(step.role, department))
        return true;
    return m_item.kind == ItemKind::Immediate && step.kind != StepKind::Fee &&
           actor.holds(Role::Clerk, departmentOf(acceptStep()));
}

} // namespace sunhall::core
