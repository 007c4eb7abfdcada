// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateSamples.h"

#include "core/certificate/CertificateBytes.h"
#include "core/certificate/CertificateQr.h"
#include "core/certificate/CertificateSigner.h"
#include "core/certificate/CertificateVerifier.h"

#include <QJsonObject>
#include <QTest>

using namespace sunhall::core;
using namespace samples;
using State = CertificateVerification::State;

Q_DECLARE_METATYPE(sunhall::core::CertificateVerification::State)

namespace {

QString qrOf(const QByteArray &bytes, const QByteArray &signature)
{
    return CertificateQr(bytes, signature).toText();
}

} // namespace

class tst_CertificateVerifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void valid_data();
    void valid();
    void alteredData();
    void alteredByte_data();
    void alteredByte();
    void alteredSignature_data();
    void alteredSignature();
    void revokedCertificate();
    void keyRevoked_data();
    void keyRevoked();
    void unknownKey();
    void otherDepartmentsKey();
    void notSunhall_data();
    void notSunhall();
    void savedAndLoaded();
    void stateIds();

private:
    QString sign(const CertificateContent &content, const Sm2KeyPair &key) const;
    CertificateVerifier verifier() const { return CertificateVerifier(m_keys); }

    Sm2KeyPair m_market = generatedKey();
    Sm2KeyPair m_civil = generatedKey();
    Sm2KeyPair m_stranger = generatedKey();
    CertificateKeySet m_keys;
};

void tst_CertificateVerifier::initTestCase()
{
    QVERIFY(m_keys
                .addKey(QStringLiteral("SJ"), QStringLiteral("青岛市市场监督管理局"),
                        m_market.publicKey())
                .ok());
    QVERIFY(m_keys.addKey(QStringLiteral("MZ"), QStringLiteral("青岛市民政局"), m_civil.publicKey())
                .ok());
}

QString tst_CertificateVerifier::sign(const CertificateContent &content,
                                      const Sm2KeyPair &key) const
{
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(content, key);
    if (!signedCertificate)
        qFatal("signing failed: %s", qPrintable(signedCertificate.error().message));
    return signedCertificate->qrText;
}

void tst_CertificateVerifier::valid_data()
{
    QTest::addColumn<CertificateContent>("content");
    QTest::addColumn<bool>("withMarketKey");
    QTest::newRow("company, Chinese content") << company() << true;
    QTest::newRow("person, long-term, 𠮷") << person() << false;
}

void tst_CertificateVerifier::valid()
{
    QFETCH(CertificateContent, content);
    QFETCH(bool, withMarketKey);
    const Sm2KeyPair &key = withMarketKey ? m_market : m_civil;
    const QString qr = sign(content, key);
    for (const QString &scanned : QStringList{qr, qr + QStringLiteral("\r\n")}) {
        const CertificateVerification verification = verifier().verify(scanned);
        QCOMPARE(verification.state, State::Valid);
        QVERIFY(verification.isValid());
        QCOMPARE(verification.code, QStringLiteral("certificate.valid"));
        QVERIFY(verification.reason.contains(content.number));
        QVERIFY(verification.reason.contains(content.departmentName));
        QVERIFY(verification.content.has_value());
        QCOMPARE(verification.content->holderName, content.holderName);
        QCOMPARE(verification.content->lines, content.lines);
        QCOMPARE(verification.content->isLongTerm(), content.isLongTerm());
        QVERIFY(verification.key.has_value());
        QCOMPARE(verification.key->fingerprint, key.fingerprint());
        QVERIFY(!verification.revocation.has_value());
        const QJsonObject json = verification.toJson(content.validFrom.addDays(-1));
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
        QCOMPARE(json.value(QStringLiteral("inForce")).toBool(), false);
        QCOMPARE(verification.toJson(content.validFrom).value(QStringLiteral("inForce")).toBool(),
                 true);
        const Result<CertificateContent> record =
            CertificateContent::fromJson(json.value(QStringLiteral("record")).toObject());
        QVERIFY2(record.ok(), failure(record));
        QCOMPARE(*record, *verification.content);
        QVERIFY(!json.contains(QStringLiteral("revokedAt")));
    }
}

void tst_CertificateVerifier::alteredData()
{
    // Someone rewrites the holder in the data and keeps the signature.
    const Result<CertificateQr> qr = CertificateQr::parse(sign(company(), m_market));
    QVERIFY(qr.ok());
    QByteArray forged = qr->signedBytes();
    forged.replace(QStringLiteral("青岛海味餐饮").toUtf8(),
                   QStringLiteral("青岛山珍餐饮").toUtf8());
    QVERIFY(CertificateBytes::decode(forged).ok());
    const CertificateVerification verification = verifier().verify(qrOf(forged, qr->signature()));
    QCOMPARE(verification.state, State::Altered);
    QCOMPARE(verification.code, QStringLiteral("certificate.signature-mismatch"));
    QVERIFY(verification.reason.contains(QStringLiteral("altered")));
    QVERIFY(verification.content.has_value());
}

void tst_CertificateVerifier::alteredByte_data()
{
    QTest::addColumn<int>("position");
    // Positions in the QR text: in the prefix's data part, mid-way and in the signature.
    QTest::newRow("first data character") << 5;
    QTest::newRow("middle of the data") << -2;
    QTest::newRow("last data character") << -1;
}

void tst_CertificateVerifier::alteredByte()
{
    QFETCH(int, position);
    QString qr = sign(company(), m_market);
    const qsizetype dot = qr.lastIndexOf(QLatin1Char('.'));
    const qsizetype at = position >= 0 ? position : position == -1 ? dot - 1 : dot / 2;
    qr[at] = qr.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CertificateVerification verification = verifier().verify(qr);
    QCOMPARE(verification.state, State::Altered);
    QVERIFY(!verification.reason.isEmpty());
}

void tst_CertificateVerifier::alteredSignature_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("one bit of r") << "flip";
    QTest::newRow("cut short") << "truncate";
    QTest::newRow("signature of other data") << "swap";
}

void tst_CertificateVerifier::alteredSignature()
{
    QFETCH(QString, change);
    const Result<CertificateQr> qr = CertificateQr::parse(sign(company(), m_market));
    QVERIFY(qr.ok());
    QByteArray signature = qr->signature();
    if (change == QLatin1String("flip"))
        signature[10] = char(signature.at(10) ^ 0x01);
    else if (change == QLatin1String("truncate"))
        signature.chop(3);
    else
        signature = *m_market.sign("other data");
    const CertificateVerification verification =
        verifier().verify(qrOf(qr->signedBytes(), signature));
    QCOMPARE(verification.state, State::Altered);
    QCOMPARE(verification.code, change == QLatin1String("truncate")
                                    ? QStringLiteral("certificate.signature-malformed")
                                    : QStringLiteral("certificate.signature-mismatch"));
}

void tst_CertificateVerifier::revokedCertificate()
{
    const QString qr = sign(company(), m_market);
    CertificateKeySet keys = m_keys;
    QVERIFY(keys.revokeCertificate(company().number, at(2025, 6, 1, 14, 0),
                                   QStringLiteral("以欺骗手段取得许可"))
                .ok());
    const CertificateVerification verification = CertificateVerifier(keys).verify(qr);
    QCOMPARE(verification.state, State::Revoked);
    QCOMPARE(verification.code, QStringLiteral("certificate.revoked"));
    QVERIFY(verification.reason.contains(QStringLiteral("以欺骗手段取得许可")));
    QVERIFY(verification.reason.contains(QStringLiteral("2025-06-01 14:00")));
    QVERIFY(verification.revocation.has_value());
    QCOMPARE(verification.revocation->number, company().number);
    QVERIFY(verification.content.has_value());
    const QJsonObject json = verification.toJson(QDate(2025, 6, 2));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    QCOMPARE(json.value(QStringLiteral("revokedReason")).toString(),
             QStringLiteral("以欺骗手段取得许可"));
    QCOMPARE(json.value(QStringLiteral("revokedAt")).toString(),
             QStringLiteral("2025-06-01T14:00:00.000+08:00"));
    QCOMPARE(json.value(QStringLiteral("keyFingerprint")).toString(), m_market.fingerprint());
    // Another certificate of the same department is not affected.
    QCOMPARE(CertificateVerifier(keys).verify(sign(person(), m_civil)).state, State::Valid);
}

void tst_CertificateVerifier::keyRevoked_data()
{
    QTest::addColumn<QDateTime>("revokedAt");
    QTest::addColumn<State>("expected");
    const QDateTime issued = company().issuedAt;
    QTest::newRow("withdrawn a day before issue") << issued.addDays(-1) << State::Revoked;
    QTest::newRow("withdrawn at the instant of issue") << issued << State::Revoked;
    QTest::newRow("withdrawn a second after issue") << issued.addSecs(1) << State::Valid;
    QTest::newRow("retired a year later") << issued.addYears(1) << State::Valid;
}

void tst_CertificateVerifier::keyRevoked()
{
    QFETCH(QDateTime, revokedAt);
    QFETCH(State, expected);
    CertificateKeySet keys = m_keys;
    QVERIFY(keys.revokeKey(m_market.fingerprint(), revokedAt, QStringLiteral("密钥泄露")).ok());
    const CertificateVerification verification =
        CertificateVerifier(keys).verify(sign(company(), m_market));
    QCOMPARE(verification.state, expected);
    if (expected == State::Revoked) {
        QCOMPARE(verification.code, QStringLiteral("certificate.key-revoked"));
        QVERIFY(verification.reason.contains(QStringLiteral("密钥泄露")));
        QVERIFY(!verification.revocation.has_value());
    }
}

void tst_CertificateVerifier::unknownKey()
{
    const CertificateVerification verification = verifier().verify(sign(company(), m_stranger));
    QCOMPARE(verification.state, State::Unknown);
    QCOMPARE(verification.code, QStringLiteral("certificate.unknown-key"));
    QVERIFY(verification.reason.contains(QStringLiteral("青岛市市场监督管理局")));
    QVERIFY(verification.reason.contains(m_stranger.fingerprint().left(16)));
    QVERIFY(verification.content.has_value());
    QVERIFY(!verification.key.has_value());
    // With no keys at all, nothing is known.
    QCOMPARE(CertificateVerifier().verify(sign(company(), m_market)).state, State::Unknown);
}

void tst_CertificateVerifier::otherDepartmentsKey()
{
    // 民政局's key signs a certificate that claims to be 市场监督管理局's.
    const CertificateVerification verification = verifier().verify(sign(company(), m_civil));
    QCOMPARE(verification.state, State::Unknown);
    QCOMPARE(verification.code, QStringLiteral("certificate.department-mismatch"));
    QVERIFY(verification.reason.contains(QStringLiteral("MZ")));
}

void tst_CertificateVerifier::notSunhall_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<State>("expected");
    QTest::addColumn<QString>("code");
    const QString good = sign(company(), m_market);
    QTest::newRow("empty") << QString() << State::Unknown << "certificate.not-sunhall";
    QTest::newRow("garbage") << QStringLiteral("ajsdkfj 2398 ;;") << State::Unknown
                             << "certificate.not-sunhall";
    QTest::newRow("a web address") << QStringLiteral("https://zwfw.example.gov.cn/verify?x=1")
                                   << State::Unknown << "certificate.not-sunhall";
    QTest::newRow("wrong prefix") << QStringLiteral("SHX1") + good.mid(4) << State::Unknown
                                  << "certificate.not-sunhall";
    QTest::newRow("later version")
        << QStringLiteral("SHC2") + good.mid(4) << State::Unknown << "certificate.not-sunhall";
    QTest::newRow("cut off") << good.left(good.size() / 2) << State::Altered
                             << "certificate.damaged";
    QTest::newRow("prefix and garbage")
        << QStringLiteral("SHC1.garbage.text") << State::Altered << "certificate.damaged";
    QTest::newRow("signed garbage") << qrOf("SUNHALL-CERT/1\nnothing else\n", *m_market.sign("x"))
                                    << State::Altered << "certificate.damaged";
}

void tst_CertificateVerifier::notSunhall()
{
    QFETCH(QString, text);
    QFETCH(State, expected);
    QFETCH(QString, code);
    const CertificateVerification verification = verifier().verify(text);
    QCOMPARE(verification.state, expected);
    QCOMPARE(verification.code, code);
    QVERIFY(!verification.reason.isEmpty());
    QVERIFY(!verification.isValid());
    QCOMPARE(verification.toJson(QDate(2025, 1, 1)).value(QStringLiteral("state")).toString(),
             CertificateVerification::stateId(expected));
}

void tst_CertificateVerifier::savedAndLoaded()
{
    CertificateKeySet keys = m_keys;
    QVERIFY(
        keys.revokeKey(m_civil.fingerprint(), at(2025, 1, 1, 0, 0), QStringLiteral("轮换")).ok());
    QVERIFY(keys.revokeCertificate(company().number, at(2025, 6, 1, 14, 0), QStringLiteral("撤销"))
                .ok());
    const QByteArray json = CertificateVerifier(keys).toJson();
    const Result<CertificateVerifier> loaded = CertificateVerifier::fromJson(json);
    QVERIFY2(loaded.ok(), failure(loaded));
    QCOMPARE(loaded->keySet(), keys);
    QCOMPARE(loaded->toJson(), json);
    QCOMPARE(loaded->verify(sign(company(), m_market)).state, State::Revoked);
    QCOMPARE(loaded->verify(sign(person(), m_civil)).code,
             QStringLiteral("certificate.key-revoked"));
    QCOMPARE(loaded->verify(sign(company(), m_stranger)).state, State::Unknown);
}

void tst_CertificateVerifier::stateIds()
{
    for (const State state : {State::Valid, State::Altered, State::Revoked, State::Unknown}) {
        const QString id = CertificateVerification::stateId(state);
        QVERIFY(!id.isEmpty());
        QCOMPARE(CertificateVerification::stateFromId(id), std::optional<State>(state));
        QVERIFY(!CertificateVerification::stateDisplayName(state).isEmpty());
    }
    QCOMPARE(CertificateVerification::stateId(State::Altered), QStringLiteral("altered"));
    QVERIFY(!CertificateVerification::stateFromId(QStringLiteral("forged")).has_value());
}

QTEST_GUILESS_MAIN(tst_CertificateVerifier)
#include "tst_certificateverifier.moc"
