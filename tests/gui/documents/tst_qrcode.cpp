// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/documents/DocumentFixture.h"
#include "tests/gui/documents/PdfProbe.h"
#include "widgets/documents/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace sunhall;
using namespace Qt::StringLiterals;
using widgets::QrCode;

class tst_QrCode : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void caseNumberIsSmall();
    void refuses_data();
    void refuses();
    void longestTextFits();
    void modulesAreCrisp_data();
    void modulesAreCrisp();
    void scaledPainterStillReads();
    void nullCodePaintsNothing();

private:
    QString decode(const QImage &image, const QString &name);
};

QString tst_QrCode::decode(const QImage &image, const QString &name)
{
    const QString path =
        documentfixture::buildFolder(u"documents"_s) + u"/qr-"_s + name + u".png"_s;
    if (!image.save(path))
        return u"ERROR: cannot save "_s + path;
    return pdfprobe::decodeQr(path);
}

void tst_QrCode::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("case number") << casefixture::caseNumber(123);
    QTest::newRow("lower case and punctuation") << u"https://zwfw.example.cn/v?n=abc&x=1"_s;
    QTest::newRow("chinese") << u"证照编号 ZZHALL01202500000001 食品经营许可证"_s;
    QTest::newRow("long payload") << QString(900, u'Q') + u"-sig-"_s + QString(300, u'7');
}

void tst_QrCode::roundTrip()
{
    QFETCH(QString, text);
    core::Result<QrCode> code = QrCode::encode(text);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
    QCOMPARE(code->text(), text);
    QCOMPARE(code->moduleCount(), 17 + 4 * code->version());
    QCOMPARE(code->sideModules(), code->moduleCount() + 8);
    QCOMPARE(
        decode(code->toImage(4), QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')),
        text);
}

void tst_QrCode::caseNumberIsSmall()
{
    // Digits and capitals go in alphanumeric mode: a case number fits version 1 at level M.
    core::Result<QrCode> code = QrCode::encode(casefixture::caseNumber(1));
    QVERIFY(code.ok());
    QCOMPARE(code->version(), 1);
    QCOMPARE(code->moduleCount(), 21);
    // Finder patterns: the three corners hold a dark 7×7 ring around a dark 3×3 centre.
    for (const auto &[x0, y0] : {std::pair{0, 0}, std::pair{14, 0}, std::pair{0, 14}}) {
        QVERIFY(code->isDark(x0, y0) && code->isDark(x0 + 6, y0 + 6));
        QVERIFY(!code->isDark(x0 + 1, y0 + 1));
        QVERIFY(code->isDark(x0 + 3, y0 + 3));
    }
    QVERIFY(!code->isDark(-1, 0));
    QVERIFY(!code->isDark(21, 0));
}

void tst_QrCode::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << u"qr.empty"_s;
    QTest::newRow("NUL") << u"abc"_s + QChar(QChar::Null) + u"def"_s << u"qr.nul-character"_s;
    QTest::newRow("one byte too many") << QString(QrCode::maxBytes + 1, u'a') << u"qr.too-long"_s;
    // 800 Chinese characters are 2,400 bytes of UTF-8.
    QTest::newRow("chinese too long") << QString(800, QChar(0x8BC1)) << u"qr.too-long"_s;
}

void tst_QrCode::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    core::Result<QrCode> qr = QrCode::encode(text);
    QVERIFY(!qr.ok());
    QCOMPARE(qr.error().code, code);
    QCOMPARE(qr.error().field, u"text"_s);
    QVERIFY(!qr.error().message.isEmpty());
    if (code == u"qr.too-long"_s)
        QVERIFY2(qr.error().message.contains(u"at most 2331 bytes"_s),
                 qPrintable(qr.error().message));
}

void tst_QrCode::longestTextFits()
{
    core::Result<QrCode> code = QrCode::encode(QString(QrCode::maxBytes, u'a'));
    QVERIFY(code.ok());
    QCOMPARE(code->version(), 40);
    QCOMPARE(code->moduleCount(), 177);
}

void tst_QrCode::modulesAreCrisp_data()
{
    QTest::addColumn<QRectF>("target");
    QTest::newRow("whole pixels") << QRectF(0, 0, 290, 290);
    QTest::newRow("fractional position and size") << QRectF(3.4, 7.7, 301.3, 333.9);
}

void tst_QrCode::modulesAreCrisp()
{
    QFETCH(QRectF, target);
    core::Result<QrCode> code = QrCode::encode(casefixture::caseNumber(7));
    QVERIFY(code.ok());
    QImage image(320, 360, QImage::Format_RGB32);
    image.fill(QColor(0x80, 0x80, 0x80));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        code->paint(painter, target);
    }
    // Only pure black and white inside the code, and every module 10 px square: a module's
    // pixels all have the colour of its top left pixel.
    QPoint origin(-1, -1);
    for (int y = 0; y < image.height() && origin.x() < 0; ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == qRgb(255, 255, 255)) {
                origin = QPoint(x, y);
                break;
            }
    QVERIFY(origin.x() >= 0);
    const int side = code->sideModules();
    const int module = 10;
    QVERIFY(target.contains(QRectF(origin, QSizeF(side * module, side * module))));
    for (int y = 0; y < side * module; ++y) {
        for (int x = 0; x < side * module; ++x) {
            const int mx = x / module - QrCode::quietZoneModules;
            const int my = y / module - QrCode::quietZoneModules;
            const QRgb expected = code->isDark(mx, my) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
            if (image.pixel(origin + QPoint(x, y)) != expected)
                QFAIL(qPrintable(u"pixel %1,%2 of the code is not %3"_s.arg(x).arg(y).arg(
                    code->isDark(mx, my) ? u"black"_s : u"white"_s)));
        }
    }
    QCOMPARE(decode(image, u"crisp"_s), casefixture::caseNumber(7));
}

void tst_QrCode::scaledPainterStillReads()
{
    core::Result<QrCode> code = QrCode::encode(casefixture::caseNumber(8));
    QVERIFY(code.ok());
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(1.7, 1.7);
        code->paint(painter, QRectF(10, 10, 200, 200));
    }
    QCOMPARE(decode(image, u"scaled"_s), casefixture::caseNumber(8));
}

void tst_QrCode::nullCodePaintsNothing()
{
    const QrCode code;
    QVERIFY(code.isNull());
    QCOMPARE(code.sideModules(), 0);
    QVERIFY(code.toImage(4).isNull());
    QImage image(50, 50, QImage::Format_RGB32);
    image.fill(Qt::red);
    QPainter painter(&image);
    code.paint(painter, QRectF(0, 0, 50, 50));
    painter.end();
    QCOMPARE(image.pixel(25, 25), qRgb(255, 0, 0));
}

QTEST_MAIN(tst_QrCode)
#include "tst_qrcode.moc"
