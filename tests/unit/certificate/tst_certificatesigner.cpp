// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateSamples.h"

#include "core/certificate/CertificateBytes.h"
#include "core/certificate/CertificateQr.h"
#include "core/certificate/CertificateSigner.h"

#include <QTest>

using namespace sunhall::core;
using namespace samples;

class tst_CertificateSigner : public QObject
{
    Q_OBJECT
private slots:
    void signedQrVerifies_data();
    void signedQrVerifies();
    void keyIdAndSecondsSet();
    void typicalCertificateIsCompact();
    void longContentAbbreviated();
    void manyLinesLeftOut();
    void abbreviationKeepsSurrogatePairs();
    void tooLargeRefused();
    void invalidContentRefused();

private:
    Sm2KeyPair m_key = generatedKey();
};

void tst_CertificateSigner::signedQrVerifies_data()
{
    QTest::addColumn<CertificateContent>("content");
    QTest::newRow("company") << company();
    QTest::newRow("person, long-term") << person();
}

void tst_CertificateSigner::signedQrVerifies()
{
    QFETCH(CertificateContent, content);
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(content, m_key);
    QVERIFY2(signedCertificate.ok(), failure(signedCertificate));
    QVERIFY(!signedCertificate->abbreviated);
    const Result<CertificateQr> qr = CertificateQr::parse(signedCertificate->qrText);
    QVERIFY2(qr.ok(), failure(qr));
    QVERIFY(m_key.publicKey().verify(qr->signedBytes(), qr->signature()).ok());
    const Result<CertificateContent> decoded = CertificateBytes::decode(qr->signedBytes());
    QVERIFY2(decoded.ok(), failure(decoded));
    QCOMPARE(*decoded, signedCertificate->content);
    QCOMPARE(decoded->holderName, content.holderName);
    QCOMPARE(decoded->lines, content.lines);
}

void tst_CertificateSigner::keyIdAndSecondsSet()
{
    CertificateContent content = company();
    content.issuedAt = content.issuedAt.addMSecs(789);
    content.keyId = QString(64, QLatin1Char('0'));
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(content, m_key);
    QVERIFY2(signedCertificate.ok(), failure(signedCertificate));
    QCOMPARE(signedCertificate->content.keyId, m_key.fingerprint());
    QCOMPARE(signedCertificate->content.issuedAt, company().issuedAt);
}

void tst_CertificateSigner::typicalCertificateIsCompact()
{
    // A QR code at error correction level M holds this easily (version 21 or so); the
    // figure is reported in docs/certificate-qr.md.
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(company(), m_key);
    QVERIFY2(signedCertificate.ok(), failure(signedCertificate));
    const QString &text = signedCertificate->qrText;
    qInfo("typical certificate: %lld signed bytes, QR text %lld characters",
          qlonglong(CertificateBytes::encode(signedCertificate->content).size()),
          qlonglong(text.size()));
    QVERIFY2(text.size() < 800, qPrintable(QString::number(text.size())));
    for (const QChar c : text)
        QVERIFY(c.unicode() > 0x20 && c.unicode() < 0x7f);
}

void tst_CertificateSigner::longContentAbbreviated()
{
    CertificateContent content = company();
    for (int i = 0; i < 3; ++i) {
        content.lines.append({QStringLiteral("许可范围%1").arg(i + 1),
                              QStringLiteral("预包装食品（含冷藏冷冻食品）销售、散装食品销售、"
                                             "特殊食品销售（保健食品、婴幼儿配方乳粉）")});
    }
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(content, m_key);
    QVERIFY2(signedCertificate.ok(), failure(signedCertificate));
    QVERIFY(signedCertificate->abbreviated);
    const CertificateContent &carried = signedCertificate->content;
    QVERIFY(CertificateBytes::encode(carried).size() <= CertificateSigner::maxSignedBytes);
    QVERIFY(signedCertificate->qrText.size() < 1000);
    QCOMPARE(carried.lines.size(), content.lines.size());
    // What identifies the certificate is never shortened.
    QCOMPARE(carried.number, content.number);
    QCOMPARE(carried.holderName, content.holderName);
    QCOMPARE(carried.holderId, content.holderId);
    QCOMPARE(carried.departmentName, content.departmentName);
    QCOMPARE(carried.title, content.title);
    QCOMPARE(carried.itemName, content.itemName);
    for (qsizetype i = 0; i < carried.lines.size(); ++i) {
        const QString &value = carried.lines.at(i).value;
        QCOMPARE(carried.lines.at(i).key, content.lines.at(i).key);
        if (value != content.lines.at(i).value) {
            QVERIFY(value.endsWith(QChar(0x2026)));
            QVERIFY(content.lines.at(i).value.startsWith(value.chopped(1)));
        }
    }
    // The longest texts were shortened, the short ones kept.
    QCOMPARE(carried.lines.at(1).value, content.lines.at(1).value);
    QVERIFY(carried.lines.at(5).value.endsWith(QChar(0x2026)));
    const Result<CertificateQr> qr = CertificateQr::parse(signedCertificate->qrText);
    QVERIFY(qr.ok());
    QVERIFY(m_key.publicKey().verify(qr->signedBytes(), qr->signature()).ok());
}

void tst_CertificateSigner::manyLinesLeftOut()
{
    CertificateContent content = company();
    content.lines.clear();
    for (int i = 0; i < CertificateContent::maxLines; ++i)
        content.lines.append({QStringLiteral("第%1项").arg(i + 1), QStringLiteral("内容")});
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(content, m_key);
    QVERIFY2(signedCertificate.ok(), failure(signedCertificate));
    QVERIFY(signedCertificate->abbreviated);
    const CertificateContent &carried = signedCertificate->content;
    QVERIFY(carried.lines.size() < content.lines.size());
    QVERIFY(carried.lines.size() > 5);
    QCOMPARE(carried.lines, content.lines.first(carried.lines.size()));
    QVERIFY(CertificateBytes::encode(carried).size() <= CertificateSigner::maxSignedBytes);
}

void tst_CertificateSigner::abbreviationKeepsSurrogatePairs()
{
    CertificateContent content = company();
    content.lines = {{QStringLiteral("备注"), QStringLiteral("𠮷").repeated(150)}};
    const Result<CertificateContent> fitted = CertificateSigner::fitted(content, 500);
    QVERIFY2(fitted.ok(), failure(fitted));
    const QString value = fitted->lines.constFirst().value;
    QVERIFY(value.endsWith(QChar(0x2026)));
    QCOMPARE(value.chopped(1).size() % 2, 0);
    QVERIFY(value.chopped(1).toUcs4().size() * 2 == value.chopped(1).size());
    QVERIFY(CertificateBytes::encode(*fitted).size() <= 500);
    QVERIFY(CertificateBytes::encode(*fitted).size() > 490);
}

void tst_CertificateSigner::tooLargeRefused()
{
    CertificateContent content = company();
    content.holderName = QStringLiteral("青").repeated(CertificateContent::maxNameLength);
    content.departmentName = QStringLiteral("局").repeated(CertificateContent::maxNameLength);
    content.title = QStringLiteral("证").repeated(CertificateContent::maxTitleLength);
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(content, m_key);
    QVERIFY(!signedCertificate.ok());
    QCOMPARE(signedCertificate.error().code, QStringLiteral("certificate.too-large"));
    QVERIFY(signedCertificate.error().message.contains(
        QString::number(CertificateSigner::maxSignedBytes)));
}

void tst_CertificateSigner::invalidContentRefused()
{
    CertificateContent content = company();
    content.holderId = QStringLiteral("91370200MA3C5X1230");
    if (content.holderId == creditCode())
        content.holderId = QStringLiteral("91370200MA3C5X1231");
    const Result<SignedCertificate> signedCertificate = CertificateSigner::sign(content, m_key);
    QVERIFY(!signedCertificate.ok());
    QCOMPARE(signedCertificate.error().field, QStringLiteral("holderId"));
}

QTEST_GUILESS_MAIN(tst_CertificateSigner)
#include "tst_certificatesigner.moc"
