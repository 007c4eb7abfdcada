// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace sunhall::core {

/// A statutory holiday period of one year's State Council notice.
struct Holiday
{
    QString name; // "春节"
    QDate from;   // first day off
    QDate to;     // last day off (inclusive)
};

/// One year's official schedule (国务院办公厅关于某年部分节假日安排的通知), as shipped in
/// `resources/calendars/YYYY.json`.
struct YearSchedule
{
    int year = 0;
    QString source;              // the notice it was taken from
    QList<Holiday> holidays;     // days off
    QList<QDate> makeUpWorkdays; // weekend days worked (调休上班)
};

/// A day a hall closes by itself (a local holiday, a move, a disaster), added by an
/// administrator. It is not a working day.
struct LocalClosure
{
    QDate date;
    QString reason;
};

enum class DayKind
{
    Workday,       // Monday–Friday, not a holiday
    Weekend,       // Saturday or Sunday, not made a working day
    Holiday,       // statutory holiday
    MakeUpWorkday, // weekend day worked by the notice
    LocalClosure,  // closed by the hall
};

/// Working days (工作日) per Administrative Licensing Law art. 82: Monday–Friday minus
/// statutory holidays, plus make-up working days, minus the hall's local closures. Only
/// years whose schedule is loaded can be answered: any question touching another year is an
/// error naming that year ("calendar.year-missing"), never a guess.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    /// Parses one year's JSON file; the error names the field that is wrong.
    static Result<YearSchedule> parseSchedule(const QByteArray &json);
    static QByteArray scheduleToJson(const YearSchedule &schedule);
    /// Loads every `*.json` schedule in a directory (the shipped `calendars/` folder).
    static Result<WorkingCalendar> loadDirectory(const QString &dir);

    /// Adds or replaces a year; refuses a schedule whose dates are outside its year or that
    /// both frees and works the same day.
    Status addSchedule(const YearSchedule &schedule);
    /// Adds a local closure; the year must be loaded and the day a working day.
    Status addClosure(const LocalClosure &closure);

    QList<int> years() const;
    bool hasYear(int year) const;
    std::optional<YearSchedule> schedule(int year) const;
    QList<LocalClosure> closures() const;

    Result<DayKind> dayKind(const QDate &date) const;
    Result<bool> isWorkingDay(const QDate &date) const;
    /// The number of working days d with from < d ≤ to (0 when to ≤ from).
    Result<int> workingDaysBetween(const QDate &from, const QDate &to) const;
    /// The n-th working day after `from` (`from` itself is never counted); n = 0 gives `from`.
    Result<QDate> addWorkingDays(const QDate &from, int n) const;
    /// The first working day strictly after `date`.
    Result<QDate> nextWorkingDay(const QDate &date) const;

private:
    static Status validateSchedule(const YearSchedule &schedule);
    Error yearMissing(int year) const;
    Error invalidDate(const QString &field) const;
    Result<qsizetype> indexOf(const QDate &date) const;
    std::optional<Error> missingBetween(qsizetype first, qsizetype last) const;
    void rebuild();

    QMap<int, YearSchedule> m_schedules;
    QMap<QDate, QString> m_closures;
    // Day tables from 1 January of the first loaded year to 31 December of the last, indexed
    // by Julian day − m_firstDay, so that counting is two look-ups and no date arithmetic:
    // deadline boards read thousands of clocks at a time.
    qint64 m_firstDay = 0;
    std::vector<DayKind> m_kinds;
    std::vector<int> m_workingBefore; // [i]: working days among the first i days
    std::vector<int> m_missingBefore; // [i]: days of years not loaded among the first i days
};

} // namespace sunhall::core
