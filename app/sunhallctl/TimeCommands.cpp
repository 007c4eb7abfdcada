// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CtlContext.h"
#include "app/sunhallctl/HallStore.h"

#include "core/time/DeadlineClock.h"

#include <QLocale>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;

namespace {

class TimeCommand
{
    Q_DECLARE_TR_FUNCTIONS(TimeCommand)
public:
    static QCommandLineOption dirOption()
    {
        return {QStringLiteral("dir"),
                tr("Use the calendar of the hall in DIR (with its local closures) instead of "
                   "the shipped schedules."),
                QStringLiteral("DIR")};
    }

    /// The calendar of --dir (and --db), or the shipped one; --db alone is a usage error.
    static std::optional<Result<WorkingCalendar>> hallCalendar(CommandLine &cl)
    {
        const QString dir = cl.parser().value(QStringLiteral("dir"));
        const QString db = cl.parser().value(QStringLiteral("db"));
        if (dir.isEmpty() && !db.isEmpty()) {
            cl.usageError(tr("--db needs --dir: the hall folder whose store it is"));
            return std::nullopt;
        }
        return HallStore::calendar(dir, db);
    }

    static int due(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("due"),
                       tr("Prints the due date (YYYY-MM-DD) of a limit of N working days from "
                          "an acceptance date. The acceptance day is not counted; working days "
                          "d with S < d <= R of a suspension S:R are not counted either."));
        cl.addOption(
            {QStringLiteral("accepted"), tr("The acceptance date."), QStringLiteral("YYYY-MM-DD")});
        cl.addOption(
            {QStringLiteral("days"), tr("The limit in working days."), QStringLiteral("N")});
        cl.addOption({QStringLiteral("suspend"),
                      tr("A suspension from day S to resume day R (repeatable)."),
                      QStringLiteral("S:R")});
        cl.addOption(
            {QStringLiteral("extend"), tr("An extension in working days."), QStringLiteral("N")});
        cl.addOption(dirOption());
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto acceptedText = cl.required(QStringLiteral("accepted"));
        if (!acceptedText)
            return ExitUsage;
        const auto daysText = cl.required(QStringLiteral("days"));
        if (!daysText)
            return ExitUsage;

        const Result<QDate> accepted = parseIsoDate(*acceptedText, QStringLiteral("accepted"));
        if (!accepted)
            return cl.usageError(accepted.error().message);
        const Result<int> days = parseCount(*daysText, QStringLiteral("days"), 3650);
        if (!days)
            return cl.usageError(days.error().message);
        ClockSpec spec{*accepted, *days, 0, {}};
        if (cl.parser().isSet(QStringLiteral("extend"))) {
            const Result<int> extension = parseCount(cl.parser().value(QStringLiteral("extend")),
                                                     QStringLiteral("extend"), 3650);
            if (!extension)
                return cl.usageError(extension.error().message);
            spec.extensionDays = *extension;
        }
        for (const QString &text : cl.parser().values(QStringLiteral("suspend"))) {
            const QStringList parts = text.split(QLatin1Char(':'));
            if (parts.size() != 2)
                return cl.usageError(tr("--suspend: \"%1\" is not of the form S:R").arg(text));
            const Result<QDate> start = parseIsoDate(parts.at(0), QStringLiteral("suspend"));
            const Result<QDate> resume = parseIsoDate(parts.at(1), QStringLiteral("suspend"));
            if (!start)
                return cl.usageError(start.error().message);
            if (!resume)
                return cl.usageError(resume.error().message);
            if (*resume < *start) {
                return cl.usageError(tr("--suspend: the resume day %1 is before the start day %2")
                                         .arg(parts.at(1), parts.at(0)));
            }
            spec.suspensions.append(Suspension{*start, *resume});
        }

        const std::optional<Result<WorkingCalendar>> loaded = TimeCommand::hallCalendar(cl);
        if (!loaded)
            return ExitUsage;
        if (!*loaded)
            return cl.failure(loaded->error());
        const WorkingCalendar &calendar = loaded->value();
        const DeadlineClock clock(calendar);
        const Result<QDate> dueDate = clock.dueDate(spec);
        if (!dueDate)
            return cl.failure(dueDate.error());
        context.out << dueDate->toString(Qt::ISODate) << '\n';
        return ExitOk;
    }

    static int workdays(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("workdays"),
                       tr("Prints the number of working days d with FROM < d <= TO."));
        cl.addOption({QStringLiteral("from"), tr("The first day (not counted)."),
                      QStringLiteral("YYYY-MM-DD")});
        cl.addOption(
            {QStringLiteral("to"), tr("The last day (counted)."), QStringLiteral("YYYY-MM-DD")});
        cl.addOption(dirOption());
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto fromText = cl.required(QStringLiteral("from"));
        if (!fromText)
            return ExitUsage;
        const auto toText = cl.required(QStringLiteral("to"));
        if (!toText)
            return ExitUsage;
        const Result<QDate> from = parseIsoDate(*fromText, QStringLiteral("from"));
        if (!from)
            return cl.usageError(from.error().message);
        const Result<QDate> to = parseIsoDate(*toText, QStringLiteral("to"));
        if (!to)
            return cl.usageError(to.error().message);
        const std::optional<Result<WorkingCalendar>> loaded = TimeCommand::hallCalendar(cl);
        if (!loaded)
            return ExitUsage;
        if (!*loaded)
            return cl.failure(loaded->error());
        const WorkingCalendar &calendar = loaded->value();
        const Result<int> count = calendar.workingDaysBetween(*from, *to);
        if (!count)
            return cl.failure(count.error());
        context.out << *count << '\n';
        return ExitOk;
    }

    static int calendarShow(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("calendar show"),
                       tr("Shows one year's working-day schedule: holidays, make-up working "
                          "days, local closures and the working days of each month."));
        cl.addOption({QStringLiteral("year"), tr("The year to show."), QStringLiteral("YYYY")});
        cl.addOption(dirOption());
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto yearText = cl.required(QStringLiteral("year"));
        if (!yearText)
            return ExitUsage;
        const Result<int> year = parseCount(*yearText, QStringLiteral("year"), 9999);
        if (!year)
            return cl.usageError(year.error().message);
        const std::optional<Result<WorkingCalendar>> loaded = TimeCommand::hallCalendar(cl);
        if (!loaded)
            return ExitUsage;
        if (!*loaded)
            return cl.failure(loaded->error());
        const WorkingCalendar &calendar = loaded->value();
        const std::optional<YearSchedule> schedule = calendar.schedule(*year);
        if (!schedule) {
            // Ask the calendar itself so the message is the one every screen shows.
            return cl.failure(calendar.isWorkingDay(QDate(*year, 1, 1)).error());
        }
        printSchedule(context.out, calendar, *schedule);
        return ExitOk;
    }

    static void printSchedule(QTextStream &out, const WorkingCalendar &calendar,
                              const YearSchedule &schedule)
    {
        const QLocale locale;
        out << tr("Working-day schedule %1").arg(schedule.year) << '\n'
            << tr("Source: %1").arg(schedule.source) << "\n\n"
            << tr("Holidays:") << '\n';
        for (const Holiday &holiday : schedule.holidays) {
            const qint64 length = holiday.from.daysTo(holiday.to) + 1;
            out << "  " << holiday.name << "  " << holiday.from.toString(Qt::ISODate) << " – "
                << holiday.to.toString(Qt::ISODate) << "  "
                << tr("(%n day(s))", nullptr, int(length)) << '\n';
        }
        out << tr("Make-up working days:") << '\n';
        for (const QDate &day : schedule.makeUpWorkdays)
            out << "  " << day.toString(Qt::ISODate) << "  " << locale.dayName(day.dayOfWeek())
                << '\n';
        out << tr("Local closures:") << '\n';
        int closures = 0;
        for (const LocalClosure &closure : calendar.closures()) {
            if (closure.date.year() != schedule.year)
                continue;
            ++closures;
            out << "  " << closure.date.toString(Qt::ISODate) << "  " << closure.reason << '\n';
        }
        if (closures == 0)
            out << "  " << tr("none") << '\n';
        out << tr("Working days per month:") << '\n';
        int total = 0;
        for (int month = 1; month <= 12; ++month) {
            const QDate first(schedule.year, month, 1);
            const int count =
                calendar.workingDaysBetween(first.addDays(-1), first.addMonths(1).addDays(-1))
                    .value();
            total += count;
            out << "  " << locale.monthName(month).leftJustified(10) << count << '\n';
        }
        out << tr("Working days in %1: %2").arg(schedule.year).arg(total) << '\n';
    }

    static int addClosure(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("calendar add-closure"),
                       tr("Adds a local closure of the hall: a working day on which the hall "
                          "is closed and which no clock counts."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption({QStringLiteral("date"), tr("The day closed."), QStringLiteral("YYYY-MM-DD")});
        cl.addOption(
            {QStringLiteral("reason"), tr("Why the hall is closed."), QStringLiteral("TEXT")});
        cl.addOption({QStringLiteral("by"),
                      tr("The administrator adding it (a user of the hall with the "
                         "administrator role)."),
                      QStringLiteral("USER"), QStringLiteral("admin")});
        cl.addOption(HallStore::databaseOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        const auto dateText = cl.required(QStringLiteral("date"));
        if (!dateText)
            return ExitUsage;
        const auto reason = cl.required(QStringLiteral("reason"));
        if (!reason)
            return ExitUsage;
        const Result<QDate> date = parseIsoDate(*dateText, QStringLiteral("date"));
        if (!date)
            return cl.usageError(date.error().message);
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        const QString by = cl.parser().value(QStringLiteral("by"));
        if (const Status allowed = HallStore::checkAdministrator(*store.value(), by); !allowed)
            return cl.failure(allowed.error());
        const Status added = store.value()->addClosure(LocalClosure{*date, reason->trimmed()}, by,
                                                       context.clock.now());
        if (!added)
            return cl.failure(added.error());
        context.out << tr("Closure added: %1 (%2)").arg(date->toString(Qt::ISODate), *reason)
                    << '\n';
        return ExitOk;
    }
};

} // namespace

QList<CtlCommand> timeCommands()
{
    return {
        {QStringLiteral("due"), TimeCommand::tr("Due date of a limit in working days"),
         &TimeCommand::due},
        {QStringLiteral("workdays"), TimeCommand::tr("Working days between two dates"),
         &TimeCommand::workdays},
        {QStringLiteral("calendar show"), TimeCommand::tr("Show a year's working-day schedule"),
         &TimeCommand::calendarShow},
        {QStringLiteral("calendar add-closure"), TimeCommand::tr("Add a local closure"),
         &TimeCommand::addClosure},
    };
}

} // namespace sunhall::ctl
