// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The read model is derived: cases driven through real commands are stored event page by
// event page with their rows, then the rows are thrown away and rebuilt from the events
// alone. Both ways must give the same rows, byte for byte.
#include "core/common/DataPaths.h"
#include "core/store/CaseProjector.h"
#include "core/store/LocalStore.h"
#include "tests/support/CaseFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sunhall::core;
using namespace casefixture;

class tst_ReadModelRebuild : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rebuildGivesTheSameRows();
    void rowsFollowEachEvent();
    void unknownItemIsAnError();

private:
    Result<Item> lookup(const QString &code, int version) const;
    QList<CaseDriver> drive();

    WorkingCalendar m_calendar;
    QList<Item> m_items;
};

void tst_ReadModelRebuild::initTestCase()
{
    auto calendar = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY(calendar.ok());
    m_calendar = calendar.value();
    m_items = {item(TestItem::Promised), item(TestItem::Immediate), item(TestItem::Joint)};
}

Result<Item> tst_ReadModelRebuild::lookup(const QString &code, int version) const
{
    for (const Item &candidate : m_items) {
        if (candidate.code == code && candidate.flow.version == version)
            return candidate;
    }
    return makeError(QStringLiteral("catalog.no-item"), QStringLiteral("no item ") + code);
}

QList<CaseDriver> tst_ReadModelRebuild::drive()
{
    QList<CaseDriver> drivers;
    const struct
    {
        TestItem item;
        Stage stage;
    } plan[] = {{TestItem::Promised, Stage::Concluded},
                {TestItem::Promised, Stage::Suspended},
                {TestItem::Promised, Stage::AwaitingSupplement},
                {TestItem::Promised, Stage::Refused},
                {TestItem::Promised, Stage::FeeAssessed},
                {TestItem::Joint, Stage::JointOneBranchDone}};
    for (const auto &step : plan) {
        CaseDriver driver(item(step.item));
        driver.setCaseSerial(int(drivers.size()) + 10);
        const QString error = driver.reach(step.stage);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        drivers.append(driver);
    }
    return drivers;
}

void tst_ReadModelRebuild::rebuildGivesTheSameRows()
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath(QStringLiteral("profile.db")));
    QVERIFY(store.ok());
    const DeadlineClock clock(m_calendar);
    const CaseProjector projector(
        [this](const QString &code, int version) { return lookup(code, version); }, clock);
    const QDateTime readAt = at(2025, 2, 10, 15, 30);

    const QList<CaseDriver> drivers = drive();
    for (const CaseDriver &driver : drivers) {
        const QList<Event> &events = driver.events();
        // Pages of three events, as pulls deliver them, each with the row it leads to.
        for (qsizetype i = 0; i < events.size(); i += 3) {
            const QList<Event> page = events.mid(i, 3);
            const auto row = projector.project(events.mid(0, i + page.size()), readAt);
            QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().message));
            QVERIFY(store.value()->applyEvents(page, {row.value()}).ok());
        }
    }
    const auto before = store.value()->caseRows();
    QVERIFY(before.ok());
    QCOMPARE(before.value().size(), drivers.size());

    const Status rebuilt = store.value()->rebuildReadModel(
        [&](const QList<Event> &events) { return projector.project(events, readAt); });
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error().message));
    const auto after = store.value()->caseRows();
    QVERIFY(after.ok());
    QCOMPARE(after.value(), before.value());

    // And the rows say what a clerk would read off the case.
    for (const CaseDriver &driver : drivers) {
        const auto row = store.value()->caseRow(driver.caseId()).value();
        QVERIFY(row.has_value());
        QCOMPARE(row->status, caseStatusId(driver.state().status));
        QCOMPARE(row->lastCaseSeq, driver.events().size());
        QCOMPARE(row->caseNumber, driver.state().caseNumber);
    }
}

void tst_ReadModelRebuild::rowsFollowEachEvent()
{
    const DeadlineClock clock(m_calendar);
    const CaseProjector projector(
        [this](const QString &code, int version) { return lookup(code, version); }, clock);
    CaseDriver driver(item(TestItem::Promised));
    QVERIFY(driver.reach(Stage::Concluded).isEmpty());
    const QList<Event> &events = driver.events();
    QStringList statuses;
    for (qsizetype n = 1; n <= events.size(); ++n) {
        const auto row = projector.project(events.mid(0, n), at(2025, 2, 10));
        QVERIFY(row.ok());
        QCOMPARE(row->lastCaseSeq, n);
        if (statuses.isEmpty() || statuses.last() != row->status)
            statuses.append(row->status);
    }
    QCOMPARE(statuses, (QStringList{QStringLiteral("registered"), QStringLiteral("in-progress"),
                                    QStringLiteral("decided"), QStringLiteral("concluded")}));
}

void tst_ReadModelRebuild::unknownItemIsAnError()
{
    const DeadlineClock clock(m_calendar);
    const CaseProjector projector(
        [](const QString &code, int) -> Result<Item> {
            return makeError(QStringLiteral("catalog.no-item"), QStringLiteral("no ") + code);
        },
        clock);
    CaseDriver driver(item(TestItem::Promised));
    QVERIFY(driver.reach(Stage::Review).isEmpty());
    const auto row = projector.project(driver.events(), at(2025, 2, 10));
    QVERIFY(!row.ok());
    QCOMPARE(row.error().code, QStringLiteral("catalog.no-item"));
}

QTEST_GUILESS_MAIN(tst_ReadModelRebuild)
#include "tst_readmodelrebuild.moc"
