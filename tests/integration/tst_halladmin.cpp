// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sets up halls with the real sunhallctl binary as an administrator would: the CA and keys on
// disk with their permissions, certificates that the openssl command line accepts, workstation
// enrolment and revocation, user accounts, and catalogue versions, with every refusal naming
// what is wrong.
#include "core/common/DataPaths.h"
#include "core/crypto/PasswordHasher.h"
#include "server/store/ServerStore.h"
#include "tests/support/PostgresFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sunhall;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run ctl(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUNHALL_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SUNHALLCTL_PATH), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run openssl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The rwx bits of owner, group and others.
QFile::Permissions mode(const QString &path)
{
    return QFile::permissions(path) & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                       QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                       QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
}

const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list << QString::fromUtf8(word);
    return list;
}

} // namespace

class tst_HallAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hallFiles_data();
    void hallFiles();
    void hallJson();
    void certificatesVerify();
    void checkpointKeyOpensUnattended();
    void administratorCanLogIn();
    void hallInitTwiceRefused();
    void hallInitRefusals_data();
    void hallInitRefusals();
    void enrollRevokeList();
    void enrollRefusals_data();
    void enrollRefusals();
    void usersNeedACatalogue();
    void userAddRefusals_data();
    void userAddRefusals();
    void userLifecycle();
    void demoUsers();
    void catalogVersionsRecordWhoPublished();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void usersOnEachEngine_data();
    void usersOnEachEngine();

private:
    QString path(const QString &relative) const { return m_hall + QLatin1Char('/') + relative; }
    QString userState(const QString &hall, const QString &id);

    testing::PostgresFixture m_postgres;
    QTemporaryDir m_dir;
    QString m_hall; // hall init, no catalogue
    QString m_demo; // hall init --demo
    QString m_password;
    const QString m_name = QStringLiteral("测试行政服务中心");
};

void tst_HallAdmin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_password = m_dir.filePath(QStringLiteral("admin-password"));
    writeFile(m_password, "Hall-Admin-2025\n");
    m_hall = m_dir.filePath(QStringLiteral("hall"));
    Run run =
        ctl({QStringLiteral("hall"), QStringLiteral("init"), QStringLiteral("--dir"), m_hall,
             QStringLiteral("--name"), m_name, QStringLiteral("--admin-password-file"), m_password,
             QStringLiteral("--host"), QStringLiteral("hall.test.cn"), QStringLiteral("--host"),
             QStringLiteral("10.0.0.5"), QStringLiteral("--code"), QStringLiteral("TS0001")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(m_name), qPrintable(run.out));

    m_demo = m_dir.filePath(QStringLiteral("demo"));
    run = ctl({QStringLiteral("hall"), QStringLiteral("init"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--name"), QStringLiteral("示范大厅"),
               QStringLiteral("--admin-password-file"), m_password, QStringLiteral("--demo")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("li.na")), qPrintable(run.out));
}

void tst_HallAdmin::hallFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("secret");
    QTest::newRow("ca certificate") << "ca/ca.pem" << false;
    QTest::newRow("ca key") << "ca/ca-key.pem" << true;
    QTest::newRow("server certificate") << "server/cert.pem" << false;
    QTest::newRow("server key") << "server/key.pem" << true;
    QTest::newRow("checkpoint key") << "server-sign/private.pem" << true;
    QTest::newRow("checkpoint public key") << "server-sign/public.pem" << false;
    QTest::newRow("checkpoint passphrase") << "server-sign/passphrase" << true;
    QTest::newRow("hall.json") << "hall.json" << false;
    QTest::newRow("store") << "hall.db" << false;
}

void tst_HallAdmin::hallFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, secret);
    QVERIFY2(QFile::exists(path(file)), qPrintable(file));
    QVERIFY(QFileInfo(path(file)).size() > 0);
    if (secret)
        QCOMPARE(mode(path(file)), ownerOnly);
    else
        QVERIFY(!(mode(path(file)) & (QFile::WriteGroup | QFile::WriteOther)));
    // The key folders are closed to everyone but the owner.
    QCOMPARE(mode(path(QStringLiteral("ca"))), ownerOnly | QFile::ExeOwner);
    QCOMPARE(mode(path(QStringLiteral("server-sign"))), ownerOnly | QFile::ExeOwner);
}

void tst_HallAdmin::hallJson()
{
    const QJsonObject json =
        QJsonDocument::fromJson(readFile(path(QStringLiteral("hall.json")))).object();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), m_name);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("TS0001"));
    QVERIFY(
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs)
            .isValid());
    QVERIFY(!json.contains(QStringLiteral("db")));

    auto store = server::ServerStore::open(m_hall);
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    QCOMPARE(store.value()->setting(server::HallSetting::name), std::optional(m_name));
    QCOMPARE(store.value()->setting(server::HallSetting::code),
             std::optional(QStringLiteral("TS0001")));
    QVERIFY(!store.value()->latestCatalogueVersion());
    const auto calendar = store.value()->loadCalendar();
    QVERIFY(calendar.ok());
    QVERIFY(calendar->years().contains(2025));
}

void tst_HallAdmin::certificatesVerify()
{
    const QString ca = path(QStringLiteral("ca/ca.pem"));
    const QString server = path(QStringLiteral("server/cert.pem"));
    Run run = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), ca,
                       QStringLiteral("-purpose"), QStringLiteral("sslserver"), server});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                   QStringLiteral("-nameopt"), QStringLiteral("utf8"), QStringLiteral("-in"),
                   server});
    QVERIFY(run.out.contains(QStringLiteral("DNS:localhost, IP Address:127.0.0.1, "
                                            "DNS:hall.test.cn, IP Address:10.0.0.5")));
    run = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                   QStringLiteral("-nameopt"), QStringLiteral("utf8"), QStringLiteral("-in"), ca});
    QVERIFY2(run.out.contains(m_name + QStringLiteral(" Sunhall CA")), qPrintable(run.out));
    // The server's key belongs to its certificate.
    const Run fromKey = openssl({QStringLiteral("pkey"), QStringLiteral("-pubout"),
                                 QStringLiteral("-in"), path(QStringLiteral("server/key.pem"))});
    const Run fromCert = openssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                  QStringLiteral("-pubkey"), QStringLiteral("-in"), server});
    QCOMPARE(fromKey.exitCode, 0);
    QCOMPARE(fromKey.out, fromCert.out);
}

void tst_HallAdmin::checkpointKeyOpensUnattended()
{
    const QString key = path(QStringLiteral("server-sign/private.pem"));
    QVERIFY(readFile(key).contains("ENCRYPTED PRIVATE KEY"));
    const Run run =
        openssl({QStringLiteral("pkey"), QStringLiteral("-noout"), QStringLiteral("-in"), key,
                 QStringLiteral("-passin"),
                 QStringLiteral("file:") + path(QStringLiteral("server-sign/passphrase"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void tst_HallAdmin::administratorCanLogIn()
{
    auto store = server::ServerStore::open(m_hall);
    QVERIFY(store.ok());
    const auto admin = store.value()->user(QStringLiteral("admin"));
    QVERIFY(admin.ok() && admin.value());
    QCOMPARE(admin.value()->roles, QList<core::Role>{core::Role::Administrator});
    QVERIFY(admin.value()->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    const auto matches = core::PasswordHasher().verify(QStringLiteral("Hall-Admin-2025"),
                                                       admin.value()->passwordHash);
    QVERIFY(matches.ok() && *matches);
}

void tst_HallAdmin::hallInitTwiceRefused()
{
    const QByteArray before = readFile(path(QStringLiteral("ca/ca.pem")));
    const Run run = ctl({QStringLiteral("hall"), QStringLiteral("init"), QStringLiteral("--dir"),
                         m_hall, QStringLiteral("--name"), QStringLiteral("Another"),
                         QStringLiteral("--admin-password-file"), m_password});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already holds a hall")), qPrintable(run.err));
    QCOMPARE(readFile(path(QStringLiteral("ca/ca.pem"))), before);
    QVERIFY(QFile::exists(path(QStringLiteral("hall.db"))));
}

void tst_HallAdmin::hallInitRefusals_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = "Hall-Admin-2025\n";
    QTest::newRow("short password")
        << QStringList{} << QByteArray("short\n") << 1 << QStringLiteral("at least 8");
    QTest::newRow("bad code") << args({"--code", "QD-01"}) << good << 1 << QStringLiteral("--code");
    QTest::newRow("bad host") << args({"--host", "hall server"}) << good << 1
                              << QStringLiteral("\"hall server\"");
    QTest::newRow("bad database address")
        << args({"--db", "mysql://x@y/z"}) << good << 1 << QStringLiteral("postgresql://");
    QTest::newRow("no name") << args({"--name", ""}) << good << 2 << QStringLiteral("--name");
}

void tst_HallAdmin::hallInitRefusals()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, password);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    writeFile(passwordFile, password);
    const QString hall = dir.filePath(QStringLiteral("new-hall"));
    QStringList command{QStringLiteral("hall"),
                        QStringLiteral("init"),
                        QStringLiteral("--dir"),
                        hall,
                        QStringLiteral("--name"),
                        QStringLiteral("大厅"),
                        QStringLiteral("--admin-password-file"),
                        passwordFile};
    const Run run = ctl(command + extra);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    // Nothing is left behind: the folder can be used for the next attempt.
    QVERIFY(!QFile::exists(hall));
}

void tst_HallAdmin::enrollRevokeList()
{
    const QString profile = m_dir.filePath(QStringLiteral("profile-w01"));
    Run run = ctl({QStringLiteral("workstation"), QStringLiteral("enroll"), QStringLiteral("--dir"),
                   m_hall, QStringLiteral("--name"), QStringLiteral("W01"), QStringLiteral("--out"),
                   profile});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(mode(profile + QStringLiteral("/key.pem")), ownerOnly);
    QCOMPARE(readFile(profile + QStringLiteral("/ca.pem")),
             readFile(path(QStringLiteral("ca/ca.pem"))));
    const QJsonObject settings =
        QJsonDocument::fromJson(readFile(profile + QStringLiteral("/profile.json"))).object();
    QCOMPARE(settings.value(QStringLiteral("workstation")).toString(), QStringLiteral("W01"));
    QCOMPARE(settings.value(QStringLiteral("server")).toString(),
             QStringLiteral("https://localhost:8443"));
    QCOMPARE(settings.value(QStringLiteral("hall")).toString(), m_name);

    const QString cert = profile + QStringLiteral("/cert.pem");
    Run check = openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                         path(QStringLiteral("ca/ca.pem")), QStringLiteral("-purpose"),
                         QStringLiteral("sslclient"), cert});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    check = openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-subject"),
                     QStringLiteral("-serial"), QStringLiteral("-in"), cert});
    QVERIFY(check.out.contains(QStringLiteral("subject=CN = W01")));
    const QString firstSerial = check.out.section(QStringLiteral("serial="), 1).trimmed();

    // Recorded in the store, with the serial the server will see.
    {
        auto store = server::ServerStore::open(m_hall);
        QVERIFY(store.ok());
        const auto record = store.value()->workstation(QStringLiteral("W01"));
        QVERIFY(record.ok() && record.value());
        QCOMPARE(record.value()->certificateSerial, firstSerial);
        QVERIFY(!record.value()->isRevoked());
    }

    run = ctl(
        {QStringLiteral("workstation"), QStringLiteral("list"), QStringLiteral("--dir"), m_hall});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("W01")) && run.out.contains(QStringLiteral("active")),
             qPrintable(run.out));

    // Enrolled once only, until revoked.
    run = ctl({QStringLiteral("workstation"), QStringLiteral("enroll"), QStringLiteral("--dir"),
               m_hall, QStringLiteral("--name"), QStringLiteral("W01"), QStringLiteral("--out"),
               m_dir.filePath(QStringLiteral("profile-w01-again"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("W01 is already enrolled")), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("profile-w01-again/key.pem"))));

    run = ctl({QStringLiteral("workstation"), QStringLiteral("revoke"), QStringLiteral("--dir"),
               m_hall, QStringLiteral("--name"), QStringLiteral("W01")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    {
        auto store = server::ServerStore::open(m_hall);
        QVERIFY(store.ok());
        const auto revoked = store.value()->isCertificateRevoked(firstSerial);
        QVERIFY(revoked.ok() && *revoked);
    }
    run = ctl(
        {QStringLiteral("workstation"), QStringLiteral("list"), QStringLiteral("--dir"), m_hall});
    QVERIFY2(run.out.contains(QStringLiteral("revoked")), qPrintable(run.out));
    run = ctl({QStringLiteral("workstation"), QStringLiteral("revoke"), QStringLiteral("--dir"),
               m_hall, QStringLiteral("--name"), QStringLiteral("W01")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("already revoked")));

    // A revoked name can be enrolled again, with a new certificate; the old one stays revoked.
    const QString again = m_dir.filePath(QStringLiteral("profile-w01-new"));
    run = ctl({QStringLiteral("workstation"), QStringLiteral("enroll"), QStringLiteral("--dir"),
               m_hall, QStringLiteral("--name"), QStringLiteral("W01"), QStringLiteral("--out"),
               again, QStringLiteral("--server"), QStringLiteral("https://hall.test.cn:9443")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(readFile(again + QStringLiteral("/profile.json")))
                 .object()
                 .value(QStringLiteral("server"))
                 .toString(),
             QStringLiteral("https://hall.test.cn:9443"));
    auto store = server::ServerStore::open(m_hall);
    QVERIFY(store.ok());
    const auto record = store.value()->workstation(QStringLiteral("W01"));
    QVERIFY(record.ok() && record.value());
    QVERIFY(record.value()->certificateSerial != firstSerial);
    QVERIFY(!record.value()->isRevoked());
    QVERIFY(*store.value()->isCertificateRevoked(firstSerial));
}

void tst_HallAdmin::enrollRefusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad name") << args({"--name", "W 02", "--out", "p-bad"}) << 1
                              << QStringLiteral("\"W 02\"");
    QTest::newRow("long name") << QStringList{QStringLiteral("--name"), QString(33, u'W'),
                                              QStringLiteral("--out"), QStringLiteral("p-long")}
                               << 1 << QString(33, u'W');
    QTest::newRow("plain http server")
        << args({"--name", "W03", "--out", "p-http", "--server", "http://hall.test.cn:8443"}) << 1
        << QStringLiteral("http://hall.test.cn:8443");
    QTest::newRow("no out") << args({"--name", "W04"}) << 2 << QStringLiteral("--out");
    QTest::newRow("unknown revoke")
        << args({"revoke", "--name", "W99"}) << 1 << QStringLiteral("W99");
}

void tst_HallAdmin::enrollRefusals()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QString verb = QStringLiteral("enroll");
    if (options.constFirst() == QLatin1String("revoke"))
        verb = options.takeFirst();
    for (QString &option : options) {
        if (option.startsWith(QLatin1String("p-")))
            option = m_dir.filePath(option);
    }
    const Run run =
        ctl(QStringList{QStringLiteral("workstation"), verb, QStringLiteral("--dir"), m_hall} +
            options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void tst_HallAdmin::usersNeedACatalogue()
{
    const Run clerk =
        ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_hall,
             QStringLiteral("--name"), QStringLiteral("li.na"), QStringLiteral("--roles"),
             QStringLiteral("clerk"), QStringLiteral("--departments"), QStringLiteral("SJ"),
             QStringLiteral("--password-file"), m_password});
    QCOMPARE(clerk.exitCode, 1);
    QVERIFY2(clerk.err.contains(QStringLiteral("Import the catalogue first")),
             qPrintable(clerk.err));
    // Supervisors and administrators work hall-wide and can come before the catalogue.
    const Run supervisor =
        ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_hall,
             QStringLiteral("--name"), QStringLiteral("zhao.min"), QStringLiteral("--display-name"),
             QStringLiteral("赵敏"), QStringLiteral("--roles"), QStringLiteral("supervisor"),
             QStringLiteral("--password-file"), m_password});
    QVERIFY2(supervisor.exitCode == 0, qPrintable(supervisor.err));
}

void tst_HallAdmin::userAddRefusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = "Window-Clerk-1\n";
    QTest::newRow("bad role") << args({"--name", "u1", "--roles", "clerk,janitor", "--departments",
                                       "SJ"})
                              << good << 1 << QStringLiteral("\"janitor\"");
    QTest::newRow("unknown department")
        << args({"--name", "u2", "--roles", "clerk", "--departments", "SJ,XX"}) << good << 1
        << QStringLiteral("\"XX\"");
    QTest::newRow("short password")
        << args({"--name", "u3", "--roles", "clerk", "--departments", "SJ"})
        << QByteArray("1234567\n") << 1 << QStringLiteral("at least 8");
    QTest::newRow("duplicate") << args({"--name", "li.na", "--roles", "clerk", "--departments",
                                        "SJ"})
                               << good << 1 << QStringLiteral("\"li.na\" already exists");
    QTest::newRow("bad login name")
        << args({"--name", "li na", "--roles", "clerk", "--departments", "SJ"}) << good << 1
        << QStringLiteral("\"li na\"");
    QTest::newRow("clerk without department") << args({"--name", "u4", "--roles", "clerk"}) << good
                                              << 1 << QStringLiteral("--departments");
    QTest::newRow("no roles") << args({"--name", "u5", "--roles", ","}) << good << 1
                              << QStringLiteral("--roles");
    QTest::newRow("roles missing")
        << args({"--name", "u6"}) << good << 2 << QStringLiteral("--roles");
}

void tst_HallAdmin::userAddRefusals()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, password);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    writeFile(passwordFile, password);
    const Run run =
        ctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"),
                        m_demo, QStringLiteral("--password-file"), passwordFile} +
            options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QString tst_HallAdmin::userState(const QString &hall, const QString &id)
{
    const Run run =
        ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--dir"), hall});
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(id + QLatin1Char(' ')))
            return line.simplified();
    }
    return {};
}

void tst_HallAdmin::userLifecycle()
{
    Run run =
        ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_demo,
             QStringLiteral("--name"), QStringLiteral("li.si"), QStringLiteral("--display-name"),
             QStringLiteral("李四"), QStringLiteral("--roles"), QStringLiteral("clerk,reviewer"),
             QStringLiteral("--departments"), QStringLiteral("SJ,GA"),
             QStringLiteral("--password-file"), m_password});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(userState(m_demo, QStringLiteral("li.si")),
             QStringLiteral("li.si enabled clerk,reviewer SJ,GA 李四"));

    run = ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--name"), QStringLiteral("li.si")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(
        userState(m_demo, QStringLiteral("li.si")).startsWith(QStringLiteral("li.si disabled")));

    // The last administrator cannot be disabled: nobody could manage the hall any more.
    run = ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--name"), QStringLiteral("admin")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("last enabled administrator")), qPrintable(run.err));
    run = ctl({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--name"), QStringLiteral("nobody")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("\"nobody\"")));

    QTemporaryDir dir;
    const QString newPassword = dir.filePath(QStringLiteral("new"));
    writeFile(newPassword, "short\n");
    run = ctl({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--dir"),
               m_demo, QStringLiteral("--name"), QStringLiteral("li.si"),
               QStringLiteral("--password-file"), newPassword});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("at least 8")));
    writeFile(newPassword, "Another-Secret-9\n");
    run = ctl({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--dir"),
               m_demo, QStringLiteral("--name"), QStringLiteral("li.si"),
               QStringLiteral("--password-file"), newPassword});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    auto store = server::ServerStore::open(m_demo);
    QVERIFY(store.ok());
    const auto user = store.value()->user(QStringLiteral("li.si"));
    QVERIFY(user.ok() && user.value());
    QVERIFY(user.value()->disabled);
    QCOMPARE(user.value()->departments, QStringList({QStringLiteral("SJ"), QStringLiteral("GA")}));
    const core::PasswordHasher hasher;
    QVERIFY(*hasher.verify(QStringLiteral("Another-Secret-9"), user.value()->passwordHash));
    QVERIFY(!*hasher.verify(QStringLiteral("Hall-Admin-2025"), user.value()->passwordHash));
}

void tst_HallAdmin::demoUsers()
{
    const Run run =
        ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--dir"), m_demo});
    QCOMPARE(run.exitCode, 0);
    for (const char *role : {"clerk", "reviewer", "chief-approver", "leader", "cashier",
                             "supervisor", "administrator"}) {
        QVERIFY2(run.out.contains(QString::fromLatin1(role)), role);
    }
    QCOMPARE(userState(m_demo, QStringLiteral("li.na")),
             QStringLiteral("li.na enabled clerk SJ,GA 李娜"));
    auto store = server::ServerStore::open(m_demo);
    QVERIFY(store.ok());
    const auto clerk = store.value()->user(QStringLiteral("li.na"));
    QVERIFY(clerk.ok() && clerk.value());
    QVERIFY(*core::PasswordHasher().verify(QStringLiteral("Hall-Admin-2025"),
                                           clerk.value()->passwordHash));
}

void tst_HallAdmin::catalogVersionsRecordWhoPublished()
{
    Run run =
        ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), m_demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("示范大厅 — catalogue version 1")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral(" by admin")));

    const QString exported = m_dir.filePath(QStringLiteral("catalogue.json"));
    run = ctl({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--out"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Only an enabled administrator may publish; the refusal names who was given.
    run = ctl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--by"), QStringLiteral("li.na"), exported});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("\"li.na\" is not an enabled administrator")),
             qPrintable(run.err));

    run = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--name"), QStringLiteral("wang.admin"), QStringLiteral("--roles"),
               QStringLiteral("administrator"), QStringLiteral("--password-file"), m_password});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--by"), QStringLiteral("wang.admin"), exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("version 2")), qPrintable(run.out));

    run = ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), m_demo});
    QVERIFY(run.out.contains(QStringLiteral("catalogue version 2")));
    QVERIFY(run.out.contains(QStringLiteral(" by wang.admin")));
    run = ctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--dir"), m_demo,
               QStringLiteral("--version"), QStringLiteral("1")});
    QVERIFY(run.out.contains(QStringLiteral("catalogue version 1")));
    QVERIFY(run.out.contains(QStringLiteral(" by admin")));

    // The hall without a catalogue gets its first version from the same file.
    run = ctl({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--dir"), m_hall,
               exported});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("version 1")));
}

void tst_HallAdmin::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    for (const char *name :
         {"hall init", "workstation enroll", "workstation revoke", "workstation list", "user add",
          "user disable", "user enable", "user reset-password", "user list"}) {
        QTest::newRow(name) << QString::fromLatin1(name).split(QLatin1Char(' '));
    }
}

void tst_HallAdmin::helpForEveryCommand()
{
    QFETCH(QStringList, command);
    const Run run = ctl(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(
        run.out.contains(QStringLiteral("Usage: sunhallctl ") + command.join(QLatin1Char(' '))));
    QVERIFY(run.out.contains(QStringLiteral("--dir")));
    const Run bad = ctl(command + QStringList{QStringLiteral("--no-such-option")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("no-such-option")));
    const Run none = ctl(command);
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("--dir")));
}

void tst_HallAdmin::usersOnEachEngine_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void tst_HallAdmin::usersOnEachEngine()
{
    QFETCH(bool, postgres);
    QString url;
    if (postgres) {
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        url = m_postgres.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_postgres.errorString()));
    }
    QTemporaryDir dir;
    const QString hall = dir.filePath(QStringLiteral("hall"));
    QStringList init{QStringLiteral("hall"),
                     QStringLiteral("init"),
                     QStringLiteral("--dir"),
                     hall,
                     QStringLiteral("--name"),
                     QStringLiteral("引擎大厅"),
                     QStringLiteral("--admin-password-file"),
                     m_password};
    if (postgres)
        init << QStringLiteral("--db") << url;
    Run run = ctl(init);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QFile::exists(hall + QStringLiteral("/hall.db")), !postgres);
    const QString config = hall + QStringLiteral("/hall.json");
    QCOMPARE(QJsonDocument::fromJson(readFile(config)).object().value(QStringLiteral("db")),
             postgres ? QJsonValue(url) : QJsonValue(QJsonValue::Undefined));
    if (postgres) // the address holds the database password
        QCOMPARE(mode(config), ownerOnly);

    // Later commands find the database through hall.json.
    const QStringList dirOnly{QStringLiteral("--dir"), hall};
    run = ctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("zhao.min"), QStringLiteral("--display-name"),
                          QStringLiteral("赵敏 O'Brien; DROP TABLE users;--"),
                          QStringLiteral("--roles"), QStringLiteral("supervisor"),
                          QStringLiteral("--password-file"), m_password} +
              dirOnly);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl(QStringList{QStringLiteral("catalog"), QStringLiteral("import"),
                          core::DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json")} +
              dirOnly);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("li.na"), QStringLiteral("--roles"),
                          QStringLiteral("clerk"), QStringLiteral("--departments"),
                          QStringLiteral("SJ"), QStringLiteral("--password-file"), m_password} +
              dirOnly);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = ctl(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("li.na"), QStringLiteral("--roles"),
                          QStringLiteral("clerk"), QStringLiteral("--departments"),
                          QStringLiteral("SJ"), QStringLiteral("--password-file"), m_password} +
              dirOnly);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(userState(hall, QStringLiteral("zhao.min")),
             QStringLiteral("zhao.min enabled supervisor - 赵敏 O'Brien; DROP TABLE users;--"));
    QCOMPARE(userState(hall, QStringLiteral("li.na")),
             QStringLiteral("li.na enabled clerk SJ li.na"));
    QVERIFY(!userState(hall, QStringLiteral("admin")).isEmpty());

    if (!postgres)
        return;
    // --db overrides hall.json, and a database that holds a hall is not given a second one.
    run = ctl({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--dir"), hall,
               QStringLiteral("--db"), url});
    QVERIFY(run.out.contains(QStringLiteral("zhao.min")));
    QTemporaryDir other;
    run = ctl({QStringLiteral("hall"), QStringLiteral("init"), QStringLiteral("--dir"),
               other.filePath(QStringLiteral("hall")), QStringLiteral("--name"),
               QStringLiteral("第二个"), QStringLiteral("--admin-password-file"), m_password,
               QStringLiteral("--db"), url});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already holds the hall \"引擎大厅\"")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(other.filePath(QStringLiteral("hall"))));
}

QTEST_GUILESS_MAIN(tst_HallAdmin)
#include "tst_halladmin.moc"
