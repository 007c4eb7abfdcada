// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DataPaths.h"
#include "core/time/DeadlineClock.h"

#include <QTest>
#include <QTimeZone>

using namespace sunhall::core;

Q_DECLARE_METATYPE(WarningColour)

namespace {

// "S..R" for a suspension from S to resume day R, "S.." for one still open, joined by ';'.
QList<Suspension> suspensionsFrom(const QString &text)
{
    QList<Suspension> suspensions;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList days = part.split(QStringLiteral(".."));
        Suspension suspension{QDate::fromString(days.at(0), Qt::ISODate), std::nullopt};
        if (!days.at(1).isEmpty())
            suspension.resume = QDate::fromString(days.at(1), Qt::ISODate);
        suspensions.append(suspension);
    }
    return suspensions;
}

QDateTime at(int y, int m, int d, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hour, minute, second));
}

} // namespace

class tst_DeadlineClock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dueDate_data();
    void dueDate();
    void dueDateRefused_data();
    void dueDateRefused();
    void read_data();
    void read();
    void readRefused();
    void dueAtIsCloseOfOfficeHours();
    void customOfficeHours_data();
    void customOfficeHours();
    void colourIds_data();
    void colourIds();

private:
    WorkingCalendar m_calendar;
};

void tst_DeadlineClock::initTestCase()
{
    Result<WorkingCalendar> loaded = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    m_calendar = *loaded;
}

void tst_DeadlineClock::dueDate_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QString>("suspensions");
    QTest::addColumn<QDate>("due");

    QTest::newRow("DOMAIN example: Monday 2025-03-03 + 20")
        << QDate(2025, 3, 3) << 20 << 0 << QString() << QDate(2025, 3, 31);
    QTest::newRow("immediate item: due the start day")
        << QDate(2025, 3, 3) << 0 << 0 << QString() << QDate(2025, 3, 3);
    QTest::newRow("immediate item accepted on a Saturday")
        << QDate(2025, 3, 8) << 0 << 0 << QString() << QDate(2025, 3, 8);
    QTest::newRow("accepted on a Saturday + 1")
        << QDate(2025, 3, 8) << 1 << 0 << QString() << QDate(2025, 3, 10);
    QTest::newRow("Spring Festival 2025, due on make-up Saturday")
        << QDate(2025, 1, 20) << 10 << 0 << QString() << QDate(2025, 2, 8);
    QTest::newRow("Spring Festival 2025, five days")
        << QDate(2025, 1, 24) << 5 << 0 << QString() << QDate(2025, 2, 7);
    QTest::newRow("Spring Festival 2026")
        << QDate(2026, 2, 9) << 20 << 0 << QString() << QDate(2026, 3, 13);
    QTest::newRow("Spring Festival 2026, due on make-up Saturday")
        << QDate(2026, 2, 13) << 1 << 0 << QString() << QDate(2026, 2, 14);
    QTest::newRow("National Day 2024")
        << QDate(2024, 9, 20) << 10 << 0 << QString() << QDate(2024, 10, 10);
    QTest::newRow("National Day 2024, one day")
        << QDate(2024, 9, 30) << 1 << 0 << QString() << QDate(2024, 10, 8);
    QTest::newRow("National Day 2025")
        << QDate(2025, 9, 25) << 5 << 0 << QString() << QDate(2025, 10, 9);
    QTest::newRow("Dragon Boat 2025")
        << QDate(2025, 5, 30) << 1 << 0 << QString() << QDate(2025, 6, 3);
    QTest::newRow("year end 2024 to 2025")
        << QDate(2024, 12, 20) << 20 << 0 << QString() << QDate(2025, 1, 20);
    QTest::newRow("year end 2024 to 2025, ten days")
        << QDate(2024, 12, 25) << 10 << 0 << QString() << QDate(2025, 1, 9);
    QTest::newRow("year end 2025 to 2026")
        << QDate(2025, 12, 15) << 20 << 0 << QString() << QDate(2026, 1, 13);
    QTest::newRow("last day of 2026")
        << QDate(2026, 12, 24) << 5 << 0 << QString() << QDate(2026, 12, 31);
    QTest::newRow("extension of 10")
        << QDate(2025, 3, 3) << 20 << 10 << QString() << QDate(2025, 4, 15);
    QTest::newRow("extension of 2")
        << QDate(2025, 3, 3) << 20 << 2 << QString() << QDate(2025, 4, 2);
    QTest::newRow("extension over Qingming")
        << QDate(2025, 3, 3) << 20 << 4 << QString() << QDate(2025, 4, 7);
    QTest::newRow("suspended Mon to Fri: four days removed")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-03-10..2025-03-14")
        << QDate(2025, 4, 7);
    QTest::newRow("suspended from a Saturday")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-03-08..2025-03-12")
        << QDate(2025, 4, 3);
    QTest::newRow("resumed on a holiday")
        << QDate(2025, 3, 24) << 20 << 0 << QStringLiteral("2025-04-01..2025-04-05")
        << QDate(2025, 4, 24);
    QTest::newRow("two suspensions") << QDate(2025, 3, 3) << 20 << 0
                                     << QStringLiteral("2025-03-05..2025-03-07;"
                                                       "2025-03-19..2025-03-21")
                                     << QDate(2025, 4, 7);
    QTest::newRow("overlapping suspensions count once")
        << QDate(2025, 3, 3) << 20 << 0
        << QStringLiteral("2025-03-10..2025-03-14;2025-03-05..2025-03-12") << QDate(2025, 4, 10);
    QTest::newRow("suspension and extension")
        << QDate(2025, 3, 3) << 20 << 2 << QStringLiteral("2025-03-10..2025-03-14")
        << QDate(2025, 4, 9);
    QTest::newRow("suspended and resumed the same day")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-03-12..2025-03-12")
        << QDate(2025, 3, 31);
    QTest::newRow("suspended from the due day on: due day still counts")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-03-31..2025-04-10")
        << QDate(2025, 3, 31);
    QTest::newRow("suspended the day before the due day")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-03-28..2025-03-31")
        << QDate(2025, 4, 1);
    QTest::newRow("suspension after the due day")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-04-03..2025-04-07")
        << QDate(2025, 3, 31);
    QTest::newRow("suspension from before the start (step clock)")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-02-20..2025-03-05")
        << QDate(2025, 4, 2);
    QTest::newRow("suspended over Spring Festival 2025 and make-up days")
        << QDate(2025, 1, 20) << 10 << 0 << QStringLiteral("2025-01-24..2025-02-08")
        << QDate(2025, 2, 17);
    QTest::newRow("suspended over the year end 2025 to 2026")
        << QDate(2025, 12, 15) << 20 << 0 << QStringLiteral("2025-12-30..2026-01-06")
        << QDate(2026, 1, 19);
}

void tst_DeadlineClock::dueDate()
{
    QFETCH(QDate, start);
    QFETCH(int, limit);
    QFETCH(int, extension);
    QFETCH(QString, suspensions);
    QFETCH(QDate, due);

    const DeadlineClock clock(m_calendar);
    const ClockSpec spec{start, limit, extension, suspensionsFrom(suspensions)};
    const Result<QDate> actual = clock.dueDate(spec);
    QVERIFY2(actual.ok(), qPrintable(actual.ok() ? QString() : actual.error().message));
    QCOMPARE(*actual, due);
    const Result<QDateTime> dueAt = clock.dueAt(spec);
    QVERIFY(dueAt.ok());
    QCOMPARE(*dueAt, QDateTime(due, QTime(17, 30)));
}

void tst_DeadlineClock::dueDateRefused_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QString>("suspensions");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageHas");

    QTest::newRow("runs into 2027, which is not loaded")
        << QDate(2026, 12, 15) << 20 << 0 << QString() << QStringLiteral("calendar.year-missing")
        << QString() << QStringLiteral("2027");
    QTest::newRow("pushed into 2027 by a suspension")
        << QDate(2026, 12, 1) << 10 << 0 << QStringLiteral("2026-12-02..2026-12-31")
        << QStringLiteral("calendar.year-missing") << QString() << QStringLiteral("2027");
    QTest::newRow("started in 2023, which is not loaded")
        << QDate(2023, 12, 28) << 0 << 0 << QString() << QStringLiteral("calendar.year-missing")
        << QString() << QStringLiteral("2023");
    QTest::newRow("open suspension")
        << QDate(2025, 3, 3) << 20 << 0 << QStringLiteral("2025-03-05..2025-03-07;2025-03-10..")
        << QStringLiteral("clock.suspended") << QString() << QStringLiteral("2025-03-10");
    QTest::newRow("resumed before suspended")
        << QDate(2025, 3, 3) << 20 << 0
        << QStringLiteral("2025-03-05..2025-03-07;"
                          "2025-03-12..2025-03-11")
        << QStringLiteral("clock.invalid-suspension") << QStringLiteral("suspensions[1].resume")
        << QStringLiteral("2025-03-11");
    QTest::newRow("negative limit")
        << QDate(2025, 3, 3) << -1 << 0 << QString() << QStringLiteral("clock.invalid-limit")
        << QStringLiteral("limitDays") << QStringLiteral("-1");
    QTest::newRow("negative extension")
        << QDate(2025, 3, 3) << 20 << -5 << QString() << QStringLiteral("clock.invalid-extension")
        << QStringLiteral("extensionDays") << QStringLiteral("-5");
    QTest::newRow("absurd extension") << QDate(2025, 3, 3) << 20 << 2147483647 << QString()
                                      << QStringLiteral("clock.invalid-extension")
                                      << QStringLiteral("extensionDays") << QStringLiteral("10000");
    QTest::newRow("no start") << QDate() << 20 << 0 << QString()
                              << QStringLiteral("clock.invalid-start") << QStringLiteral("start")
                              << QString();
}

void tst_DeadlineClock::dueDateRefused()
{
    QFETCH(QDate, start);
    QFETCH(int, limit);
    QFETCH(int, extension);
    QFETCH(QString, suspensions);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, messageHas);

    const DeadlineClock clock(m_calendar);
    const ClockSpec spec{start, limit, extension, suspensionsFrom(suspensions)};
    const Result<QDate> due = clock.dueDate(spec);
    QVERIFY(!due.ok());
    QCOMPARE(due.error().code, code);
    QCOMPARE(due.error().field, field);
    QVERIFY2(due.error().message.contains(messageHas), qPrintable(due.error().message));
    const Result<QDateTime> dueAt = clock.dueAt(spec);
    QVERIFY(!dueAt.ok());
    QCOMPARE(dueAt.error().code, code);
}

void tst_DeadlineClock::read_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QString>("suspensions");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<double>("blue"); // negative: the default thresholds
    QTest::addColumn<double>("yellow");
    QTest::addColumn<double>("used");
    QTest::addColumn<double>("left");
    QTest::addColumn<WarningColour>("colour");
    QTest::addColumn<bool>("suspended");
    QTest::addColumn<QDate>("due");

    const QDate march3(2025, 3, 3);
    const QDate march31(2025, 3, 31);
    const auto plain = [&](const char *name, const QDateTime &when, double used, double left,
                           WarningColour colour) {
        QTest::newRow(name) << march3 << 20 << 0 << QString() << when << -1.0 << -1.0 << used
                            << left << colour << false << march31;
    };
    // Office hours 9:00–17:30: 13:15 is half of the day, 10:42 a fifth.
    plain("start day is not counted", at(2025, 3, 3, 13, 15), 0, 20, WarningColour::None);
    plain("before office hours", at(2025, 3, 4, 8, 30), 0, 20, WarningColour::None);
    plain("at opening", at(2025, 3, 4, 9, 0), 0, 20, WarningColour::None);
    plain("mid-day", at(2025, 3, 4, 13, 15), 0.5, 19.5, WarningColour::None);
    plain("after close", at(2025, 3, 4, 18, 0), 1, 19, WarningColour::None);
    plain("on a Saturday", at(2025, 3, 8, 11, 0), 4, 16, WarningColour::None);
    plain("on a Sunday evening", at(2025, 3, 9, 20, 0), 4, 16, WarningColour::None);
    plain("just under half used", at(2025, 3, 17, 13, 15), 9.5, 10.5, WarningColour::None);
    plain("half used: blue", at(2025, 3, 17, 17, 30), 10, 10, WarningColour::Blue);
    plain("one and a half left: blue", at(2025, 3, 28, 13, 15), 18.5, 1.5, WarningColour::Blue);
    plain("one day left: yellow", at(2025, 3, 28, 17, 30), 19, 1, WarningColour::Yellow);
    plain("weekend before the due day", at(2025, 3, 29, 10, 0), 19, 1, WarningColour::Yellow);
    plain("due day morning", at(2025, 3, 31, 10, 42), 19.2, 0.8, WarningColour::Yellow);
    plain("due day at close: not yet red", at(2025, 3, 31, 17, 30), 20, 0, WarningColour::Yellow);
    plain("a second after close: red", at(2025, 3, 31, 17, 30, 1), 20, 0, WarningColour::Red);
    plain("day after the due day", at(2025, 4, 1, 13, 15), 20.5, -0.5, WarningColour::Red);
    plain("overdue, read on a Qingming holiday", at(2025, 4, 5, 10, 0), 23, -3, WarningColour::Red);

    QTest::newRow("custom blue at a quarter")
        << march3 << 20 << 0 << QString() << at(2025, 3, 10, 17, 30) << 0.25 << 1.0 << 5.0 << 15.0
        << WarningColour::Blue << false << march31;
    QTest::newRow("default: a quarter is no colour")
        << march3 << 20 << 0 << QString() << at(2025, 3, 10, 17, 30) << -1.0 << -1.0 << 5.0 << 15.0
        << WarningColour::None << false << march31;
    QTest::newRow("custom yellow at three days left")
        << march3 << 20 << 0 << QString() << at(2025, 3, 26, 17, 30) << 0.25 << 3.0 << 17.0 << 3.0
        << WarningColour::Yellow << false << march31;
    QTest::newRow("default: three days left is blue")
        << march3 << 20 << 0 << QString() << at(2025, 3, 26, 17, 30) << -1.0 << -1.0 << 17.0 << 3.0
        << WarningColour::Blue << false << march31;

    QTest::newRow("extended: half of 30 not yet used")
        << march3 << 20 << 10 << QString() << at(2025, 3, 17, 17, 30) << -1.0 << -1.0 << 10.0
        << 20.0 << WarningColour::None << false << QDate(2025, 4, 15);
    QTest::newRow("extended: past the old due day is not red")
        << march3 << 20 << 10 << QString() << at(2025, 3, 31, 17, 30, 1) << -1.0 << -1.0 << 20.0
        << 10.0 << WarningColour::Blue << false << QDate(2025, 4, 15);

    const QString closed = QStringLiteral("2025-03-10..2025-03-14");
    QTest::newRow("during a suspension")
        << march3 << 20 << 0 << closed << at(2025, 3, 12, 13, 15) << -1.0 << -1.0 << 5.0 << 15.0
        << WarningColour::None << true << QDate(2025, 4, 7);
    QTest::newRow("on the resume day")
        << march3 << 20 << 0 << closed << at(2025, 3, 14, 13, 15) << -1.0 << -1.0 << 5.0 << 15.0
        << WarningColour::None << false << QDate(2025, 4, 7);
    QTest::newRow("after a suspension")
        << march3 << 20 << 0 << closed << at(2025, 3, 17, 13, 15) << -1.0 << -1.0 << 5.5 << 14.5
        << WarningColour::None << false << QDate(2025, 4, 7);

    const QString open = QStringLiteral("2025-03-10..");
    QTest::newRow("open suspension, its first day still counts")
        << march3 << 20 << 0 << open << at(2025, 3, 10, 13, 15) << -1.0 << -1.0 << 4.5 << 15.5
        << WarningColour::None << true << march31;
    QTest::newRow("open suspension, two days on")
        << march3 << 20 << 0 << open << at(2025, 3, 12, 10, 0) << -1.0 << -1.0 << 5.0 << 15.0
        << WarningColour::None << true << QDate(2025, 4, 2);
    QTest::newRow("open suspension, read on a Saturday")
        << march3 << 20 << 0 << open << at(2025, 3, 15, 10, 0) << -1.0 << -1.0 << 5.0 << 15.0
        << WarningColour::None << true << QDate(2025, 4, 7);
    QTest::newRow("open suspension after the due day stays red")
        << march3 << 20 << 0 << QStringLiteral("2025-04-02..") << at(2025, 4, 3, 10, 0) << -1.0
        << -1.0 << 22.0 << -2.0 << WarningColour::Red << true << march31;
    QTest::newRow("suspended over the year end")
        << QDate(2025, 12, 15) << 20 << 0 << QStringLiteral("2025-12-30..2026-01-06")
        << at(2026, 1, 5, 13, 15) << -1.0 << -1.0 << 11.0 << 9.0 << WarningColour::Blue << true
        << QDate(2026, 1, 19);

    QTest::newRow("immediate item on its day: yellow")
        << march3 << 0 << 0 << QString() << at(2025, 3, 3, 10, 0) << -1.0 << -1.0 << 0.0 << 0.0
        << WarningColour::Yellow << false << march3;
    QTest::newRow("immediate item after close: red")
        << march3 << 0 << 0 << QString() << at(2025, 3, 3, 17, 30, 1) << -1.0 << -1.0 << 0.0 << 0.0
        << WarningColour::Red << false << march3;

    QTest::newRow("read on the start day, the first day loaded")
        << QDate(2024, 1, 1) << 5 << 0 << QString() << at(2024, 1, 1, 10, 0) << -1.0 << -1.0 << 0.0
        << 5.0 << WarningColour::None << false << QDate(2024, 1, 8);

    const QDate jan20(2025, 1, 20);
    const QDate feb8(2025, 2, 8);
    QTest::newRow("read on make-up Sunday 2025-01-26")
        << jan20 << 10 << 0 << QString() << at(2025, 1, 26, 13, 15) << -1.0 << -1.0 << 4.5 << 5.5
        << WarningColour::None << false << feb8;
    QTest::newRow("read in Spring Festival 2025")
        << jan20 << 10 << 0 << QString() << at(2025, 2, 1, 10, 0) << -1.0 << -1.0 << 6.0 << 4.0
        << WarningColour::Blue << false << feb8;
    QTest::newRow("red after close of make-up Saturday 2025-02-08")
        << jan20 << 10 << 0 << QString() << at(2025, 2, 8, 17, 30, 1) << -1.0 << -1.0 << 10.0 << 0.0
        << WarningColour::Red << false << feb8;
}

void tst_DeadlineClock::read()
{
    QFETCH(QDate, start);
    QFETCH(int, limit);
    QFETCH(int, extension);
    QFETCH(QString, suspensions);
    QFETCH(QDateTime, at);
    QFETCH(double, blue);
    QFETCH(double, yellow);
    QFETCH(double, used);
    QFETCH(double, left);
    QFETCH(WarningColour, colour);
    QFETCH(bool, suspended);
    QFETCH(QDate, due);

    const DeadlineClock clock(m_calendar);
    const ClockSpec spec{start, limit, extension, suspensionsFrom(suspensions)};
    const Result<ClockReading> reading =
        blue < 0 ? clock.read(spec, at) : clock.read(spec, at, WarningThresholds{blue, yellow});
    QVERIFY2(reading.ok(), qPrintable(reading.ok() ? QString() : reading.error().message));
    QCOMPARE(reading->dueDate, due);
    QCOMPARE(reading->dueAt, QDateTime(due, QTime(17, 30)));
    QCOMPARE(reading->usedDays, used);
    QCOMPARE(reading->leftDays, left);
    QCOMPARE(warningColourId(reading->colour), warningColourId(colour));
    QCOMPARE(reading->suspended, suspended);
}

void tst_DeadlineClock::readRefused()
{
    const DeadlineClock clock(m_calendar);
    const ClockSpec late{QDate(2026, 12, 15), 5, 0, {}};
    QCOMPARE(*clock.dueDate(late), QDate(2026, 12, 22));
    // Read in 2027, whose days cannot be counted without its schedule.
    const Result<ClockReading> reading = clock.read(late, at(2027, 1, 4, 10, 0));
    QVERIFY(!reading.ok());
    QCOMPARE(reading.error().code, QStringLiteral("calendar.year-missing"));
    QVERIFY(reading.error().message.contains(QStringLiteral("2027")));

    const Result<ClockReading> invalid = clock.read({QDate(2025, 3, 3), 20, 0, {}}, QDateTime());
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, QStringLiteral("clock.invalid-instant"));

    const Result<ClockReading> negative =
        clock.read({QDate(2025, 3, 3), -3, 0, {}}, at(2025, 3, 4, 10, 0));
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().field, QStringLiteral("limitDays"));
}

void tst_DeadlineClock::dueAtIsCloseOfOfficeHours()
{
    // A reading keeps the time zone of the instant it was read at.
    const DeadlineClock clock(m_calendar);
    const QTimeZone china(8 * 3600);
    const QDateTime readAt(QDate(2025, 3, 31), QTime(17, 30, 1), china);
    const Result<ClockReading> reading = clock.read({QDate(2025, 3, 3), 20, 0, {}}, readAt);
    QVERIFY(reading.ok());
    QCOMPARE(reading->dueAt, QDateTime(QDate(2025, 3, 31), QTime(17, 30), china));
    QVERIFY(readAt > reading->dueAt);
    QCOMPARE(warningColourId(reading->colour), QStringLiteral("red"));
}

void tst_DeadlineClock::customOfficeHours_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<double>("used");
    QTest::addColumn<QString>("colour");

    // Office hours 8:00–12:00 (four hours): 10:00 is half of the day.
    QTest::newRow("before opening") << at(2025, 3, 4, 7, 59) << 0.0 << QStringLiteral("none");
    QTest::newRow("half the morning") << at(2025, 3, 4, 10, 0) << 0.5 << QStringLiteral("none");
    QTest::newRow("afternoon counts as the whole day")
        << at(2025, 3, 4, 14, 0) << 1.0 << QStringLiteral("none");
    QTest::newRow("due day at noon") << at(2025, 3, 31, 12, 0) << 20.0 << QStringLiteral("yellow");
    QTest::newRow("due day just after noon: red")
        << at(2025, 3, 31, 12, 0, 1) << 20.0 << QStringLiteral("red");
}

void tst_DeadlineClock::customOfficeHours()
{
    QFETCH(QDateTime, at);
    QFETCH(double, used);
    QFETCH(QString, colour);

    const DeadlineClock clock(m_calendar, OfficeHours{QTime(8, 0), QTime(12, 0)});
    const ClockSpec spec{QDate(2025, 3, 3), 20, 0, {}};
    QCOMPARE(*clock.dueAt(spec), QDateTime(QDate(2025, 3, 31), QTime(12, 0)));
    const Result<ClockReading> reading = clock.read(spec, at);
    QVERIFY(reading.ok());
    QCOMPARE(reading->usedDays, used);
    QCOMPARE(warningColourId(reading->colour), colour);
}

void tst_DeadlineClock::colourIds_data()
{
    QTest::addColumn<WarningColour>("colour");
    QTest::addColumn<QString>("id");
    QTest::newRow("none") << WarningColour::None << QStringLiteral("none");
    QTest::newRow("blue") << WarningColour::Blue << QStringLiteral("blue");
    QTest::newRow("yellow") << WarningColour::Yellow << QStringLiteral("yellow");
    QTest::newRow("red") << WarningColour::Red << QStringLiteral("red");
}

void tst_DeadlineClock::colourIds()
{
    QFETCH(WarningColour, colour);
    QFETCH(QString, id);
    QCOMPARE(warningColourId(colour), id);
    QCOMPARE(warningColourFromId(id), std::optional<WarningColour>(colour));
    QVERIFY(!warningColourFromId(id.toUpper()).has_value());
    QVERIFY(!warningColourFromId(QStringLiteral("green")).has_value());
}

QTEST_GUILESS_MAIN(tst_DeadlineClock)
#include "tst_deadlineclock.moc"
