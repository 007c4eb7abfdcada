// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CaseFixture.h"

#include "core/case/CaseSummary.h"
#include "core/case/CaseVocabulary.h"
#include "core/common/DataPaths.h"
#include "core/time/DeadlineClock.h"
#include "core/time/WorkingCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace sunhall::core;
using namespace casefixture;
using namespace Qt::StringLiterals;

class tst_CaseReadModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rebuiltFromEvents_data();
    void rebuiltFromEvents();
    void eventJsonRoundTrip();
    void eventCanonicalBytes();
    void badEventJson_data();
    void badEventJson();
    void commandJsonRoundTrip();
    void commandCanonicalBytes();
    void badCommandJson_data();
    void badCommandJson();
    void summaryJsonRoundTrip();
    void unknownEventOnlyAdvancesTheSequence();

private:
    std::optional<WorkingCalendar> m_calendar;
};

namespace {

enum class Scenario
{
    Promised,
    Joint,
    Immediate,
    Refused,
    WithdrawnWhileSuspended
};

// Runs every command of a scenario; returns the first refusal, or empty.
QString play(CaseDriver &d, Scenario scenario)
{
    const QUuid id = d.caseId();
    QList<std::pair<Command, Actor>> script;
    switch (scenario) {
    case Scenario::Promised:
        if (QString e = d.reach(Stage::SupplementAnswered); !e.isEmpty())
            return e;
        script = {
            {Commands::accept(id, caseNumber(1)), clerk()},
            {Commands::claimStep(id, u"review"_s), reviewer()},
            {Commands::suspend(id, SuspensionType::Inspection, u"现场勘验"_s, 5), reviewer()},
            {Commands::resume(id), reviewer()},
            {Commands::extend(id, 5, u"勘验后需补充审查"_s), leader()},
            {Commands::completeStep(id, u"review"_s, u"同意"_s), reviewer()},
            {Commands::returnStep(id, u"review"_s, u"请补充勘验记录"_s), chief()},
            {Commands::completeStep(id, u"review"_s, u"已补充"_s), reviewer()},
            {Commands::decide(id, true, {}), chief()},
            {Commands::conclude(id), clerk()},
            {Commands::assessFee(
                 id, {{u"F1"_s, Money::fromFen(5000)}, {u"F2"_s, Money::fromFen(1250)}}),
             clerk()},
            {Commands::payFee(id, receiptNumber(1), PaymentMethod::Cash, Money::fromFen(6250)),
             cashier()},
            {Commands::voidReceipt(id, receiptNumber(1), u"票据打印错误"_s), cashier()},
            {Commands::payFee(id, receiptNumber(2), PaymentMethod::Card, Money::fromFen(6250)),
             cashier()},
            {Commands::printCertificate(id, certificateNumber(1)), clerk()},
            {Commands::printCertificate(id), clerk()},
            {Commands::issueCertificate(id), clerk()},
            {Commands::evaluate(id, 1), clerk()},
        };
        break;
    case Scenario::Joint:
        if (QString e = d.reach(Stage::JointOneBranchDone); !e.isEmpty())
            return e;
        script = {
            {Commands::completeStep(id, u"review"_s, {}, u"WJW"_s), reviewer(u"WJW"_s)},
            {Commands::completeStep(id, u"review"_s, {}, u"XF"_s), reviewer(u"XF"_s)},
            {Commands::completeStep(id, u"leader"_s, {}), leader(u"FGW"_s)},
            {Commands::decide(id, false, u"不符合产业政策"_s), chief(u"FGW"_s)},
            {Commands::conclude(id), clerkOf(u"FGW"_s)},
        };
        break;
    case Scenario::Immediate:
        if (QString e = d.reach(Stage::Registered); !e.isEmpty())
            return e;
        script = {{Commands::accept(id, caseNumber(3)), clerk()},
                  {Commands::decide(id, true, {}), clerk()},
                  {Commands::conclude(id), clerk()}};
        break;
    case Scenario::Refused:
        return d.reach(Stage::Refused);
    case Scenario::WithdrawnWhileSuspended:
        if (QString e = d.reach(Stage::Suspended); !e.isEmpty())
            return e;
        script = {{Commands::withdraw(id, u"申请人放弃"_s), clerk()}};
        break;
    }
    // Spread the commands over several days, so that steps start and end on different dates.
    int day = 0;
    for (const auto &[command, actor] : script) {
        d.setNow(d.now().addDays(++day % 3 == 0 ? 1 : 0).addSecs(1800));
        if (QString e = d.must(command, actor); !e.isEmpty())
            return e;
    }
    return {};
}

TestItem itemFor(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Joint:
        return TestItem::Joint;
    case Scenario::Immediate:
        return TestItem::Immediate;
    default:
        return TestItem::Promised;
    }
}

Event sampleEvent()
{
    Event event;
    event.caseId = QUuid::fromString(u"6f1c2a4e-8a53-4d7b-9b0e-0c5f7e9d1a23"_s);
    event.caseSeq = 4;
    event.type = EventType::accepted;
    event.payload = QJsonObject{{u"caseNumber"_s, u"SLHALL01202500000001X"_s}};
    event.actorId = u"clerk-1"_s;
    event.actorName = u"王窗口"_s;
    event.workstation = u"WS-07"_s;
    event.at = at(2025, 1, 20, 9, 30);
    event.commandId = QUuid::fromString(u"0b7e2c1d-3f4a-4b5c-8d6e-7f8091a2b3c4"_s);
    return event;
}

Command sampleCommand()
{
    Command command;
    command.id = QUuid::fromString(u"0b7e2c1d-3f4a-4b5c-8d6e-7f8091a2b3c4"_s);
    command.type = CommandType::completeStep;
    command.caseId = QUuid::fromString(u"6f1c2a4e-8a53-4d7b-9b0e-0c5f7e9d1a23"_s);
    command.payload = StepPayload{u"review"_s, {}, u"同意"_s}.toJson();
    command.actor = reviewer();
    command.workstation = u"WS-07"_s;
    command.clientTime = at(2025, 1, 22, 15, 5);
    command.workstationSeq = 812;
    command.signature = QByteArray::fromHex("3045022100ab");
    return command;
}

QJsonObject without(QJsonObject json, const QString &key)
{
    json.remove(key);
    return json;
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

} // namespace

void tst_CaseReadModel::initTestCase()
{
    Result<WorkingCalendar> calendar = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
    m_calendar = calendar.value();
}

void tst_CaseReadModel::rebuiltFromEvents_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::newRow("promised: supplement, suspension, extension, return, void, reprint")
        << Scenario::Promised;
    QTest::newRow("joint, denied") << Scenario::Joint;
    QTest::newRow("immediate") << Scenario::Immediate;
    QTest::newRow("refused") << Scenario::Refused;
    QTest::newRow("withdrawn while suspended") << Scenario::WithdrawnWhileSuspended;
}

void tst_CaseReadModel::rebuiltFromEvents()
{
    QFETCH(Scenario, scenario);
    CaseDriver d(item(itemFor(scenario)), at(2025, 1, 20, 9, 0));
    const QString played = play(d, scenario);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    const QList<Event> &events = d.events();
    QVERIFY(events.size() >= 2);

    const DeadlineClock clock(*m_calendar);
    const QDateTime readAt = at(2025, 2, 12, 11);
    CaseState incremental;
    for (qsizetype k = 0; k <= events.size(); ++k) {
        if (k > 0)
            incremental = CaseState::apply(incremental, events.at(k - 1));
        QList<Event> stored;
        for (const Event &event : events.mid(0, k)) {
            const QByteArray wire = QJsonDocument(event.toJson()).toJson();
            Result<Event> back = Event::fromJson(QJsonDocument::fromJson(wire).object());
            QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
            stored.append(*back);
        }
        const CaseState rebuilt = CaseState::fold(stored);
        QCOMPARE(rebuilt, incremental);
        const CaseSummary summary = summarize(incremental, d.item(), clock, readAt);
        QCOMPARE(summarize(rebuilt, d.item(), clock, readAt), summary);
        QVERIFY2(summary.clockError.isEmpty(), qPrintable(summary.clockError));
        QCOMPARE(summary.lastCaseSeq, int(k));
    }
    QCOMPARE(incremental, d.state());
}

void tst_CaseReadModel::eventJsonRoundTrip()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(play(d, Scenario::Promised).isEmpty());
    qint64 serverSeq = 1000;
    for (Event event : d.events()) {
        const QByteArray canonical = event.canonicalBytes();
        event.serverSeq = ++serverSeq;
        QCOMPARE(event.canonicalBytes(), canonical);
        Result<Event> back = Event::fromJson(event.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(*back, event);
        QCOMPARE(back->serverSeq, serverSeq);
        QCOMPARE(back->canonicalBytes(), canonical);
    }
}

void tst_CaseReadModel::eventCanonicalBytes()
{
    Event event = sampleEvent();
    const QByteArray expected =
        R"({"actorId":"clerk-1","actorName":"王窗口","at":"2025-01-20T09:30:00.000+08:00",)"
        R"("caseId":"6f1c2a4e-8a53-4d7b-9b0e-0c5f7e9d1a23","caseSeq":4,)"
        R"("commandId":"0b7e2c1d-3f4a-4b5c-8d6e-7f8091a2b3c4",)"
        R"("payload":{"caseNumber":"SLHALL01202500000001X"},"type":"accepted",)"
        R"("workstation":"WS-07"})";
    QCOMPARE(event.canonicalBytes(), expected);
    // The same instant given in UTC is the same event, but not the same bytes: the offset the
    // event was recorded with is part of what was signed.
    event.at = event.at.toUTC();
    QVERIFY(event.canonicalBytes() != expected);
    event = sampleEvent();
    event.payload.insert(u"caseNumber"_s, u"SLHALL01202500000002Y"_s);
    QVERIFY(event.canonicalBytes() != expected);
}

void tst_CaseReadModel::badEventJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject good = sampleEvent().toJson();
    QTest::newRow("no case") << without(good, u"caseId"_s) << u"caseId"_s;
    QTest::newRow("case not a UUID") << with(good, u"caseId"_s, u"case-1"_s) << u"caseId"_s;
    QTest::newRow("sequence as text") << with(good, u"caseSeq"_s, u"4"_s) << u"caseSeq"_s;
    QTest::newRow("sequence zero") << with(good, u"caseSeq"_s, 0) << u"caseSeq"_s;
    QTest::newRow("no type") << without(good, u"type"_s) << u"type"_s;
    QTest::newRow("payload a list") << with(good, u"payload"_s, QJsonArray{}) << u"payload"_s;
    QTest::newRow("time not a time") << with(good, u"at"_s, u"yesterday"_s) << u"at"_s;
    QTest::newRow("negative server sequence") << with(good, u"serverSeq"_s, -1) << u"serverSeq"_s;
}

void tst_CaseReadModel::badEventJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    Result<Event> event = Event::fromJson(json);
    QVERIFY(!event.ok());
    QCOMPARE(event.error().field, field);
    QVERIFY(event.error().message.contains(field));
}

void tst_CaseReadModel::commandJsonRoundTrip()
{
    const Command command = sampleCommand();
    const QByteArray wire = QJsonDocument(command.toJson()).toJson(QJsonDocument::Compact);
    Result<Command> back = Command::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(*back, command);
    QCOMPARE(back->canonicalBytes(), command.canonicalBytes());
    QCOMPARE(back->signature, QByteArray::fromHex("3045022100ab"));
}

void tst_CaseReadModel::commandCanonicalBytes()
{
    Command command = sampleCommand();
    const QByteArray expected =
        R"({"actor":{"departments":["SCJG"],"name":"李审核","roles":["reviewer"],)"
        R"("userId":"reviewer-1"},"caseId":"6f1c2a4e-8a53-4d7b-9b0e-0c5f7e9d1a23",)"
        R"("clientTime":"2025-01-22T15:05:00.000+08:00",)"
        R"("id":"0b7e2c1d-3f4a-4b5c-8d6e-7f8091a2b3c4",)"
        R"("payload":{"department":"","opinion":"同意","stepId":"review"},)"
        R"("type":"complete-step","workstation":"WS-07","workstationSeq":812})";
    QCOMPARE(command.canonicalBytes(), expected);
    // The signature covers everything but itself.
    command.signature = QByteArray("another signature");
    QCOMPARE(command.canonicalBytes(), expected);
    command.workstationSeq = 813;
    QVERIFY(command.canonicalBytes() != expected);
}

void tst_CaseReadModel::badCommandJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject good = sampleCommand().toJson();
    QJsonObject actor = good.value(u"actor"_s).toObject();
    QTest::newRow("no id") << without(good, u"id"_s) << u"id"_s;
    QTest::newRow("no payload") << without(good, u"payload"_s) << u"payload"_s;
    QTest::newRow("sequence as text")
        << with(good, u"workstationSeq"_s, u"812"_s) << u"workstationSeq"_s;
    QTest::newRow("client time missing") << without(good, u"clientTime"_s) << u"clientTime"_s;
    QTest::newRow("unknown role") << with(good, u"actor"_s,
                                          with(actor, u"roles"_s, QJsonArray{u"janitor"_s}))
                                  << u"actor.roles[0]"_s;
    QTest::newRow("actor without user")
        << with(good, u"actor"_s, without(actor, u"userId"_s)) << u"actor.userId"_s;
    QTest::newRow("signature not base64") << with(good, u"signature"_s, u"***"_s) << u"signature"_s;
}

void tst_CaseReadModel::badCommandJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    Result<Command> command = Command::fromJson(json);
    QVERIFY(!command.ok());
    QCOMPARE(command.error().field, field);
    QVERIFY(!command.error().message.isEmpty());
}

void tst_CaseReadModel::summaryJsonRoundTrip()
{
    CaseDriver d(item(TestItem::Joint), at(2025, 1, 20, 9));
    QVERIFY(d.reach(Stage::JointOneBranchDone).isEmpty());
    const DeadlineClock clock(*m_calendar);
    const CaseSummary summary = summarize(d.state(), d.item(), clock, at(2025, 1, 27, 16));
    QCOMPARE(summary.currentSteps.size(), 2);
    QCOMPARE(summary.currentSteps.first().name, u"并联审查"_s);
    QCOMPARE(summary.currentSteps.first().department, u"WJW"_s);
    QVERIFY(summary.legalDue.isValid());
    QVERIFY(summary.worstStepDue.isValid());
    QCOMPARE(summary.applicantIdNumber, citizenId());
    const QByteArray wire = QJsonDocument(summary.toJson()).toJson();
    Result<CaseSummary> back = CaseSummary::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(*back, summary);
    QCOMPARE(back->toJson(), summary.toJson());

    Result<CaseSummary> bad = CaseSummary::fromJson(with(summary.toJson(), u"colour"_s, u"pink"_s));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, u"colour"_s);
}

void tst_CaseReadModel::unknownEventOnlyAdvancesTheSequence()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::Review).isEmpty());
    Event urged = sampleEvent();
    urged.caseId = d.caseId();
    urged.type = u"urged"_s;
    urged.caseSeq = d.state().lastCaseSeq + 1;
    urged.at = at(2025, 1, 21, 10);
    const CaseState after = CaseState::apply(d.state(), urged);
    CaseState expected = d.state();
    expected.lastCaseSeq = urged.caseSeq;
    expected.lastEventAt = urged.at;
    QCOMPARE(after, expected);
}

QTEST_GUILESS_MAIN(tst_CaseReadModel)
#include "tst_casereadmodel.moc"
