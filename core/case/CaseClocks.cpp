// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseClocks.h"

namespace sunhall::core {

CaseClocks::CaseClocks(const CaseState &state, const Item &item)
    : m_state(state)
    , m_item(item)
{}

QList<Suspension> CaseClocks::suspensions() const
{
    QList<Suspension> days;
    for (const CaseSuspension &suspension : m_state.suspensions) {
        Suspension day{suspension.startedAt.date(), std::nullopt};
        if (!suspension.isOpen())
            day.resume = suspension.resumedAt.date();
        days.append(day);
    }
    return days;
}

std::optional<ClockSpec> CaseClocks::caseClock(int limitDays) const
{
    if (!m_state.acceptedAt.isValid())
        return std::nullopt;
    return ClockSpec{m_state.acceptedAt.date(), limitDays, m_state.extensionDays, suspensions()};
}

std::optional<ClockSpec> CaseClocks::legal() const
{
    return caseClock(m_item.legalLimitDays);
}

std::optional<ClockSpec> CaseClocks::promised() const
{
    return caseClock(m_item.promisedLimitDays);
}

std::optional<ClockSpec> CaseClocks::step(const CurrentStep &running) const
{
    for (const FlowStep &step : m_item.flow.steps) {
        if (step.id == running.stepId)
            return ClockSpec{running.startedAt.date(), step.budgetDays, 0, suspensions()};
    }
    return std::nullopt;
}

std::optional<ClockSpec> CaseClocks::certificate() const
{
    if (!m_state.isApproved() || !m_item.certificate)
        return std::nullopt;
    return ClockSpec{m_state.decision->at.date(), certificateLimitDays, 0, {}};
}

std::optional<ClockSpec> CaseClocks::followUp() const
{
    if (!m_state.followUpOpenedAt.isValid())
        return std::nullopt;
    return ClockSpec{m_state.followUpOpenedAt.date(), followUpLimitDays, 0, {}};
}

} // namespace sunhall::core
