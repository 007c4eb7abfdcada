// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Drives `sunhallctl department …` and `sunhallctl cert …` as an administrator's script would,
// and verifies a signed certificate with the openssl recipe of docs/certificate-qr.md, run as
// the document writes it.
#include "core/certificate/CertificateQr.h"
#include "core/values/DocumentNumber.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sunhall::core;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {},
        const QProcessEnvironment &extra = {})
{
    QProcess process;
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUNHALL_LANG"), QStringLiteral("en"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run ctl(const QStringList &args)
{
    return run(QStringLiteral(SUNHALLCTL_PATH), args);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString certificateNumber(int serial)
{
    return DocumentNumber::make(DocumentNumber::Kind::Certificate, QStringLiteral("QD0001"), 2025,
                                serial)
        ->toString();
}

QJsonObject record(int serial, const QString &department = QStringLiteral("SJ"))
{
    return QJsonObject{
        {QStringLiteral("number"), certificateNumber(serial)},
        {QStringLiteral("caseId"), QStringLiteral("0b6f3c1e-5f0e-4c8e-9a55-2f5a1c3d9e77")},
        {QStringLiteral("title"), QStringLiteral("食品经营许可证")},
        {QStringLiteral("itemCode"), QStringLiteral("370200-SJ-XK-001")},
        {QStringLiteral("itemName"), QStringLiteral("食品经营许可")},
        {QStringLiteral("holderName"), QStringLiteral("张三丰")},
        {QStringLiteral("holderId"), QStringLiteral("11010519491231002X")},
        {QStringLiteral("lines"),
         QJsonArray{
             QJsonObject{{QStringLiteral("key"), QStringLiteral("经营场所")},
                         {QStringLiteral("value"), QStringLiteral("青岛市市南区香港中路10号")}}}},
        {QStringLiteral("validFrom"), QStringLiteral("2025-03-04")},
        {QStringLiteral("validUntil"), QStringLiteral("2030-03-03")},
        {QStringLiteral("departmentCode"), department},
        {QStringLiteral("departmentName"), QStringLiteral("青岛市市场监督管理局")},
        {QStringLiteral("issuedAt"), QStringLiteral("2025-03-04T09:30:00+08:00")},
    };
}

// The shell block that follows the openssl-recipe marker in docs/certificate-qr.md.
QString recipeFromDocs()
{
    const QString doc = QString::fromUtf8(
        readFile(QStringLiteral(SUNHALL_SOURCE_DIR) + QStringLiteral("/docs/certificate-qr.md")));
    const qsizetype marker = doc.indexOf(QStringLiteral("<!-- openssl-recipe"));
    const qsizetype start = doc.indexOf(QStringLiteral("```sh\n"), marker);
    const qsizetype end = doc.indexOf(QStringLiteral("\n```"), start + 6);
    if (marker < 0 || start < 0 || end < 0)
        return {};
    return doc.mid(start + 6, end - start - 6) + QLatin1Char('\n');
}

// The QR text with one byte of its signed data changed and its signature kept.
QString withDataByteChanged(const QString &qr, const QByteArray &from, const QByteArray &to)
{
    const Result<CertificateQr> parsed = CertificateQr::parse(qr);
    if (!parsed)
        return {};
    QByteArray data = parsed->signedBytes();
    data.replace(from, to);
    return CertificateQr(data, parsed->signature()).toText();
}

} // namespace

class tst_CertificateCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keygenWritesTheHallFolder();
    void keygenRefusals_data();
    void keygenRefusals();
    void keysAsJson();
    void signAndVerify();
    void verifyWithKeyFile();
    void verifyAnswers_data();
    void verifyAnswers();
    void signRefusals_data();
    void signRefusals();
    void revokeKeyThenReplace();
    void opensslRecipe();
    void usage_data();
    void usage();
    void helpForEveryCommand_data();
    void helpForEveryCommand();

private:
    QString sign(const QJsonObject &json);

    QTemporaryDir m_dir;
    QString m_hall;
    QString m_qr;
    int m_records = 0;
};

void tst_CertificateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "the openssl command line tool is required (apt install openssl)");
    m_hall = m_dir.filePath(QStringLiteral("hall"));
    const Run init =
        ctl({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), m_hall});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Run keygen =
        ctl({QStringLiteral("department"), QStringLiteral("keygen"), QStringLiteral("--dir"),
             m_hall, QStringLiteral("--department"), QStringLiteral("SJ"),
             QStringLiteral("--department"), QStringLiteral("MZ")});
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
    QVERIFY(keygen.out.contains(QStringLiteral("市场监督管理局 (SJ)")));
    QVERIFY(keygen.out.contains(QStringLiteral("民政局 (MZ)")));
    m_qr = sign(record(123));
    QVERIFY(m_qr.startsWith(QStringLiteral("SHC1.")));
}

QString tst_CertificateCli::sign(const QJsonObject &json)
{
    const QString path = m_dir.filePath(QStringLiteral("record-%1.json").arg(++m_records));
    if (!writeFile(path, QJsonDocument(json).toJson()))
        return {};
    const Run signing = ctl({QStringLiteral("cert"), QStringLiteral("sign"),
                             QStringLiteral("--dir"), m_hall, QStringLiteral("--record"), path});
    if (signing.exitCode != 0)
        qWarning("cert sign failed: %s", qPrintable(signing.err));
    return signing.out.trimmed();
}

void tst_CertificateCli::keygenWritesTheHallFolder()
{
    const QString dir = m_hall + QStringLiteral("/department-keys/SJ");
    QVERIFY(readFile(dir + QStringLiteral("/private.pem")).contains("ENCRYPTED PRIVATE KEY"));
    for (const char *secret : {"/private.pem", "/passphrase"}) {
        QCOMPARE(QFile::permissions(dir + QLatin1String(secret)) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
    // The key opens with the passphrase beside it, in the openssl command line too.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"), QStringLiteral("-in"),
                   dir + QStringLiteral("/private.pem"), QStringLiteral("-passin"),
                   QStringLiteral("file:") + dir + QStringLiteral("/passphrase"),
                   QStringLiteral("-noout")});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
}

void tst_CertificateCli::keygenRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("department not in the catalogue")
        << QStringList{"--department", "XX"} << 1 << QStringLiteral("\"XX\"");
    QTest::newRow("department with a key") << QStringList{"--department", "SJ"} << 1
                                           << QStringLiteral("already has a certificate key");
    QTest::newRow("neither --department nor --all")
        << QStringList{} << 2 << QStringLiteral("--all");
    QTest::newRow("both") << QStringList{"--department", "GA", "--all"} << 2
                          << QStringLiteral("--all");
}

void tst_CertificateCli::keygenRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const QByteArray before = readFile(m_hall + QStringLiteral("/department-keys/SJ/private.pem"));
    const Run keygen = ctl(QStringList{QStringLiteral("department"), QStringLiteral("keygen"),
                                       QStringLiteral("--dir"), m_hall} +
                           args);
    QCOMPARE(keygen.exitCode, exitCode);
    QVERIFY2(keygen.err.contains(mentions), qPrintable(keygen.err));
    QCOMPARE(readFile(m_hall + QStringLiteral("/department-keys/SJ/private.pem")), before);
}

void tst_CertificateCli::keysAsJson()
{
    const Run keys = ctl({QStringLiteral("department"), QStringLiteral("keys"),
                          QStringLiteral("--dir"), m_hall, QStringLiteral("--json")});
    QVERIFY2(keys.exitCode == 0, qPrintable(keys.err));
    const QJsonObject json = QJsonDocument::fromJson(keys.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(),
             QStringLiteral("sunhall-certificate-keys"));
    const QJsonArray departments = json.value(QStringLiteral("departments")).toArray();
    QCOMPARE(departments.size(), 2);
    QCOMPARE(departments.at(0).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("MZ"));
    QCOMPARE(departments.at(1).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("市场监督管理局"));
    const Run table = ctl(
        {QStringLiteral("department"), QStringLiteral("keys"), QStringLiteral("--dir"), m_hall});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.contains(QStringLiteral("in use")));
    QVERIFY(table.out.contains(QStringLiteral("Revoked certificates: 0")));
}

void tst_CertificateCli::signAndVerify()
{
    QVERIFY(m_qr.size() < 1000);
    const Run verify = ctl({QStringLiteral("cert"), QStringLiteral("verify"),
                            QStringLiteral("--qr"), m_qr, QStringLiteral("--dir"), m_hall});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
    QVERIFY(verify.out.startsWith(QStringLiteral("VALID: ")));
    QVERIFY(verify.out.contains(QStringLiteral("张三丰 (11010519491231002X)")));
    QVERIFY(verify.out.contains(QStringLiteral("经营场所: 青岛市市南区香港中路10号")));
    QVERIFY(verify.out.contains(certificateNumber(123)));

    const Run json = ctl({QStringLiteral("cert"), QStringLiteral("verify"), QStringLiteral("--qr"),
                          m_qr, QStringLiteral("--dir"), m_hall, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(answer.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(answer.value(QStringLiteral("record")).toObject().value(QStringLiteral("holderName")),
             QJsonValue(QStringLiteral("张三丰")));

    // Signing the same record again gives another text (SM2 is randomised) that verifies too.
    const QString again = sign(record(123));
    QVERIFY(again != m_qr);
    QCOMPARE(ctl({QStringLiteral("cert"), QStringLiteral("verify"), QStringLiteral("--qr"), again,
                  QStringLiteral("--dir"), m_hall})
                 .exitCode,
             0);
}

void tst_CertificateCli::verifyWithKeyFile()
{
    const Run keys = ctl({QStringLiteral("department"), QStringLiteral("keys"),
                          QStringLiteral("--dir"), m_hall, QStringLiteral("--json")});
    const QString keyFile = m_dir.filePath(QStringLiteral("keys.json"));
    QVERIFY(writeFile(keyFile, keys.out.toUtf8()));
    Run verify = ctl({QStringLiteral("cert"), QStringLiteral("verify"), QStringLiteral("--qr"),
                      m_qr, QStringLiteral("--keys"), keyFile});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));

    // A key set without the market department's key cannot vouch for its certificate.
    QJsonObject json = QJsonDocument::fromJson(keys.out.toUtf8()).object();
    QJsonArray departments = json.value(QStringLiteral("departments")).toArray();
    departments.removeAt(1);
    json.insert(QStringLiteral("departments"), departments);
    QVERIFY(writeFile(keyFile, QJsonDocument(json).toJson()));
    verify = ctl({QStringLiteral("cert"), QStringLiteral("verify"), QStringLiteral("--qr"), m_qr,
                  QStringLiteral("--keys"), keyFile});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.startsWith(QStringLiteral("UNKNOWN: ")), qPrintable(verify.out));
    QVERIFY(verify.out.contains(QStringLiteral("not confirmed")));

    QVERIFY(writeFile(keyFile, "{ not json"));
    verify = ctl({QStringLiteral("cert"), QStringLiteral("verify"), QStringLiteral("--qr"), m_qr,
                  QStringLiteral("--keys"), keyFile});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY(verify.err.contains(keyFile));
}

void tst_CertificateCli::verifyAnswers_data()
{
    QTest::addColumn<QString>("qr");
    QTest::addColumn<QString>("state");
    const QString signedQr = sign(record(124));
    QTest::newRow("a changed validity")
        << withDataByteChanged(signedQr, "vu 2030", "vu 2035") << "ALTERED";
    QTest::newRow("a changed holder")
        << withDataByteChanged(signedQr, QStringLiteral("张三丰").toUtf8(),
                               QStringLiteral("张三峰").toUtf8())
        << "ALTERED";
    QTest::newRow("cut off") << signedQr.left(300) << "ALTERED";
    QTest::newRow("a web address") << QStringLiteral("https://example.org/?c=1") << "UNKNOWN";
    QTest::newRow("another department's certificate")
        << sign(record(125, QStringLiteral("MZ"))) << "VALID";
}

void tst_CertificateCli::verifyAnswers()
{
    QFETCH(QString, qr);
    QFETCH(QString, state);
    QVERIFY(!qr.isEmpty());
    const Run verify = ctl({QStringLiteral("cert"), QStringLiteral("verify"),
                            QStringLiteral("--qr"), qr, QStringLiteral("--dir"), m_hall});
    QCOMPARE(verify.exitCode, state == QLatin1String("VALID") ? 0 : 1);
    QVERIFY2(verify.out.startsWith(state + QStringLiteral(": ")), qPrintable(verify.out));
}

void tst_CertificateCli::signRefusals_data()
{
    QTest::addColumn<QByteArray>("recordJson");
    QTest::addColumn<QString>("mentions");
    QJsonObject otherHall = record(126);
    otherHall.insert(
        QStringLiteral("number"),
        DocumentNumber::make(DocumentNumber::Kind::Certificate, QStringLiteral("HALL01"), 2025, 1)
            ->toString());
    QTest::newRow("number of another hall") << QJsonDocument(otherHall).toJson() << "HALL01";
    QTest::newRow("department without a key")
        << QJsonDocument(record(127, QStringLiteral("GA"))).toJson() << "department keygen";
    QJsonObject badId = record(128);
    badId.insert(QStringLiteral("holderId"), QStringLiteral("110105194912310021"));
    QTest::newRow("bad holder ID") << QJsonDocument(badId).toJson() << "ID number";
    QJsonObject noTitle = record(129);
    noTitle.remove(QStringLiteral("title"));
    QTest::newRow("no title") << QJsonDocument(noTitle).toJson() << "title";
    QTest::newRow("not JSON") << QByteArray("number: 1") << "JSON";
}

void tst_CertificateCli::signRefusals()
{
    QFETCH(QByteArray, recordJson);
    QFETCH(QString, mentions);
    const QString path = m_dir.filePath(QStringLiteral("refused.json"));
    QVERIFY(writeFile(path, recordJson));
    const Run signing = ctl({QStringLiteral("cert"), QStringLiteral("sign"),
                             QStringLiteral("--dir"), m_hall, QStringLiteral("--record"), path});
    QCOMPARE(signing.exitCode, 1);
    QVERIFY(signing.out.isEmpty());
    QVERIFY2(signing.err.contains(mentions), qPrintable(signing.err));
}

void tst_CertificateCli::revokeKeyThenReplace()
{
    QTemporaryDir dir;
    const QString hall = dir.filePath(QStringLiteral("hall"));
    QCOMPARE(ctl({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), hall})
                 .exitCode,
             0);
    Run run = ctl({QStringLiteral("department"), QStringLiteral("keygen"), QStringLiteral("--dir"),
                   hall, QStringLiteral("--all")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QStringLiteral("fingerprint (SM3)")), 16);
    run = ctl({QStringLiteral("department"), QStringLiteral("keygen"), QStringLiteral("--dir"),
               hall, QStringLiteral("--all")});
    QVERIFY(run.out.contains(QStringLiteral("already has")));

    const QString recordPath = dir.filePath(QStringLiteral("record.json"));
    QVERIFY(writeFile(recordPath, QJsonDocument(record(130)).toJson()));
    const QStringList signArgs{QStringLiteral("cert"),     QStringLiteral("sign"),
                               QStringLiteral("--dir"),    hall,
                               QStringLiteral("--record"), recordPath};
    const QString issuedBefore = ctl(signArgs).out.trimmed();
    const QStringList verifyBefore{QStringLiteral("cert"),  QStringLiteral("verify"),
                                   QStringLiteral("--qr"),  issuedBefore,
                                   QStringLiteral("--dir"), hall};
    QCOMPARE(ctl(verifyBefore).exitCode, 0);

    // Withdrawn from 2025-03-01: the certificate of 2025-03-04 no longer verifies.
    run =
        ctl({QStringLiteral("department"), QStringLiteral("revoke-key"), QStringLiteral("--dir"),
             hall, QStringLiteral("--department"), QStringLiteral("SJ"), QStringLiteral("--reason"),
             QStringLiteral("密钥泄露"), QStringLiteral("--since"), QStringLiteral("2025-03-01")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFile::exists(hall + QStringLiteral("/department-keys/SJ/private.pem")));
    run = ctl(verifyBefore);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("REVOKED: ")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("密钥泄露")));
    QVERIFY(ctl(signArgs).err.contains(QStringLiteral("department keygen")));

    run = ctl({QStringLiteral("department"), QStringLiteral("keygen"), QStringLiteral("--dir"),
               hall, QStringLiteral("--department"), QStringLiteral("SJ")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString reissued = ctl(signArgs).out.trimmed();
    QCOMPARE(ctl({QStringLiteral("cert"), QStringLiteral("verify"), QStringLiteral("--qr"),
                  reissued, QStringLiteral("--dir"), hall})
                 .exitCode,
             0);
    run =
        ctl({QStringLiteral("department"), QStringLiteral("keys"), QStringLiteral("--dir"), hall});
    QVERIFY(run.out.contains(QStringLiteral("revoked from 2025-03-01 00:00: 密钥泄露")));

    // Replacing the demo hall replaces its departments' keys too.
    run = ctl({QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("--dir"), hall,
               QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QFile::exists(hall + QStringLiteral("/department-keys")));
    QVERIFY(run.out.contains(QStringLiteral("department keygen")));
}

void tst_CertificateCli::opensslRecipe()
{
    const QString recipe = recipeFromDocs();
    QVERIFY2(recipe.contains(QStringLiteral("openssl dgst -sm3 -verify")), qPrintable(recipe));
    QTemporaryDir work;
    QVERIFY(QFile::copy(m_hall + QStringLiteral("/department-keys/SJ/public.pem"),
                        work.filePath(QStringLiteral("pub.pem"))));
    const Run keys = ctl(
        {QStringLiteral("department"), QStringLiteral("keys"), QStringLiteral("--dir"), m_hall});
    const auto runRecipe = [&](const QString &qr) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("QR"), qr);
        return run(QStringLiteral("sh"), {QStringLiteral("-c"), recipe}, work.path(), env);
    };

    const Run genuine = runRecipe(m_qr);
    QVERIFY2(genuine.exitCode == 0, qPrintable(genuine.err));
    QVERIFY(genuine.out.contains(QStringLiteral("Verified OK")));
    QVERIFY(genuine.out.startsWith(QStringLiteral("SUNHALL-CERT/1\n")));
    QVERIFY(genuine.out.contains(QStringLiteral("hn 张三丰\n")));
    // The key id in the data and the fingerprint of pub.pem: equal, and the hall's SJ key.
    const QStringList lines = genuine.out.split(QLatin1Char('\n'));
    const qsizetype verified = lines.indexOf(QStringLiteral("Verified OK"));
    QVERIFY(verified >= 2);
    QCOMPARE(lines.at(verified - 1), lines.at(verified - 2));
    QCOMPARE(lines.at(verified - 1).size(), 64);
    QVERIFY(keys.out.contains(lines.at(verified - 1)));
    QCOMPARE(readFile(work.filePath(QStringLiteral("data.bin"))),
             CertificateQr::parse(m_qr)->signedBytes());

    // One byte of the data changed: openssl refuses it, and so does sunhallctl.
    const QString forged = withDataByteChanged(m_qr, "vf 2025-03-04", "vf 2025-03-05");
    const Run altered = runRecipe(forged);
    QCOMPARE(altered.exitCode, 1);
    QVERIFY2(QString(altered.out + altered.err).contains(QStringLiteral("Verification failure")),
             qPrintable(altered.out + altered.err));
    const Run verify = ctl({QStringLiteral("cert"), QStringLiteral("verify"),
                            QStringLiteral("--qr"), forged, QStringLiteral("--dir"), m_hall});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY(verify.out.startsWith(QStringLiteral("ALTERED: ")));
}

void tst_CertificateCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("verify without --qr")
        << QStringList{"cert", "verify", "--keys", "k.json"} << QStringLiteral("--qr");
    QTest::newRow("verify with --dir and --keys")
        << QStringList{"cert", "verify", "--qr", "SHC1.a.b", "--dir", "d", "--keys", "k"}
        << QStringLiteral("--keys");
    QTest::newRow("verify with neither")
        << QStringList{"cert", "verify", "--qr", "SHC1.a.b"} << QStringLiteral("--dir");
    QTest::newRow("sign without --record")
        << QStringList{"cert", "sign", "--dir", "d"} << QStringLiteral("--record");
    QTest::newRow("revoke-key without --reason")
        << QStringList{"department", "revoke-key", "--dir", "d", "--department", "SJ"}
        << QStringLiteral("--reason");
    QTest::newRow("revoke-key with a bad --since")
        << QStringList{"department", "revoke-key", "--dir", "d",       "--department",
                       "SJ",         "--reason",   "x",     "--since", "yesterday"}
        << QStringLiteral("yesterday");
}

void tst_CertificateCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run bad = ctl(args);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(mentions), qPrintable(bad.err));
}

void tst_CertificateCli::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    for (const char *name : {"cert sign", "cert verify", "department keygen", "department keys",
                             "department revoke-key"}) {
        QTest::newRow(name) << QString::fromLatin1(name).split(QLatin1Char(' '));
    }
}

void tst_CertificateCli::helpForEveryCommand()
{
    QFETCH(QStringList, command);
    const Run help = ctl(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(
        help.out.contains(QStringLiteral("Usage: sunhallctl ") + command.join(QLatin1Char(' '))));
    const Run bad = ctl(command + QStringList{QStringLiteral("--no-such-option")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("no-such-option")));
}

QTEST_GUILESS_MAIN(tst_CertificateCli)
#include "tst_certificatecli.moc"
