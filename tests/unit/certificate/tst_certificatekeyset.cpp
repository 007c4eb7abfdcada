// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateSamples.h"

#include "core/case/CaseVocabulary.h"
#include "core/certificate/CertificateKeySet.h"
#include "core/certificate/CertificateRevocations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sunhall::core;
using namespace samples;

class tst_CertificateKeySet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonLayout();
    void jsonRoundTrip();
    void sameKeyTwice();
    void keyOfTwoDepartmentsRefused();
    void revocationKeepsTheEarliest();
    void revokeChecksInput();
    void badJson_data();
    void badJson();
    void revocationsFromEvents();

private:
    QJsonObject json() const { return QJsonDocument::fromJson(m_keys.toJson()).object(); }

    Sm2KeyPair m_market = generatedKey();
    Sm2KeyPair m_marketOld = generatedKey();
    Sm2KeyPair m_police = generatedKey();
    CertificateKeySet m_keys;
};

void tst_CertificateKeySet::initTestCase()
{
    QVERIFY(
        m_keys
            .addKey(QStringLiteral("SJ"), QStringLiteral("市场监督管理局"), m_marketOld.publicKey())
            .ok());
    QVERIFY(m_keys.addKey(QStringLiteral("SJ"), {}, m_market.publicKey()).ok());
    QVERIFY(
        m_keys.addKey(QStringLiteral("GA"), QStringLiteral("公安局"), m_police.publicKey()).ok());
    QVERIFY(
        m_keys
            .revokeKey(m_marketOld.fingerprint(), at(2025, 1, 1, 0, 0), QStringLiteral("到期轮换"))
            .ok());
    QVERIFY(m_keys
                .revokeCertificate(company().number, at(2025, 6, 1, 14, 0),
                                   QStringLiteral("以欺骗手段取得许可"))
                .ok());
}

void tst_CertificateKeySet::jsonLayout()
{
    const QJsonObject object = json();
    QCOMPARE(object.value(QStringLiteral("format")).toString(),
             QStringLiteral("sunhall-certificate-keys"));
    QCOMPARE(object.value(QStringLiteral("version")).toInt(), 1);
    const QJsonArray departments = object.value(QStringLiteral("departments")).toArray();
    QCOMPARE(departments.size(), 2);
    const QJsonObject police = departments.at(0).toObject();
    QCOMPARE(police.value(QStringLiteral("code")).toString(), QStringLiteral("GA"));
    QCOMPARE(police.value(QStringLiteral("name")).toString(), QStringLiteral("公安局"));
    const QJsonObject market = departments.at(1).toObject();
    QCOMPARE(market.value(QStringLiteral("name")).toString(), QStringLiteral("市场监督管理局"));
    const QJsonArray keys = market.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 2);
    const QJsonObject old = keys.at(0).toObject();
    QCOMPARE(old.value(QStringLiteral("fingerprint")).toString(), m_marketOld.fingerprint());
    QCOMPARE(QByteArray::fromBase64(old.value(QStringLiteral("publicKey")).toString().toLatin1()),
             m_marketOld.publicKey().toDer());
    QCOMPARE(old.value(QStringLiteral("revokedAt")).toString(),
             QStringLiteral("2025-01-01T00:00:00.000+08:00"));
    QCOMPARE(old.value(QStringLiteral("revokedReason")).toString(), QStringLiteral("到期轮换"));
    QVERIFY(!keys.at(1).toObject().contains(QStringLiteral("revokedAt")));
    const QJsonArray revoked = object.value(QStringLiteral("revokedCertificates")).toArray();
    QCOMPARE(revoked.size(), 1);
    QCOMPARE(revoked.at(0).toObject().value(QStringLiteral("number")).toString(), company().number);
}

void tst_CertificateKeySet::jsonRoundTrip()
{
    const Result<CertificateKeySet> read = CertificateKeySet::fromJson(m_keys.toJson());
    QVERIFY2(read.ok(), failure(read));
    QCOMPARE(*read, m_keys);
    QCOMPARE(read->departmentName(QStringLiteral("SJ")), QStringLiteral("市场监督管理局"));
    QCOMPARE(read->keysOf(QStringLiteral("SJ")).size(), 2);
    QVERIFY(read->key(m_marketOld.fingerprint())->isRevokedAt(at(2025, 1, 1, 0, 0)));
    QVERIFY(!read->key(m_marketOld.fingerprint())->isRevokedAt(at(2024, 12, 31, 23, 59)));
    QVERIFY(read->revokedCertificate(company().number));
    QVERIFY(!read->revokedCertificate(person().number));
    const Result<CertificateKeySet> empty =
        CertificateKeySet::fromJson(CertificateKeySet().toJson());
    QVERIFY2(empty.ok(), failure(empty));
    QVERIFY(empty->isEmpty());
}

void tst_CertificateKeySet::sameKeyTwice()
{
    CertificateKeySet keys = m_keys;
    QVERIFY(keys.addKey(QStringLiteral("GA"), QStringLiteral("公安局"), m_police.publicKey()).ok());
    QCOMPARE(keys, m_keys);
}

void tst_CertificateKeySet::keyOfTwoDepartmentsRefused()
{
    CertificateKeySet keys = m_keys;
    const Status added =
        keys.addKey(QStringLiteral("ZJ"), QStringLiteral("住建局"), m_police.publicKey());
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("certificate.key-duplicate"));
    QVERIFY(added.error().message.contains(QStringLiteral("GA")));
    QCOMPARE(keys, m_keys);
}

void tst_CertificateKeySet::revocationKeepsTheEarliest()
{
    CertificateKeySet keys = m_keys;
    QVERIFY(
        keys.revokeKey(m_marketOld.fingerprint(), at(2025, 2, 1, 0, 0), QStringLiteral("x")).ok());
    QCOMPARE(keys.key(m_marketOld.fingerprint())->revokedAt, at(2025, 1, 1, 0, 0));
    QVERIFY(keys.revokeKey(m_marketOld.fingerprint(), at(2024, 12, 1, 0, 0), QStringLiteral("泄露"))
                .ok());
    QCOMPARE(keys.key(m_marketOld.fingerprint())->revokedAt, at(2024, 12, 1, 0, 0));
    QCOMPARE(keys.key(m_marketOld.fingerprint())->revokedReason, QStringLiteral("泄露"));
    QVERIFY(
        keys.revokeCertificate(company().number, at(2025, 7, 1, 0, 0), QStringLiteral("y")).ok());
    QCOMPARE(keys.revokedCertificate(company().number)->reason,
             QStringLiteral("以欺骗手段取得许可"));
}

void tst_CertificateKeySet::revokeChecksInput()
{
    CertificateKeySet keys;
    QCOMPARE(keys.revokeKey(QString(64, QLatin1Char('0')), at(2025, 1, 1, 0, 0), {}).error().code,
             QStringLiteral("certificate.key-unknown"));
    QCOMPARE(
        keys.revokeCertificate(QStringLiteral("SLQD0001202500000123K"), at(2025, 1, 1, 0, 0), {})
            .error()
            .field,
        QStringLiteral("number"));
    QCOMPARE(keys.revokeCertificate(company().number, QDateTime(), {}).error().field,
             QStringLiteral("revokedAt"));
    // The grouped form of a number is the same certificate.
    const QString number = person().number;
    QVERIFY(keys.revokeCertificate(number.left(2) + QLatin1Char('-') + number.mid(2, 6) +
                                       QLatin1Char('-') + number.mid(8, 4) + QLatin1Char('-') +
                                       number.mid(12, 8) + QLatin1Char('-') + number.right(1),
                                   at(2025, 1, 1, 0, 0), {})
                .ok());
    QVERIFY(keys.revokedCertificate(number));
}

void tst_CertificateKeySet::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject good = json();
    const auto changed = [&good](const std::function<void(QJsonObject &, QJsonObject &)> &change) {
        QJsonObject object = good;
        QJsonArray departments = object.value(QStringLiteral("departments")).toArray();
        QJsonObject market = departments.at(1).toObject();
        QJsonArray keys = market.value(QStringLiteral("keys")).toArray();
        QJsonObject key = keys.at(1).toObject();
        change(object, key);
        keys.replace(1, key);
        market.insert(QStringLiteral("keys"), keys);
        departments.replace(1, market);
        if (!object.contains(QStringLiteral("departments")))
            return QJsonDocument(object).toJson();
        object.insert(QStringLiteral("departments"), departments);
        return QJsonDocument(object).toJson();
    };
    QTest::newRow("not JSON") << QByteArray("{ keys") << QString();
    QTest::newRow("an array") << QByteArray("[]") << QString();
    QTest::newRow("another format")
        << changed([](auto &o, auto &) { o.insert(QStringLiteral("format"), QStringLiteral("x")); })
        << "format";
    QTest::newRow("later version")
        << changed([](auto &o, auto &) { o.insert(QStringLiteral("version"), 2); }) << "format";
    QTest::newRow("no departments")
        << changed([](auto &o, auto &) { o.remove(QStringLiteral("departments")); })
        << "departments";
    QTest::newRow("fingerprint of another key") << changed([this](auto &, auto &k) {
        k.insert(QStringLiteral("fingerprint"), m_police.fingerprint());
    }) << "departments[1].keys[1].fingerprint";
    QTest::newRow("not base64") << changed([](auto &, auto &k) {
        k.insert(QStringLiteral("publicKey"), QStringLiteral("***"));
    }) << "departments[1].keys[1].publicKey";
    QTest::newRow("an RSA-sized nonsense key") << changed([](auto &, auto &k) {
        k.insert(QStringLiteral("publicKey"), QString::fromLatin1(QByteArray(300, 'k').toBase64()));
    }) << "departments[1].keys[1].publicKey";
    QTest::newRow("bad revocation instant") << changed([](auto &, auto &k) {
        k.insert(QStringLiteral("revokedAt"), QStringLiteral("yesterday"));
    }) << "departments[1].keys[1].revokedAt";
    QTest::newRow("bad certificate number") << changed([](auto &o, auto &) {
        o.insert(QStringLiteral("revokedCertificates"),
                 QJsonArray{QJsonObject{{QStringLiteral("number"), QStringLiteral("ZZ123")},
                                        {QStringLiteral("revokedAt"),
                                         QStringLiteral("2025-01-01T00:00:00.000+08:00")}}});
    }) << "revokedCertificates[0].number";
}

void tst_CertificateKeySet::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<CertificateKeySet> read = CertificateKeySet::fromJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, field);
    QVERIFY(!read.error().message.isEmpty());
}

void tst_CertificateKeySet::revocationsFromEvents()
{
    const QUuid revokedCase = QUuid::createUuid();
    const QUuid keptCase = QUuid::createUuid();
    const auto event = [](const QUuid &caseId, QLatin1String type, const QJsonObject &payload,
                          const QDateTime &when) {
        Event e;
        e.caseId = caseId;
        e.type = type;
        e.payload = payload;
        e.at = when;
        return e;
    };
    const QJsonObject printed{{QStringLiteral("certificateNumber"), company().number},
                              {QStringLiteral("reprint"), false}};
    const QJsonObject printedKept{{QStringLiteral("certificateNumber"), person().number},
                                  {QStringLiteral("reprint"), false}};
    CertificateRevocations revocations;
    for (const Event &e :
         {event(revokedCase, EventType::certificatePrinted, printed, at(2025, 3, 4, 9, 30)),
          event(keptCase, EventType::certificatePrinted, printedKept, at(2025, 3, 5, 9, 30)),
          event(revokedCase, EventType::certificateIssued, printed, at(2025, 3, 4, 10, 0)),
          event(revokedCase, EventType::certificateRevoked,
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("伪造材料")}},
                at(2025, 6, 1, 14, 0)),
          event(QUuid::createUuid(), EventType::certificateRevoked,
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("无证")}},
                at(2025, 6, 2, 14, 0))})
        revocations.apply(e);
    QCOMPARE(revocations.revoked().size(), 1);
    QCOMPARE(
        revocations.revoked().constFirst(),
        (RevokedCertificate{company().number, at(2025, 6, 1, 14, 0), QStringLiteral("伪造材料")}));
    CertificateKeySet keys;
    QVERIFY(revocations.addTo(keys).ok());
    QVERIFY(keys.revokedCertificate(company().number));
    QVERIFY(!keys.revokedCertificate(person().number));
}

QTEST_GUILESS_MAIN(tst_CertificateKeySet)
#include "tst_certificatekeyset.moc"
