// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/catalog/Item.h"
#include "core/time/DeadlineClock.h"

#include <QList>

#include <optional>

namespace sunhall::core {

/// What each clock of a case runs over (DOMAIN.md §4), for a DeadlineClock to read: the legal
/// and promised clocks from the acceptance date, with the suspensions and the extension; each
/// running step's own budget from the day it started; and, after an approved decision of an
/// item with a certificate, the certificate clock of art. 44; and, after a poor rating, the
/// follow-up clock of the 好差评 scheme.
class CaseClocks
{
public:
    /// Working days to hand over a certificate after the decision (art. 44).
    static constexpr int certificateLimitDays = 10;
    /// Working days to follow up a poor rating, with a call back to the applicant (GB/T 39735).
    static constexpr int followUpLimitDays = 15;

    CaseClocks(const CaseState &state, const Item &item);

    std::optional<ClockSpec> legal() const;    // none before acceptance
    std::optional<ClockSpec> promised() const; // none before acceptance
    std::optional<ClockSpec> step(const CurrentStep &running) const;
    std::optional<ClockSpec> certificate() const;
    /// From the day of a poor rating (not counted); none when no follow-up was opened.
    std::optional<ClockSpec> followUp() const;
    /// The suspensions as whole days: the days after the start through the resume day.
    QList<Suspension> suspensions() const;

private:
    std::optional<ClockSpec> caseClock(int limitDays) const;

    const CaseState &m_state;
    const Item &m_item;
};

} // namespace sunhall::core
