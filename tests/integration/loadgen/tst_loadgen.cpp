// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `sunhallctl loadgen` run for a couple of seconds against the real sunhall-server, on SQLite
// and on PostgreSQL, the way scripts/bench-server.sh runs it: every command it counts as sent
// was answered, applied or rejected, and is recorded by the hall under the load workstations'
// sequences; nothing failed; the latencies are real and ordered; every screen pulled every
// change. It also talks to this machine only.
#include "core/common/DataPaths.h"
#include "server/store/ServerStore.h"
#include "tests/integration/server/ServerProcess.h"
#include "tests/support/PostgresFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sunhall;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject report;

    QByteArray describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(out, err)
            .toUtf8();
    }
};

Run ctl(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUNHALL_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUNHALLCTL_PATH), args);
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()),
            {}};
    run.report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return run;
}

double at(const QJsonObject &report, const QString &path)
{
    QJsonValue value = report;
    for (const QString &key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value.toDouble(-1);
}

// A latency figure that was measured: some samples, p50 above zero, p99 no less than p50.
void checkLatency(const Run &run, const QString &path)
{
    QVERIFY2(at(run.report, path + ".samples") > 0, run.describe());
    QVERIFY2(at(run.report, path + ".p50") > 0, run.describe());
    QVERIFY2(at(run.report, path + ".p99") >= at(run.report, path + ".p50"), run.describe());
    QVERIFY2(at(run.report, path + ".max") >= at(run.report, path + ".p99"), run.describe());
}

void checkPush(const Run &run, int windows, int screens)
{
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.report.value("mode").toString(), QStringLiteral("push"));
    QCOMPARE(at(run.report, "errorCount"), 0.0);
    QCOMPARE(at(run.report, "clientsReady"), double(windows + screens));
    const double sent = at(run.report, "commands.sent");
    QVERIFY2(sent > 0, run.describe());
    QCOMPARE(at(run.report, "commands.applied") + at(run.report, "commands.rejected"), sent);
    QCOMPARE(at(run.report, "commands.rejected"), 0.0);
    QCOMPARE(at(run.report, "commands.unanswered"), 0.0);
    QVERIFY2(at(run.report, "commands.appliedPerSecond") > 0, run.describe());
    checkLatency(run, "requests.latencyMs");
    checkLatency(run, "commandLatencyMs");
    checkLatency(run, "propagationMs");
    // Every screen pulled the first event of every applied command.
    QCOMPARE(at(run.report, "propagationMs.missed"), 0.0);
    QVERIFY2(at(run.report, "pulls.events") >= sent, run.describe());
}

} // namespace

class tst_LoadGen : public QObject
{
    Q_OBJECT

private slots:
    void loadAddsUp_data();
    void loadAddsUp();
    void pgNotifyRoundTrips();
    void talksToThisMachineOnly_data();
    void talksToThisMachineOnly();

private:
    QString startPostgres();
    QString makeHall(const QTemporaryDir &dir, const QString &databaseUrl);

    std::unique_ptr<testing::PostgresFixture> m_postgres;
};

QString tst_LoadGen::startPostgres()
{
    if (!m_postgres) {
        m_postgres = std::make_unique<testing::PostgresFixture>();
        if (!m_postgres->start()) {
            qWarning("PostgreSQL: %s", qPrintable(m_postgres->errorString()));
            m_postgres.reset();
            return {};
        }
    }
    return m_postgres->url();
}

// A hall as an administrator sets one up: `hall init`, then the demo catalogue imported.
QString tst_LoadGen::makeHall(const QTemporaryDir &dir, const QString &databaseUrl)
{
    const QString hall = dir.filePath("hall");
    const QString passwordFile = dir.filePath("admin-password");
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write("load test 1234\n") < 0)
        return {};
    file.close();
    QStringList init{
        "hall",      "init", "--dir", hall, "--name", "Loadgen Test Hall", "--admin-password-file",
        passwordFile};
    if (!databaseUrl.isEmpty())
        init << "--db" << databaseUrl;
    const Run created = ctl(init);
    if (created.exitCode != 0) {
        qWarning("%s", created.describe().constData());
        return {};
    }
    const Run imported = ctl(
        {"catalog", "import", "--dir", hall, core::DataPaths::catalogDir() + "/demo-catalog.json"});
    if (imported.exitCode != 0) {
        qWarning("%s", imported.describe().constData());
        return {};
    }
    return hall;
}

void tst_LoadGen::loadAddsUp_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void tst_LoadGen::loadAddsUp()
{
    QFETCH(bool, postgres);
    QString databaseUrl;
    if (postgres) {
        QVERIFY2(!startPostgres().isEmpty(), "the PostgreSQL test cluster did not start");
        databaseUrl = m_postgres->createDatabase();
        QVERIFY2(!databaseUrl.isEmpty(), qPrintable(m_postgres->errorString()));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString hall = makeHall(dir, databaseUrl);
    QVERIFY(!hall.isEmpty());
    servertest::ServerProcess server;
    QVERIFY2(server.start(hall, {"--max-connections-per-peer", "100"}), qPrintable(server.log()));
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
    const QStringList push{"loadgen",   "--dir", hall,        "--server", url,          "--json",
                           "--windows", "3",     "--screens", "2",        "--duration", "2"};

    // As fast as answered and unsigned; then paced, signed, with workstations enrolled again.
    const Run first = ctl(push);
    checkPush(first, 3, 2);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(first.report.value("signed").toBool(), false);
    const Run second = ctl(push + QStringList{"--sign", "--rate", "60"});
    checkPush(second, 3, 2);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(second.report.value("signed").toBool(), true);
    QCOMPARE(at(second.report, "rateTarget"), 60.0);

    // The hall holds exactly the commands loadgen counted, in each window's sequence.
    auto store = server::ServerStore::open(hall, databaseUrl);
    QVERIFY2(store.ok(), store ? "" : qPrintable(store.error().message));
    qint64 stored = 0;
    for (const char *window : {"LGW0001", "LGW0002", "LGW0003"}) {
        const auto last = store.value()->lastWorkstationSeq(window);
        QVERIFY(last.ok());
        stored += *last;
    }
    QCOMPARE(double(stored),
             at(first.report, "commands.sent") + at(second.report, "commands.sent"));

    const Run pulls = ctl({"loadgen", "--mode", "empty-pull", "--dir", hall, "--server", url,
                           "--clients", "2", "--duration", "1", "--json"});
    QVERIFY2(pulls.exitCode == 0, pulls.describe());
    QCOMPARE(at(pulls.report, "errorCount"), 0.0);
    QCOMPARE(at(pulls.report, "clientsReady"), 2.0);
    QVERIFY2(at(pulls.report, "requests.count") > 0, pulls.describe());
    checkLatency(pulls, "requests.latencyMs");
    QCOMPARE(server.stop(), 0);
}

void tst_LoadGen::pgNotifyRoundTrips()
{
    const QString url = startPostgres();
    QVERIFY2(!url.isEmpty(), "the PostgreSQL test cluster did not start");
    const Run run = ctl({"loadgen", "--mode", "pg-notify", "--db", url, "--count", "20", "--json"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(at(run.report, "errorCount"), 0.0);
    QCOMPARE(at(run.report, "requests.count"), 20.0);
    checkLatency(run, "requests.latencyMs");
    // The report names the database without its password.
    QVERIFY2(!run.out.contains("test:p@ss") && !run.out.contains("test%3Ap%40ss"), run.describe());
}

void tst_LoadGen::talksToThisMachineOnly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("another machine")
        << QStringList{"--server", "https://192.0.2.10:8443"} << "this machine";
    QTest::newRow("a name") << QStringList{"--server", "https://example.org:8443"}
                            << "this machine";
    QTest::newRow("plain http") << QStringList{"--server", "http://127.0.0.1:8443"} << "https://";
    QTest::newRow("static file elsewhere")
        << QStringList{"--mode", "empty-pull", "--url", "https://198.51.100.7/static.json"}
        << "this machine";
    QTest::newRow("no server") << QStringList{} << "--server";
    QTest::newRow("unknown mode") << QStringList{"--mode", "flood"} << "--mode";
}

void tst_LoadGen::talksToThisMachineOnly()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const Run run = ctl(QStringList{"loadgen", "--dir", dir.path()} + args);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(says), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

QTEST_GUILESS_MAIN(tst_LoadGen)
#include "tst_loadgen.moc"
