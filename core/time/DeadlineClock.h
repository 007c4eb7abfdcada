// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/time/WorkingCalendar.h"

#include <QDateTime>
#include <QTime>

#include <optional>

namespace sunhall::core {

/// The hall's office hours: a limit ends at the close of its last working day.
struct OfficeHours
{
    QTime open{9, 0};
    QTime close{17, 30};
};

/// A special-procedure suspension (特别程序, art. 45) from day `start` to resume day `resume`:
/// working days d with start < d ≤ resume are not counted. An open suspension has no resume
/// day yet: the clock is stopped from `start` on.
struct Suspension
{
    QDate start;
    std::optional<QDate> resume;
};

/// When a clock turns blue and yellow (red is always "past due"). Configurable per item.
struct WarningThresholds
{
    double blueUsedFraction = 0.5; // blue once this share of the limit is used
    double yellowDaysLeft = 1.0;   // yellow with this many working days or fewer left
};

enum class WarningColour
{
    None,
    Blue,
    Yellow,
    Red
};
QString warningColourId(WarningColour colour); // "none", "blue", "yellow", "red"
std::optional<WarningColour> warningColourFromId(const QString &id);

/// What a clock runs over: the start date (not counted), the limit in working days, an
/// extension in working days, and the suspensions so far.
struct ClockSpec
{
    QDate start;
    int limitDays = 0;
    int extensionDays = 0;
    QList<Suspension> suspensions;
};

/// A clock read at one instant.
struct ClockReading
{
    QDate dueDate;          // provisional while suspended: as if resumed on the reading day
    QDateTime dueAt;        // close of office hours on dueDate
    double usedDays = 0;    // working days used, with today's share of office hours
    double leftDays = 0;    // limit + extension − used (negative when overdue)
    bool suspended = false; // a suspension covers the reading day (from its start to its resume)
    WarningColour colour = WarningColour::None;
};

/// Legal, promised and per-step clocks (DOMAIN.md §4) over a WorkingCalendar. Stateless apart
/// from its settings; the instant to read at is always passed in (from an injected Clock).
class DeadlineClock
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineClock)
public:
    explicit DeadlineClock(const WorkingCalendar &calendar, OfficeHours hours = {});

    /// The due date: the (limit + extension)-th counted working day after `spec.start`,
    /// skipping suspended days. An open suspension has no due date (error "clock.suspended").
    Result<QDate> dueDate(const ClockSpec &spec) const;
    /// The close of office hours on dueDate(), in local time (the hall's zone on a hall machine).
    Result<QDateTime> dueAt(const ClockSpec &spec) const;
    /// Reads the clock at `at`, a wall-clock time in the hall's zone: used and left working days,
    /// the due date (provisional while suspended) and the warning colour. Red starts strictly
    /// after the close of the due day.
    Result<ClockReading> read(const ClockSpec &spec, const QDateTime &at,
                              const WarningThresholds &thresholds = {}) const;

private:
    const WorkingCalendar &m_calendar;
    OfficeHours m_hours;
};

} // namespace sunhall::core
