// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SettlementReport.h"
#include "tests/gui/cashier/CashierWorkstation.h"
#include "tests/gui/documents/PdfProbe.h"
#include "tests/support/CaseFixture.h"
#include "tests/unit/sync/TestPki.h"
#include "translations/Translations.h"
#include "widgets/cashier/CashierWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace sunhall;
using namespace Qt::StringLiterals;
using core::Money;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

const QString basis = u"《关于小微企业免征有关行政事业性收费的通知》（财税〔2013〕67号）"_s;

} // namespace

// DOMAIN.md §5: the cashier collects the item's standard fee unless a reduction with its legal
// basis is recorded. The case rules decide; these tests need the core to carry reductions
// (PaymentPayload::reduction, CaseState::feeDue).
class tst_CashierReduction : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void reductionWithoutBasisIsRefused();
    void reductionWithBasisIsAccepted();

private:
    void open();
    template<typename T>
    T *child(const char *name) const
    {
        return m_widget->findChild<T *>(QString::fromLatin1(name));
    }
    QString message() const { return child<QLabel>("collectMessageLabel")->text(); }
    qint64 receiptsLeft() const
    {
        return m_ws->store().remainingSerials(u"receipt"_s, u"HALL01"_s, 2025).value();
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<tests::CashierWorkstation> m_ws;
    std::unique_ptr<widgets::CashierWidget> m_widget;
};

void tst_CashierReduction::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(u"pki"_s));
    TestPki pki(m_dir.filePath(u"pki"_s));
    const QString made = pki.make();
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QCOMPARE(
        i18n::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
        u"zh_CN"_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void tst_CashierReduction::cleanupTestCase()
{
    m_widget.reset();
    m_ws.reset();
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void tst_CashierReduction::open()
{
    m_widget.reset();
    m_ws = std::make_unique<tests::CashierWorkstation>(
        m_dir.filePath(u"ws%1"_s.arg(++m_run)), m_dir.filePath(u"pki"_s),
        tests::CashierWorkstation::cashierActor(),
        QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600)));
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    QVERIFY2(!m_ws->addCaseWithFee(21, u"周小微"_s).isNull(), qPrintable(m_ws->error()));
    m_widget = std::make_unique<widgets::CashierWidget>(
        m_ws->store(), m_ws->engine(), m_ws->catalogue(), m_ws->clock(), m_ws->cashier());
    m_widget->receiptPrinter().setOutputFormat(QPrinter::PdfFormat);
    m_widget->receiptPrinter().setOutputFileName(m_dir.filePath(u"reduced-%1.pdf"_s.arg(m_run)));
    m_widget->resize(1280, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QVERIFY(m_widget->selectCase(casefixture::caseNumber(21)));
}

void tst_CashierReduction::reductionWithoutBasisIsRefused()
{
    open();
    const qint64 before = receiptsLeft();
    auto *reduction = child<QLineEdit>("reductionLineEdit");
    QTest::keyClicks(reduction, u"50"_s);
    QCOMPARE(child<QLineEdit>("amountLineEdit")->text(), u"12.50"_s); // the due less the reduction
    QTest::keyClick(reduction, Qt::Key_F9);
    QVERIFY2(message().contains(u"¥50.00"_s), qPrintable(message()));
    QVERIFY(child<QLineEdit>("reductionBasisLineEdit")->hasFocus());
    QCOMPARE(receiptsLeft(), before);
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 0);
}

void tst_CashierReduction::reductionWithBasisIsAccepted()
{
    open();
    QTest::keyClicks(child<QLineEdit>("reductionLineEdit"), u"50"_s);
    typeText(child<QLineEdit>("reductionBasisLineEdit"), basis);
    const core::Result<QString> receipt = m_widget->collect();
    QVERIFY2(receipt.ok(), qPrintable(message()));
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 1);
    QVERIFY(child<QLabel>("feeDueLabel")
                ->text()
                .contains(
                    QCoreApplication::translate("sunhall::widgets::FeeCasePanel", "Paid in full")));

    const QString pdf =
        pdfprobe::flat(pdfprobe::text(m_dir.filePath(u"reduced-%1.pdf"_s.arg(m_run))));
    for (const QString &wanted : {*receipt, u"周小微"_s, u"¥12.50"_s, u"壹拾贰元伍角"_s,
                                  u"¥50.00"_s, u"财税〔2013〕67号"_s})
        QVERIFY2(pdfprobe::holds(pdf, wanted), qPrintable(wanted + u"\n---\n"_s + pdf));

    QVERIFY(child<QLabel>("caseReceiptsLabel")->text().contains(u"财税〔2013〕67号"_s));
    const QString png = m_dir.filePath(u"reduced.png"_s);
    QCOMPARE(pdfprobe::toPng(m_dir.filePath(u"reduced-%1.pdf"_s.arg(m_run)), 1, png, 150),
             QString());
    const QString shots = QDir::currentPath() + u"/screenshots"_s;
    QDir().mkpath(shots);
    QFile::remove(shots + u"/cashier-receipt-reduced-pdf.png"_s);
    QVERIFY(QFile::copy(png, shots + u"/cashier-receipt-reduced-pdf.png"_s));

    const models::SettlementReport daily = m_widget->currentSettlement();
    QCOMPARE(daily.total().collected, Money::fromFen(1250));
    QCOMPARE(daily.total().reduced, Money::fromFen(5000));
    QCOMPARE(daily.total().reducedCount, 1);
    QCOMPARE(daily.total().net(), Money::fromFen(1250));
    const QString dir = QDir::currentPath() + u"/screenshots"_s;
    QDir().mkpath(dir);
    QTest::qWait(20);
    QVERIFY(m_widget->grab().save(dir + u"/cashier-reduction-zh_CN.png"_s));
}

QTEST_MAIN(tst_CashierReduction)
#include "tst_cashierreduction.moc"
