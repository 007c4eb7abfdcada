// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Offline first, end to end: a window clerk works a whole day while the server is down, with
// case numbers from the range leased the day before, and one sync brings every case to the
// hall exactly once; and a push whose answer was lost, sent again, leaves one set of events.
#include "core/values/DocumentNumber.h"
#include "tests/integration/e2e/CtlProcess.h"
#include "tests/integration/e2e/E2eHall.h"
#include "tests/integration/e2e/Workstation.h"
#include "tests/integration/server/TlsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace e2etest;
using namespace sunhall::core;

namespace {

const QString foodLicence = QStringLiteral("370200-SJ-XK-001");

// The events the server holds of each command.
QHash<QUuid, int> eventsByCommand(const QList<Event> &events)
{
    QHash<QUuid, int> counts;
    for (const Event &event : events)
        ++counts[event.commandId];
    return counts;
}

} // namespace

class tst_E2eOffline : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void dayOfWorkOffline();
    void replayedCommandAppliesOnce();

private:
    /// The case serials the server leased to a workstation.
    QList<std::pair<qint64, qint64>> leasedRanges(const QString &workstation);

    E2eHall m_hall;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 4), QTime(8, 30), QTimeZone(8 * 3600))};
    std::unique_ptr<Workstation> m_clerk;  // W01, li.na, clerk of SJ
    std::unique_ptr<Workstation> m_screen; // S01, zhao.min, supervisor
};

QList<std::pair<qint64, qint64>> tst_E2eOffline::leasedRanges(const QString &workstation)
{
    QString error;
    const auto store = m_hall.openStore(&error);
    QList<std::pair<qint64, qint64>> ranges;
    if (!store)
        return ranges;
    QSqlQuery q(store->database());
    q.prepare(QStringLiteral("SELECT first, last FROM number_leases WHERE kind = 'case' AND "
                             "workstation = ? ORDER BY first"));
    q.addBindValue(workstation);
    if (q.exec()) {
        while (q.next())
            ranges.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    return ranges;
}

void tst_E2eOffline::initTestCase()
{
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    QVERIFY2(m_hall.addUser(QStringLiteral("li.na"), QStringLiteral("clerk"), QStringLiteral("SJ"),
                            &error),
             qPrintable(error));
    QVERIFY2(
        m_hall.addUser(QStringLiteral("zhao.min"), QStringLiteral("supervisor"), QString(), &error),
        qPrintable(error));
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    for (const auto &[ws, name] : {std::pair{&m_clerk, "W01"}, std::pair{&m_screen, "S01"}}) {
        const QString profile = m_hall.enroll(QString::fromLatin1(name), &error);
        QVERIFY2(!profile.isEmpty(), qPrintable(error));
        *ws = std::make_unique<Workstation>(profile, m_clock, testSettings(false));
        QCOMPARE((*ws)->open(), QString());
    }
}

void tst_E2eOffline::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_hall.serverLogs();
}

void tst_E2eOffline::cleanupTestCase()
{
    m_clerk.reset();
    m_screen.reset();
    if (m_hall.isServerRunning())
        QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
}

void tst_E2eOffline::dayOfWorkOffline()
{
    // Yesterday li.na logged in at W01, which leased its case numbers, and logged out.
    Status done = m_clerk->logIn(QStringLiteral("li.na"));
    QVERIFY2(done, describe(done).constData());
    const QString hall = QString::fromLatin1(hallCode);
    QCOMPARE(m_clerk->store().remainingSerials("case", hall, 2025).value(), 100);
    QVERIFY(m_clerk->wait(m_clerk->engine().logout()));

    // This morning the server is down. The client starts and she logs in offline.
    QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
    m_clock.set(QDateTime(QDate(2025, 3, 5), QTime(8, 30), QTimeZone(8 * 3600)));
    QCOMPARE(m_clerk->open(), QString());
    done = m_clerk->wait(
        m_clerk->engine().login(QStringLiteral("li.na"), QString::fromLatin1(password)));
    QVERIFY2(done, describe(done).constData());
    QVERIFY(m_clerk->engine().session()->isOffline());
    QVERIFY(!m_clerk->engine().isOnline());

    // A day of work: thirty applications accepted at the window, one every quarter hour.
    QList<QUuid> cases;
    QSet<QString> numbers;
    for (int i = 0; i < 30; ++i) {
        m_clock.advanceSecs(15 * 60);
        const Result<QUuid> caseId =
            m_clerk->registerCase(foodLicence, QStringLiteral("申请人%1").arg(i + 1));
        QVERIFY(caseId.ok());
        const Result<QString> number = m_clerk->acceptCase(*caseId);
        QVERIFY2(number.ok(), number.ok() ? "" : qPrintable(number.error().message));
        QCOMPARE(m_clerk->row(*caseId)->status, QStringLiteral("in-progress"));
        cases << *caseId;
        numbers << *number;
    }
    QCOMPARE(numbers.size(), 30);
    QCOMPARE(m_clerk->engine().pendingCount(), 60);
    const QList<OutboxEntry> outbox = m_clerk->store().outboxFrom(0, 1000, true).value();
    QCOMPARE(outbox.size(), 60);
    for (qsizetype i = 0; i < outbox.size(); ++i)
        QCOMPARE(outbox.at(i).seq, qint64(i + 1));
    // Trying to send meanwhile loses nothing.
    QCOMPARE(m_clerk->sync().error().code, QStringLiteral("sync.unreachable"));
    QCOMPARE(m_clerk->engine().pendingCount(), 60);

    // The server comes back; one sync logs her in at it and sends the whole day.
    QString error;
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    done = m_clerk->sync();
    QVERIFY2(done, describe(done).constData());
    QVERIFY(!m_clerk->engine().session()->isOffline());
    QCOMPARE(m_clerk->engine().pendingCount(), 0);
    QCOMPARE(m_clerk->engine().rejectedCount(), 0);
    QVERIFY(m_clerk->store().casesWithPendingEvents().value().isEmpty());
    const QList<OutboxEntry> answered = m_clerk->store().outboxFrom(0, 1000, false).value();
    for (const OutboxEntry &entry : answered)
        QCOMPARE(entry.state, OutboxState::Applied);
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->lastWorkstationSeq(QStringLiteral("W01")).value(), 60);

    // The supervision screen sees every case once, with the number the window gave it.
    done = m_screen->logIn(QStringLiteral("zhao.min"));
    QVERIFY2(done, describe(done).constData());
    QCOMPARE(m_screen->store().caseRows().value().size(), 30);
    for (const QUuid &caseId : std::as_const(cases)) {
        const std::optional<CaseRow> row = m_screen->row(caseId);
        QVERIFY(row.has_value());
        QCOMPARE(row->caseNumber, m_clerk->row(caseId)->caseNumber);
        QCOMPARE(row->status, QStringLiteral("in-progress"));
        QCOMPARE(m_screen->events(caseId).size(), 4);
        const QList<Event> onServer = store->caseEvents(caseId).value();
        QCOMPARE(onServer.size(), 4);
        for (const int count : eventsByCommand(onServer))
            QVERIFY(count == 1 || count == 3); // registered; accepted, step done, review started
    }

    // So does `sunhallctl client cases` on another workstation.
    const QString profile = m_hall.enroll(QStringLiteral("S11"), &error);
    QVERIFY2(!profile.isEmpty(), qPrintable(error));
    CtlProcess::Result run = CtlProcess::run(
        {QStringLiteral("client"), QStringLiteral("login"), QStringLiteral("--profile"), profile,
         QStringLiteral("--user"), QStringLiteral("zhao.min"), QStringLiteral("--password-file"),
         m_hall.passwordFile()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = CtlProcess::run({QStringLiteral("client"), QStringLiteral("cases"),
                           QStringLiteral("--profile"), profile, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QStringList listed;
    for (const QJsonValue &row : QJsonDocument::fromJson(run.out.toUtf8()).array())
        listed << row.toObject().value(QStringLiteral("caseNumber")).toString();
    listed.sort();
    QStringList expected = numbers.values();
    expected.sort();
    QCOMPARE(listed, expected);

    // Each number is the hall's, checks out, and comes from the range leased to W01.
    const QList<std::pair<qint64, qint64>> ranges = leasedRanges(QStringLiteral("W01"));
    QVERIFY(!ranges.isEmpty());
    for (const QString &text : std::as_const(numbers)) {
        const Result<DocumentNumber> number = DocumentNumber::parse(text);
        QVERIFY2(number.ok(), qPrintable(text));
        QCOMPARE(number->hallCode(), hall);
        QCOMPARE(number->year(), 2025);
        const bool inRange = std::any_of(ranges.begin(), ranges.end(), [&](const auto &range) {
            return number->serial() >= range.first && number->serial() <= range.second;
        });
        QVERIFY2(inRange, qPrintable(text));
    }
}

void tst_E2eOffline::replayedCommandAppliesOnce()
{
    if (!m_clerk->engine().session() || m_clerk->engine().session()->isOffline()) {
        const Status in = m_clerk->logIn(QStringLiteral("li.na"));
        QVERIFY2(in, describe(in).constData());
    }
    const Result<QUuid> caseId = m_clerk->registerCase(foodLicence, QStringLiteral("重发测试"));
    QVERIFY(caseId.ok());
    QVERIFY(m_clerk->acceptCase(*caseId).ok());
    const QList<OutboxEntry> waiting = m_clerk->store().outboxFrom(0, 10, true).value();
    QCOMPARE(waiting.size(), 2);

    // The workstation's commands reach the server, but the answer never comes back: the same
    // bytes are pushed again, twice.
    QJsonArray commands;
    for (const OutboxEntry &entry : waiting)
        commands.append(QJsonDocument::fromJson(entry.commandJson).object());
    const QString profile = m_clerk->profileDir();
    servertest::TlsClient tls(profile + QStringLiteral("/ca.pem"),
                              profile + QStringLiteral("/cert.pem"),
                              profile + QStringLiteral("/key.pem"));
    QVERIFY(tls.connectTo(m_hall.port()));
    tls.setToken(m_clerk->engine().session()->token);
    const QJsonObject body{{QStringLiteral("commands"), commands}};
    const servertest::HttpReply first = tls.postJson(QStringLiteral("/v1/sync/push"), body);
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &result : results)
        QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
    QString error;
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    const qint64 serverSeq = store->lastServerSeq().value();

    const servertest::HttpReply second = tls.postJson(QStringLiteral("/v1/sync/push"), body);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QStringLiteral("results")).toArray(), results);
    QCOMPARE(store->lastServerSeq().value(), serverSeq);

    // The engine, which never saw an answer, sends them once more and records the stored one.
    const Status pushed = m_clerk->push();
    QVERIFY2(pushed, describe(pushed).constData());
    QCOMPARE(m_clerk->engine().pendingCount(), 0);
    QCOMPARE(m_clerk->engine().rejectedCount(), 0);
    for (qsizetype i = 0; i < waiting.size(); ++i) {
        const OutboxEntry entry =
            m_clerk->store().outboxEntry(waiting.at(i).commandId).value().value();
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(entry.state, OutboxState::Applied);
        QCOMPARE(entry.firstServerSeq, result.value(QStringLiteral("firstServerSeq")).toInteger());
        QCOMPARE(entry.lastServerSeq, result.value(QStringLiteral("lastServerSeq")).toInteger());
    }
    QCOMPARE(store->lastServerSeq().value(), serverSeq);

    // One set of events: one for the registration, three for the acceptance, seen alike by the
    // server, the clerk and the supervision screen.
    const QList<Event> onServer = store->caseEvents(*caseId).value();
    const QHash<QUuid, int> counts = eventsByCommand(onServer);
    QCOMPARE(counts.value(waiting.at(0).commandId), 1);
    QCOMPARE(counts.value(waiting.at(1).commandId), 3);
    QCOMPARE(onServer.size(), 4);
    QVERIFY(m_clerk->pull());
    QCOMPARE(m_clerk->events(*caseId), onServer);
    const Status in = m_screen->engine().session() ? m_screen->pull()
                                                   : m_screen->logIn(QStringLiteral("zhao.min"));
    QVERIFY2(in, describe(in).constData());
    QCOMPARE(m_screen->events(*caseId), onServer);
    int rows = 0;
    const QList<CaseRow> screenRows = m_screen->store().caseRows().value();
    for (const CaseRow &row : screenRows)
        rows += row.caseId == *caseId ? 1 : 0;
    QCOMPARE(rows, 1);
}

QTEST_GUILESS_MAIN(tst_E2eOffline)
#include "tst_e2eoffline.moc"
