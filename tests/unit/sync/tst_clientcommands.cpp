// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the `sunhallctl client …` commands in-process, as a script would call them, against
// FakeHall over TLS: exit statuses, what is printed, and what the profile's store holds.
#include "app/sunhallctl/ClientCommands.h"
#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"
#include "core/values/DocumentNumber.h"
#include "tests/unit/sync/FakeHall.h"
#include "tests/unit/sync/TestPki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall;
using namespace sunhall::core;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString itemCode = QStringLiteral("370200-SJ-XK-001");

Actor clerk(const QString &department = QStringLiteral("SJ"))
{
    return Actor{"li.na", "李娜", {Role::Clerk}, {department}};
}

} // namespace

class tst_ClientCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void usage_data();
    void usage();
    void loginLeasesAndFetches_data();
    void loginLeasesAndFetches();
    void wrongPasswordFails();
    void acceptsCasesOnlineAndOffline();
    void caseAcceptRefusesBadInput_data();
    void caseAcceptRefusesBadInput();
    void syncReportsRejections();
    void statusTellsOnlineFromOffline();

private:
    Run ctl(const QStringList &args);
    QStringList profileArgs() const { return {"--profile", m_profile}; }
    void login();

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    Catalogue m_catalogue;
    QList<YearSchedule> m_years;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600))};
    std::unique_ptr<FakeHall> m_hall;
    QString m_profile;
    QString m_passwordFile;
    int m_profiles = 0;
};

void tst_ClientCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.path());
    const QString made = m_pki->make();
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QFile file(DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = CatalogueJson::parse(file.readAll()).value();
    const Result<WorkingCalendar> calendar =
        WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY(calendar.ok());
    for (const int year : calendar->years())
        m_years.append(*calendar->schedule(year));
    m_passwordFile = m_dir.filePath("password.txt");
    QFile secret(m_passwordFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("窗口-secret-1\n");
}

void tst_ClientCommands::init()
{
    m_hall = std::make_unique<FakeHall>(m_catalogue, m_years);
    QCOMPARE(m_hall->listen(*m_pki), QString());
    m_hall->addUser(QStringLiteral("窗口-secret-1"), clerk());
    m_profile =
        m_pki->makeProfile(m_dir.filePath(QStringLiteral("ws%1").arg(++m_profiles)), m_hall->url());
}

void tst_ClientCommands::cleanup()
{
    m_hall.reset();
}

Run tst_ClientCommands::ctl(const QStringList &args)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ctl::CtlContext context{outStream, errStream, m_clock};
    const QList<ctl::CtlCommand> commands = ctl::clientCommands();
    // As sunhallctl's main() does: the longest matching command name wins.
    for (int words = 2; words >= 1; --words) {
        const QString name = args.mid(0, words).join(QLatin1Char(' '));
        for (const ctl::CtlCommand &command : commands) {
            if (command.name == name) {
                const int code = command.run(context, args.mid(words));
                outStream.flush();
                errStream.flush();
                return {code, out, err};
            }
        }
    }
    return {};
}

void tst_ClientCommands::login()
{
    const Run run =
        ctl(QStringList{"client", "login", "--user", "li.na", "--password-file", m_passwordFile} +
            profileArgs());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void tst_ClientCommands::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("client alone") << QStringList{"client"} << 2 << "case-accept";
    QTest::newRow("client --help") << QStringList{"client", "--help"} << 0 << "case-accept";
    QTest::newRow("login --help") << QStringList{"client", "login", "--help"} << 0
                                  << "--password-file";
    QTest::newRow("case-accept --help")
        << QStringList{"client", "case-accept", "--help"} << 0 << "--applicant-id";
    QTest::newRow("sync --help") << QStringList{"client", "sync", "--help"} << 0 << "rejected";
    QTest::newRow("cases --help") << QStringList{"client", "cases", "--help"} << 0 << "--json";
    QTest::newRow("status --help")
        << QStringList{"client", "status", "--help"} << 0 << "/v1/health";
    QTest::newRow("no profile") << QStringList{"client", "cases"} << 2 << "--profile";
    QTest::newRow("unknown command")
        << QStringList{"client", "--profile", "P", "fly"} << 2 << "fly";
    QTest::newRow("no user") << QStringList{"client", "login", "--profile", "P"} << 2 << "--user";
    QTest::newRow("bad timeout") << QStringList{"client", "status",    "--profile",
                                                "P",      "--timeout", "soon"}
                                 << 2 << "timeout";
}

void tst_ClientCommands::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run run = ctl(args);
    QCOMPARE(run.exitCode, exitCode);
    const QString printed = run.out + run.err;
    QVERIFY2(printed.contains(mentions), qPrintable(printed));
}

void tst_ClientCommands::loginLeasesAndFetches_data()
{
    QTest::addColumn<bool>("optionsFirst");
    QTest::newRow("sunhallctl client login --profile P …") << false;
    QTest::newRow("sunhallctl client --profile P login …") << true;
}

void tst_ClientCommands::loginLeasesAndFetches()
{
    QFETCH(bool, optionsFirst);
    const QStringList rest{"--user", "li.na", "--password-file", m_passwordFile};
    const Run run = optionsFirst
                        ? ctl(QStringList{"client"} + profileArgs() + QStringList{"login"} + rest)
                        : ctl(QStringList{"client", "login"} + rest + profileArgs());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("li.na") && run.out.contains("100"), qPrintable(run.out));
    const Run status = ctl(QStringList{"client", "status", "--json"} + profileArgs());
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(json.value("online").toBool(), true);
    QCOMPARE(json.value("user").toString(), QStringLiteral("li.na"));
    QCOMPARE(json.value("caseNumbersLeft").toInt(), 100);
    QCOMPARE(json.value("workstation").toString(), QStringLiteral("W01"));
}

void tst_ClientCommands::wrongPasswordFails()
{
    QFile wrong(m_dir.filePath("wrong.txt"));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-it\n");
    wrong.close();
    const Run run =
        ctl(QStringList{"client", "login", "--user", "li.na", "--password-file", wrong.fileName()} +
            profileArgs());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("用户名或密码不正确")); // the server's words, in its language
}

void tst_ClientCommands::acceptsCasesOnlineAndOffline()
{
    login();
    const QStringList application{
        "--item",           itemCode, "--applicant-id", "11010519491231002X",
        "--applicant-name", "张三",   "--phone",        "13800000000"};
    const Run online = ctl(QStringList{"client", "case-accept"} + application + profileArgs());
    QCOMPARE(online.exitCode, 0);
    const Result<DocumentNumber> first = DocumentNumber::parse(online.out.trimmed());
    QVERIFY2(first.ok(), qPrintable(online.out));
    QCOMPARE(first->serial(), 1);

    m_hall->close();
    const Run offline = ctl(QStringList{"client", "case-accept"} + application + profileArgs());
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(DocumentNumber::parse(offline.out.trimmed())->serial(), 2);

    const Run cases = ctl(QStringList{"client", "cases", "--json"} + profileArgs());
    QCOMPARE(cases.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(cases.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &row : rows) {
        QCOMPARE(row["status"].toString(), QStringLiteral("in-progress"));
        QCOMPARE(row["pending"].toBool(), true);
        QCOMPARE(row["applicantName"].toString(), QStringLiteral("张三"));
        QCOMPARE(row["itemCode"].toString(), itemCode);
    }
    const Run unsent = ctl(QStringList{"client", "sync"} + profileArgs());
    QCOMPARE(unsent.exitCode, 1);
    QVERIFY(unsent.out.contains("waiting: 4"));

    QCOMPARE(m_hall->listen(*m_pki, QStringLiteral("server"), quint16(QUrl(m_hall->url()).port())),
             QString());
    const Run synced = ctl(QStringList{"client", "sync"} + profileArgs());
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
    QVERIFY(synced.out.contains("waiting: 0, rejected: 0"));
    QCOMPARE(m_hall->serverSeq(), 8);
    const QJsonArray after =
        QJsonDocument::fromJson(
            ctl(QStringList{"client", "cases", "--json"} + profileArgs()).out.toUtf8())
            .array();
    QCOMPARE(after.size(), 2);
    for (const QJsonValue &row : after)
        QCOMPARE(row["pending"].toBool(), false);
    const Run table = ctl(QStringList{"client", "cases"} + profileArgs());
    QVERIFY(table.out.contains(first->toString()));
}

void tst_ClientCommands::caseAcceptRefusesBadInput_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("applicantId");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("mistyped ID") << itemCode << "110105194912310021"
                                 << "110105194912310021";
    QTest::newRow("unknown item") << "370200-XX-XK-999"
                                  << "11010519491231002X"
                                  << "370200-XX-XK-999";
}

void tst_ClientCommands::caseAcceptRefusesBadInput()
{
    QFETCH(QString, item);
    QFETCH(QString, applicantId);
    QFETCH(QString, mentions);
    const QStringList application{"--item",           item,  "--applicant-id", applicantId,
                                  "--applicant-name", "张三"};
    const Run before = ctl(QStringList{"client", "case-accept"} + application + profileArgs());
    QCOMPARE(before.exitCode, 1);
    QVERIFY(before.err.contains("login"));
    login();
    const Run run = ctl(QStringList{"client", "case-accept"} + application + profileArgs());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    const Run cases = ctl(QStringList{"client", "cases", "--json"} + profileArgs());
    QCOMPARE(QJsonDocument::fromJson(cases.out.toUtf8()).array().size(), 0);
}

void tst_ClientCommands::syncReportsRejections()
{
    login();
    // The server no longer counts li.na as a clerk of SJ: it refuses what she does there.
    m_hall->addUser(QStringLiteral("窗口-secret-1"), clerk(QStringLiteral("GA")));
    const Run accepted =
        ctl(QStringList{"client", "case-accept", "--item", itemCode, "--applicant-id",
                        "11010519491231002X", "--applicant-name", "张三"} +
            profileArgs());
    QCOMPARE(accepted.exitCode, 0);
    const Run sync = ctl(QStringList{"client", "sync", "--dismiss-rejected"} + profileArgs());
    QCOMPARE(sync.exitCode, 1);
    QVERIFY2(sync.out.contains("rejected: 2"), qPrintable(sync.out));
    QCOMPARE(sync.out.count("rejected: "), 3); // the counts line and one line per command
    QVERIFY(sync.out.contains("[case."));
    // Seen and dismissed: the next sync has nothing to report.
    const Run again = ctl(QStringList{"client", "sync"} + profileArgs());
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("waiting: 0, rejected: 0"));
}

void tst_ClientCommands::statusTellsOnlineFromOffline()
{
    login();
    const Run online = ctl(QStringList{"client", "status"} + profileArgs());
    QCOMPARE(online.exitCode, 0);
    QVERIFY(online.out.contains("online"));
    QVERIFY(online.out.contains("li.na"));
    m_hall->close();
    const Run offline =
        ctl(QStringList{"client", "status", "--json", "--timeout", "5"} + profileArgs());
    QCOMPARE(offline.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(offline.out.toUtf8()).object();
    QCOMPARE(json.value("online").toBool(), false);
    QVERIFY(!json.value("error").toString().isEmpty());
    QCOMPARE(json.value("pending").toInt(), 0);
    // --server points the same profile at another address.
    const Run elsewhere =
        ctl(QStringList{"client", "status", "--server", "https://127.0.0.1:1"} + profileArgs());
    QCOMPARE(elsewhere.exitCode, 1);
    QVERIFY(elsewhere.out.contains("https://127.0.0.1:1"));
}

QTEST_GUILESS_MAIN(tst_ClientCommands)
#include "tst_clientcommands.moc"
