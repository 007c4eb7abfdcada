// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a workstation keeps of the hall's certificates: the key set the server handed out
// (read from its answer, stored, read back into a verifier that works offline) with its
// version, the version a pull announces, and the signed QR text of a case's latest print as
// the server recorded it.
#include "core/case/CaseVocabulary.h"
#include "core/certificate/CertificateKeySet.h"
#include "core/certificate/CertificateSigner.h"
#include "core/store/LocalStore.h"
#include "core/sync/LocalCertificates.h"
#include "core/sync/PullPage.h"
#include "core/sync/ReferenceData.h"
#include "core/values/DocumentNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall::core;
using State = CertificateVerification::State;

namespace {

const QDateTime t0(QDate(2025, 3, 4), QTime(9, 30), QTimeZone(8 * 3600));
const QString department = QStringLiteral("SJ");

QString certificateNumber(int serial)
{
    return DocumentNumber::make(DocumentNumber::Kind::Certificate, QStringLiteral("QD0001"), 2025,
                                serial)
        ->toString();
}

CertificateContent sample(const QString &number)
{
    CertificateContent content;
    content.number = number;
    content.caseId = QUuid::createUuid();
    content.title = QStringLiteral("营业执照");
    content.itemCode = QStringLiteral("370200-SJ-XK-004");
    content.itemName = QStringLiteral("公司设立登记");
    content.holderName = QStringLiteral("青岛海味餐饮管理有限公司");
    content.holderId = QStringLiteral("11010519491231002X");
    content.validFrom = t0.date();
    content.departmentCode = department;
    content.departmentName = QStringLiteral("市场监督管理局");
    content.issuedAt = t0;
    return content;
}

Event printed(const QUuid &caseId, int caseSeq, qint64 serverSeq, const QString &qr)
{
    Event event;
    event.caseId = caseId;
    event.caseSeq = caseSeq;
    event.type = EventType::certificatePrinted;
    event.payload = QJsonObject{{QStringLiteral("certificateNumber"), QStringLiteral("ZZ…")},
                                {QStringLiteral("reprint"), caseSeq > 1}};
    if (!qr.isEmpty())
        event.payload.insert(QStringLiteral("qr"), qr);
    event.actorId = QStringLiteral("li.na");
    event.workstation = QStringLiteral("W01");
    event.at = t0.addSecs(caseSeq);
    event.commandId = QUuid::createUuid();
    event.serverSeq = serverSeq;
    return event;
}

} // namespace

class tst_LocalCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keySetRoundTripsAndVerifiesOffline();
    void noKeySetYet();
    void serverAnswerIsRead_data();
    void serverAnswerIsRead();
    void pullAnnouncesTheVersion_data();
    void pullAnnouncesTheVersion();
    void qrOfTheLatestConfirmedPrint();

private:
    std::unique_ptr<LocalStore> fresh();
    QJsonObject served() const;

    QTemporaryDir m_dir;
    int m_stores = 0;
    std::optional<Sm2KeyPair> m_key;
    CertificateKeySet m_keySet;
    QString m_valid;   // signed QR text of a certificate in force
    QString m_revoked; // one on the revocation list
};

void tst_LocalCertificates::initTestCase()
{
    Result<Sm2KeyPair> key = Sm2KeyPair::generate();
    QVERIFY(key.ok());
    m_key.emplace(std::move(key).value());
    QVERIFY(m_keySet.addKey(department, QStringLiteral("市场监督管理局"), m_key->publicKey()).ok());
    const Result<SignedCertificate> valid =
        CertificateSigner::sign(sample(certificateNumber(123)), *m_key);
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
    m_valid = valid->qrText;
    const CertificateContent revokedContent = sample(certificateNumber(124));
    QVERIFY(revokedContent.validate().ok());
    const Result<SignedCertificate> revoked = CertificateSigner::sign(revokedContent, *m_key);
    QVERIFY(revoked.ok());
    m_revoked = revoked->qrText;
    QVERIFY(m_keySet
                .revokeCertificate(revokedContent.number, t0.addDays(30),
                                   QStringLiteral("以欺骗手段取得许可"))
                .ok());
}

std::unique_ptr<LocalStore> tst_LocalCertificates::fresh()
{
    auto store = LocalStore::open(m_dir.filePath(QStringLiteral("w%1.db").arg(++m_stores)));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    return std::move(store).value();
}

QJsonObject tst_LocalCertificates::served() const
{
    QJsonObject json = QJsonDocument::fromJson(m_keySet.toJson()).object();
    json.insert(QStringLiteral("keysVersion"), QStringLiteral("0123456789abcdef"));
    return json;
}

void tst_LocalCertificates::keySetRoundTripsAndVerifiesOffline()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.db"));
    {
        auto store = LocalStore::open(path);
        QVERIFY(store.ok());
        LocalCertificates certificates(**store);
        QVERIFY(certificates.putKeySet(m_keySet, QStringLiteral("0123456789abcdef")).ok());
    }
    // Another session on the workstation, with no server to ask.
    auto store = LocalStore::open(path);
    QVERIFY(store.ok());
    const LocalCertificates certificates(**store);
    QCOMPARE(certificates.keySetVersion(), QStringLiteral("0123456789abcdef"));
    const Result<std::optional<CertificateKeySet>> keySet = certificates.keySet();
    QVERIFY(keySet.ok() && keySet->has_value());
    QCOMPARE(**keySet, m_keySet);
    const Result<CertificateVerifier> verifier = certificates.verifier();
    QVERIFY(verifier.ok());
    QCOMPARE(verifier->verify(m_valid).state, State::Valid);
    QCOMPARE(verifier->verify(m_revoked).state, State::Revoked);
    QString altered = m_valid;
    altered.chop(3);
    QCOMPARE(verifier->verify(altered).state, State::Altered);

    // A newer key set replaces the one kept.
    CertificateKeySet newer = m_keySet;
    QVERIFY(newer.revokeCertificate(certificateNumber(123), t0.addDays(40), {}).ok());
    LocalCertificates writer(**store);
    QVERIFY(writer.putKeySet(newer, QStringLiteral("fedcba9876543210")).ok());
    QCOMPARE(writer.keySetVersion(), QStringLiteral("fedcba9876543210"));
    QCOMPARE(writer.verifier()->verify(m_valid).state, State::Revoked);
}

void tst_LocalCertificates::noKeySetYet()
{
    auto store = fresh();
    const LocalCertificates certificates(*store);
    QCOMPARE(certificates.keySetVersion(), QString());
    QVERIFY(certificates.keySet().ok());
    QVERIFY(!certificates.keySet()->has_value());
    const Result<CertificateVerifier> verifier = certificates.verifier();
    QVERIFY(!verifier.ok());
    QCOMPARE(verifier.error().code, QStringLiteral("certificate.keys-missing"));

    // What is kept cannot be read (a damaged file): the error says so and what to do.
    QVERIFY(store->setSyncValue(QStringLiteral("reference.certificate-keys"), QStringLiteral("{")));
    const Result<CertificateVerifier> broken = certificates.verifier();
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, QStringLiteral("certificate.keys-not-json"));
    QVERIFY(broken.error().message.contains(QStringLiteral("synchronise")));
}

void tst_LocalCertificates::serverAnswerIsRead_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("as served") << QString() << QString() << QString();
    QTest::newRow("no version") << "drop keysVersion"
                                << "case.field-missing"
                                << "keysVersion";
    QTest::newRow("another format") << "format"
                                    << "certificate.keys-format"
                                    << "format";
    QTest::newRow("fingerprint of another key") << "fingerprint"
                                                << "certificate.fingerprint-mismatch"
                                                << "departments[0].keys[0].fingerprint";
}

void tst_LocalCertificates::serverAnswerIsRead()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QJsonObject json = served();
    if (change == QLatin1String("drop keysVersion")) {
        json.remove(QStringLiteral("keysVersion"));
    } else if (change == QLatin1String("format")) {
        json.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    } else if (change == QLatin1String("fingerprint")) {
        QJsonArray departments = json.value(QStringLiteral("departments")).toArray();
        QJsonObject first = departments.at(0).toObject();
        QJsonArray keys = first.value(QStringLiteral("keys")).toArray();
        QJsonObject key = keys.at(0).toObject();
        key.insert(QStringLiteral("fingerprint"), QString(64, QLatin1Char('0')));
        keys.replace(0, key);
        first.insert(QStringLiteral("keys"), keys);
        departments.replace(0, first);
        json.insert(QStringLiteral("departments"), departments);
    }
    const Result<ReferenceData::CertificateKeys> keys =
        ReferenceData::certificateKeysFromJson(json);
    if (code.isEmpty()) {
        QVERIFY(keys.ok());
        QCOMPARE(keys->version, QStringLiteral("0123456789abcdef"));
        QCOMPARE(keys->keySet, m_keySet);
        return;
    }
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().code, code);
    QCOMPARE(keys.error().field, field);
}

void tst_LocalCertificates::pullAnnouncesTheVersion_data()
{
    QTest::addColumn<QJsonObject>("reference");
    QTest::addColumn<QString>("version");
    QTest::newRow("announced") << QJsonObject{{QStringLiteral("catalogVersion"), 1},
                                              {QStringLiteral("certificateKeysVersion"),
                                               QStringLiteral("9f3a61c0b2d4e587")}}
                               << QStringLiteral("9f3a61c0b2d4e587");
    QTest::newRow("a server that does not announce it")
        << QJsonObject{{QStringLiteral("catalogVersion"), 1}} << QString();
}

void tst_LocalCertificates::pullAnnouncesTheVersion()
{
    QFETCH(QJsonObject, reference);
    QFETCH(QString, version);
    const QJsonObject json{{QStringLiteral("events"), QJsonArray()},
                           {QStringLiteral("serverSeq"), 7},
                           {QStringLiteral("more"), false},
                           {QStringLiteral("reference"), reference}};
    const Result<PullPage> page = PullPage::fromJson(json, 0);
    QVERIFY(page.ok());
    QCOMPARE(page->reference.certificateKeys, version);
    QCOMPARE(page->reference.catalog, 1);
}

void tst_LocalCertificates::qrOfTheLatestConfirmedPrint()
{
    auto store = fresh();
    const LocalCertificates certificates(*store);
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(certificates.qrText(caseId).ok());
    QVERIFY(!certificates.qrText(caseId)->has_value());

    // Printed offline: the workstation's own event carries no QR until the server's comes.
    QVERIFY(store->insertEvents({printed(caseId, 1, 0, {})}).ok());
    QVERIFY(!certificates.qrText(caseId)->has_value());
    QVERIFY(store->removePendingEvents(caseId).ok());

    QVERIFY(store->insertEvents({printed(caseId, 1, 41, m_valid)}).ok());
    QCOMPARE(certificates.qrText(caseId)->value_or(QString()), m_valid);
    // A reprint signed by the server replaces it; one still waiting to be sent does not.
    QVERIFY(store->insertEvents({printed(caseId, 2, 57, m_revoked)}).ok());
    QCOMPARE(certificates.qrText(caseId)->value_or(QString()), m_revoked);
    QVERIFY(store->insertEvents({printed(caseId, 3, 0, {})}).ok());
    QCOMPARE(certificates.qrText(caseId)->value_or(QString()), m_revoked);
}

QTEST_GUILESS_MAIN(tst_LocalCertificates)
#include "tst_localcertificates.moc"
