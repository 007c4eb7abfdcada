// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Drives the real sunhallctl binary as an administrator's script would: exit statuses,
// printed answers and the messages on stderr.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run ctl(const QStringList &args, const QString &workDir = {})
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUNHALL_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUNHALLCTL_PATH), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int openssl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000))
        return -1;
    return process.exitCode();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class tst_Sunhallctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void due_data();
    void due();
    void dueRefusals_data();
    void dueRefusals();
    void workdays_data();
    void workdays();
    void checkId_data();
    void checkId();
    void moneyWords_data();
    void moneyWords();
    void signatures();
    void demoHall();
    void catalogImportRefusesInvalid();
    void closureMovesDueDate();
    void closureNeedsAnAdministrator();
    void demoHallAccounts();
    void demoInitForce();
    void databaseNeedsDir_data();
    void databaseNeedsDir();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void unknownCommand();

private:
    QTemporaryDir m_dir;
    QString m_hall;
};

void tst_Sunhallctl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hall = m_dir.filePath(QStringLiteral("hall"));
    const Run init =
        ctl({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), m_hall});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void tst_Sunhallctl::due_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, QStringList args, const char *expected) {
        QTest::newRow(name) << args << QString::fromLatin1(expected);
    };
    row("domain example", {"--accepted", "2025-03-03", "--days", "20"}, "2025-03-31");
    row("spring festival 2025", {"--accepted", "2025-01-24", "--days", "5"}, "2025-02-07");
    row("national day 2025", {"--accepted", "2025-09-26", "--days", "5"}, "2025-10-10");
    row("suspension",
        {"--accepted", "2025-03-03", "--days", "20", "--suspend", "2025-03-10:2025-03-14"},
        "2025-04-07");
    row("extension", {"--accepted", "2025-03-03", "--days", "20", "--extend", "10"}, "2025-04-15");
    row("year end", {"--accepted", "2025-12-25", "--days", "5"}, "2026-01-04");
    row("zero days", {"--accepted", "2025-03-03", "--days", "0"}, "2025-03-03");
}

void tst_Sunhallctl::due()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run run = ctl(QStringList{QStringLiteral("due")} + args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), expected);
}

void tst_Sunhallctl::dueRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("year not loaded")
        << QStringList{"--accepted", "2026-12-20", "--days", "20"} << 1 << QStringLiteral("2027");
    QTest::newRow("no schedule at all")
        << QStringList{"--accepted", "2023-06-01", "--days", "5"} << 1 << QStringLiteral("2023");
    QTest::newRow("bad date") << QStringList{"--accepted", "2025-02-30", "--days", "5"} << 2
                              << QStringLiteral("2025-02-30");
    QTest::newRow("missing days") << QStringList{"--accepted", "2025-03-03"} << 2
                                  << QStringLiteral("--days");
    QTest::newRow("negative days")
        << QStringList{"--accepted", "2025-03-03", "--days", "-1"} << 2 << QStringLiteral("--days");
    QTest::newRow("bad suspension")
        << QStringList{"--accepted", "2025-03-03", "--days", "5", "--suspend", "2025-03-10"} << 2
        << QStringLiteral("S:R");
    QTest::newRow("resume before start")
        << QStringList{"--accepted", "2025-03-03", "--days",
                       "5",          "--suspend",  "2025-03-10:2025-03-05"}
        << 2 << QStringLiteral("2025-03-05");
}

void tst_Sunhallctl::dueRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run run = ctl(QStringList{QStringLiteral("due")} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void tst_Sunhallctl::workdays_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("march 2025") << "2025-03-03"
                                << "2025-03-31"
                                << "20";
    QTest::newRow("same day") << "2025-03-03"
                              << "2025-03-03"
                              << "0";
    QTest::newRow("spring festival 2026") << "2026-02-13"
                                          << "2026-03-02"
                                          << "7";
    QTest::newRow("whole 2025") << "2024-12-31"
                                << "2025-12-31"
                                << "248";
    QTest::newRow("backwards") << "2025-03-31"
                               << "2025-03-03"
                               << "0";
}

void tst_Sunhallctl::workdays()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    const Run run = ctl(
        {QStringLiteral("workdays"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), expected);
}

void tst_Sunhallctl::checkId_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("citizen id") << "11010519491231002X" << 0 << QString();
    QTest::newRow("citizen id lower x") << "11010519491231002x" << 0 << QString();
    QTest::newRow("credit code") << "91350100M000100Y43" << 0 << QString();
    QTest::newRow("bad check") << "110105194912310021" << 1 << QStringLiteral("X");
    QTest::newRow("bad date") << "110105194902300020" << 1 << QStringLiteral("1949");
    QTest::newRow("short") << "1101051949" << 1 << QStringLiteral("10");
    QTest::newRow("credit code bad char") << "91350100M000100Y4I" << 1 << QStringLiteral("I");
}

void tst_Sunhallctl::checkId()
{
    QFETCH(QString, number);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const Run run = ctl({QStringLiteral("check-id"), number});
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY2(!run.out.isEmpty(), qPrintable(run.err));
    else
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void tst_Sunhallctl::moneyWords_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1409.50") << "1409.50" << 0 << QStringLiteral("壹仟肆佰零玖元伍角");
    QTest::newRow("107000.53") << "107000.53" << 0 << QStringLiteral("壹拾万柒仟元零伍角叁分");
    QTest::newRow("80") << "80" << 0 << QStringLiteral("捌拾元整");
    QTest::newRow("three decimals") << "1.234" << 1 << QStringLiteral("1.234");
    QTest::newRow("letters") << "12a" << 1 << QStringLiteral("12a");
}

void tst_Sunhallctl::moneyWords()
{
    QFETCH(QString, amount);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run run = ctl({QStringLiteral("money-words"), amount});
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0)
        QCOMPARE(run.out.trimmed(), expected);
    else
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void tst_Sunhallctl::signatures()
{
    QTemporaryDir dir;
    const QString pass = dir.filePath(QStringLiteral("pass.txt"));
    writeFile(pass, "correct horse battery staple\n");
    const QString data = dir.filePath(QStringLiteral("decision.txt"));
    writeFile(data, "准予行政许可决定书 SL-2025-000123\n");
    const QString keys = dir.filePath(QStringLiteral("keys"));

    Run run = ctl({QStringLiteral("keygen"), QStringLiteral("--out"), keys,
                   QStringLiteral("--passphrase-file"), pass});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile priv(keys + QStringLiteral("/private.pem"));
    QVERIFY(priv.open(QIODevice::ReadOnly));
    QVERIFY(priv.readAll().contains("ENCRYPTED PRIVATE KEY"));
    QCOMPARE(QFile::permissions(priv.fileName()) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());

    const QString sig = dir.filePath(QStringLiteral("decision.sig"));
    run = ctl({QStringLiteral("sign"), QStringLiteral("--key"), priv.fileName(),
               QStringLiteral("--passphrase-file"), pass, QStringLiteral("--in"), data,
               QStringLiteral("--out"), sig});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QString pub = keys + QStringLiteral("/public.pem");
    run = ctl({QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--in"), data,
               QStringLiteral("--sig"), sig});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The openssl command line verifies our signature without our code...
    QCOMPARE(openssl({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-verify"),
                      pub, QStringLiteral("-sigopt"), QStringLiteral("distid:1234567812345678"),
                      QStringLiteral("-signature"), sig, data}),
             0);
    // ...and we verify openssl's.
    const QString cliSig = dir.filePath(QStringLiteral("cli.sig"));
    QCOMPARE(openssl({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-sign"),
                      priv.fileName(), QStringLiteral("-passin"), QStringLiteral("file:") + pass,
                      QStringLiteral("-sigopt"), QStringLiteral("distid:1234567812345678"),
                      QStringLiteral("-out"), cliSig, data}),
             0);
    run = ctl({QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--in"), data,
               QStringLiteral("--sig"), cliSig});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // A forged document does not verify: exit 1, and it says so.
    writeFile(data, "准予行政许可决定书 SL-2025-000124\n");
    run = ctl({QStringLiteral("verify"), QStringLiteral("--pub"), pub, QStringLiteral("--in"), data,
               QStringLiteral("--sig"), sig});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());

    // The wrong passphrase cannot sign.
    const QString wrong = dir.filePath(QStringLiteral("wrong.txt"));
    writeFile(wrong, "not it\n");
    run = ctl({QStringLiteral("sign"), QStringLiteral("--key"), priv.fileName(),
               QStringLiteral("--passphrase-file"), wrong, QStringLiteral("--in"), data,
               QStringLiteral("--out"), sig});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("passphrase")));
}

void tst_Sunhallctl::demoHall()
{
    const Run list =
        ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), m_hall});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY(list.out.contains(QStringLiteral("version 1")));

    const QString exported = m_dir.filePath(QStringLiteral("exported.json"));
    Run run = ctl({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--dir"),
                   m_hall, QStringLiteral("--out"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(doc.value(QStringLiteral("items")).toArray().size() >= 30);
    QVERIFY(doc.value(QStringLiteral("departments")).toArray().size() >= 10);

    // Publishing the exported catalogue again makes version 2.
    run = ctl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--dir"), m_hall,
               exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("version 2")), qPrintable(run.out));
    run = ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), m_hall,
               QStringLiteral("--version"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, 0);

    const Run show =
        ctl({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("--dir"), m_hall,
             QStringLiteral("--year"), QStringLiteral("2025")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QVERIFY(show.out.contains(QStringLiteral("2025-01-26")));
    QVERIFY(show.out.contains(QStringLiteral("248")));
}

void tst_Sunhallctl::catalogImportRefusesInvalid()
{
    const QString exported = m_dir.filePath(QStringLiteral("for-breaking.json"));
    Run run = ctl({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--dir"),
                   m_hall, QStringLiteral("--out"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.at(0).toObject();
    const QString code = first.value(QStringLiteral("code")).toString();
    first.insert(QStringLiteral("promisedLimitDays"),
                 first.value(QStringLiteral("legalLimitDays")).toInt() + 5);
    items.replace(0, first);
    doc.insert(QStringLiteral("items"), items);
    writeFile(exported, QJsonDocument(doc).toJson());

    const Run before =
        ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), m_hall});
    run = ctl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--dir"), m_hall,
               exported});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(code), qPrintable(run.err));
    const Run after =
        ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), m_hall});
    QCOMPARE(after.out, before.out);

    writeFile(exported, "{ not json");
    run = ctl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--dir"), m_hall,
               exported});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(exported));
}

void tst_Sunhallctl::closureMovesDueDate()
{
    QTemporaryDir dir;
    const QString hall = dir.filePath(QStringLiteral("hall"));
    QCOMPARE(ctl({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), hall})
                 .exitCode,
             0);
    const QStringList due{
        QStringLiteral("due"),        QStringLiteral("--dir"),      hall,
        QStringLiteral("--accepted"), QStringLiteral("2025-03-03"), QStringLiteral("--days"),
        QStringLiteral("20")};
    QCOMPARE(ctl(due).out.trimmed(), QStringLiteral("2025-03-31"));
    Run run =
        ctl({QStringLiteral("calendar"), QStringLiteral("add-closure"), QStringLiteral("--dir"),
             hall, QStringLiteral("--date"), QStringLiteral("2025-03-14"),
             QStringLiteral("--reason"), QStringLiteral("大厅搬迁")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(ctl(due).out.trimmed(), QStringLiteral("2025-04-01"));
    // A Saturday is not a working day to close.
    run = ctl({QStringLiteral("calendar"), QStringLiteral("add-closure"), QStringLiteral("--dir"),
               hall, QStringLiteral("--date"), QStringLiteral("2025-03-15"),
               QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("2025-03-15")));
    // Demo init refuses to overwrite a hall without --force.
    run = ctl({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), hall});
    QCOMPARE(run.exitCode, 1);
}

void tst_Sunhallctl::closureNeedsAnAdministrator()
{
    const Run run = ctl({QStringLiteral("calendar"), QStringLiteral("add-closure"),
                         QStringLiteral("--dir"), m_hall, QStringLiteral("--date"),
                         QStringLiteral("2025-03-13"), QStringLiteral("--reason"),
                         QStringLiteral("x"), QStringLiteral("--by"), QStringLiteral("li.na")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("\"li.na\" is not an enabled administrator")),
             qPrintable(run.err));
    const Run show =
        ctl({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("--dir"), m_hall,
             QStringLiteral("--year"), QStringLiteral("2025")});
    QVERIFY(!show.out.contains(QStringLiteral("2025-03-13")));
}

void tst_Sunhallctl::demoHallAccounts()
{
    // The generated password is for the administrator only to read.
    const QString passwordFile = m_hall + QStringLiteral("/demo-password");
    QCOMPARE(QFile::permissions(passwordFile) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().trimmed().size() >= 12);

    const Run users =
        ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--dir"), m_hall});
    QVERIFY2(users.exitCode == 0, qPrintable(users.err));
    for (const char *id :
         {"admin", "li.na", "wang.qiang", "zhang.wei", "liu.yang", "chen.jing", "zhao.min"})
        QVERIFY2(users.out.contains(QString::fromLatin1(id) + QLatin1Char(' ')), id);
    QVERIFY(QFile::exists(m_hall + QStringLiteral("/ca/ca.pem")));
    QVERIFY(QFile::exists(m_hall + QStringLiteral("/server/cert.pem")));
    QCOMPARE(openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                      m_hall + QStringLiteral("/ca/ca.pem"),
                      m_hall + QStringLiteral("/server/cert.pem")}),
             0);
}

void tst_Sunhallctl::demoInitForce()
{
    QTemporaryDir dir;
    const QString hall = dir.filePath(QStringLiteral("hall"));
    const QStringList init{QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"),
                           hall};
    QCOMPARE(ctl(init).exitCode, 0);
    QFile ca(hall + QStringLiteral("/ca/ca.pem"));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const QByteArray first = ca.readAll();
    ca.close();
    const Run again = ctl(init);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    const Run forced = ctl(init + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QVERIFY(ca.readAll() != first);
    const Run list =
        ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), hall});
    QVERIFY(list.out.contains(QStringLiteral("version 1")));
}

void tst_Sunhallctl::databaseNeedsDir_data()
{
    QTest::addColumn<QStringList>("command");
    const QStringList db{QStringLiteral("--db"), QStringLiteral("postgresql://u:p@localhost/x")};
    QTest::newRow("due") << QStringList{"due", "--accepted", "2025-03-03", "--days", "5"} + db;
    QTest::newRow("workdays") << QStringList{"workdays", "--from", "2025-03-03", "--to",
                                             "2025-03-10"} +
                                     db;
    QTest::newRow("calendar show") << QStringList{"calendar", "show", "--year", "2025"} + db;
}

void tst_Sunhallctl::databaseNeedsDir()
{
    QFETCH(QStringList, command);
    const Run run = ctl(command);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--db needs --dir")), qPrintable(run.err));
}

void tst_Sunhallctl::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    for (const char *name : {"due", "workdays", "check-id", "money-words", "keygen", "sign",
                             "verify", "catalog import", "catalog export", "catalog list",
                             "calendar show", "calendar add-closure", "demo init"}) {
        QTest::newRow(name) << QString::fromLatin1(name).split(QLatin1Char(' '));
    }
}

void tst_Sunhallctl::helpForEveryCommand()
{
    QFETCH(QStringList, command);
    const Run run = ctl(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(
        run.out.contains(QStringLiteral("Usage: sunhallctl ") + command.join(QLatin1Char(' '))));
    const Run bad = ctl(command + QStringList{QStringLiteral("--no-such-option")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("no-such-option")));
}

void tst_Sunhallctl::unknownCommand()
{
    const Run run = ctl({QStringLiteral("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
}

QTEST_GUILESS_MAIN(tst_Sunhallctl)
#include "tst_sunhallctl.moc"
