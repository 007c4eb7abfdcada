// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Sm2KeyPair.h"
#include "core/crypto/Sm2PublicKey.h"
#include "core/crypto/Sm3.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sunhall::core;

namespace {
const QString passphrase = QStringLiteral("窗口受理 Pass-2025");
const QString distId = QStringLiteral("distid:1234567812345678");

struct OpenSslRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;

    bool ok() const { return started && exitCode == 0; }
    QByteArray describe() const
    {
        return started ? "openssl exited with " + QByteArray::number(exitCode) + ": " + errors
                       : QByteArrayLiteral("openssl could not be started");
    }
};

OpenSslRun runOpenSsl(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral("openssl"), arguments);
    OpenSslRun run;
    run.started = process.waitForStarted() && process.waitForFinished(60'000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray pemBody(const QByteArray &pem)
{
    QByteArray base64;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            base64 += line.trimmed();
    }
    return QByteArray::fromBase64(base64);
}

// The message of a failed result, for QVERIFY2, which builds its message even on success.
template<typename Outcome>
QByteArray failure(const Outcome &outcome)
{
    return outcome.ok() ? QByteArray() : outcome.error().message.toUtf8();
}

Sm2KeyPair generated()
{
    auto key = Sm2KeyPair::generate();
    if (!key)
        qFatal("SM2 key generation failed: %s", qPrintable(key.error().message));
    return std::move(key).value();
}
} // namespace

class tst_Sm2 : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void publicKeyPemRoundTrip();
    void fingerprintIsSm3OfSubjectPublicKeyInfo();
    void encryptedPemReloads();
    void encryptedPemIsFreshEachTime();
    void emptyPassphraseRefused();
    void wrongPassphrase_data();
    void wrongPassphrase();
    void badPrivateKeyPem_data();
    void badPrivateKeyPem();
    void badPublicKeyPem_data();
    void badPublicKeyPem();
    void signVerifyRoundTrip_data();
    void signVerifyRoundTrip();
    void changedDataFails_data();
    void changedDataFails();
    void damagedSignatureFails_data();
    void damagedSignatureFails();
    void otherKeyFails();
    void cliVerifiesOurSignature();
    void cliReadsOurEncryptedKey();
    void encryptedPemUsesStrongScheme();
    void encryptedPemHidesPrivateKey();
    void weVerifyCliSignature();
    void weLoadCliKey_data();
    void weLoadCliKey();
    void legacyEncryptionReported();
    void nonSm2KeysRefused_data();
    void nonSm2KeysRefused();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    OpenSslRun openssl(const QStringList &arguments) const
    {
        return runOpenSsl(arguments, m_dir.path());
    }

    QTemporaryDir m_dir;
};

void tst_Sm2::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The interop tests are the proof that other tools can check our signatures: openssl is
    // a declared dependency, so its absence is a failure, not a skip.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
             "the openssl command line tool is required (apt install openssl)");
}

void tst_Sm2::publicKeyPemRoundTrip()
{
    const Sm2KeyPair key = generated();
    const QByteArray pem = key.publicKeyPem();
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    const auto reloaded = Sm2PublicKey::fromPem(pem);
    QVERIFY2(reloaded.ok(), failure(reloaded).constData());
    QVERIFY(*reloaded == key.publicKey());
    QCOMPARE(reloaded->fingerprint(), key.fingerprint());
    const auto fromDer = Sm2PublicKey::fromDer(reloaded->toDer());
    QVERIFY(fromDer.ok());
    QVERIFY(*fromDer == *reloaded);
    const auto trailing = Sm2PublicKey::fromDer(QByteArray(reloaded->toDer() + '\0'));
    QVERIFY(!trailing.ok());
    QCOMPARE(trailing.error().code, QStringLiteral("crypto.key-malformed"));
    QVERIFY(!(key.publicKey() == generated().publicKey()));
}

void tst_Sm2::fingerprintIsSm3OfSubjectPublicKeyInfo()
{
    const Sm2KeyPair key = generated();
    const QString fingerprint = key.fingerprint();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(fingerprint).hasMatch());
    QCOMPARE(fingerprint, Sm3::hashHex(key.publicKey().toDer()));
    // A SubjectPublicKeyInfo of an SM2 point: SEQUENCE of 89 bytes.
    QCOMPARE(key.publicKey().toDer().size(), 91);
    QVERIFY(fingerprint != generated().fingerprint());
}

void tst_Sm2::encryptedPemReloads()
{
    const Sm2KeyPair key = generated();
    const auto pem = key.privateKeyPemEncrypted(passphrase);
    QVERIFY2(pem.ok(), failure(pem).constData());
    QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    QVERIFY(!pem->contains("BEGIN PRIVATE KEY"));
    QVERIFY(!pem->contains("BEGIN EC PRIVATE KEY"));
    const auto reloaded = Sm2KeyPair::fromEncryptedPem(*pem, passphrase);
    QVERIFY2(reloaded.ok(), failure(reloaded).constData());
    QCOMPARE(reloaded->fingerprint(), key.fingerprint());
    const auto signature = reloaded->sign("reloaded");
    QVERIFY(signature.ok());
    QVERIFY(key.publicKey().verify("reloaded", *signature).ok());
}

void tst_Sm2::encryptedPemIsFreshEachTime()
{
    const Sm2KeyPair key = generated();
    const auto first = key.privateKeyPemEncrypted(passphrase);
    const auto second = key.privateKeyPemEncrypted(passphrase);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
}

void tst_Sm2::emptyPassphraseRefused()
{
    const auto pem = generated().privateKeyPemEncrypted(QString());
    QVERIFY(!pem.ok());
    QCOMPARE(pem.error().code, QStringLiteral("crypto.passphrase-empty"));
    QCOMPARE(pem.error().field, QStringLiteral("passphrase"));
}

void tst_Sm2::wrongPassphrase_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::newRow("other") << QStringLiteral("not the passphrase");
    QTest::newRow("empty") << QString();
    QTest::newRow("one character off") << QStringLiteral("窗口受理 Pass-2024");
    QTest::newRow("different case") << QStringLiteral("窗口受理 pass-2025");
    QTest::newRow("prefix") << QStringLiteral("窗口受理");
    QTest::newRow("trailing space") << passphrase + QLatin1Char(' ');
}

void tst_Sm2::wrongPassphrase()
{
    QFETCH(QString, attempt);
    const auto pem = generated().privateKeyPemEncrypted(passphrase);
    QVERIFY(pem.ok());
    const auto reloaded = Sm2KeyPair::fromEncryptedPem(*pem, attempt);
    QVERIFY(!reloaded.ok());
    QCOMPARE(reloaded.error().code, QStringLiteral("crypto.wrong-passphrase"));
    QCOMPARE(reloaded.error().field, QStringLiteral("passphrase"));
    QVERIFY(reloaded.error().message.contains(QStringLiteral("passphrase is wrong")));
}

void tst_Sm2::badPrivateKeyPem_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("code");
    const QByteArray good = *generated().privateKeyPemEncrypted(passphrase);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("crypto.key-malformed");
    QTest::newRow("text") << QByteArray("my key") << QStringLiteral("crypto.key-malformed");
    QTest::newRow("public key") << generated().publicKeyPem()
                                << QStringLiteral("crypto.key-malformed");
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("crypto.key-malformed");
    QByteArray damaged = good;
    damaged.replace(40, 20, QByteArray(20, 'A'));
    QTest::newRow("damaged body") << damaged << QStringLiteral("crypto.key-malformed");
    QTest::newRow("huge") << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\n") +
                                 QByteArray(1024 * 1024, 'A')
                          << QStringLiteral("crypto.key-malformed");
    QTest::newRow("clear PKCS#8")
        << QByteArray(
               "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQg\n"
               "-----END PRIVATE KEY-----\n")
        << QStringLiteral("crypto.key-not-encrypted");
    QTest::newRow("clear EC") << QByteArray("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI\n"
                                            "-----END EC PRIVATE KEY-----\n")
                              << QStringLiteral("crypto.key-not-encrypted");
}

void tst_Sm2::badPrivateKeyPem()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, code);
    const auto key = Sm2KeyPair::fromEncryptedPem(pem, passphrase);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, code);
    QCOMPARE(key.error().field, QStringLiteral("privateKey"));
    QVERIFY(!key.error().message.isEmpty());
}

void tst_Sm2::badPublicKeyPem_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("crypto.key-malformed");
    QTest::newRow("text") << QByteArray("not a key") << QStringLiteral("crypto.key-malformed");
    QByteArray truncated = generated().publicKeyPem();
    truncated.chop(40);
    QTest::newRow("truncated") << truncated << QStringLiteral("crypto.key-malformed");
    QTest::newRow("private key") << *generated().privateKeyPemEncrypted(passphrase)
                                 << QStringLiteral("crypto.key-not-public");
}

void tst_Sm2::badPublicKeyPem()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, code);
    const auto key = Sm2PublicKey::fromPem(pem);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, code);
    QCOMPARE(key.error().field, QStringLiteral("publicKey"));
    QVERIFY(!Sm2PublicKey::fromDer(pem).ok());
}

void tst_Sm2::signVerifyRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("command") << QByteArray(R"({"command":"accept","case":"HT2025000123"})");
    QTest::newRow("chinese") << QStringLiteral("准予行政许可决定书").toUtf8();
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\x00", 4);
    QTest::newRow("one MiB") << QByteArray(1024 * 1024, 'x');
}

void tst_Sm2::signVerifyRoundTrip()
{
    QFETCH(QByteArray, data);
    const Sm2KeyPair key = generated();
    const auto first = key.sign(data);
    const auto second = key.sign(data);
    QVERIFY2(first.ok(), failure(first).constData());
    QVERIFY(second.ok());
    QCOMPARE(first->at(0), char(0x30));
    QVERIFY(first->size() >= 8 && first->size() <= 72);
    QVERIFY(*first != *second);
    const Sm2PublicKey publicKey = key.publicKey();
    const Status verified = publicKey.verify(data, *first);
    QVERIFY2(verified.ok(), failure(verified).constData());
    QVERIFY(publicKey.verify(data, *second).ok());
}

void tst_Sm2::changedDataFails_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("first byte") << 0;
    QTest::newRow("middle byte") << 20;
    QTest::newRow("last byte") << 41;
}

void tst_Sm2::changedDataFails()
{
    QFETCH(int, position);
    const QByteArray data(R"({"command":"accept","case":"HT2025000123"})");
    const Sm2KeyPair key = generated();
    const QByteArray signature = *key.sign(data);
    QByteArray changed = data;
    changed[position] = char(changed.at(position) ^ 0x01);
    const Status verified = key.publicKey().verify(changed, signature);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("crypto.signature-mismatch"));
    QCOMPARE(verified.error().field, QStringLiteral("signature"));
    QVERIFY(!key.publicKey().verify(QByteArray(data + ' '), signature).ok());
}

void tst_Sm2::damagedSignatureFails_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("code");
    const QString mismatch = QStringLiteral("crypto.signature-mismatch");
    const QString malformed = QStringLiteral("crypto.signature-malformed");
    QTest::newRow("last byte of s changed") << QStringLiteral("last") << mismatch;
    QTest::newRow("byte of r changed") << QStringLiteral("r") << mismatch;
    QTest::newRow("sequence tag changed") << QStringLiteral("tag") << malformed;
    QTest::newRow("truncated") << QStringLiteral("truncate") << malformed;
    QTest::newRow("trailing byte") << QStringLiteral("append") << malformed;
    QTest::newRow("empty") << QStringLiteral("empty") << malformed;
    QTest::newRow("garbage") << QStringLiteral("garbage") << malformed;
    QTest::newRow("huge") << QStringLiteral("huge") << malformed;
    QTest::newRow("r and s zero") << QStringLiteral("zero") << mismatch;
}

void tst_Sm2::damagedSignatureFails()
{
    QFETCH(QString, damage);
    QFETCH(QString, code);
    const QByteArray data("decision: approved");
    const Sm2KeyPair key = generated();
    QByteArray signature = *key.sign(data);
    if (damage == QLatin1String("last"))
        signature[signature.size() - 1] = char(signature.back() ^ 0x01);
    else if (damage == QLatin1String("r"))
        signature[10] = char(signature.at(10) ^ 0x80);
    else if (damage == QLatin1String("tag"))
        signature[0] = 0x31;
    else if (damage == QLatin1String("truncate"))
        signature.chop(1);
    else if (damage == QLatin1String("append"))
        signature.append('\0');
    else if (damage == QLatin1String("empty"))
        signature.clear();
    else if (damage == QLatin1String("garbage"))
        signature = "this is not a signature";
    else if (damage == QLatin1String("huge"))
        signature = QByteArray(100'000, '\x30');
    else if (damage == QLatin1String("zero"))
        signature = QByteArray("\x30\x06\x02\x01\x00\x02\x01\x00", 8);
    const Status verified = key.publicKey().verify(data, signature);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, code);
    QCOMPARE(verified.error().field, QStringLiteral("signature"));
    QVERIFY(!verified.error().message.isEmpty());
}

void tst_Sm2::otherKeyFails()
{
    const QByteArray data("certificate 3301002025000042");
    const QByteArray signature = *generated().sign(data);
    const Status verified = generated().publicKey().verify(data, signature);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("crypto.signature-mismatch"));
}

void tst_Sm2::cliVerifiesOurSignature()
{
    const QByteArray data = QStringLiteral("准予行政许可 HT2025000123\n").toUtf8();
    const Sm2KeyPair key = generated();
    QVERIFY(writeFile(path(QStringLiteral("ours.data")), data));
    QVERIFY(writeFile(path(QStringLiteral("ours.pub.pem")), key.publicKeyPem()));
    QVERIFY(writeFile(path(QStringLiteral("ours.sig")), *key.sign(data)));
    const OpenSslRun run = openssl({QStringLiteral("dgst"), QStringLiteral("-sm3"),
                                    QStringLiteral("-verify"), QStringLiteral("ours.pub.pem"),
                                    QStringLiteral("-sigopt"), distId, QStringLiteral("-signature"),
                                    QStringLiteral("ours.sig"), QStringLiteral("ours.data")});
    QVERIFY2(run.ok(), run.describe().constData());
    QVERIFY(run.output.contains("Verified OK"));

    QVERIFY(writeFile(path(QStringLiteral("ours.data")), data + "changed"));
    QVERIFY(!openssl({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-verify"),
                      QStringLiteral("ours.pub.pem"), QStringLiteral("-sigopt"), distId,
                      QStringLiteral("-signature"), QStringLiteral("ours.sig"),
                      QStringLiteral("ours.data")})
                 .ok());
}

void tst_Sm2::cliReadsOurEncryptedKey()
{
    const Sm2KeyPair key = generated();
    QVERIFY(
        writeFile(path(QStringLiteral("ours.key.pem")), *key.privateKeyPemEncrypted(passphrase)));
    const OpenSslRun run =
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("ours.key.pem"),
                 QStringLiteral("-passin"), QStringLiteral("pass:") + passphrase,
                 QStringLiteral("-pubout")});
    QVERIFY2(run.ok(), run.describe().constData());
    QCOMPARE(run.output, key.publicKeyPem());
    const OpenSslRun wrong = openssl({QStringLiteral("pkey"), QStringLiteral("-in"),
                                      QStringLiteral("ours.key.pem"), QStringLiteral("-passin"),
                                      QStringLiteral("pass:wrong"), QStringLiteral("-noout")});
    QVERIFY(!wrong.ok());
}

void tst_Sm2::encryptedPemUsesStrongScheme()
{
    QVERIFY(writeFile(path(QStringLiteral("scheme.pem")),
                      *generated().privateKeyPemEncrypted(passphrase)));
    const OpenSslRun run =
        openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), QStringLiteral("scheme.pem")});
    QVERIFY2(run.ok(), run.describe().constData());
    QVERIFY(run.output.contains(":PBES2"));
    QVERIFY(run.output.contains(":PBKDF2"));
    QVERIFY(run.output.contains(":hmacWithSHA256"));
    QVERIFY(run.output.contains(":aes-256-cbc"));
    // The salt is 16 bytes and the iteration count 600,000 (0x0927C0).
    QVERIFY(run.output.contains("OCTET STRING      [HEX DUMP]:"));
    QVERIFY(QRegularExpression(QStringLiteral("l=\\s*16 prim: OCTET STRING"))
                .match(QString::fromLatin1(run.output))
                .hasMatch());
    QVERIFY(run.output.contains("INTEGER           :0927C0"));
}

void tst_Sm2::encryptedPemHidesPrivateKey()
{
    const QByteArray pem = *generated().privateKeyPemEncrypted(passphrase);
    QVERIFY(writeFile(path(QStringLiteral("hidden.pem")), pem));
    const OpenSslRun run =
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("hidden.pem"),
                 QStringLiteral("-passin"), QStringLiteral("pass:") + passphrase,
                 QStringLiteral("-text"), QStringLiteral("-noout")});
    QVERIFY2(run.ok(), run.describe().constData());
    QVERIFY(run.output.contains("SM2"));
    const QString text = QString::fromLatin1(run.output);
    const qsizetype start = text.indexOf(QStringLiteral("priv:"));
    const qsizetype end = text.indexOf(QStringLiteral("pub:"));
    QVERIFY(start >= 0 && end > start);
    QString hex = text.mid(start + 5, end - start - 5);
    hex.remove(QRegularExpression(QStringLiteral("[^0-9a-f]")));
    const QByteArray scalar = QByteArray::fromHex(hex.toLatin1());
    QVERIFY(scalar.size() >= 31);
    QVERIFY(!pemBody(pem).contains(scalar.right(16)));
    QVERIFY(!pem.contains(scalar.toBase64().left(20)));
}

void tst_Sm2::weVerifyCliSignature()
{
    const QByteArray data("signed by the openssl command line\n");
    const Sm2KeyPair key = generated();
    QVERIFY(writeFile(path(QStringLiteral("cli.data")), data));
    QVERIFY(
        writeFile(path(QStringLiteral("cli.key.pem")), *key.privateKeyPemEncrypted(passphrase)));
    const OpenSslRun run =
        openssl({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-sign"),
                 QStringLiteral("cli.key.pem"), QStringLiteral("-passin"),
                 QStringLiteral("pass:") + passphrase, QStringLiteral("-sigopt"), distId,
                 QStringLiteral("-out"), QStringLiteral("cli.sig"), QStringLiteral("cli.data")});
    QVERIFY2(run.ok(), run.describe().constData());
    const QByteArray signature = readFile(path(QStringLiteral("cli.sig")));
    QVERIFY(!signature.isEmpty());
    const Status verified = key.publicKey().verify(data, signature);
    QVERIFY2(verified.ok(), failure(verified).constData());
    QVERIFY(!key.publicKey().verify(QByteArray(data + "x"), signature).ok());
}

void tst_Sm2::weLoadCliKey_data()
{
    const QString pass = QStringLiteral("pass:") + passphrase;
    QTest::addColumn<QList<QStringList>>("commands");
    QTest::newRow("genpkey SM2") << QList<QStringList>{
        {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("SM2"),
         QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"), pass, QStringLiteral("-out"),
         QStringLiteral("gen.key.pem")}};
    QTest::newRow("ecparam SM2 curve, PKCS#8 with scrypt") << QList<QStringList>{
        {QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("SM2"),
         QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"),
         QStringLiteral("ec.clear.pem")},
        {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"),
         QStringLiteral("ec.clear.pem"), QStringLiteral("-scrypt"), QStringLiteral("-passout"),
         pass, QStringLiteral("-out"), QStringLiteral("gen.key.pem")}};
}

void tst_Sm2::weLoadCliKey()
{
    QFETCH(QList<QStringList>, commands);
    const QString pass = QStringLiteral("pass:") + passphrase;
    for (const QStringList &command : commands) {
        const OpenSslRun run = openssl(command);
        QVERIFY2(run.ok(), run.describe().constData());
    }
    const OpenSslRun run =
        openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("gen.key.pem"),
                 QStringLiteral("-passin"), pass, QStringLiteral("-pubout"),
                 QStringLiteral("-outform"), QStringLiteral("DER")});
    QVERIFY2(run.ok(), run.describe().constData());
    const QByteArray publicDer = run.output;

    const auto key =
        Sm2KeyPair::fromEncryptedPem(readFile(path(QStringLiteral("gen.key.pem"))), passphrase);
    QVERIFY2(key.ok(), failure(key).constData());
    QCOMPARE(key->publicKey().toDer(), publicDer);
    QCOMPARE(key->fingerprint(), Sm3::hashHex(publicDer));
    const auto signature = key->sign("loaded from the command line");
    QVERIFY(signature.ok());
    QVERIFY(
        Sm2PublicKey::fromDer(publicDer)->verify("loaded from the command line", *signature).ok());
}

void tst_Sm2::legacyEncryptionReported()
{
    // DES lives in OpenSSL's legacy provider, which Sunhall does not load.
    const OpenSslRun run = openssl(
        {QStringLiteral("genpkey"), QStringLiteral("-provider"), QStringLiteral("legacy"),
         QStringLiteral("-provider"), QStringLiteral("default"), QStringLiteral("-algorithm"),
         QStringLiteral("SM2"), QStringLiteral("-des"), QStringLiteral("-pass"),
         QStringLiteral("pass:") + passphrase, QStringLiteral("-out"), QStringLiteral("des.pem")});
    QVERIFY2(run.ok(), run.describe().constData());
    const auto key =
        Sm2KeyPair::fromEncryptedPem(readFile(path(QStringLiteral("des.pem"))), passphrase);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code, QStringLiteral("crypto.key-encryption-unsupported"));
    QVERIFY2(key.error().message.contains(QStringLiteral("OpenSSL: error:")),
             key.error().message.toUtf8().constData());
}

void tst_Sm2::nonSm2KeysRefused_data()
{
    QTest::addColumn<QStringList>("generation");
    QTest::addColumn<QString>("named");
    QTest::newRow("RSA") << QStringList{QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                        QStringLiteral("rsa_keygen_bits:2048")}
                         << QStringLiteral("RSA 2048-bit");
    QTest::newRow("ECDSA P-256") << QStringList{QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                                                QStringLiteral("ec_paramgen_curve:P-256")}
                                 << QStringLiteral("EC prime256v1");
    QTest::newRow("Ed25519") << QStringList{QStringLiteral("ED25519")} << QStringLiteral("ED25519");
}

void tst_Sm2::nonSm2KeysRefused()
{
    QFETCH(QStringList, generation);
    QFETCH(QString, named);
    const QString pass = QStringLiteral("pass:") + passphrase;
    OpenSslRun run =
        openssl(QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm")} + generation +
                QStringList{QStringLiteral("-aes-256-cbc"), QStringLiteral("-pass"), pass,
                            QStringLiteral("-out"), QStringLiteral("other.key.pem")});
    QVERIFY2(run.ok(), run.describe().constData());
    run = openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("other.key.pem"),
                   QStringLiteral("-passin"), pass, QStringLiteral("-pubout")});
    QVERIFY2(run.ok(), run.describe().constData());

    const auto publicKey = Sm2PublicKey::fromPem(run.output);
    QVERIFY(!publicKey.ok());
    QCOMPARE(publicKey.error().code, QStringLiteral("crypto.key-not-sm2"));
    QVERIFY2(publicKey.error().message.contains(named), qPrintable(publicKey.error().message));

    const auto keyPair =
        Sm2KeyPair::fromEncryptedPem(readFile(path(QStringLiteral("other.key.pem"))), passphrase);
    QVERIFY(!keyPair.ok());
    QCOMPARE(keyPair.error().code, QStringLiteral("crypto.key-not-sm2"));
    QVERIFY2(keyPair.error().message.contains(named), qPrintable(keyPair.error().message));
}

QTEST_GUILESS_MAIN(tst_Sm2)
#include "tst_sm2.moc"
