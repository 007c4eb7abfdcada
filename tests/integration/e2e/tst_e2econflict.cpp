// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two people act on the same case while the server is down: both windows accept the same
// application, both refuse it, or two reviewers both complete the same review. Each is allowed
// at their own workstation; when they sync, the first to reach the server wins and the other's
// command is rejected with the core rules' reason, which `sunhallctl client sync` lists and
// the engine keeps for the user, while the loser's local effect gives way to the winner's.
#include "core/case/CaseAggregate.h"
#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"
#include "tests/integration/e2e/CtlProcess.h"
#include "tests/integration/e2e/E2eHall.h"
#include "tests/integration/e2e/Workstation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <map>
#include <memory>

using namespace e2etest;
using namespace sunhall::core;

namespace {

const QString foodLicence = QStringLiteral("370200-SJ-XK-001");

} // namespace

class tst_E2eConflict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void firstToSyncWins_data();
    void firstToSyncWins();

private:
    Workstation &ws(const QString &name) { return *m_workstations.at(name); }
    /// A case li.na registers (and accepts) at W01 while online, pulled by the other two.
    QUuid setUpCase(bool accepted, const QString &first, const QString &second);
    Command act(const QString &action, Workstation &at, const QUuid &caseId);

    E2eHall m_hall;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 6), QTime(9, 0), QTimeZone(8 * 3600))};
    std::map<QString, std::unique_ptr<Workstation>> m_workstations;
};

void tst_E2eConflict::initTestCase()
{
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    const QList<std::tuple<QString, QString, QString>> people{
        {QStringLiteral("W01"), QStringLiteral("li.na"), QStringLiteral("clerk")},
        {QStringLiteral("W04"), QStringLiteral("zhou.jie"), QStringLiteral("clerk")},
        {QStringLiteral("W03"), QStringLiteral("wang.qiang"), QStringLiteral("reviewer")},
        {QStringLiteral("W05"), QStringLiteral("qian.lei"), QStringLiteral("reviewer")}};
    for (const auto &[workstation, user, role] : people)
        QVERIFY2(m_hall.addUser(user, role, QStringLiteral("SJ"), &error), qPrintable(error));
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    for (const auto &[workstation, user, role] : people) {
        const QString profile = m_hall.enroll(workstation, &error);
        QVERIFY2(!profile.isEmpty(), qPrintable(error));
        auto station = std::make_unique<Workstation>(profile, m_clock, testSettings(false));
        QCOMPARE(station->open(), QString());
        const Status in = station->logIn(user);
        QVERIFY2(in, describe(in).constData());
        m_workstations[workstation] = std::move(station);
    }
}

void tst_E2eConflict::cleanup()
{
    if (!QTest::currentTestFailed())
        return;
    qInfo().noquote() << m_hall.serverLogs();
    // What a failed row left waiting must not decide the next one.
    if (!m_hall.isServerRunning()) {
        QString error;
        QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    }
    for (auto &[name, station] : m_workstations) {
        if (!station->isOpen())
            QCOMPARE(station->open(), QString());
        (void)station->sync();
        const QList<OutboxEntry> rejected = station->engine().rejectedCommands().value();
        for (const OutboxEntry &entry : rejected)
            QVERIFY(station->engine().dismissRejected(entry.commandId).ok());
    }
}

void tst_E2eConflict::cleanupTestCase()
{
    m_workstations.clear();
    if (m_hall.isServerRunning())
        QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
}

QUuid tst_E2eConflict::setUpCase(bool accepted, const QString &first, const QString &second)
{
    Workstation &window = ws(QStringLiteral("W01"));
    const Result<QUuid> caseId = window.registerCase(foodLicence, QStringLiteral("王冲突"));
    if (!caseId || (accepted && !window.acceptCase(*caseId)) || !window.sync())
        return {};
    for (const QString &name : {first, second}) {
        if (!ws(name).pull())
            return {};
    }
    return *caseId;
}

Command tst_E2eConflict::act(const QString &action, Workstation &at, const QUuid &caseId)
{
    m_clock.advanceSecs(600);
    Result<Command> submitted = makeError(QStringLiteral("test.unknown-action"), action);
    if (action == QLatin1String("accept")) {
        const Result<QString> number = at.engine().takeNumber(DocumentNumber::Kind::Case);
        if (number)
            submitted = at.engine().submit(Commands::accept(caseId, *number));
    } else if (action == QLatin1String("refuse")) {
        submitted = at.engine().submit(
            Commands::refuse(caseId, QStringLiteral("不予受理：%1 认为材料不实").arg(at.name())));
    } else if (action == QLatin1String("review")) {
        submitted = at.engine().submit(Commands::completeStep(
            caseId, QStringLiteral("review"), QStringLiteral("%1 审核通过").arg(at.name())));
    }
    if (!submitted)
        qWarning() << action << "at" << at.name() << "refused locally:" << submitted.error().code;
    return submitted ? *submitted : Command{};
}

void tst_E2eConflict::firstToSyncWins_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("accepted"); // the case is accepted before the two act
    QTest::addColumn<QString>("winner");
    QTest::addColumn<QString>("loser");
    QTest::addColumn<QString>("status"); // of the case after both synced
    QTest::addColumn<QString>("code");   // the loser's rejection
    QTest::newRow("two windows accept the same application") << "accept" << false << "W01"
                                                             << "W04"
                                                             << "in-progress"
                                                             << "case.already-accepted";
    QTest::newRow("two windows refuse the same application") << "refuse" << false << "W04"
                                                             << "W01"
                                                             << "refused"
                                                             << "case.closed";
    QTest::newRow("two reviewers complete the same review") << "review" << true << "W05"
                                                            << "W03"
                                                            << "in-progress"
                                                            << "case.wrong-step";
}

void tst_E2eConflict::firstToSyncWins()
{
    QFETCH(QString, action);
    QFETCH(bool, accepted);
    QFETCH(QString, winner);
    QFETCH(QString, loser);
    QFETCH(QString, status);
    QFETCH(QString, code);
    const QUuid caseId = setUpCase(accepted, winner, loser);
    QVERIFY(!caseId.isNull());

    // The server goes down; both act on the case, each allowed by what their station knows.
    QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
    const Command won = act(action, ws(winner), caseId);
    const Command lost = act(action, ws(loser), caseId);
    QVERIFY(!won.id.isNull() && !lost.id.isNull());
    QCOMPARE(ws(winner).engine().pendingCount(), 1);
    QCOMPARE(ws(loser).engine().pendingCount(), 1);
    const CaseRow loserSawBefore = ws(loser).row(caseId).value();

    // The server is back; the winner syncs first.
    QString error;
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    const Status synced = ws(winner).sync();
    QVERIFY2(synced, describe(synced).constData());
    QCOMPARE(ws(winner).engine().rejectedCount(), 0);
    QCOMPARE(ws(winner).row(caseId)->status, status);

    // What the core rules say of the loser's command on the case as the server now has it.
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    const QList<Event> afterWinner = store->caseEvents(caseId).value();
    const CaseState state = CaseState::fold(afterWinner);
    const Result<QList<Event>> expected =
        CaseAggregate::decide(state, lost, store->item(state.itemCode, state.itemVersion).value());
    QVERIFY(!expected.ok());
    QCOMPARE(expected.error().code, code);

    // The loser syncs with `sunhallctl client sync`: exit 1, the reason listed.
    Workstation &loserStation = ws(loser);
    loserStation.close();
    const CtlProcess::Result run =
        CtlProcess::run({QStringLiteral("client"), QStringLiteral("sync"),
                         QStringLiteral("--profile"), loserStation.profileDir()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("waiting: 0, rejected: 1")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("%1 [%2]").arg(expected.error().message, code)),
             qPrintable(run.out));

    // Only the winner's events are on the server; the loser's station now shows them alone.
    QCOMPARE(store->caseEvents(caseId).value(), afterWinner);
    for (const Event &event : afterWinner)
        QVERIFY(event.commandId != lost.id);
    const CtlProcess::Result cases = CtlProcess::run(
        {QStringLiteral("client"), QStringLiteral("cases"), QStringLiteral("--profile"),
         loserStation.profileDir(), QStringLiteral("--json")});
    QCOMPARE(cases.exitCode, 0);
    QJsonObject listed;
    for (const QJsonValue &value : QJsonDocument::fromJson(cases.out.toUtf8()).array()) {
        if (value.toObject().value(QStringLiteral("caseId")).toString() ==
            caseId.toString(QUuid::WithoutBraces))
            listed = value.toObject();
    }
    QCOMPARE(listed.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(listed.value(QStringLiteral("pending")).toBool(), false);
    QCOMPARE(listed.value(QStringLiteral("caseNumber")).toString(),
             ws(winner).row(caseId)->caseNumber);
    if (action == QLatin1String("accept"))
        QVERIFY(loserSawBefore.caseNumber != ws(winner).row(caseId)->caseNumber);

    // Back in the desktop client, the rejection waits for the user who made it, with the reason.
    QCOMPARE(loserStation.open(), QString());
    QCOMPARE(loserStation.events(caseId), afterWinner);
    QVERIFY(loserStation.store().casesWithPendingEvents().value().isEmpty());
    const QList<OutboxEntry> rejected = loserStation.engine().rejectedCommands().value();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().commandId, lost.id);
    QCOMPARE(rejected.first().rejection.code, code);
    QCOMPARE(rejected.first().rejection.message, expected.error().message);
    QCOMPARE(rejected.first().rejection.field, expected.error().field);
    QVERIFY(loserStation.engine().dismissRejected(lost.id).ok());
    QCOMPARE(loserStation.engine().rejectedCount(), 0);
}

QTEST_GUILESS_MAIN(tst_E2eConflict)
#include "tst_e2econflict.moc"
