// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/HallCa.h"
#include "core/pki/PemFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall::core;

namespace {

struct OpenSslRun
{
    bool started = false;
    int exitCode = -1;
    QString output;

    bool ok() const { return started && exitCode == 0; }
};

OpenSslRun openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    OpenSslRun run;
    run.started = process.waitForStarted() && process.waitForFinished(60'000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

QString save(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

// The certificate as `openssl x509 -text` shows it.
QString certificateText(const QTemporaryDir &dir, const QByteArray &pem)
{
    return openssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text"),
                    QStringLiteral("-in"), save(dir, QStringLiteral("shown.pem"), pem)})
        .output;
}

// `openssl verify` of a certificate against a CA file, for the given purpose.
OpenSslRun verify(const QTemporaryDir &dir, const QByteArray &caPem, const QByteArray &pem,
                  const QString &purpose = {})
{
    QStringList arguments{QStringLiteral("verify"), QStringLiteral("-CAfile"),
                          save(dir, QStringLiteral("trusted-ca.pem"), caPem)};
    if (!purpose.isEmpty())
        arguments << QStringLiteral("-purpose") << purpose;
    arguments << save(dir, QStringLiteral("checked.pem"), pem);
    return openssl(arguments);
}

HallCa newCa(const QString &name = QStringLiteral("青岛市示范行政服务中心"))
{
    auto ca = HallCa::create(name, QDateTime::currentDateTimeUtc());
    if (!ca)
        qFatal("%s", qPrintable(ca.error().message));
    return std::move(ca).value();
}

template<typename Outcome>
QByteArray failure(const Outcome &outcome)
{
    return outcome.ok() ? QByteArray() : outcome.error().message.toUtf8();
}

} // namespace

class tst_HallCa : public QObject
{
    Q_OBJECT
private slots:
    void caCertificate();
    void caValidity();
    void serverCertificate_data();
    void serverCertificate();
    void workstationCertificate();
    void issuedValidity();
    void otherCaDoesNotVerify();
    void qtLoadsWhatIsIssued();
    void serialsAreUnique();
    void reloadedCaIssues();
    void fromPemRefuses();
    void badWorkstationNames_data();
    void badWorkstationNames();
    void badHosts_data();
    void badHosts();
    void badHallNames_data();
    void badHallNames();
    void keyFilesOwnerOnly();

private:
    QTemporaryDir m_dir;
};

void tst_HallCa::caCertificate()
{
    const HallCa ca = newCa();
    QCOMPARE(ca.commonName(), QStringLiteral("青岛市示范行政服务中心 Sunhall CA"));
    const QString text = certificateText(m_dir, ca.certificatePem());
    QVERIFY2(text.contains(QStringLiteral("X509v3 Basic Constraints: critical")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("CA:TRUE")));
    QVERIFY(text.contains(QStringLiteral("X509v3 Key Usage: critical")));
    QVERIFY(text.contains(QStringLiteral("Certificate Sign, CRL Sign")));
    QVERIFY(text.contains(QStringLiteral("ecdsa-with-SHA256")));
    QVERIFY(text.contains(QStringLiteral("NIST CURVE: P-256")));
    // Self-signed: it verifies against itself.
    const OpenSslRun run = verify(m_dir, ca.certificatePem(), ca.certificatePem());
    QVERIFY2(run.ok(), qPrintable(run.output));
}

void tst_HallCa::caValidity()
{
    const QDateTime now(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc());
    const auto ca = HallCa::create(QStringLiteral("Test hall"), now);
    QVERIFY2(ca.ok(), failure(ca).constData());
    QCOMPARE(ca->notAfter(), now.addYears(10));
    const QSslCertificate certificate(ca->certificatePem());
    QVERIFY(certificate.effectiveDate() <= now);
    QCOMPARE(certificate.expiryDate(), now.addYears(10));
}

void tst_HallCa::serverCertificate_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("altNames");
    QTest::addColumn<QString>("commonName");
    QTest::newRow("no hosts") << QStringList{}
                              << QStringLiteral("DNS:localhost, IP Address:127.0.0.1")
                              << QStringLiteral("localhost");
    QTest::newRow("name and address")
        << QStringList{QStringLiteral("hall.qingdao.gov.cn"), QStringLiteral("10.1.2.3")}
        << QStringLiteral("DNS:localhost, IP Address:127.0.0.1, DNS:hall.qingdao.gov.cn, "
                          "IP Address:10.1.2.3")
        << QStringLiteral("hall.qingdao.gov.cn");
    QTest::newRow("ipv6 and a repeat")
        << QStringList{QStringLiteral("fe80::1"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("Sunhall-01")}
        << QStringLiteral("DNS:localhost, IP Address:127.0.0.1, IP Address:FE80:0:0:0:0:0:0:1, "
                          "DNS:sunhall-01")
        << QStringLiteral("fe80::1");
}

void tst_HallCa::serverCertificate()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, altNames);
    QFETCH(QString, commonName);
    const HallCa ca = newCa();
    const auto issued = ca.issueServerCertificate(hosts, QDateTime::currentDateTimeUtc());
    QVERIFY2(issued.ok(), failure(issued).constData());
    QCOMPARE(issued->commonName, commonName);

    const QString text = certificateText(m_dir, issued->certificatePem);
    QVERIFY2(text.contains(altNames + QLatin1Char('\n')), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TLS Web Server Authentication")));
    QVERIFY(!text.contains(QStringLiteral("TLS Web Client Authentication")));
    QVERIFY(text.contains(QStringLiteral("CA:FALSE")));
    QVERIFY(text.contains(QStringLiteral("Issuer: CN = ")));

    OpenSslRun run =
        verify(m_dir, ca.certificatePem(), issued->certificatePem, QStringLiteral("sslserver"));
    QVERIFY2(run.ok(), qPrintable(run.output));
    // A server certificate cannot stand in for a workstation.
    run = verify(m_dir, ca.certificatePem(), issued->certificatePem, QStringLiteral("sslclient"));
    QVERIFY(!run.ok());
}

void tst_HallCa::workstationCertificate()
{
    const HallCa ca = newCa();
    const auto issued =
        ca.issueWorkstationCertificate(QStringLiteral("W01"), QDateTime::currentDateTimeUtc());
    QVERIFY2(issued.ok(), failure(issued).constData());
    const QString text = certificateText(m_dir, issued->certificatePem);
    QVERIFY2(text.contains(QStringLiteral("Subject: CN = W01\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TLS Web Client Authentication")));
    QVERIFY(!text.contains(QStringLiteral("TLS Web Server Authentication")));
    QVERIFY(!text.contains(QStringLiteral("Subject Alternative Name")));

    OpenSslRun run =
        verify(m_dir, ca.certificatePem(), issued->certificatePem, QStringLiteral("sslclient"));
    QVERIFY2(run.ok(), qPrintable(run.output));
    run = verify(m_dir, ca.certificatePem(), issued->certificatePem, QStringLiteral("sslserver"));
    QVERIFY(!run.ok());
    // The private key belongs to the certificate.
    const QString keyPath = save(m_dir, QStringLiteral("w01-key.pem"), issued->privateKeyPem);
    const OpenSslRun fromKey = openssl(
        {QStringLiteral("pkey"), QStringLiteral("-in"), keyPath, QStringLiteral("-pubout")});
    const OpenSslRun fromCert = openssl(
        {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-pubkey"),
         QStringLiteral("-in"), save(m_dir, QStringLiteral("w01.pem"), issued->certificatePem)});
    QVERIFY(fromKey.ok() && fromCert.ok());
    QCOMPARE(fromKey.output, fromCert.output);
}

void tst_HallCa::issuedValidity()
{
    const QDateTime now(QDate(2025, 3, 3), QTime(9, 0), QTimeZone::utc());
    const auto ca = HallCa::create(QStringLiteral("Test hall"), now);
    QVERIFY(ca.ok());
    const auto server = ca->issueServerCertificate({}, now);
    QVERIFY(server.ok());
    QVERIFY(server->notBefore <= now);
    QCOMPARE(server->notAfter, now.addYears(2));
    // Never valid past the CA itself.
    const auto late = ca->issueWorkstationCertificate(QStringLiteral("W02"), now.addYears(9));
    QVERIFY(late.ok());
    QCOMPARE(late->notAfter, ca->notAfter());
}

void tst_HallCa::otherCaDoesNotVerify()
{
    const HallCa ours = newCa();
    const HallCa theirs = newCa(QStringLiteral("Another hall"));
    const auto foreign =
        theirs.issueWorkstationCertificate(QStringLiteral("W01"), QDateTime::currentDateTimeUtc());
    QVERIFY(foreign.ok());
    const OpenSslRun run = verify(m_dir, ours.certificatePem(), foreign->certificatePem);
    QVERIFY2(!run.ok(), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("unable to get local issuer certificate")),
             qPrintable(run.output));
    QVERIFY(verify(m_dir, theirs.certificatePem(), foreign->certificatePem).ok());
}

void tst_HallCa::qtLoadsWhatIsIssued()
{
    const HallCa ca = newCa();
    const auto issued =
        ca.issueWorkstationCertificate(QStringLiteral("W07"), QDateTime::currentDateTimeUtc());
    QVERIFY(issued.ok());
    const QSslCertificate certificate(issued->certificatePem, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("W07")});
    QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName), QStringList{ca.commonName()});
    QCOMPARE(QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()),
             issued->fingerprint);
    // Qt writes the serial as colon-separated hex; stripped, it is the serial we report.
    QCOMPARE(QString::fromLatin1(certificate.serialNumber())
                 .remove(QLatin1Char(':'))
                 .toUpper()
                 .remove(QRegularExpression(QStringLiteral("^0+"))),
             issued->serial);
    QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);

    const QSslKey key(issued->privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!key.isNull());
    QCOMPARE(key.length(), 256);

    const QSslCertificate caCertificate(ca.certificatePem(), QSsl::Pem);
    QVERIFY(!caCertificate.isNull());
    QVERIFY(caCertificate.isSelfSigned());
    const QSslKey caKey(ca.privateKeyPem(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    QVERIFY(!caKey.isNull());
}

void tst_HallCa::serialsAreUnique()
{
    const HallCa ca = newCa();
    QSet<QString> serials{ca.serial()};
    QSet<QString> fingerprints{ca.fingerprint()};
    const QRegularExpression upperHex(QStringLiteral("^[0-9A-F]{32}$"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 40; ++i) {
        const auto issued = i % 4 == 0 ? ca.issueServerCertificate({}, now)
                                       : ca.issueWorkstationCertificate(QStringLiteral("W01"), now);
        QVERIFY(issued.ok());
        QVERIFY2(upperHex.match(issued->serial).hasMatch(), qPrintable(issued->serial));
        serials.insert(issued->serial);
        fingerprints.insert(issued->fingerprint);
    }
    QCOMPARE(serials.size(), 41);
    QCOMPARE(fingerprints.size(), 41);
}

void tst_HallCa::reloadedCaIssues()
{
    const HallCa original = newCa();
    const auto reloaded = HallCa::fromPem(original.certificatePem(), original.privateKeyPem());
    QVERIFY2(reloaded.ok(), failure(reloaded).constData());
    QCOMPARE(reloaded->fingerprint(), original.fingerprint());
    QCOMPARE(reloaded->serial(), original.serial());
    const auto issued = reloaded->issueWorkstationCertificate(QStringLiteral("W03"),
                                                              QDateTime::currentDateTimeUtc());
    QVERIFY(issued.ok());
    const OpenSslRun run = verify(m_dir, original.certificatePem(), issued->certificatePem);
    QVERIFY2(run.ok(), qPrintable(run.output));
}

void tst_HallCa::fromPemRefuses()
{
    const HallCa ca = newCa();
    const HallCa other = newCa(QStringLiteral("Other"));
    auto loaded = HallCa::fromPem(ca.certificatePem(), other.privateKeyPem());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("pki.key-mismatch"));

    const auto workstation =
        ca.issueWorkstationCertificate(QStringLiteral("W01"), QDateTime::currentDateTimeUtc());
    QVERIFY(workstation.ok());
    loaded = HallCa::fromPem(workstation->certificatePem, workstation->privateKeyPem);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("pki.not-a-ca"));
    QVERIFY(loaded.error().message.contains(QStringLiteral("W01")));

    loaded = HallCa::fromPem("not a certificate", ca.privateKeyPem());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("pki.ca-certificate-malformed"));
    loaded = HallCa::fromPem(ca.certificatePem(), "-----BEGIN PRIVATE KEY-----\nAAAA\n");
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("pki.ca-key-malformed"));
}

void tst_HallCa::badWorkstationNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("W 01");
    QTest::newRow("chinese") << QStringLiteral("窗口一");
    QTest::newRow("path") << QStringLiteral("../W01");
    QTest::newRow("comma") << QStringLiteral("W01,CN=admin");
    QTest::newRow("line break") << QStringLiteral("W01\n");
    QTest::newRow("33 characters") << QString(33, QLatin1Char('W'));
}

void tst_HallCa::badWorkstationNames()
{
    QFETCH(QString, name);
    const HallCa ca = newCa();
    const auto issued = ca.issueWorkstationCertificate(name, QDateTime::currentDateTimeUtc());
    QVERIFY(!issued.ok());
    QCOMPARE(issued.error().code, QStringLiteral("pki.bad-workstation-name"));
    QCOMPARE(issued.error().field, QStringLiteral("name"));
    QVERIFY(issued.error().message.contains(QLatin1Char('"') + name + QLatin1Char('"')));
    QVERIFY(HallCa::checkWorkstationName(QString(32, QLatin1Char('w'))).ok());
}

void tst_HallCa::badHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("space") << QStringLiteral("hall server");
    QTest::newRow("bad address") << QStringLiteral("10.0.0.256");
    QTest::newRow("leading hyphen") << QStringLiteral("-hall.example.cn");
    QTest::newRow("empty label") << QStringLiteral("hall..example.cn");
    QTest::newRow("comma injection") << QStringLiteral("a.cn,DNS:evil.cn");
    QTest::newRow("wildcard") << QStringLiteral("*.example.cn");
    QTest::newRow("chinese") << QStringLiteral("政务.cn");
    QTest::newRow("line break") << QStringLiteral("hall.cn\n");
    QTest::newRow("empty") << QString();
}

void tst_HallCa::badHosts()
{
    QFETCH(QString, host);
    const HallCa ca = newCa();
    const auto issued = ca.issueServerCertificate({QStringLiteral("ok.example.cn"), host},
                                                  QDateTime::currentDateTimeUtc());
    QVERIFY(!issued.ok());
    QCOMPARE(issued.error().code, QStringLiteral("pki.bad-host"));
    QCOMPARE(issued.error().field, QStringLiteral("host"));
    QVERIFY2(issued.error().message.contains(QLatin1Char('"') + host + QLatin1Char('"')),
             qPrintable(issued.error().message));
}

void tst_HallCa::badHallNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("too long") << QString(54, QChar(0x5385));
}

void tst_HallCa::badHallNames()
{
    QFETCH(QString, name);
    const auto ca = HallCa::create(name, QDateTime::currentDateTimeUtc());
    QVERIFY(!ca.ok());
    QCOMPARE(ca.error().code, QStringLiteral("pki.bad-hall-name"));
    QCOMPARE(ca.error().field, QStringLiteral("name"));
    QVERIFY(HallCa::create(QString(53, QChar(0x5385)), QDateTime::currentDateTimeUtc()).ok());
}

void tst_HallCa::keyFilesOwnerOnly()
{
    const HallCa ca = newCa();
    const QString keyPath = m_dir.filePath(QStringLiteral("ca-key.pem"));
    const QString certPath = m_dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(PemFile::writeSecret(keyPath, ca.privateKeyPem()).ok());
    QVERIFY(PemFile::write(certPath, ca.certificatePem(), PemFile::Access::Public).ok());
    const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(keyPath) & everyone, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(QFile::permissions(certPath) & QFile::ReadOther);

    // Never overwritten: the key on disk stays the CA's.
    const HallCa other = newCa(QStringLiteral("Other"));
    const Status again = PemFile::writeSecret(keyPath, other.privateKeyPem());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("file.exists"));
    QVERIFY(again.error().message.contains(keyPath));
    const auto reread = PemFile::read(keyPath);
    QVERIFY(reread.ok());
    QCOMPARE(*reread, ca.privateKeyPem());
    QVERIFY(HallCa::fromPem(*PemFile::read(certPath), *reread).ok());
}

QTEST_GUILESS_MAIN(tst_HallCa)
#include "tst_hallca.moc"
