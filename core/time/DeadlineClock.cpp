// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/time/DeadlineClock.h"

#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace sunhall::core {

namespace {

// Far beyond any legal limit; it only keeps limit + extension from overflowing.
constexpr int maxDays = 10000;

struct ColourRow
{
    WarningColour colour;
    const char *id;
};

constexpr ColourRow colourRows[] = {
    {WarningColour::None, "none"},
    {WarningColour::Blue, "blue"},
    {WarningColour::Yellow, "yellow"},
    {WarningColour::Red, "red"},
};

/// Working days d with after < d ≤ through are not counted.
struct SuspendedSpan
{
    QDate after;
    QDate through;
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Status validateSpec(const ClockSpec &spec)
{
    if (!spec.start.isValid()) {
        return makeError(QStringLiteral("clock.invalid-start"),
                         DeadlineClock::tr("The clock has no valid start date."),
                         QStringLiteral("start"));
    }
    if (spec.limitDays < 0 || spec.limitDays > maxDays) {
        return makeError(QStringLiteral("clock.invalid-limit"),
                         DeadlineClock::tr("A time limit of %1 working days is not possible: it "
                                           "must be between 0 and %2.")
                             .arg(spec.limitDays)
                             .arg(maxDays),
                         QStringLiteral("limitDays"));
    }
    if (spec.extensionDays < 0 || spec.extensionDays > maxDays) {
        return makeError(QStringLiteral("clock.invalid-extension"),
                         DeadlineClock::tr("An extension of %1 working days is not possible: it "
                                           "must be between 0 and %2.")
                             .arg(spec.extensionDays)
                             .arg(maxDays),
                         QStringLiteral("extensionDays"));
    }
    for (qsizetype i = 0; i < spec.suspensions.size(); ++i) {
        const Suspension &suspension = spec.suspensions.at(i);
        if (!suspension.start.isValid()) {
            return makeError(QStringLiteral("clock.invalid-suspension"),
                             DeadlineClock::tr("Suspension %1 has no valid start date.").arg(i + 1),
                             QStringLiteral("suspensions[%1].start").arg(i));
        }
        if (suspension.resume &&
            (!suspension.resume->isValid() || *suspension.resume < suspension.start)) {
            return makeError(QStringLiteral("clock.invalid-suspension"),
                             DeadlineClock::tr("Suspension %1 resumes on %2, before it started "
                                               "on %3.")
                                 .arg(i + 1)
                                 .arg(isoDate(*suspension.resume), isoDate(suspension.start)),
                             QStringLiteral("suspensions[%1].resume").arg(i));
        }
    }
    return Status::success();
}

// Overlapping suspensions must not remove a day twice, so they are merged first. An open
// suspension runs until `openUntil` (the reading day), or not at all before it starts.
std::vector<SuspendedSpan> suspendedSpans(const ClockSpec &spec, const QDate &openUntil)
{
    std::vector<SuspendedSpan> spans;
    for (const Suspension &suspension : spec.suspensions) {
        const QDate through = suspension.resume.value_or(std::max(openUntil, suspension.start));
        if (suspension.start < through)
            spans.push_back({suspension.start, through});
    }
    std::sort(spans.begin(), spans.end(),
              [](const SuspendedSpan &a, const SuspendedSpan &b) { return a.after < b.after; });
    std::vector<SuspendedSpan> merged;
    for (const SuspendedSpan &span : spans) {
        if (!merged.empty() && span.after <= merged.back().through)
            merged.back().through = std::max(merged.back().through, span.through);
        else
            merged.push_back(span);
    }
    return merged;
}

bool isSuspendedDay(const std::vector<SuspendedSpan> &spans, const QDate &day)
{
    return std::any_of(spans.begin(), spans.end(), [&day](const SuspendedSpan &span) {
        return span.after < day && day <= span.through;
    });
}

// Walks from the start over the suspended spans: working days before a span count, days in
// it do not, and counting resumes after its resume day.
Result<QDate> dueDateOver(const WorkingCalendar &calendar, const ClockSpec &spec,
                          const std::vector<SuspendedSpan> &spans)
{
    int remaining = spec.limitDays + spec.extensionDays;
    if (remaining == 0)
        return calendar.addWorkingDays(spec.start, 0);
    QDate position = spec.start;
    for (const SuspendedSpan &span : spans) {
        if (span.through <= position)
            continue;
        Result<QDate> candidate = calendar.addWorkingDays(position, remaining);
        if (!candidate || *candidate <= span.after)
            return candidate;
        Result<int> before = calendar.workingDaysBetween(position, std::max(position, span.after));
        if (!before)
            return before.error();
        remaining -= *before;
        position = span.through;
    }
    return calendar.addWorkingDays(position, remaining);
}

// Counted working days d with from < d ≤ to: working days minus the suspended ones.
Result<int> countedDays(const WorkingCalendar &calendar, const QDate &from, const QDate &to,
                        const std::vector<SuspendedSpan> &spans)
{
    Result<int> count = calendar.workingDaysBetween(from, to);
    if (!count || to <= from)
        return count;
    int counted = *count;
    for (const SuspendedSpan &span : spans) {
        const QDate low = std::max(span.after, from);
        const QDate high = std::min(span.through, to);
        if (low >= high)
            continue;
        Result<int> suspended = calendar.workingDaysBetween(low, high);
        if (!suspended)
            return suspended.error();
        counted -= *suspended;
    }
    return counted;
}

double shareOfOfficeHours(const OfficeHours &hours, const QTime &time)
{
    if (time < hours.open)
        return 0.0;
    if (time >= hours.close || hours.close <= hours.open)
        return 1.0;
    return double(hours.open.msecsTo(time)) / double(hours.open.msecsTo(hours.close));
}

// The close of the due day in the time zone `at` was given in. Built in one step: every
// local-time QDateTime costs a time-zone look-up, and boards read thousands of clocks.
QDateTime closeOn(const QDate &day, const QTime &close, const QDateTime &at)
{
    switch (at.timeSpec()) {
    case Qt::TimeZone:
        return QDateTime(day, close, at.timeZone());
    case Qt::OffsetFromUTC:
        return QDateTime(day, close, Qt::OffsetFromUTC, at.offsetFromUtc());
    case Qt::LocalTime:
    case Qt::UTC:
        break;
    }
    return QDateTime(day, close, at.timeSpec());
}

WarningColour colourFor(const ClockReading &reading, const QDateTime &at, const QTime &close,
                        int totalDays, const WarningThresholds &thresholds)
{
    const QDate today = at.date();
    if (today > reading.dueDate || (today == reading.dueDate && at.time() > close))
        return WarningColour::Red;
    if (reading.leftDays <= thresholds.yellowDaysLeft)
        return WarningColour::Yellow;
    if (reading.usedDays >= thresholds.blueUsedFraction * totalDays)
        return WarningColour::Blue;
    return WarningColour::None;
}

} // namespace

QString warningColourId(WarningColour colour)
{
    for (const ColourRow &row : colourRows) {
        if (row.colour == colour)
            return QString::fromLatin1(row.id);
    }
    return {};
}

std::optional<WarningColour> warningColourFromId(const QString &id)
{
    for (const ColourRow &row : colourRows) {
        if (id == QLatin1String(row.id))
            return row.colour;
    }
    return std::nullopt;
}

DeadlineClock::DeadlineClock(const WorkingCalendar &calendar, OfficeHours hours)
    : m_calendar(calendar)
    , m_hours(hours)
{}

Result<QDate> DeadlineClock::dueDate(const ClockSpec &spec) const
{
    if (Status valid = validateSpec(spec); !valid)
        return valid.error();
    for (const Suspension &suspension : spec.suspensions) {
        if (!suspension.resume) {
            return makeError(QStringLiteral("clock.suspended"),
                             tr("The clock is suspended since %1 for a special procedure; it has "
                                "no due date until the case resumes.")
                                 .arg(isoDate(suspension.start)));
        }
    }
    return dueDateOver(m_calendar, spec, suspendedSpans(spec, spec.start));
}

Result<QDateTime> DeadlineClock::dueAt(const ClockSpec &spec) const
{
    Result<QDate> date = dueDate(spec);
    if (!date)
        return date.error();
    return QDateTime(*date, m_hours.close);
}

Result<ClockReading> DeadlineClock::read(const ClockSpec &spec, const QDateTime &at,
                                         const WarningThresholds &thresholds) const
{
    if (Status valid = validateSpec(spec); !valid)
        return valid.error();
    if (!at.isValid()) {
        return makeError(QStringLiteral("clock.invalid-instant"),
                         tr("The clock cannot be read at an invalid time."), QStringLiteral("at"));
    }
    const QDate today = at.date();
    const std::vector<SuspendedSpan> spans = suspendedSpans(spec, today);
    Result<QDate> due = dueDateOver(m_calendar, spec, spans);
    if (!due)
        return due.error();
    // Clamped so that a reading on the start day never asks about the day before it.
    Result<int> before =
        countedDays(m_calendar, spec.start, std::max(spec.start, today.addDays(-1)), spans);
    if (!before)
        return before.error();
    Result<bool> working = m_calendar.isWorkingDay(today);
    if (!working)
        return working.error();

    ClockReading reading;
    reading.dueDate = *due;
    reading.dueAt = closeOn(*due, m_hours.close, at);
    const bool countsToday = today > spec.start && *working && !isSuspendedDay(spans, today);
    reading.usedDays = *before + (countsToday ? shareOfOfficeHours(m_hours, at.time()) : 0.0);
    const int total = spec.limitDays + spec.extensionDays;
    reading.leftDays = total - reading.usedDays;
    reading.suspended =
        std::any_of(spec.suspensions.begin(), spec.suspensions.end(), [&today](const auto &s) {
            return s.start <= today && (!s.resume || today < *s.resume);
        });
    reading.colour = colourFor(reading, at, m_hours.close, total, thresholds);
    return reading;
}

} // namespace sunhall::core
