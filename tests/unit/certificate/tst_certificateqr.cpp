// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateQr.h"

#include <QTest>

using namespace sunhall::core;

class tst_CertificateQr : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void textIsCompactAscii();
    void scannerWhiteSpaceIgnored();
    void refused_data();
    void refused();
};

void tst_CertificateQr::roundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("one byte each") << QByteArray("x") << QByteArray("y");
    QTest::newRow("every remainder") << QByteArray("SUNHALL-CERT/1\n") << QByteArray("ab");
    QTest::newRow("binary") << QByteArray("\xfb\xff\xfe\x00\x01", 5) << QByteArray(72, '\xff');
    QTest::newRow("Chinese") << QStringLiteral("持证人 张三\n").toUtf8() << QByteArray("012");
}

void tst_CertificateQr::roundTrip()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, signature);
    const QString text = CertificateQr(data, signature).toText();
    const Result<CertificateQr> parsed = CertificateQr::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->signedBytes(), data);
    QCOMPARE(parsed->signature(), signature);
}

void tst_CertificateQr::textIsCompactAscii()
{
    const QString text = CertificateQr(QByteArray("\xfb\xff\xbf", 3), QByteArray("\xfe")).toText();
    QCOMPARE(text, QStringLiteral("SHC1.-_-_._g"));
}

void tst_CertificateQr::scannerWhiteSpaceIgnored()
{
    const QString text = CertificateQr("data", "sig").toText();
    const QStringList typings{text + QStringLiteral("\r\n"), QStringLiteral(" \t") + text,
                              text + QLatin1Char('\n')};
    for (const QString &typed : typings) {
        const Result<CertificateQr> parsed = CertificateQr::parse(typed);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->signedBytes(), QByteArray("data"));
    }
}

void tst_CertificateQr::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    const QString good = CertificateQr("data", "sig").toText(); // SHC1.ZGF0YQ.c2ln
    const QString foreign = QStringLiteral("certificate.qr-foreign");
    const QString damaged = QStringLiteral("certificate.qr-damaged");
    QTest::newRow("empty") << QString() << foreign;
    QTest::newRow("a web address") << QStringLiteral("https://example.org/c?id=1") << foreign;
    QTest::newRow("a case number") << QStringLiteral("SLQD0001202500000123K") << foreign;
    QTest::newRow("lower-case prefix") << good.toLower() << foreign;
    QTest::newRow("later version")
        << QStringLiteral("SHC2.ZGF0YQ.c2ln") << QStringLiteral("certificate.qr-newer");
    QTest::newRow("prefix only") << QStringLiteral("SHC1.") << damaged;
    QTest::newRow("no signature") << QStringLiteral("SHC1.ZGF0YQ") << damaged;
    QTest::newRow("empty signature") << QStringLiteral("SHC1.ZGF0YQ.") << damaged;
    QTest::newRow("three parts") << good + QStringLiteral(".c2ln") << damaged;
    QTest::newRow("padding") << QStringLiteral("SHC1.ZGF0YQ==.c2ln") << damaged;
    QTest::newRow("standard base64") << QStringLiteral("SHC1.+/8.c2ln") << damaged;
    QTest::newRow("space inside") << QStringLiteral("SHC1.ZGF0 YQ.c2ln") << damaged;
    QTest::newRow("cut off to one character") << QStringLiteral("SHC1.ZGF0Y.c2ln") << damaged;
    QTest::newRow("stray bits") << QStringLiteral("SHC1.ZGF0YR.c2ln") << damaged;
    QTest::newRow("far too long") << QStringLiteral("SHC1.") +
                                         QString(CertificateQr::maxTextLength, QLatin1Char('A')) +
                                         QStringLiteral(".c2ln")
                                  << damaged;
}

void tst_CertificateQr::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const Result<CertificateQr> parsed = CertificateQr::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QCOMPARE(parsed.error().field, QStringLiteral("qr"));
    QVERIFY(!parsed.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CertificateQr)
#include "tst_certificateqr.moc"
