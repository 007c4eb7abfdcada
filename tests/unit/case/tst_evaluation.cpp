// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The applicant's rating of a service (好差评, DOMAIN.md §9): the national five levels and the
// hall's four, who may record it, and the follow-up a poor rating opens, due 15 working days
// later on the hall's calendar.
#include "core/case/CaseClocks.h"
#include "core/case/CaseSummary.h"
#include "core/case/EvaluationScale.h"
#include "core/common/DataPaths.h"
#include "core/time/DeadlineClock.h"
#include "tests/support/CaseFixture.h"

#include <QTest>

using namespace casefixture;
using namespace Qt::StringLiterals;

class tst_Evaluation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void levels_data();
    void levels();
    void poorRatingOpensFollowUp_data();
    void poorRatingOpensFollowUp();
    void followUpDueAcrossNationalDay();
    void boundToTheClerkWhoServed();
    void cashierMayRecordIt();
    void othersMayNot();
    void earlierEventsReadAsFiveLevels();
    void levelNames_data();
    void levelNames();

private:
    WorkingCalendar m_calendar;
};

void tst_Evaluation::initTestCase()
{
    Result<WorkingCalendar> calendar = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
    m_calendar = calendar.value();
}

void tst_Evaluation::levels_data()
{
    QTest::addColumn<EvaluationScale>("scale");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("error"); // empty: recorded

    for (int level = 1; level <= 5; ++level)
        QTest::addRow("five levels, %d", level) << EvaluationScale::FiveLevel << level << QString();
    for (int level = 1; level <= 4; ++level)
        QTest::addRow("four levels, %d", level) << EvaluationScale::FourLevel << level << QString();
    QTest::newRow("five levels, 0") << EvaluationScale::FiveLevel << 0 << u"case.field-range"_s;
    QTest::newRow("five levels, 6") << EvaluationScale::FiveLevel << 6 << u"case.field-range"_s;
    QTest::newRow("four levels, 5") << EvaluationScale::FourLevel << 5 << u"case.field-range"_s;
}

void tst_Evaluation::levels()
{
    QFETCH(EvaluationScale, scale);
    QFETCH(int, level);
    QFETCH(QString, error);

    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::Concluded).isEmpty());
    const Result<QList<Event>> events =
        d.run(Commands::evaluate(d.caseId(), level, scale), clerk());
    if (!error.isEmpty()) {
        QVERIFY(!events.ok());
        QCOMPARE(events.error().code, error);
        QCOMPARE(events.error().field, u"level"_s);
        QCOMPARE(d.state().evaluationLevel, 0);
        return;
    }
    QVERIFY2(events.ok(), qPrintable(events.ok() ? QString() : events.error().message));
    QCOMPARE(d.state().evaluationLevel, level);
    QCOMPARE(d.state().evaluationScale, scale);
    QCOMPARE(events->last().payload.value(u"scale"_s).toString(), evaluationScaleId(scale));
}

void tst_Evaluation::poorRatingOpensFollowUp_data()
{
    QTest::addColumn<EvaluationScale>("scale");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("followUp");

    QTest::newRow("非常满意") << EvaluationScale::FiveLevel << 1 << false;
    QTest::newRow("基本满意") << EvaluationScale::FiveLevel << 3 << false;
    QTest::newRow("不满意") << EvaluationScale::FiveLevel << 4 << true;
    QTest::newRow("非常不满意") << EvaluationScale::FiveLevel << 5 << true;
    QTest::newRow("一般 (four levels)") << EvaluationScale::FourLevel << 3 << false;
    QTest::newRow("不满意 (four levels)") << EvaluationScale::FourLevel << 4 << true;
}

void tst_Evaluation::poorRatingOpensFollowUp()
{
    QFETCH(EvaluationScale, scale);
    QFETCH(int, level);
    QFETCH(bool, followUp);

    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::Concluded).isEmpty());
    d.setNow(at(2025, 3, 10, 11, 20));
    QCOMPARE(d.must(Commands::evaluate(d.caseId(), level, scale), clerk()), QString());
    QCOMPARE(d.events().last().type, QString(EventType::evaluated));
    QCOMPARE(d.events().last().payload.value(u"followUp"_s).toBool(), followUp);
    QCOMPARE(d.state().followUpOpenedAt.isValid(), followUp);
    QCOMPARE(CaseClocks(d.state(), d.item()).followUp().has_value(), followUp);
    if (followUp)
        QCOMPARE(d.state().followUpOpenedAt, at(2025, 3, 10, 11, 20));
}

// Rated on Friday 26 September 2025: Sunday 28 September is worked, 1–8 October is the
// National Day holiday and Saturday 11 October is worked, so the 15th working day is
// Thursday 23 October (without the holiday it would have been 17 October).
void tst_Evaluation::followUpDueAcrossNationalDay()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::Concluded).isEmpty());
    d.setNow(at(2025, 9, 26, 16, 45));
    QCOMPARE(d.must(Commands::evaluate(d.caseId(), 5), clerk()), QString());

    const std::optional<ClockSpec> spec = CaseClocks(d.state(), d.item()).followUp();
    QVERIFY(spec);
    QCOMPARE(spec->limitDays, 15);
    const DeadlineClock clock(m_calendar);
    const Result<QDate> due = clock.dueDate(*spec);
    QVERIFY(due.ok());
    QCOMPARE(*due, QDate(2025, 10, 23));

    const CaseSummary summary = summarize(d.state(), d.item(), clock, at(2025, 9, 29));
    QCOMPARE(summary.followUpDue.date(), QDate(2025, 10, 23));
    QCOMPARE(summary.evaluationLevel, 5);
    const Result<CaseSummary> read = CaseSummary::fromJson(summary.toJson());
    QVERIFY(read.ok());
    QCOMPARE(*read, summary);
}

void tst_Evaluation::boundToTheClerkWhoServed()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::Refused).isEmpty());
    d.setNow(at(2025, 1, 20, 9, 40));
    QCOMPARE(d.must(Commands::evaluate(d.caseId(), 2, EvaluationScale::FourLevel), clerk()),
             QString());
    QCOMPARE(d.state().evaluationClerkId, clerk().userId);
    QCOMPARE(d.state().evaluationClerkName, clerk().name);
    QCOMPARE(d.state().evaluatedAt, at(2025, 1, 20, 9, 40));
    QCOMPARE(d.state().evaluationScale, EvaluationScale::FourLevel);

    const Result<QList<Event>> again = d.run(Commands::evaluate(d.caseId(), 1), clerk());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, u"case.already-evaluated"_s);
}

void tst_Evaluation::cashierMayRecordIt()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::Concluded).isEmpty());
    QCOMPARE(d.must(Commands::evaluate(d.caseId(), 4), cashier()), QString());
    QCOMPARE(d.state().evaluationClerkId, cashier().userId);
    QVERIFY(d.state().followUpOpenedAt.isValid());
}

void tst_Evaluation::othersMayNot()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::Concluded).isEmpty());
    const Result<QList<Event>> review = d.run(Commands::evaluate(d.caseId(), 1), reviewer());
    QVERIFY(!review.ok());
    QCOMPARE(review.error().code, u"case.wrong-role"_s);
    const Result<QList<Event>> otherWindow =
        d.run(Commands::evaluate(d.caseId(), 1), clerkOf(u"GA"_s));
    QVERIFY(!otherWindow.ok());
    QCOMPARE(otherWindow.error().code, u"case.wrong-department"_s);
    QCOMPARE(d.state().evaluationLevel, 0);
}

void tst_Evaluation::earlierEventsReadAsFiveLevels()
{
    const Result<EvaluationPayload> payload = EvaluationPayload::fromJson({{u"level"_s, 2}});
    QVERIFY(payload.ok());
    QCOMPARE(payload->scale, EvaluationScale::FiveLevel);
    QVERIFY(!payload->followUp);

    const Result<EvaluationPayload> unknown =
        EvaluationPayload::fromJson({{u"level"_s, 2}, {u"scale"_s, u"seven-level"_s}});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().field, u"scale"_s);
}

void tst_Evaluation::levelNames_data()
{
    QTest::addColumn<EvaluationScale>("scale");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("name");

    QTest::newRow("five, 1") << EvaluationScale::FiveLevel << 1 << u"Very satisfied"_s;
    QTest::newRow("five, 3") << EvaluationScale::FiveLevel << 3 << u"Basically satisfied"_s;
    QTest::newRow("five, 5") << EvaluationScale::FiveLevel << 5 << u"Very dissatisfied"_s;
    QTest::newRow("four, 3") << EvaluationScale::FourLevel << 3 << u"Average"_s;
    QTest::newRow("four, 4") << EvaluationScale::FourLevel << 4 << u"Dissatisfied"_s;
    QTest::newRow("four, 5") << EvaluationScale::FourLevel << 5 << QString();
    QTest::newRow("five, 0") << EvaluationScale::FiveLevel << 0 << QString();
}

void tst_Evaluation::levelNames()
{
    QFETCH(EvaluationScale, scale);
    QFETCH(int, level);
    QFETCH(QString, name);
    QCOMPARE(evaluationLevelName(scale, level), name);
}

QTEST_GUILESS_MAIN(tst_Evaluation)
#include "tst_evaluation.moc"
