// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DataPaths.h"
#include "core/time/WorkingCalendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sunhall::core;

Q_DECLARE_METATYPE(DayKind)

namespace {

// The State Council's schedules as DOMAIN.md §4 gives them, written here independently of the
// shipped JSON files so that a wrong file fails the test.
struct HolidayPeriod
{
    const char *name;
    QDate from;
    QDate to;
};

const HolidayPeriod officialHolidays[] = {
    {"2024 New Year", QDate(2024, 1, 1), QDate(2024, 1, 1)},
    {"2024 Spring Festival", QDate(2024, 2, 10), QDate(2024, 2, 17)},
    {"2024 Qingming", QDate(2024, 4, 4), QDate(2024, 4, 6)},
    {"2024 Labour Day", QDate(2024, 5, 1), QDate(2024, 5, 5)},
    {"2024 Dragon Boat", QDate(2024, 6, 10), QDate(2024, 6, 10)},
    {"2024 Mid-Autumn", QDate(2024, 9, 15), QDate(2024, 9, 17)},
    {"2024 National Day", QDate(2024, 10, 1), QDate(2024, 10, 7)},
    {"2025 New Year", QDate(2025, 1, 1), QDate(2025, 1, 1)},
    {"2025 Spring Festival", QDate(2025, 1, 28), QDate(2025, 2, 4)},
    {"2025 Qingming", QDate(2025, 4, 4), QDate(2025, 4, 6)},
    {"2025 Labour Day", QDate(2025, 5, 1), QDate(2025, 5, 5)},
    {"2025 Dragon Boat", QDate(2025, 5, 31), QDate(2025, 6, 2)},
    {"2025 National Day and Mid-Autumn", QDate(2025, 10, 1), QDate(2025, 10, 8)},
    {"2026 New Year", QDate(2026, 1, 1), QDate(2026, 1, 3)},
    {"2026 Spring Festival", QDate(2026, 2, 15), QDate(2026, 2, 23)},
    {"2026 Qingming", QDate(2026, 4, 4), QDate(2026, 4, 6)},
    {"2026 Labour Day", QDate(2026, 5, 1), QDate(2026, 5, 5)},
    {"2026 Dragon Boat", QDate(2026, 6, 19), QDate(2026, 6, 21)},
    {"2026 Mid-Autumn", QDate(2026, 9, 25), QDate(2026, 9, 27)},
    {"2026 National Day", QDate(2026, 10, 1), QDate(2026, 10, 7)},
};

const QDate officialMakeUpWorkdays[] = {
    QDate(2024, 2, 4),   QDate(2024, 2, 18), QDate(2024, 4, 7),   QDate(2024, 4, 28),
    QDate(2024, 5, 11),  QDate(2024, 9, 14), QDate(2024, 9, 29),  QDate(2024, 10, 12),
    QDate(2025, 1, 26),  QDate(2025, 2, 8),  QDate(2025, 4, 27),  QDate(2025, 9, 28),
    QDate(2025, 10, 11), QDate(2026, 1, 4),  QDate(2026, 2, 14),  QDate(2026, 2, 28),
    QDate(2026, 5, 9),   QDate(2026, 9, 20), QDate(2026, 10, 10),
};

QByteArray rowName(const QString &text)
{
    return text.toUtf8();
}

// A valid 2025 schedule with one part replaced, for the bad-file rows.
QByteArray schedule2025(const QByteArray &holidays, const QByteArray &makeUp)
{
    return "{\"year\":2025,\"source\":\"test\",\"holidays\":" + holidays +
           ",\"makeUpWorkdays\":" + makeUp + "}";
}

const QByteArray goodHolidays =
    "[{\"name\":\"元旦\",\"from\":\"2025-01-01\",\"to\":\"2025-01-01\"},"
    "{\"name\":\"春节\",\"from\":\"2025-01-28\",\"to\":\"2025-02-04\"},"
    "{\"name\":\"清明节\",\"from\":\"2025-04-04\",\"to\":\"2025-04-06\"}]";
const QByteArray goodMakeUp = "[\"2025-01-26\",\"2025-02-08\"]";

} // namespace

class tst_WorkingCalendar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shippedYears();
    void dayKind_data();
    void dayKind();
    void workingDaysPerYear_data();
    void workingDaysPerYear();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void addWorkingDays_data();
    void addWorkingDays();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void yearMissing_data();
    void yearMissing();
    void countingIntoMissingYear_data();
    void countingIntoMissingYear();
    void closures_data();
    void closures();
    void closureRefused_data();
    void closureRefused();
    void badScheduleJson_data();
    void badScheduleJson();
    void badSchedule_data();
    void badSchedule();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void badDirectory_data();
    void badDirectory();
    void addingAYear();
    void yearInTheMiddleMissing_data();
    void yearInTheMiddleMissing();

private:
    WorkingCalendar m_calendar;
};

void tst_WorkingCalendar::initTestCase()
{
    Result<WorkingCalendar> loaded = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    m_calendar = *loaded;
}

void tst_WorkingCalendar::shippedYears()
{
    QCOMPARE(m_calendar.years(), (QList<int>{2024, 2025, 2026}));
    QVERIFY(m_calendar.hasYear(2025));
    QVERIFY(!m_calendar.hasYear(2027));
    QVERIFY(m_calendar.schedule(2025)->source.contains(QStringLiteral("国办发明电〔2024〕12号")));
    QVERIFY(m_calendar.schedule(2024)->source.contains(QStringLiteral("国办发明电〔2023〕7号")));
    QVERIFY(m_calendar.schedule(2026)->source.contains(QStringLiteral("2026年部分节假日安排")));
    QVERIFY(!m_calendar.schedule(2027).has_value());
    QVERIFY(m_calendar.closures().isEmpty());
}

void tst_WorkingCalendar::dayKind_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayKind>("kind");
    QTest::addColumn<bool>("working");

    for (const HolidayPeriod &period : officialHolidays) {
        for (QDate day = period.from; day <= period.to; day = day.addDays(1)) {
            QTest::newRow(rowName(QStringLiteral("%1 %2").arg(QLatin1String(period.name),
                                                              day.toString(Qt::ISODate)))
                              .constData())
                << day << DayKind::Holiday << false;
        }
    }
    for (const QDate &day : officialMakeUpWorkdays) {
        QTest::newRow(
            rowName(QStringLiteral("make-up %1").arg(day.toString(Qt::ISODate))).constData())
            << day << DayKind::MakeUpWorkday << true;
    }
    QTest::newRow("ordinary Monday") << QDate(2025, 3, 3) << DayKind::Workday << true;
    QTest::newRow("ordinary Friday") << QDate(2024, 3, 15) << DayKind::Workday << true;
    QTest::newRow("leap day 2024") << QDate(2024, 2, 29) << DayKind::Workday << true;
    QTest::newRow("day after National Day 2024") << QDate(2024, 10, 8) << DayKind::Workday << true;
    QTest::newRow("day after Spring Festival 2026")
        << QDate(2026, 2, 24) << DayKind::Workday << true;
    QTest::newRow("last day of 2024") << QDate(2024, 12, 31) << DayKind::Workday << true;
    QTest::newRow("last day of 2026") << QDate(2026, 12, 31) << DayKind::Workday << true;
    QTest::newRow("ordinary Saturday") << QDate(2025, 3, 8) << DayKind::Weekend << false;
    QTest::newRow("ordinary Sunday") << QDate(2026, 3, 1) << DayKind::Weekend << false;
    QTest::newRow("Sunday after a make-up Saturday")
        << QDate(2025, 2, 9) << DayKind::Weekend << false;
    QTest::newRow("Saturday before make-up Sunday")
        << QDate(2025, 1, 25) << DayKind::Weekend << false;
    QTest::newRow("first day of 2025 is a holiday")
        << QDate(2025, 1, 1) << DayKind::Holiday << false;
}

void tst_WorkingCalendar::dayKind()
{
    QFETCH(QDate, date);
    QFETCH(DayKind, kind);
    QFETCH(bool, working);

    const Result<DayKind> actual = m_calendar.dayKind(date);
    QVERIFY(actual.ok());
    QCOMPARE(*actual, kind);
    const Result<bool> isWorking = m_calendar.isWorkingDay(date);
    QVERIFY(isWorking.ok());
    QCOMPARE(*isWorking, working);
}

void tst_WorkingCalendar::workingDaysPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("days");
    // New Year's Day is a holiday in every year, so (1 Jan, 31 Dec] covers the whole year.
    QTest::newRow("2024") << 2024 << 251;
    QTest::newRow("2025") << 2025 << 248;
    QTest::newRow("2026") << 2026 << 248;
}

void tst_WorkingCalendar::workingDaysPerYear()
{
    QFETCH(int, year);
    QFETCH(int, days);
    const Result<int> count = m_calendar.workingDaysBetween(QDate(year, 1, 1), QDate(year, 12, 31));
    QVERIFY(count.ok());
    QCOMPARE(*count, days);
}

void tst_WorkingCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("count");

    QTest::newRow("DOMAIN example month") << QDate(2025, 3, 3) << QDate(2025, 3, 31) << 20;
    QTest::newRow("same day") << QDate(2025, 3, 3) << QDate(2025, 3, 3) << 0;
    QTest::newRow("backwards") << QDate(2025, 3, 31) << QDate(2025, 3, 3) << 0;
    QTest::newRow("to is counted, from is not") << QDate(2025, 3, 3) << QDate(2025, 3, 4) << 1;
    QTest::newRow("over a weekend") << QDate(2025, 3, 7) << QDate(2025, 3, 10) << 1;
    QTest::newRow("Spring Festival 2025 with make-up days")
        << QDate(2025, 1, 24) << QDate(2025, 2, 10) << 7;
    QTest::newRow("inside Spring Festival 2025") << QDate(2025, 1, 27) << QDate(2025, 2, 5) << 1;
    QTest::newRow("Spring Festival 2026 with make-up days")
        << QDate(2026, 2, 13) << QDate(2026, 3, 2) << 7;
    QTest::newRow("into Spring Festival 2026") << QDate(2026, 2, 12) << QDate(2026, 2, 24) << 3;
    QTest::newRow("Spring Festival 2024") << QDate(2024, 2, 8) << QDate(2024, 2, 19) << 3;
    QTest::newRow("National Day 2024") << QDate(2024, 9, 27) << QDate(2024, 10, 12) << 7;
    QTest::newRow("National Day 2025") << QDate(2025, 9, 26) << QDate(2025, 10, 13) << 7;
    QTest::newRow("year end 2024 to 2025") << QDate(2024, 12, 27) << QDate(2025, 1, 6) << 5;
    QTest::newRow("year end 2025 to 2026") << QDate(2025, 12, 26) << QDate(2026, 1, 5) << 5;
    QTest::newRow("three whole years") << QDate(2024, 1, 1) << QDate(2026, 12, 31) << 747;
}

void tst_WorkingCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, count);
    const Result<int> actual = m_calendar.workingDaysBetween(from, to);
    QVERIFY(actual.ok());
    QCOMPARE(*actual, count);
}

void tst_WorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("DOMAIN example") << QDate(2025, 3, 3) << 20 << QDate(2025, 3, 31);
    QTest::newRow("zero days is the day itself") << QDate(2025, 3, 3) << 0 << QDate(2025, 3, 3);
    QTest::newRow("Friday to Monday") << QDate(2025, 3, 7) << 1 << QDate(2025, 3, 10);
    QTest::newRow("from a Saturday") << QDate(2025, 3, 8) << 1 << QDate(2025, 3, 10);
    QTest::newRow("over Spring Festival 2025") << QDate(2025, 1, 27) << 1 << QDate(2025, 2, 5);
    QTest::newRow("onto make-up Sunday 2025-01-26")
        << QDate(2025, 1, 24) << 1 << QDate(2025, 1, 26);
    QTest::newRow("across Spring Festival 2025") << QDate(2025, 1, 24) << 3 << QDate(2025, 2, 5);
    QTest::newRow("ten days over Spring Festival 2025")
        << QDate(2025, 1, 20) << 10 << QDate(2025, 2, 8);
    QTest::newRow("onto make-up Saturday 2026-02-14")
        << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("over Spring Festival 2026") << QDate(2026, 2, 14) << 1 << QDate(2026, 2, 24);
    QTest::newRow("across Spring Festival 2026") << QDate(2026, 2, 13) << 10 << QDate(2026, 3, 5);
    QTest::newRow("over National Day 2024") << QDate(2024, 9, 30) << 1 << QDate(2024, 10, 8);
    QTest::newRow("onto make-up Monday before National Day 2024")
        << QDate(2024, 9, 27) << 2 << QDate(2024, 9, 30);
    QTest::newRow("over National Day 2025") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9);
    QTest::newRow("onto make-up Sunday 2025-09-28")
        << QDate(2025, 9, 27) << 1 << QDate(2025, 9, 28);
    QTest::newRow("year end 2024 to 2025") << QDate(2024, 12, 31) << 1 << QDate(2025, 1, 2);
    QTest::newRow("year end 2025 to make-up Sunday 2026-01-04")
        << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
    QTest::newRow("last day of 2026") << QDate(2026, 12, 30) << 1 << QDate(2026, 12, 31);
    QTest::newRow("over a whole year") << QDate(2024, 12, 30) << 251 << QDate(2026, 1, 5);
    QTest::newRow("three whole years") << QDate(2024, 1, 1) << 747 << QDate(2026, 12, 31);
}

void tst_WorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const Result<QDate> actual = m_calendar.addWorkingDays(from, n);
    QVERIFY2(actual.ok(), qPrintable(actual.ok() ? QString() : actual.error().message));
    QCOMPARE(*actual, expected);
    if (n > 0) {
        const Result<int> back = m_calendar.workingDaysBetween(from, expected);
        QVERIFY(back.ok());
        QCOMPARE(*back, n);
    }
}

void tst_WorkingCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Tuesday") << QDate(2025, 3, 4) << QDate(2025, 3, 5);
    QTest::newRow("Friday") << QDate(2025, 3, 7) << QDate(2025, 3, 10);
    QTest::newRow("eve of Qingming 2025") << QDate(2025, 4, 3) << QDate(2025, 4, 7);
    QTest::newRow("eve of Labour Day 2025") << QDate(2025, 4, 30) << QDate(2025, 5, 6);
    QTest::newRow("before make-up Sunday 2025-04-27") << QDate(2025, 4, 25) << QDate(2025, 4, 27);
    QTest::newRow("eve of New Year 2026") << QDate(2025, 12, 31) << QDate(2026, 1, 4);
}

void tst_WorkingCalendar::nextWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    const Result<QDate> actual = m_calendar.nextWorkingDay(date);
    QVERIFY(actual.ok());
    QCOMPARE(*actual, expected);
}

void tst_WorkingCalendar::yearMissing_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");

    const QList<QPair<QDate, int>> dates{
        {QDate(2027, 1, 4), 2027}, {QDate(2023, 12, 29), 2023}, {QDate(2031, 6, 1), 2031}};
    for (const QString &question :
         {QStringLiteral("dayKind"), QStringLiteral("isWorkingDay"),
          QStringLiteral("workingDaysBetween from"), QStringLiteral("workingDaysBetween to"),
          QStringLiteral("addWorkingDays"), QStringLiteral("nextWorkingDay")}) {
        for (const auto &[date, year] : dates) {
            QTest::newRow(rowName(QStringLiteral("%1 %2").arg(question).arg(year)).constData())
                << question << date << year;
        }
    }
}

void tst_WorkingCalendar::yearMissing()
{
    QFETCH(QString, question);
    QFETCH(QDate, date);
    QFETCH(int, year);

    const QDate loaded(2025, 6, 16);
    Error error;
    if (question == QLatin1String("dayKind"))
        error = m_calendar.dayKind(date).error();
    else if (question == QLatin1String("isWorkingDay"))
        error = m_calendar.isWorkingDay(date).error();
    else if (question == QLatin1String("workingDaysBetween from"))
        error = m_calendar.workingDaysBetween(date, loaded).error();
    else if (question == QLatin1String("workingDaysBetween to"))
        error = m_calendar.workingDaysBetween(loaded, date).error();
    else if (question == QLatin1String("addWorkingDays"))
        error = m_calendar.addWorkingDays(date, 3).error();
    else
        error = m_calendar.nextWorkingDay(date).error();

    QCOMPARE(error.code, QStringLiteral("calendar.year-missing"));
    QVERIFY2(error.message.contains(QString::number(year)), qPrintable(error.message));
}

void tst_WorkingCalendar::countingIntoMissingYear_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::newRow("day after the last day of 2026") << QDate(2026, 12, 31) << 1;
    QTest::newRow("twenty days from mid-December 2026") << QDate(2026, 12, 15) << 20;
    QTest::newRow("one more than three whole years") << QDate(2024, 1, 1) << 748;
}

void tst_WorkingCalendar::countingIntoMissingYear()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    const Result<QDate> due = m_calendar.addWorkingDays(from, n);
    QVERIFY(!due.ok());
    QCOMPARE(due.error().code, QStringLiteral("calendar.year-missing"));
    QVERIFY2(due.error().message.contains(QStringLiteral("2027")), qPrintable(due.error().message));

    const Result<int> between = m_calendar.workingDaysBetween(from, QDate(2027, 1, 8));
    QVERIFY(!between.ok());
    QCOMPARE(between.error().code, QStringLiteral("calendar.year-missing"));
    QVERIFY(between.error().message.contains(QStringLiteral("2027")));
}

void tst_WorkingCalendar::closures_data()
{
    QTest::addColumn<QDate>("closed");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("countTo31March");

    QTest::newRow("a Wednesday") << QDate(2025, 3, 5) << QDate(2025, 3, 3) << 20
                                 << QDate(2025, 4, 1) << 19;
    QTest::newRow("the due day itself")
        << QDate(2025, 3, 31) << QDate(2025, 3, 3) << 20 << QDate(2025, 4, 1) << 19;
    QTest::newRow("a make-up Sunday")
        << QDate(2025, 4, 27) << QDate(2025, 4, 25) << 1 << QDate(2025, 4, 28) << 20;
}

void tst_WorkingCalendar::closures()
{
    QFETCH(QDate, closed);
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, due);
    QFETCH(int, countTo31March);

    WorkingCalendar calendar = m_calendar;
    const Status added = calendar.addClosure({closed, QStringLiteral("防汛停办")});
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    QCOMPARE(*calendar.dayKind(closed), DayKind::LocalClosure);
    QCOMPARE(*calendar.isWorkingDay(closed), false);
    QCOMPARE(*calendar.addWorkingDays(from, n), due);
    QCOMPARE(*calendar.workingDaysBetween(QDate(2025, 3, 3), QDate(2025, 3, 31)), countTo31March);
    QCOMPARE(calendar.closures().size(), 1);
    QCOMPARE(calendar.closures().constFirst().date, closed);
    QCOMPARE(calendar.closures().constFirst().reason, QStringLiteral("防汛停办"));
    // The shipped calendar it was copied from is untouched.
    QCOMPARE(*m_calendar.isWorkingDay(closed), true);
}

void tst_WorkingCalendar::closureRefused_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageHas");

    QTest::newRow("weekend") << QDate(2025, 3, 8) << QStringLiteral("搬迁")
                             << QStringLiteral("calendar.closure-not-workday")
                             << QStringLiteral("date") << QStringLiteral("2025-03-08");
    QTest::newRow("holiday") << QDate(2025, 10, 3) << QStringLiteral("搬迁")
                             << QStringLiteral("calendar.closure-not-workday")
                             << QStringLiteral("date") << QStringLiteral("2025-10-03");
    QTest::newRow("no reason") << QDate(2025, 3, 5) << QStringLiteral("  ")
                               << QStringLiteral("calendar.closure-reason-missing")
                               << QStringLiteral("reason") << QStringLiteral("2025-03-05");
    QTest::newRow("year not loaded")
        << QDate(2027, 3, 5) << QStringLiteral("搬迁") << QStringLiteral("calendar.year-missing")
        << QString() << QStringLiteral("2027");
    QTest::newRow("invalid date") << QDate() << QStringLiteral("搬迁")
                                  << QStringLiteral("calendar.invalid-date")
                                  << QStringLiteral("date") << QString();
}

void tst_WorkingCalendar::closureRefused()
{
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, messageHas);

    WorkingCalendar calendar = m_calendar;
    const Status added = calendar.addClosure({date, reason});
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, code);
    QCOMPARE(added.error().field, field);
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY2(added.error().message.contains(messageHas), qPrintable(added.error().message));
    QVERIFY(calendar.closures().isEmpty());
}

void tst_WorkingCalendar::badScheduleJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("not JSON") << QByteArray("{\"year\": 2025,")
                              << QStringLiteral("calendar.bad-json") << QString();
    QTest::newRow("a list") << QByteArray("[2025]") << QStringLiteral("calendar.bad-json")
                            << QString();
    QTest::newRow("no year") << QByteArray(
                                    "{\"source\":\"x\",\"holidays\":[],\"makeUpWorkdays\":[]}")
                             << QStringLiteral("calendar.field-missing") << QStringLiteral("year");
    QTest::newRow("year as text")
        << QByteArray("{\"year\":\"2025\",\"source\":\"x\",\"holidays\":[],\"makeUpWorkdays\":[]}")
        << QStringLiteral("calendar.field-type") << QStringLiteral("year");
    QTest::newRow("year with a fraction")
        << QByteArray("{\"year\":2025.5,\"source\":\"x\",\"holidays\":[],\"makeUpWorkdays\":[]}")
        << QStringLiteral("calendar.field-type") << QStringLiteral("year");
    QTest::newRow("absurd year")
        << QByteArray("{\"year\":202,\"source\":\"x\",\"holidays\":[],\"makeUpWorkdays\":[]}")
        << QStringLiteral("calendar.bad-year") << QStringLiteral("year");
    QTest::newRow("no source") << QByteArray(
                                      "{\"year\":2025,\"holidays\":[],\"makeUpWorkdays\":[]}")
                               << QStringLiteral("calendar.field-missing")
                               << QStringLiteral("source");
    QTest::newRow("no make-up list")
        << QByteArray("{\"year\":2025,\"source\":\"x\",\"holidays\":[]}")
        << QStringLiteral("calendar.field-missing") << QStringLiteral("makeUpWorkdays");
    QTest::newRow("misspelt make-up list")
        << QByteArray("{\"year\":2025,\"source\":\"x\",\"holidays\":[],\"makeupWorkdays\":[]}")
        << QStringLiteral("calendar.unknown-field") << QStringLiteral("makeupWorkdays");
    QTest::newRow("holidays not a list")
        << schedule2025("{}", goodMakeUp) << QStringLiteral("calendar.field-type")
        << QStringLiteral("holidays");
    QTest::newRow("holiday not an object")
        << schedule2025("[{\"name\":\"元旦\",\"from\":\"2025-01-01\",\"to\":\"2025-01-01\"},"
                        "{\"name\":\"春节\",\"from\":\"2025-01-28\",\"to\":\"2025-02-04\"},"
                        "\"2025-04-04\"]",
                        goodMakeUp)
        << QStringLiteral("calendar.field-type") << QStringLiteral("holidays[2]");
    QTest::newRow("holiday without end")
        << schedule2025("[{\"name\":\"元旦\",\"from\":\"2025-01-01\",\"to\":\"2025-01-01\"},"
                        "{\"name\":\"春节\",\"from\":\"2025-01-28\",\"to\":\"2025-02-04\"},"
                        "{\"name\":\"清明节\",\"from\":\"2025-04-04\"}]",
                        goodMakeUp)
        << QStringLiteral("calendar.field-missing") << QStringLiteral("holidays[2].to");
    QTest::newRow("holiday end badly written")
        << schedule2025("[{\"name\":\"元旦\",\"from\":\"2025-01-01\",\"to\":\"2025-01-01\"},"
                        "{\"name\":\"春节\",\"from\":\"2025-01-28\",\"to\":\"2025/02/04\"}]",
                        goodMakeUp)
        << QStringLiteral("calendar.field-type") << QStringLiteral("holidays[1].to");
    QTest::newRow("holiday start not a day")
        << schedule2025("[{\"name\":\"春节\",\"from\":\"2025-02-30\",\"to\":\"2025-02-04\"}]", "[]")
        << QStringLiteral("calendar.field-type") << QStringLiteral("holidays[0].from");
    QTest::newRow("holiday date with a time")
        << schedule2025("[{\"name\":\"春节\",\"from\":\"2025-01-28T00:00\",\"to\":\"2025-02-04\"}]",
                        "[]")
        << QStringLiteral("calendar.field-type") << QStringLiteral("holidays[0].from");
    QTest::newRow("holiday name missing")
        << schedule2025("[{\"from\":\"2025-01-28\",\"to\":\"2025-02-04\"}]", "[]")
        << QStringLiteral("calendar.field-missing") << QStringLiteral("holidays[0].name");
    QTest::newRow("holiday name empty")
        << schedule2025("[{\"name\":\"\",\"from\":\"2025-01-28\",\"to\":\"2025-02-04\"}]", "[]")
        << QStringLiteral("calendar.field-missing") << QStringLiteral("holidays[0].name");
    QTest::newRow("holiday with unknown field")
        << schedule2025("[{\"name\":\"春节\",\"from\":\"2025-01-28\",\"to\":\"2025-02-04\","
                        "\"days\":8}]",
                        "[]")
        << QStringLiteral("calendar.unknown-field") << QStringLiteral("holidays[0].days");
    QTest::newRow("holiday ends before it starts")
        << schedule2025("[{\"name\":\"元旦\",\"from\":\"2025-01-01\",\"to\":\"2025-01-01\"},"
                        "{\"name\":\"春节\",\"from\":\"2025-02-04\",\"to\":\"2025-01-28\"}]",
                        goodMakeUp)
        << QStringLiteral("calendar.date-order") << QStringLiteral("holidays[1].to");
    QTest::newRow("holiday in another year")
        << schedule2025("[{\"name\":\"元旦\",\"from\":\"2024-12-30\",\"to\":\"2025-01-01\"}]", "[]")
        << QStringLiteral("calendar.date-outside-year") << QStringLiteral("holidays[0].from");
    QTest::newRow("make-up day not a date")
        << schedule2025(goodHolidays, "[\"2025-01-26\",20250208]")
        << QStringLiteral("calendar.field-type") << QStringLiteral("makeUpWorkdays[1]");
    QTest::newRow("make-up day in another year")
        << schedule2025(goodHolidays, "[\"2024-01-26\"]")
        << QStringLiteral("calendar.date-outside-year") << QStringLiteral("makeUpWorkdays[0]");
    QTest::newRow("make-up day on a Monday")
        << schedule2025(goodHolidays, "[\"2025-01-26\",\"2025-02-10\"]")
        << QStringLiteral("calendar.makeup-not-weekend") << QStringLiteral("makeUpWorkdays[1]");
    QTest::newRow("make-up day inside a holiday")
        << schedule2025(goodHolidays, "[\"2025-02-01\"]") << QStringLiteral("calendar.day-conflict")
        << QStringLiteral("makeUpWorkdays[0]");
}

void tst_WorkingCalendar::badScheduleJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const Result<YearSchedule> parsed = WorkingCalendar::parseSchedule(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QCOMPARE(parsed.error().field, field);
    QVERIFY(!parsed.error().message.isEmpty());
    if (code == QLatin1String("calendar.field-missing") ||
        code == QLatin1String("calendar.field-type") ||
        code == QLatin1String("calendar.unknown-field") ||
        code == QLatin1String("calendar.date-outside-year") ||
        code == QLatin1String("calendar.makeup-not-weekend")) {
        QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
    }
}

void tst_WorkingCalendar::badSchedule_data()
{
    QTest::addColumn<QDate>("holidayFrom");
    QTest::addColumn<QDate>("holidayTo");
    QTest::addColumn<QDate>("makeUp");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("both off and worked")
        << QDate(2027, 2, 6) << QDate(2027, 2, 13) << QDate(2027, 2, 7)
        << QStringLiteral("calendar.day-conflict") << QStringLiteral("makeUpWorkdays[0]");
    QTest::newRow("holiday outside the year")
        << QDate(2026, 12, 31) << QDate(2027, 1, 1) << QDate(2027, 2, 20)
        << QStringLiteral("calendar.date-outside-year") << QStringLiteral("holidays[0].from");
    QTest::newRow("make-up day outside the year")
        << QDate(2027, 2, 6) << QDate(2027, 2, 12) << QDate(2028, 2, 19)
        << QStringLiteral("calendar.date-outside-year") << QStringLiteral("makeUpWorkdays[0]");
    QTest::newRow("invalid holiday date")
        << QDate() << QDate(2027, 2, 12) << QDate(2027, 2, 20)
        << QStringLiteral("calendar.invalid-date") << QStringLiteral("holidays[0].from");
}

void tst_WorkingCalendar::badSchedule()
{
    QFETCH(QDate, holidayFrom);
    QFETCH(QDate, holidayTo);
    QFETCH(QDate, makeUp);
    QFETCH(QString, code);
    QFETCH(QString, field);

    WorkingCalendar calendar = m_calendar;
    const YearSchedule schedule{2027,
                                QStringLiteral("test"),
                                {Holiday{QStringLiteral("春节"), holidayFrom, holidayTo}},
                                {makeUp}};
    const Status added = calendar.addSchedule(schedule);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, code);
    QCOMPARE(added.error().field, field);
    QVERIFY(!calendar.hasYear(2027));
}

void tst_WorkingCalendar::jsonRoundTrip_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2024") << 2024;
    QTest::newRow("2025") << 2025;
    QTest::newRow("2026") << 2026;
}

void tst_WorkingCalendar::jsonRoundTrip()
{
    QFETCH(int, year);
    const YearSchedule original = *m_calendar.schedule(year);
    const Result<YearSchedule> parsed =
        WorkingCalendar::parseSchedule(WorkingCalendar::scheduleToJson(original));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->year, original.year);
    QCOMPARE(parsed->source, original.source);
    QCOMPARE(parsed->makeUpWorkdays, original.makeUpWorkdays);
    QCOMPARE(parsed->holidays.size(), original.holidays.size());
    for (qsizetype i = 0; i < original.holidays.size(); ++i) {
        QCOMPARE(parsed->holidays.at(i).name, original.holidays.at(i).name);
        QCOMPARE(parsed->holidays.at(i).from, original.holidays.at(i).from);
        QCOMPARE(parsed->holidays.at(i).to, original.holidays.at(i).to);
    }
}

void tst_WorkingCalendar::badDirectory_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("broken holiday")
        << QStringLiteral("2024.json") << schedule2025("[{\"name\":\"春节\"}]", "[]")
        << QStringLiteral("calendar.field-missing") << QStringLiteral("holidays[0].from");
    QTest::newRow("not JSON") << QStringLiteral("2027.json") << QByteArray("year: 2027")
                              << QStringLiteral("calendar.bad-json") << QString();
    QTest::newRow("named for another year")
        << QStringLiteral("2026.json") << schedule2025(goodHolidays, goodMakeUp)
        << QStringLiteral("calendar.file-year-mismatch") << QStringLiteral("year");
    QTest::newRow("same year twice")
        << QStringLiteral("backup-2025.json") << schedule2025(goodHolidays, goodMakeUp)
        << QStringLiteral("calendar.duplicate-year") << QStringLiteral("year");
}

void tst_WorkingCalendar::badDirectory()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, field);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile good(dir.filePath(QStringLiteral("2025.json")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(schedule2025(goodHolidays, goodMakeUp));
    good.close();
    QFile bad(dir.filePath(fileName));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(content);
    bad.close();

    const Result<WorkingCalendar> loaded = WorkingCalendar::loadDirectory(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    QCOMPARE(loaded.error().field, field);
    QVERIFY2(loaded.error().message.contains(fileName), qPrintable(loaded.error().message));
}

void tst_WorkingCalendar::addingAYear()
{
    const Result<WorkingCalendar> missing =
        WorkingCalendar::loadDirectory(QStringLiteral("/nonexistent/sunhall/calendars"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("calendar.directory-missing"));

    // An administrator adds next year's notice; counting then runs on into it.
    WorkingCalendar calendar = m_calendar;
    const YearSchedule next{2027,
                            QStringLiteral("test notice"),
                            {Holiday{QStringLiteral("元旦"), QDate(2027, 1, 1), QDate(2027, 1, 3)}},
                            {}};
    QVERIFY(calendar.addSchedule(next).ok());
    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027}));
    QCOMPARE(*calendar.addWorkingDays(QDate(2026, 12, 31), 1), QDate(2027, 1, 4));
    QCOMPARE(*calendar.workingDaysBetween(QDate(2026, 12, 30), QDate(2027, 1, 8)), 6);

    // Replacing the year's schedule takes the new days.
    const YearSchedule corrected{
        2027,
        QStringLiteral("test notice, corrected"),
        {Holiday{QStringLiteral("元旦"), QDate(2027, 1, 1), QDate(2027, 1, 4)}},
        {}};
    QVERIFY(calendar.addSchedule(corrected).ok());
    QCOMPARE(*calendar.addWorkingDays(QDate(2026, 12, 31), 1), QDate(2027, 1, 5));
    QCOMPARE(calendar.schedule(2027)->source, QStringLiteral("test notice, corrected"));
}

void tst_WorkingCalendar::yearInTheMiddleMissing_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("n");
    QTest::newRow("end of 2024 into 2026") << QDate(2024, 12, 30) << QDate(2026, 1, 5) << 5;
    QTest::newRow("whole span") << QDate(2024, 1, 1) << QDate(2026, 12, 31) << 300;
}

void tst_WorkingCalendar::yearInTheMiddleMissing()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, n);

    // 2024 and 2026 are loaded, 2025 is not: nothing may be counted across 2025.
    WorkingCalendar calendar;
    QVERIFY(calendar.addSchedule(*m_calendar.schedule(2024)).ok());
    QVERIFY(calendar.addSchedule(*m_calendar.schedule(2026)).ok());
    QCOMPARE(*calendar.addWorkingDays(QDate(2024, 12, 30), 1), QDate(2024, 12, 31));
    QCOMPARE(*calendar.addWorkingDays(QDate(2026, 1, 1), 1), QDate(2026, 1, 4));

    const Result<int> between = calendar.workingDaysBetween(from, to);
    QVERIFY(!between.ok());
    QCOMPARE(between.error().code, QStringLiteral("calendar.year-missing"));
    QVERIFY2(between.error().message.contains(QStringLiteral("2025")),
             qPrintable(between.error().message));
    const Result<QDate> added = calendar.addWorkingDays(from, n);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("calendar.year-missing"));
    QVERIFY2(added.error().message.contains(QStringLiteral("2025")),
             qPrintable(added.error().message));
}

QTEST_GUILESS_MAIN(tst_WorkingCalendar)
#include "tst_workingcalendar.moc"
