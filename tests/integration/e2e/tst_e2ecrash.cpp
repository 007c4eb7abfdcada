// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Crashes and tampering, end to end. The server is killed with SIGKILL in the middle of a
// large push and a workstation's `sunhallctl client sync` in the middle of a large pull; after
// a restart and another sync nothing is lost and nothing doubled, and the audit chain still
// verifies. Then one byte of one stored event is changed behind the server's back, and
// `sunhallctl audit verify` names that event. The functions build on each other, in order.
#include "core/case/CaseStatus.h"
#include "tests/integration/e2e/CtlProcess.h"
#include "tests/integration/e2e/E2eHall.h"
#include "tests/integration/e2e/Workstation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace e2etest;
using namespace sunhall::core;

namespace {

const QString foodLicence = QStringLiteral("370200-SJ-XK-001");
constexpr int casesPushed = 250; // 500 commands: the most one push request carries

// The pull cursor of a workstation's local store, read over a connection of the test's own
// while another process writes it; -1 when it cannot be read.
qint64 readCursor(const QString &storePath)
{
    const QString name = QUuid::createUuid().toString();
    qint64 cursor = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'pull.cursor'")))
                cursor = q.next() ? q.value(0).toLongLong() : 0;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return cursor;
}

QHash<QUuid, QList<Event>> byCase(const QList<Event> &events)
{
    QHash<QUuid, QList<Event>> cases;
    for (const Event &event : events)
        cases[event.caseId].append(event);
    return cases;
}

} // namespace

class tst_E2eCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void serverKilledInTheMiddleOfAPush();
    void clientKilledInTheMiddleOfAPull();
    void tamperedEventIsNamed();

private:
    QList<Event> serverEvents();

    E2eHall m_hall;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 10), QTime(9, 0), QTimeZone(8 * 3600))};
    std::unique_ptr<Workstation> m_clerk; // W01, li.na, clerk of SJ
    QString m_ctlScreen;                  // S11, zhao.min through sunhallctl
};

QList<Event> tst_E2eCrash::serverEvents()
{
    QString error;
    const auto store = m_hall.openStore(&error);
    if (!store)
        return {};
    const Result<QList<Event>> events = store->eventsAfter(0, {true, {}}, 1'000'000);
    return events ? *events : QList<Event>();
}

void tst_E2eCrash::initTestCase()
{
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    QVERIFY2(m_hall.addUser(QStringLiteral("li.na"), QStringLiteral("clerk"), QStringLiteral("SJ"),
                            &error),
             qPrintable(error));
    QVERIFY2(
        m_hall.addUser(QStringLiteral("zhao.min"), QStringLiteral("supervisor"), QString(), &error),
        qPrintable(error));
    // Signed checkpoints along the way, so that verifying also checks their signatures.
    m_hall.setServerOptions({QStringLiteral("--checkpoint-every"), QStringLiteral("100")});
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));

    const QString clerkProfile = m_hall.enroll(QStringLiteral("W01"), &error);
    QVERIFY2(!clerkProfile.isEmpty(), qPrintable(error));
    SyncSettings settings = testSettings(false);
    settings.leaseCount = casesPushed + 50;
    m_clerk = std::make_unique<Workstation>(clerkProfile, m_clock, settings);
    QCOMPARE(m_clerk->open(), QString());
    const Status in = m_clerk->logIn(QStringLiteral("li.na"));
    QVERIFY2(in, describe(in).constData());

    // The supervision workstation logs in now, before the day's traffic, so that it has a
    // long way to pull later.
    m_ctlScreen = m_hall.enroll(QStringLiteral("S11"), &error);
    QVERIFY2(!m_ctlScreen.isEmpty(), qPrintable(error));
    const CtlProcess::Result login = CtlProcess::run(
        {QStringLiteral("client"), QStringLiteral("login"), QStringLiteral("--profile"),
         m_ctlScreen, QStringLiteral("--user"), QStringLiteral("zhao.min"),
         QStringLiteral("--password-file"), m_hall.passwordFile()});
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
}

void tst_E2eCrash::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_hall.serverLogs();
}

void tst_E2eCrash::cleanupTestCase()
{
    m_clerk.reset();
    if (m_hall.isServerRunning())
        QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
}

void tst_E2eCrash::serverKilledInTheMiddleOfAPush()
{
    QList<QUuid> cases;
    QSet<QString> numbers;
    for (int i = 0; i < casesPushed; ++i) {
        m_clock.advanceSecs(60);
        const Result<QUuid> caseId =
            m_clerk->registerCase(foodLicence, QStringLiteral("批量申请人%1").arg(i + 1));
        QVERIFY(caseId.ok());
        const Result<QString> number = m_clerk->acceptCase(*caseId);
        QVERIFY2(number.ok(), number.ok() ? "" : qPrintable(number.error().message));
        cases << *caseId;
        numbers << *number;
    }
    QCOMPARE(m_clerk->engine().pendingCount(), 2 * casesPushed);

    // One push of every command; the server dies once it has stored the first results.
    QString error;
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    const SyncOperationPtr push = m_clerk->engine().push();
    QDeadlineTimer deadline(waitMs);
    qint64 applied = 0;
    while (applied == 0 && !deadline.hasExpired() && !push->isFinished()) {
        QCoreApplication::processEvents();
        const Result<qint64> stored = store->lastWorkstationSeq(QStringLiteral("W01"));
        applied = stored ? *stored : 0;
        if (applied == 0)
            QThread::usleep(200);
    }
    m_hall.killServer();
    QVERIFY(!m_clerk->wait(push).ok());
    applied = store->lastWorkstationSeq(QStringLiteral("W01")).value();
    qInfo("the server was killed after storing %lld of %d results", applied, 2 * casesPushed);
    QVERIFY2(
        applied > 0 && applied < 2 * casesPushed,
        qPrintable(QStringLiteral("%1 commands applied when the server was killed").arg(applied)));
    QCOMPARE(m_clerk->engine().pendingCount(), 2 * casesPushed);

    // The server comes back; the next sync sends everything again and pulls.
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    const Status synced = m_clerk->sync();
    QVERIFY2(synced, describe(synced).constData());
    QCOMPARE(m_clerk->engine().pendingCount(), 0);
    QCOMPARE(m_clerk->engine().rejectedCount(), 0);
    QCOMPARE(store->lastWorkstationSeq(QStringLiteral("W01")).value(), 2 * casesPushed);

    // Every case once on the server, with the window's number and one set of events.
    const QHash<QUuid, QList<Event>> onServer = byCase(serverEvents());
    QCOMPARE(onServer.size(), casesPushed);
    QSet<QString> numbersOnServer;
    for (const QUuid &caseId : std::as_const(cases)) {
        const QList<Event> events = onServer.value(caseId);
        QCOMPARE(events.size(), 4);
        const CaseState state = CaseState::fold(events);
        QCOMPARE(state.status, CaseStatus::InProgress);
        numbersOnServer << state.caseNumber;
        QCOMPARE(m_clerk->events(caseId), events);
    }
    QCOMPARE(numbersOnServer, numbers);
    QVERIFY(m_clerk->store().casesWithPendingEvents().value().isEmpty());

    const CtlProcess::Result audit = m_hall.verifyAudit();
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
    QVERIFY2(
        audit.out.contains(QStringLiteral("Audit chain verified: %1 events").arg(4 * casesPushed)),
        qPrintable(audit.out));
}

void tst_E2eCrash::clientKilledInTheMiddleOfAPull()
{
    const QList<Event> all = serverEvents();
    QVERIFY(all.size() >= 4 * casesPushed);
    const qint64 last = all.last().serverSeq;
    const QString storePath = m_ctlScreen + QStringLiteral("/local.db");
    const qint64 before = readCursor(storePath);
    QVERIFY(before >= 0 && before < last);

    // `sunhallctl client sync` pulls page after page; it dies once the first is stored.
    CtlProcess sync;
    QVERIFY(sync.start({QStringLiteral("client"), QStringLiteral("sync"),
                        QStringLiteral("--profile"), m_ctlScreen}));
    QDeadlineTimer deadline(waitMs);
    qint64 cursor = before;
    while (cursor <= before && sync.isRunning() && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        QThread::usleep(200);
        cursor = readCursor(storePath);
    }
    sync.sendSignal(SIGSTOP);
    cursor = readCursor(storePath);
    sync.sendSignal(SIGKILL);
    QCOMPARE(sync.finish(10000).exitCode, -1);
    qInfo("sunhallctl client sync was killed at cursor %lld of %lld", cursor, last);
    QVERIFY2(cursor > before && cursor < last,
             qPrintable(QStringLiteral("killed at cursor %1 of %2").arg(cursor).arg(last)));

    // What it had stored is whole pages: exactly the events up to its cursor.
    {
        auto partial = LocalStore::open(storePath);
        QVERIFY(partial.ok());
        const qint64 expected = std::count_if(all.begin(), all.end(), [&](const Event &event) {
            return event.serverSeq <= partial.value()->pullCursor();
        });
        QCOMPARE(partial.value()->eventCount().value(), expected);
    }

    // Synced again, the workstation holds exactly the server's events, and its read model.
    const CtlProcess::Result again =
        CtlProcess::run({QStringLiteral("client"), QStringLiteral("sync"),
                         QStringLiteral("--profile"), m_ctlScreen});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    auto opened = LocalStore::open(storePath);
    QVERIFY(opened.ok());
    LocalStore &local = *opened.value();
    QCOMPARE(local.pullCursor(), last);
    QCOMPARE(local.eventCount().value(), qint64(all.size()));
    const QHash<QUuid, QList<Event>> onServer = byCase(all);
    const QList<CaseRow> rows = local.caseRows().value();
    QCOMPARE(rows.size(), onServer.size());
    for (const CaseRow &row : rows) {
        const QList<Event> events = onServer.value(row.caseId);
        QCOMPARE(local.caseEvents(row.caseId).value(), events);
        const CaseState state = CaseState::fold(events);
        QCOMPARE(row.caseNumber, state.caseNumber);
        QCOMPARE(row.status, caseStatusId(state.status));
        QCOMPARE(row.lastCaseSeq, state.lastCaseSeq);
        QCOMPARE(row.applicantName, state.applicant.name);
    }
    const CtlProcess::Result cases =
        CtlProcess::run({QStringLiteral("client"), QStringLiteral("cases"),
                         QStringLiteral("--profile"), m_ctlScreen, QStringLiteral("--json")});
    QCOMPARE(cases.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cases.out.toUtf8()).array().size(), onServer.size());
}

void tst_E2eCrash::tamperedEventIsNamed()
{
    QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
    CtlProcess::Result audit = m_hall.verifyAudit();
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));

    // The registration of a case in the middle of the chain names another window: one byte.
    const QList<Event> all = serverEvents();
    QVERIFY(all.size() > 100);
    qint64 target = 0;
    for (qsizetype i = all.size() / 2; i < all.size() && target == 0; ++i) {
        if (all.at(i).type == QLatin1String("registered"))
            target = all.at(i).serverSeq;
    }
    QVERIFY(target > 0);
    QString error;
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT payload FROM events WHERE server_seq = ?"));
    q.addBindValue(target);
    QVERIFY(q.exec() && q.next());
    const QByteArray original = q.value(0).toString().toUtf8();
    QByteArray changed = original;
    const qsizetype at = changed.indexOf("\"W01\"");
    QVERIFY(at >= 0);
    changed[at + 3] = '2';
    const auto write = [&](const QByteArray &payload) {
        QSqlQuery update(store->database());
        update.prepare(QStringLiteral("UPDATE events SET payload = ? WHERE server_seq = ?"));
        update.addBindValue(QString::fromUtf8(payload));
        update.addBindValue(target);
        return update.exec() && update.numRowsAffected() == 1;
    };
    QVERIFY(write(changed));

    audit = m_hall.verifyAudit();
    QCOMPARE(audit.exitCode, 1);
    QVERIFY2(audit.out.contains(QStringLiteral("Audit chain broken at serverSeq %1:").arg(target)),
             qPrintable(audit.out + audit.err));

    // The byte put back, the chain verifies again: it was that byte and nothing else.
    QVERIFY(write(original));
    audit = m_hall.verifyAudit();
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
}

QTEST_GUILESS_MAIN(tst_E2eCrash)
#include "tst_e2ecrash.moc"
