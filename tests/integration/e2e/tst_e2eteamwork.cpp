// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A hall at work, end to end: window clerks of two departments, a reviewer and a supervision
// screen, each a real sync engine on its own workstation, against the real server over mutual
// TLS. What one window does reaches the supervision screen within a second through a live poke
// and the other windows of its department, never the windows of another department; and an
// applicant's name full of quotes, SQL and mixed scripts arrives exactly as it was typed.
#include "core/case/Commands.h"
#include "tests/integration/e2e/CtlProcess.h"
#include "tests/integration/e2e/E2eHall.h"
#include "tests/integration/e2e/Workstation.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace e2etest;
using namespace sunhall::core;

namespace {

const QString foodLicence = QStringLiteral("370200-SJ-XK-001"); // 食品经营许可, department SJ

// 200 UTF-16 code units of Chinese, Latin, digits, quotes, SQL, backslashes, a character
// outside the Basic Multilingual Plane and a combining accent.
QString trickyName()
{
    QString name = QStringLiteral("张'三\"李`四 O'Brien; '; DROP TABLE events; -- \\x00 %_ ") +
                   QString::fromUtf8("𠀀 Zoë e\u0301 ") + QStringLiteral("食品经营许可\"申请人\" ");
    const QString filler = QStringLiteral("青岛市'\"; DELETE FROM users; --行政服务");
    while (name.size() < 200)
        name += filler;
    name.truncate(200);
    if (name.back().isHighSurrogate() || name.back().isSpace())
        name.back() = QLatin1Char('X');
    return name;
}

} // namespace

class tst_E2eTeamwork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void changesReachEveryoneInScope();
    void applicantNameRoundTrips_data();
    void applicantNameRoundTrips();

private:
    std::unique_ptr<Workstation> workstation(const QString &name, bool autoSync, QString *error);

    E2eHall m_hall;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600))};
    std::unique_ptr<Workstation> m_clerk;      // W01, li.na, clerk of SJ
    std::unique_ptr<Workstation> m_otherClerk; // W02, wang.fang, clerk of ZJ
    std::unique_ptr<Workstation> m_reviewer;   // W03, wang.qiang, reviewer and chief of SJ
    std::unique_ptr<Workstation> m_screen;     // S01, zhao.min, supervisor
    QString m_ctlClerk;                        // W11, li.na through sunhallctl
    QString m_ctlScreen;                       // S11, zhao.min through sunhallctl
};

std::unique_ptr<Workstation> tst_E2eTeamwork::workstation(const QString &name, bool autoSync,
                                                          QString *error)
{
    const QString profile = m_hall.enroll(name, error);
    if (profile.isEmpty())
        return nullptr;
    auto ws = std::make_unique<Workstation>(profile, m_clock, testSettings(autoSync));
    *error = ws->open();
    return error->isEmpty() ? std::move(ws) : nullptr;
}

void tst_E2eTeamwork::initTestCase()
{
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    QVERIFY2(m_hall.addUser(QStringLiteral("li.na"), QStringLiteral("clerk"), QStringLiteral("SJ"),
                            &error),
             qPrintable(error));
    QVERIFY2(m_hall.addUser(QStringLiteral("wang.fang"), QStringLiteral("clerk"),
                            QStringLiteral("ZJ"), &error),
             qPrintable(error));
    QVERIFY2(m_hall.addUser(QStringLiteral("wang.qiang"), QStringLiteral("reviewer,chief-approver"),
                            QStringLiteral("SJ"), &error),
             qPrintable(error));
    QVERIFY2(
        m_hall.addUser(QStringLiteral("zhao.min"), QStringLiteral("supervisor"), QString(), &error),
        qPrintable(error));
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));

    for (const auto &[ws, name] : {std::pair{&m_clerk, "W01"}, std::pair{&m_otherClerk, "W02"},
                                   std::pair{&m_reviewer, "W03"}, std::pair{&m_screen, "S01"}}) {
        *ws = workstation(QString::fromLatin1(name), true, &error);
        QVERIFY2(*ws, qPrintable(error));
    }
    for (const auto &[ws, user] :
         {std::pair{m_clerk.get(), "li.na"}, std::pair{m_otherClerk.get(), "wang.fang"},
          std::pair{m_reviewer.get(), "wang.qiang"}, std::pair{m_screen.get(), "zhao.min"}}) {
        const Status in = ws->logIn(QString::fromLatin1(user));
        QVERIFY2(in, describe(in).constData());
    }
    for (Workstation *ws : {m_clerk.get(), m_otherClerk.get(), m_reviewer.get(), m_screen.get()})
        QTRY_VERIFY_WITH_TIMEOUT(ws->engine().isLiveConnected(), waitMs);

    m_ctlClerk = m_hall.enroll(QStringLiteral("W11"), &error);
    QVERIFY2(!m_ctlClerk.isEmpty(), qPrintable(error));
    m_ctlScreen = m_hall.enroll(QStringLiteral("S11"), &error);
    QVERIFY2(!m_ctlScreen.isEmpty(), qPrintable(error));
    for (const auto &[profile, user] :
         {std::pair{m_ctlClerk, "li.na"}, std::pair{m_ctlScreen, "zhao.min"}}) {
        const CtlProcess::Result login = CtlProcess::run(
            {QStringLiteral("client"), QStringLiteral("login"), QStringLiteral("--profile"),
             profile, QStringLiteral("--user"), QString::fromLatin1(user),
             QStringLiteral("--password-file"), m_hall.passwordFile()});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err + login.out));
    }
}

void tst_E2eTeamwork::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_hall.serverLogs();
}

void tst_E2eTeamwork::cleanupTestCase()
{
    for (auto *ws : {&m_clerk, &m_otherClerk, &m_reviewer, &m_screen})
        ws->reset();
    if (m_hall.isServerRunning())
        QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
}

void tst_E2eTeamwork::changesReachEveryoneInScope()
{
    QSignalSpy screenPoked(&m_screen->engine(), &SyncEngine::poked);
    QSignalSpy otherPoked(&m_otherClerk->engine(), &SyncEngine::poked);
    const qint64 otherEvents = m_otherClerk->store().eventCount().value();

    // li.na accepts an application at window W01; her engine pushes by itself.
    QElapsedTimer sinceAccepted;
    sinceAccepted.start();
    const Result<QUuid> caseId = m_clerk->registerCase(foodLicence, QStringLiteral("陈申请"));
    QVERIFY2(caseId, describe(caseId.ok() ? Status::success() : caseId.error()).constData());
    const Result<QString> number = m_clerk->acceptCase(*caseId);
    QVERIFY(number.ok());

    // The supervision screen is poked and pulls it within one second.
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->row(*caseId).has_value() &&
                                 m_screen->row(*caseId)->status == QLatin1String("in-progress"),
                             1000);
    const qint64 propagationMs = sinceAccepted.elapsed();
    QVERIFY2(propagationMs < 1000, qPrintable(QStringLiteral("%1 ms").arg(propagationMs)));
    qInfo("window to supervision screen: %lld ms", propagationMs);
    QVERIFY(!screenPoked.isEmpty());
    QCOMPARE(m_screen->row(*caseId)->caseNumber, *number);
    QCOMPARE(m_screen->row(*caseId)->applicantName, QStringLiteral("陈申请"));
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->engine().pendingCount(), 0, waitMs);

    // The reviewer of the same department gets it in his queue by himself, at the review step.
    QTRY_COMPARE_WITH_TIMEOUT(m_reviewer->currentSteps(*caseId), QStringList{"review"}, waitMs);

    // The clerk of another department is not even poked, and a pull brings nothing of it.
    QVERIFY(m_otherClerk->pull());
    QVERIFY(otherPoked.isEmpty());
    QVERIFY(!m_otherClerk->row(*caseId).has_value());
    QVERIFY(m_otherClerk->events(*caseId).isEmpty());
    QCOMPARE(m_otherClerk->store().eventCount().value(), otherEvents);
    QCOMPARE(m_otherClerk->store().pullCursor(), m_screen->store().pullCursor());

    // The reviewer completes the review on W03: the clerk's engine sees the case move on.
    m_clock.advanceSecs(3600);
    QVERIFY(m_reviewer->engine()
                .submit(Commands::completeStep(*caseId, "review", "材料齐全，同意"))
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->currentSteps(*caseId), QStringList{"site-check"}, waitMs);
    QCOMPARE(m_clerk->row(*caseId)->status, QStringLiteral("in-progress"));
    // After the site check he signs the decision: every window of SJ and the screen see it.
    QVERIFY(m_reviewer->engine()
                .submit(Commands::completeStep(*caseId, "site-check", "现场核查合格"))
                .ok());
    QVERIFY(m_reviewer->engine().submit(Commands::decide(*caseId, true, "准予许可")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_clerk->row(*caseId)->status, QStringLiteral("decided"), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->row(*caseId)->status, QStringLiteral("decided"), waitMs);
    QCOMPARE(m_clerk->currentSteps(*caseId), QStringList{"conclude"});

    // Everyone holds the server's events of the case, once each; nothing waits or was refused.
    QString error;
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    const QList<Event> onServer = store->caseEvents(*caseId).value();
    // Registered; accepted (×3); each review step done and the next started (×2, ×2); decided
    // (×3: the decision, sign-off done, conclude started).
    QCOMPARE(onServer.size(), 11);
    for (Workstation *ws : {m_clerk.get(), m_reviewer.get(), m_screen.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(ws->engine().pendingCount(), 0, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(ws->events(*caseId), onServer, waitMs);
        QCOMPARE(ws->engine().rejectedCount(), 0);
        QVERIFY(ws->store().casesWithPendingEvents().value().isEmpty());
    }
    QVERIFY(m_otherClerk->pull());
    QVERIFY(!m_otherClerk->row(*caseId).has_value());
    QVERIFY(otherPoked.isEmpty());

    // Her own department's work does reach her, live, and stays out of li.na's queue.
    const Result<QUuid> permit =
        m_otherClerk->registerCase(QStringLiteral("370200-ZJ-XK-001"), QStringLiteral("周建设"));
    QVERIFY(permit.ok());
    QVERIFY(m_otherClerk->acceptCase(*permit).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->row(*permit).has_value(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!otherPoked.isEmpty(), waitMs);
    QVERIFY(m_clerk->pull());
    QVERIFY(!m_clerk->row(*permit).has_value());
    QVERIFY(m_clerk->events(*permit).isEmpty());
}

void tst_E2eTeamwork::applicantNameRoundTrips_data()
{
    QTest::addColumn<bool>("throughCtl");
    QTest::newRow("desktop engine to supervision screen") << false;
    QTest::newRow("sunhallctl to sunhallctl") << true;
}

void tst_E2eTeamwork::applicantNameRoundTrips()
{
    QFETCH(bool, throughCtl);
    const QString name = trickyName();
    QCOMPARE(name.size(), 200);
    QString number;
    if (throughCtl) {
        const CtlProcess::Result accepted = CtlProcess::run(
            {QStringLiteral("client"), QStringLiteral("case-accept"), QStringLiteral("--profile"),
             m_ctlClerk, QStringLiteral("--item"), foodLicence, QStringLiteral("--applicant-id"),
             QStringLiteral("11010519491231002X"), QStringLiteral("--applicant-name"), name});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        number = accepted.out.trimmed();
        const CtlProcess::Result synced =
            CtlProcess::run({QStringLiteral("client"), QStringLiteral("sync"),
                             QStringLiteral("--profile"), m_ctlClerk});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
    } else {
        const Result<QUuid> caseId = m_clerk->registerCase(foodLicence, name);
        QVERIFY2(caseId, describe(caseId.ok() ? Status::success() : caseId.error()).constData());
        number = m_clerk->acceptCase(*caseId).value();
        QTRY_COMPARE_WITH_TIMEOUT(m_clerk->engine().pendingCount(), 0, waitMs);
        QVERIFY(m_clerk->engine().rejectedCommands().value().isEmpty());
    }

    // The supervision screen shows the name exactly as typed, in its queue and in its search.
    QTRY_VERIFY_WITH_TIMEOUT(!m_screen->store().searchCases(number).value().isEmpty(), waitMs);
    const CaseRow row = m_screen->store().searchCases(number).value().first();
    QCOMPARE(row.caseNumber, number);
    QCOMPARE(row.applicantName, name);
    bool searchable = false;
    const QList<CaseRow> hits =
        m_screen->store().searchCases(QStringLiteral("'; DROP TABLE events; --")).value();
    for (const CaseRow &hit : hits)
        searchable = searchable || hit.caseId == row.caseId;
    QVERIFY(searchable);
    const QList<Event> events = m_screen->events(row.caseId);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first()
                 .payload.value(QStringLiteral("applicant"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             name);

    // So does `sunhallctl client cases --json` on another supervision workstation.
    const CtlProcess::Result synced =
        CtlProcess::run({QStringLiteral("client"), QStringLiteral("sync"),
                         QStringLiteral("--profile"), m_ctlScreen});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
    const CtlProcess::Result cases =
        CtlProcess::run({QStringLiteral("client"), QStringLiteral("cases"),
                         QStringLiteral("--profile"), m_ctlScreen, QStringLiteral("--json")});
    QCOMPARE(cases.exitCode, 0);
    int found = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(cases.out.toUtf8()).array()) {
        const QJsonObject listed = value.toObject();
        if (listed.value(QStringLiteral("caseNumber")).toString() != number)
            continue;
        ++found;
        QCOMPARE(listed.value(QStringLiteral("applicantName")).toString(), name);
        QCOMPARE(listed.value(QStringLiteral("pending")).toBool(), false);
    }
    QCOMPARE(found, 1);
}

QTEST_GUILESS_MAIN(tst_E2eTeamwork)
#include "tst_e2eteamwork.moc"
