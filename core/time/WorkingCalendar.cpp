// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/time/WorkingCalendar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sunhall::core {

namespace {

// A year's notice is a few hundred bytes; anything near this size is not a calendar file.
constexpr qint64 maxScheduleBytes = 1024 * 1024;
constexpr int firstSupportedYear = 1900;
constexpr int lastSupportedYear = 2999;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

bool isWorkingKind(DayKind kind)
{
    return kind == DayKind::Workday || kind == DayKind::MakeUpWorkday;
}

QString indexedField(const char *list, qsizetype index, const char *member = nullptr)
{
    const QString field = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
    return member ? QStringLiteral("%1.%2").arg(field, QLatin1String(member)) : field;
}

Error fieldError(const char *code, const QString &message, const QString &field)
{
    return makeError(QLatin1String(code), message, field);
}

Error missingField(const QString &field)
{
    return fieldError("calendar.field-missing",
                      WorkingCalendar::tr("The calendar file has no field %1.").arg(field), field);
}

// Strict YYYY-MM-DD: Qt::ISODate would also take "2025-01-01T…" and similar.
Result<QDate> readDate(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined())
        return missingField(field);
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!value.isString() || text.size() != 10 || !date.isValid()) {
        return fieldError("calendar.field-type",
                          WorkingCalendar::tr("The field %1 must be a date written as "
                                              "YYYY-MM-DD, for example 2025-10-01.")
                              .arg(field),
                          field);
    }
    return date;
}

Result<QString> readText(const QJsonObject &object, const char *key, const QString &field)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return missingField(field);
    if (!value.isString()) {
        return fieldError("calendar.field-type",
                          WorkingCalendar::tr("The field %1 must be text.").arg(field), field);
    }
    return value.toString();
}

Result<QJsonArray> readArray(const QJsonObject &object, const char *key)
{
    const QString field = QLatin1String(key);
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return missingField(field);
    if (!value.isArray()) {
        return fieldError("calendar.field-type",
                          WorkingCalendar::tr("The field %1 must be a list.").arg(field), field);
    }
    return value.toArray();
}

Result<int> readYear(const QJsonObject &object)
{
    const QString field = QStringLiteral("year");
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return missingField(field);
    const double number = value.toDouble();
    if (!value.isDouble() || std::abs(number) > 1e6 || std::trunc(number) != number) {
        return fieldError("calendar.field-type",
                          WorkingCalendar::tr("The field year must be a whole number such as "
                                              "2025."),
                          field);
    }
    return int(number);
}

// A misspelt key ("makeupWorkdays") would silently drop days; refuse it instead.
Status rejectUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            const QString field =
                where.isEmpty() ? it.key() : QStringLiteral("%1.%2").arg(where, it.key());
            return fieldError(
                "calendar.unknown-field",
                WorkingCalendar::tr("The calendar file has a field %1 that is not part of a "
                                    "schedule (expected: %2).")
                    .arg(field, known.join(QStringLiteral(", "))),
                field);
        }
    }
    return Status::success();
}

Result<Holiday> readHoliday(const QJsonValue &value, qsizetype index)
{
    const QString field = indexedField("holidays", index);
    if (!value.isObject()) {
        return fieldError("calendar.field-type",
                          WorkingCalendar::tr("The field %1 must be an object with name, from "
                                              "and to.")
                              .arg(field),
                          field);
    }
    const QJsonObject object = value.toObject();
    const QStringList known{QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("to")};
    if (Status keys = rejectUnknownKeys(object, known, field); !keys)
        return keys.error();
    Result<QString> name = readText(object, "name", indexedField("holidays", index, "name"));
    if (!name)
        return name.error();
    Result<QDate> from =
        readDate(object.value(QLatin1String("from")), indexedField("holidays", index, "from"));
    if (!from)
        return from.error();
    Result<QDate> to =
        readDate(object.value(QLatin1String("to")), indexedField("holidays", index, "to"));
    if (!to)
        return to.error();
    return Holiday{*name, *from, *to};
}

Result<QList<Holiday>> readHolidays(const QJsonObject &object)
{
    Result<QJsonArray> array = readArray(object, "holidays");
    if (!array)
        return array.error();
    QList<Holiday> holidays;
    for (qsizetype i = 0; i < array->size(); ++i) {
        Result<Holiday> holiday = readHoliday(array->at(i), i);
        if (!holiday)
            return holiday.error();
        holidays.append(*holiday);
    }
    return holidays;
}

Result<QList<QDate>> readMakeUpWorkdays(const QJsonObject &object)
{
    Result<QJsonArray> array = readArray(object, "makeUpWorkdays");
    if (!array)
        return array.error();
    QList<QDate> days;
    for (qsizetype i = 0; i < array->size(); ++i) {
        Result<QDate> day = readDate(array->at(i), indexedField("makeUpWorkdays", i));
        if (!day)
            return day.error();
        days.append(*day);
    }
    return days;
}

Status checkInYear(const QDate &date, int year, const QString &field)
{
    if (!date.isValid()) {
        return fieldError("calendar.invalid-date",
                          WorkingCalendar::tr("The field %1 is not a valid date.").arg(field),
                          field);
    }
    if (date.year() != year) {
        return fieldError("calendar.date-outside-year",
                          WorkingCalendar::tr("%1 is %2, which is not in %3. A year's schedule "
                                              "may only hold dates of that year.")
                              .arg(field, isoDate(date))
                              .arg(year),
                          field);
    }
    return Status::success();
}

Status checkHoliday(const Holiday &holiday, int year, qsizetype index)
{
    const QString nameField = indexedField("holidays", index, "name");
    if (holiday.name.trimmed().isEmpty()) {
        return fieldError("calendar.field-missing",
                          WorkingCalendar::tr("The holiday %1 has no name.").arg(nameField),
                          nameField);
    }
    if (Status from = checkInYear(holiday.from, year, indexedField("holidays", index, "from"));
        !from)
        return from;
    const QString toField = indexedField("holidays", index, "to");
    if (Status to = checkInYear(holiday.to, year, toField); !to)
        return to;
    if (holiday.to < holiday.from) {
        return fieldError("calendar.date-order",
                          WorkingCalendar::tr("The holiday %1 ends on %2, before it starts on %3.")
                              .arg(holiday.name, isoDate(holiday.to), isoDate(holiday.from)),
                          toField);
    }
    return Status::success();
}

Status checkMakeUpWorkday(const QDate &day, const YearSchedule &schedule, qsizetype index)
{
    const QString field = indexedField("makeUpWorkdays", index);
    if (Status inYear = checkInYear(day, schedule.year, field); !inYear)
        return inYear;
    if (!isWeekend(day)) {
        return fieldError("calendar.makeup-not-weekend",
                          WorkingCalendar::tr("%1 (%2) is a Monday-to-Friday day; a make-up "
                                              "working day must be a Saturday or a Sunday.")
                              .arg(field, isoDate(day)),
                          field);
    }
    for (const Holiday &holiday : schedule.holidays) {
        if (holiday.from <= day && day <= holiday.to) {
            return fieldError("calendar.day-conflict",
                              WorkingCalendar::tr("%1 is listed both as a day off (%2) and as a "
                                                  "make-up working day.")
                                  .arg(isoDate(day), holiday.name),
                              field);
        }
    }
    return Status::success();
}

Result<YearSchedule> readScheduleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("calendar.file-unreadable"),
                         WorkingCalendar::tr("The calendar file %1 cannot be read: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > maxScheduleBytes) {
        return makeError(QStringLiteral("calendar.too-large"),
                         WorkingCalendar::tr("The calendar file %1 is too large to be a "
                                             "holiday schedule.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return WorkingCalendar::parseSchedule(file.readAll());
}

Error inFile(const Error &error, const QString &path)
{
    return Error{error.code,
                 WorkingCalendar::tr("Calendar file %1: %2")
                     .arg(QDir::toNativeSeparators(path), error.message),
                 error.field};
}

// A file named after a year must hold that year, so that 2026.json cannot shadow 2025.
Status checkFileYear(const QFileInfo &info, int year)
{
    bool numeric = false;
    const int named = info.completeBaseName().toInt(&numeric);
    if (numeric && named != year) {
        return fieldError("calendar.file-year-mismatch",
                          WorkingCalendar::tr("The file is named for %1 but holds the schedule "
                                              "of %2.")
                              .arg(named)
                              .arg(year),
                          QStringLiteral("year"));
    }
    return Status::success();
}

} // namespace

Result<YearSchedule> WorkingCalendar::parseSchedule(const QByteArray &json)
{
    if (json.size() > maxScheduleBytes) {
        return makeError(QStringLiteral("calendar.too-large"),
                         tr("The calendar file is too large to be a holiday schedule."));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(QStringLiteral("calendar.bad-json"),
                         tr("The calendar file is not valid JSON: %1 at character %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return makeError(QStringLiteral("calendar.bad-json"),
                         tr("The calendar file must hold one JSON object with the fields year, "
                            "source, holidays and makeUpWorkdays."));
    }
    const QJsonObject object = document.object();
    const QStringList known{QStringLiteral("year"), QStringLiteral("source"),
                            QStringLiteral("holidays"), QStringLiteral("makeUpWorkdays")};
    if (Status keys = rejectUnknownKeys(object, known, {}); !keys)
        return keys.error();
    Result<int> year = readYear(object);
    if (!year)
        return year.error();
    Result<QString> source = readText(object, "source", QStringLiteral("source"));
    if (!source)
        return source.error();
    Result<QList<Holiday>> holidays = readHolidays(object);
    if (!holidays)
        return holidays.error();
    Result<QList<QDate>> makeUp = readMakeUpWorkdays(object);
    if (!makeUp)
        return makeUp.error();
    YearSchedule schedule{*year, *source, *holidays, *makeUp};
    if (Status valid = validateSchedule(schedule); !valid)
        return valid.error();
    return schedule;
}

QByteArray WorkingCalendar::scheduleToJson(const YearSchedule &schedule)
{
    QJsonArray holidays;
    for (const Holiday &holiday : schedule.holidays) {
        holidays.append(QJsonObject{{QStringLiteral("name"), holiday.name},
                                    {QStringLiteral("from"), isoDate(holiday.from)},
                                    {QStringLiteral("to"), isoDate(holiday.to)}});
    }
    QJsonArray makeUp;
    for (const QDate &day : schedule.makeUpWorkdays)
        makeUp.append(isoDate(day));
    const QJsonObject object{{QStringLiteral("year"), schedule.year},
                             {QStringLiteral("source"), schedule.source},
                             {QStringLiteral("holidays"), holidays},
                             {QStringLiteral("makeUpWorkdays"), makeUp}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<WorkingCalendar> WorkingCalendar::loadDirectory(const QString &dir)
{
    const QDir directory(dir);
    if (!directory.exists()) {
        return makeError(
            QStringLiteral("calendar.directory-missing"),
            tr("The calendar folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)));
    }
    WorkingCalendar calendar;
    const QFileInfoList files =
        directory.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString path = info.absoluteFilePath();
        Result<YearSchedule> schedule = readScheduleFile(path);
        if (!schedule)
            return inFile(schedule.error(), path);
        if (Status named = checkFileYear(info, schedule->year); !named)
            return inFile(named.error(), path);
        if (calendar.hasYear(schedule->year)) {
            return inFile(makeError(QStringLiteral("calendar.duplicate-year"),
                                    tr("Another file in the folder already holds the schedule "
                                       "of %1.")
                                        .arg(schedule->year),
                                    QStringLiteral("year")),
                          path);
        }
        if (Status added = calendar.addSchedule(*schedule); !added)
            return inFile(added.error(), path);
    }
    return calendar;
}

Status WorkingCalendar::validateSchedule(const YearSchedule &schedule)
{
    if (schedule.year < firstSupportedYear || schedule.year > lastSupportedYear) {
        return makeError(QStringLiteral("calendar.bad-year"),
                         tr("The year %1 is not a year a schedule can be given for (%2 to %3).")
                             .arg(schedule.year)
                             .arg(firstSupportedYear)
                             .arg(lastSupportedYear),
                         QStringLiteral("year"));
    }
    for (qsizetype i = 0; i < schedule.holidays.size(); ++i) {
        if (Status holiday = checkHoliday(schedule.holidays.at(i), schedule.year, i); !holiday)
            return holiday;
    }
    for (qsizetype i = 0; i < schedule.makeUpWorkdays.size(); ++i) {
        if (Status day = checkMakeUpWorkday(schedule.makeUpWorkdays.at(i), schedule, i); !day)
            return day;
    }
    return Status::success();
}

Status WorkingCalendar::addSchedule(const YearSchedule &schedule)
{
    if (Status valid = validateSchedule(schedule); !valid)
        return valid;
    m_schedules.insert(schedule.year, schedule);
    rebuild();
    return Status::success();
}

Status WorkingCalendar::addClosure(const LocalClosure &closure)
{
    if (!closure.date.isValid())
        return invalidDate(QStringLiteral("date"));
    if (closure.reason.trimmed().isEmpty()) {
        return makeError(
            QStringLiteral("calendar.closure-reason-missing"),
            tr("Give the reason why the hall is closed on %1.").arg(isoDate(closure.date)),
            QStringLiteral("reason"));
    }
    Result<bool> working = isWorkingDay(closure.date);
    if (!working)
        return working.error();
    if (!*working) {
        return makeError(QStringLiteral("calendar.closure-not-workday"),
                         tr("%1 is not a working day, so the hall cannot be closed on it.")
                             .arg(isoDate(closure.date)),
                         QStringLiteral("date"));
    }
    m_closures.insert(closure.date, closure.reason.trimmed());
    rebuild();
    return Status::success();
}

QList<int> WorkingCalendar::years() const
{
    return m_schedules.keys();
}

bool WorkingCalendar::hasYear(int year) const
{
    return m_schedules.contains(year);
}

std::optional<YearSchedule> WorkingCalendar::schedule(int year) const
{
    const auto found = m_schedules.constFind(year);
    if (found == m_schedules.cend())
        return std::nullopt;
    return *found;
}

QList<LocalClosure> WorkingCalendar::closures() const
{
    QList<LocalClosure> list;
    for (auto it = m_closures.cbegin(); it != m_closures.cend(); ++it)
        list.append(LocalClosure{it.key(), it.value()});
    return list;
}

Result<DayKind> WorkingCalendar::dayKind(const QDate &date) const
{
    Result<qsizetype> index = indexOf(date);
    if (!index)
        return index.error();
    return m_kinds[std::size_t(*index)];
}

Result<bool> WorkingCalendar::isWorkingDay(const QDate &date) const
{
    Result<DayKind> kind = dayKind(date);
    if (!kind)
        return kind.error();
    return isWorkingKind(*kind);
}

Result<int> WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    Result<qsizetype> first = indexOf(from);
    if (!first)
        return first.error();
    Result<qsizetype> last = indexOf(to);
    if (!last)
        return last.error();
    if (std::optional<Error> gap = missingBetween(std::min(*first, *last), std::max(*first, *last)))
        return *gap;
    if (*last <= *first)
        return 0;
    return m_workingBefore[std::size_t(*last) + 1] - m_workingBefore[std::size_t(*first) + 1];
}

Result<QDate> WorkingCalendar::addWorkingDays(const QDate &from, int n) const
{
    Result<qsizetype> first = indexOf(from);
    if (!first)
        return first.error();
    if (n < 0) {
        return makeError(
            QStringLiteral("calendar.negative-count"),
            tr("Cannot count %1 working days: the number must not be negative.").arg(n),
            QStringLiteral("n"));
    }
    if (n == 0)
        return from;
    const qint64 target = qint64(m_workingBefore[std::size_t(*first) + 1]) + n;
    if (target > m_workingBefore.back()) {
        const auto lastDay = qsizetype(m_kinds.size()) - 1;
        if (std::optional<Error> gap = missingBetween(*first, lastDay))
            return *gap;
        return yearMissing(m_schedules.lastKey() + 1);
    }
    // The first day whose running count reaches the target is the n-th working day; it lies
    // at least n days after `from`.
    const auto earliest =
        std::min(std::size_t(*first) + std::size_t(n) + 1, m_workingBefore.size());
    const auto found = std::lower_bound(m_workingBefore.begin() + qsizetype(earliest),
                                        m_workingBefore.end(), target);
    const auto day = qsizetype(std::distance(m_workingBefore.begin(), found)) - 1;
    if (std::optional<Error> gap = missingBetween(*first, day))
        return *gap;
    return QDate::fromJulianDay(m_firstDay + day);
}

Result<QDate> WorkingCalendar::nextWorkingDay(const QDate &date) const
{
    return addWorkingDays(date, 1);
}

Error WorkingCalendar::yearMissing(int year) const
{
    return makeError(QStringLiteral("calendar.year-missing"),
                     tr("No working-day schedule is loaded for %1. An administrator must add the "
                        "State Council's %1 holiday notice before dates in %1 can be counted.")
                         .arg(year));
}

Error WorkingCalendar::invalidDate(const QString &field) const
{
    return makeError(QStringLiteral("calendar.invalid-date"), tr("The date is not valid."), field);
}

Result<qsizetype> WorkingCalendar::indexOf(const QDate &date) const
{
    if (!date.isValid())
        return invalidDate({});
    const qint64 index = date.toJulianDay() - m_firstDay;
    if (index < 0 || index >= qint64(m_kinds.size()) ||
        m_missingBefore[std::size_t(index) + 1] != m_missingBefore[std::size_t(index)]) {
        return yearMissing(date.year());
    }
    return qsizetype(index);
}

// Both ends are in loaded years; a year between them may still be missing.
std::optional<Error> WorkingCalendar::missingBetween(qsizetype first, qsizetype last) const
{
    const int missingSoFar = m_missingBefore[std::size_t(first) + 1];
    if (m_missingBefore[std::size_t(last) + 1] == missingSoFar)
        return std::nullopt;
    const auto found =
        std::upper_bound(m_missingBefore.begin(), m_missingBefore.end(), missingSoFar);
    const auto day = qint64(std::distance(m_missingBefore.begin(), found)) - 1;
    return yearMissing(QDate::fromJulianDay(m_firstDay + day).year());
}

void WorkingCalendar::rebuild()
{
    m_kinds.clear();
    m_workingBefore.assign(1, 0);
    m_missingBefore.assign(1, 0);
    if (m_schedules.isEmpty())
        return;
    m_firstDay = QDate(m_schedules.firstKey(), 1, 1).toJulianDay();
    const qint64 end = QDate(m_schedules.lastKey() + 1, 1, 1).toJulianDay();
    std::vector<bool> missing;
    for (qint64 jd = m_firstDay; jd < end; ++jd) {
        const QDate day = QDate::fromJulianDay(jd);
        m_kinds.push_back(isWeekend(day) ? DayKind::Weekend : DayKind::Workday);
        missing.push_back(!m_schedules.contains(day.year()));
    }
    const auto at = [this](const QDate &date) -> DayKind & {
        return m_kinds[std::size_t(date.toJulianDay() - m_firstDay)];
    };
    for (const YearSchedule &schedule : std::as_const(m_schedules)) {
        for (const Holiday &holiday : schedule.holidays) {
            for (QDate day = holiday.from; day <= holiday.to; day = day.addDays(1))
                at(day) = DayKind::Holiday;
        }
        for (const QDate &day : schedule.makeUpWorkdays)
            at(day) = DayKind::MakeUpWorkday;
    }
    // A closure kept from before its year's schedule was replaced only closes a day still worked.
    for (auto it = m_closures.cbegin(); it != m_closures.cend(); ++it) {
        if (m_schedules.contains(it.key().year()) && isWorkingKind(at(it.key())))
            at(it.key()) = DayKind::LocalClosure;
    }
    for (std::size_t i = 0; i < m_kinds.size(); ++i) {
        const bool working = !missing[i] && isWorkingKind(m_kinds[i]);
        m_workingBefore.push_back(m_workingBefore.back() + (working ? 1 : 0));
        m_missingBefore.push_back(m_missingBefore.back() + (missing[i] ? 1 : 0));
    }
}

} // namespace sunhall::core
