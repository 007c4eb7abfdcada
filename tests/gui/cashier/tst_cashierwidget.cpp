// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/DocumentNumber.h"
#include "core/values/MoneyWords.h"
#include "models/CashierCaseModel.h"
#include "models/CashierReceiptModel.h"
#include "models/FeeCollection.h"
#include "models/SettlementCsv.h"
#include "models/SettlementModel.h"
#include "models/SettlementSignOffLog.h"
#include "tests/gui/cashier/CashierWorkstation.h"
#include "tests/gui/documents/PdfProbe.h"
#include "tests/support/CaseFixture.h"
#include "tests/unit/sync/TestPki.h"
#include "translations/Translations.h"
#include "widgets/cashier/CashierWidget.h"
#include "widgets/cashier/SignOffDialog.h"
#include "widgets/cashier/VoidReceiptDialog.h"
#include "widgets/documents/DocumentRenderer.h"
#include "widgets/documents/FeeReceiptDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace sunhall;
using namespace Qt::StringLiterals;
using core::Money;
using core::PaymentMethod;
using widgets::CashierWidget;

namespace {

// What a Chinese input method sends: QTest::keyClicks types ASCII only.
void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QDateTime monday(int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 3, 3), QTime(hour, minute), QTimeZone(8 * 3600));
}

} // namespace

class tst_CashierWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void queueShowsCasesWithFeesDue();
    void keyboardCollectionPrintsTheReceipt();
    void wrongAmountIsRefusedWithTheReason();
    void voidNeedsAReasonAndKeepsTheNumber();
    void previewAndReprintAreMarked();
    void dailySettlementMatchesAndIsSignedOff();
    void wrongPasswordDoesNotSignOff();
    void weeklyAndMonthlySettlements();
    void settlementOfAnotherCashierCannotBeSigned();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_widget->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    void open();
    void activate();
    void screenshot(QWidget *widget, const QString &name);
    QString receiptPdf() const { return m_dir.filePath(u"printer-%1.pdf"_s.arg(m_run)); }
    /// Collects the due amount on the case of `applicant` with the method numbered `digit`,
    /// all by keyboard; returns the receipt number.
    QString collectByKeyboard(const QString &applicant, const char *digit);
    void voidByDialog(const QString &receiptNumber, const QString &reason);
    QString text(const char *labelName) const { return child<QLabel>(labelName)->text(); }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<tests::CashierWorkstation> m_ws;
    std::unique_ptr<CashierWidget> m_widget;
};

void tst_CashierWidget::initTestCase()
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

void tst_CashierWidget::cleanupTestCase()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void tst_CashierWidget::init()
{
    m_ws = std::make_unique<tests::CashierWorkstation>(
        m_dir.filePath(u"ws%1"_s.arg(++m_run)), m_dir.filePath(u"pki"_s),
        tests::CashierWorkstation::cashierActor(), monday(9));
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    for (const auto &[serial, applicant] :
         {std::pair{11, u"陈申请"_s}, std::pair{12, u"刘小梅"_s}, std::pair{13, u"张伟"_s}}) {
        QVERIFY2(!m_ws->addCaseWithFee(serial, applicant).isNull(), qPrintable(m_ws->error()));
    }
    open();
}

void tst_CashierWidget::open()
{
    m_widget = std::make_unique<CashierWidget>(m_ws->store(), m_ws->engine(), m_ws->catalogue(),
                                               m_ws->clock(), m_ws->cashier());
    m_widget->receiptPrinter().setOutputFormat(QPrinter::PdfFormat);
    m_widget->receiptPrinter().setOutputFileName(receiptPdf());
    m_widget->resize(1280, 800);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void tst_CashierWidget::cleanup()
{
    m_widget.reset();
    m_ws.reset();
}

void tst_CashierWidget::screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(20); // let the labels that just changed take their wrapped height
    const QString dir = QDir::currentPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u'/' + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QString tst_CashierWidget::collectByKeyboard(const QString &applicant, const char *digit)
{
    QTest::keyClick(m_widget.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>("caseSearchLineEdit");
    if (!search->hasFocus())
        return u"search field without focus"_s;
    typeText(search, applicant);
    QTest::keyClick(search, Qt::Key_Return);
    auto *method = child<QComboBox>("paymentMethodComboBox");
    if (!method->hasFocus())
        return u"method without focus"_s;
    QTest::keyClicks(method, QString::fromLatin1(digit));
    QTest::keyClick(method, Qt::Key_Return);
    auto *amount = child<QLineEdit>("amountLineEdit");
    if (!amount->hasFocus())
        return u"amount without focus"_s;
    QTest::keyClick(amount, Qt::Key_Return);
    auto *collect = child<QPushButton>("collectButton");
    if (!collect->hasFocus())
        return u"collect button without focus"_s;
    QSignalSpy collected(m_widget.get(), &CashierWidget::receiptCollected);
    QTest::keyClick(collect, Qt::Key_Return);
    if (collected.size() != 1)
        return u"not collected: "_s + text("collectMessageLabel");
    return collected.first().first().toString();
}

void tst_CashierWidget::voidByDialog(const QString &receiptNumber, const QString &reason)
{
    QVERIFY(m_widget->requestVoid(receiptNumber).ok());
    auto *dialog = m_widget->findChild<widgets::VoidReceiptDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    typeText(dialog->findChild<QPlainTextEdit *>(u"voidReasonTextEdit"_s), reason);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"voidConfirmButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_widget->findChild<widgets::VoidReceiptDialog *>());
    activate();
}

// The offscreen platform does not give the window its activation back when a dialog closes.
void tst_CashierWidget::activate()
{
    m_widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_widget.get()));
}

void tst_CashierWidget::queueShowsCasesWithFeesDue()
{
    auto *view = child<QTableView>("feeCaseTableView");
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(child<QLineEdit>("caseSearchLineEdit")->hasFocus());
    QTest::keyClicks(
        child<QLineEdit>("caseSearchLineEdit"),
        core::DocumentNumber::parse(casefixture::caseNumber(12))->toGroupedString().toLower());
    QCOMPARE(view->model()->rowCount(), 1);
    // One match is chosen at once: the fees, their basis and what is due are on screen.
    const QString caseText = text("feeCaseLabel");
    QVERIFY2(caseText.contains(u"刘小梅"_s), qPrintable(caseText));
    auto *lines = child<QTableWidget>("feeLinesTableWidget");
    QCOMPARE(lines->rowCount(), 2);
    QCOMPARE(lines->item(0, 0)->text(), u"许可费"_s);
    QCOMPARE(lines->item(0, 2)->text(), u"¥50.00"_s);
    QVERIFY(lines->item(1, 3)->text().contains(u"示例价〔2025〕2号"_s));
    QVERIFY2(text("feeDueLabel").contains(u"¥62.50"_s) &&
                 text("feeDueLabel").contains(u"陆拾贰元伍角"_s),
             qPrintable(text("feeDueLabel")));
    QCOMPARE(child<QLineEdit>("amountLineEdit")->text(), u"62.50"_s);
    QVERIFY(text("amountCapitalsLabel").contains(u"陆拾贰元伍角"_s));
    screenshot(m_widget.get(), u"cashier-collect-zh_CN.png"_s);
}

void tst_CashierWidget::keyboardCollectionPrintsTheReceipt()
{
    const qint64 before = m_ws->store().remainingSerials(u"receipt"_s, u"HALL01"_s, 2025).value();
    m_ws->clock().set(monday(10, 15));
    const QString receipt = collectByKeyboard(u"小梅"_s, "2");
    QCOMPARE(receipt, casefixture::receiptNumber(1));
    QCOMPARE(m_ws->store().remainingSerials(u"receipt"_s, u"HALL01"_s, 2025).value(), before - 1);
    QCOMPARE(m_widget->lastReceiptNumber(), receipt);
    QCOMPARE(child<QTableView>("feeCaseTableView")->model()->rowCount(), 2);
    QVERIFY(child<QLineEdit>("caseSearchLineEdit")->hasFocus());
    QVERIFY2(text("collectMessageLabel").contains(receipt),
             qPrintable(text("collectMessageLabel")));
    QVERIFY(text("lastReceiptLabel").contains(receipt));
    // The paid case stays in view with its receipt until the next case is chosen.
    QVERIFY(text("feeCaseLabel").contains(u"刘小梅"_s));
    QVERIFY(text("caseReceiptsLabel").contains(receipt));
    screenshot(m_widget.get(), u"cashier-collected-zh_CN.png"_s);

    // Printed at once on the receipt printer (a PDF file here), read back as a person would.
    QVERIFY(QFile::exists(receiptPdf()));
    const QString pdf = pdfprobe::flat(pdfprobe::text(receiptPdf()));
    const QStringList expected{receipt,
                               casefixture::caseNumber(12),
                               u"刘小梅"_s,
                               u"食品经营许可"_s,
                               u"许可费"_s,
                               u"工本费"_s,
                               u"¥62.50"_s,
                               u"陆拾贰元伍角"_s,
                               core::paymentMethodDisplayName(PaymentMethod::Card),
                               u"钱收费"_s,
                               u"2025-03-03 10:15"_s};
    for (const QString &wanted : expected)
        QVERIFY2(pdfprobe::holds(pdf, wanted), qPrintable(wanted + u"\n---\n"_s + pdf));
    QVERIFY2(!pdfprobe::holds(pdf, widgets::DocumentRenderer::reprintBand(1)), qPrintable(pdf));
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 1);
}

void tst_CashierWidget::wrongAmountIsRefusedWithTheReason()
{
    QVERIFY(m_widget->selectCase(casefixture::caseNumber(11)));
    const qint64 before = m_ws->store().remainingSerials(u"receipt"_s, u"HALL01"_s, 2025).value();
    auto *amount = child<QLineEdit>("amountLineEdit");
    amount->clear();
    typeText(amount, u"６０"_s); // full width, from a Chinese input method
    QVERIFY(text("amountCapitalsLabel").contains(u"陆拾元整"_s));
    QTest::keyClick(amount, Qt::Key_F9);
    const QString message = text("collectMessageLabel");
    QVERIFY2(message.contains(u"¥60.00"_s) && message.contains(u"¥62.50"_s), qPrintable(message));
    QVERIFY2(message.contains(
                 models::FeeCollection::advice(core::makeError(u"case.fee-amount-wrong"_s, {}))),
             qPrintable(message));
    QVERIFY(amount->hasFocus());
    QCOMPARE(m_ws->store().remainingSerials(u"receipt"_s, u"HALL01"_s, 2025).value(), before);
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 0);
    QVERIFY(!QFile::exists(receiptPdf()));
    screenshot(m_widget.get(), u"cashier-refused-zh_CN.png"_s);

    amount->clear();
    QTest::keyClicks(amount, u"abc"_s);
    const core::Result<QString> garbled = m_widget->collect();
    QVERIFY(!garbled.ok());
    QVERIFY(text("collectMessageLabel").contains(u"abc"_s));
}

void tst_CashierWidget::voidNeedsAReasonAndKeepsTheNumber()
{
    const QString receipt = collectByKeyboard(u"陈申请"_s, "1");
    QVERIFY2(receipt.startsWith(u"PJ"_s), qPrintable(receipt));
    m_ws->clock().set(monday(11));
    QTest::keyClick(m_widget.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_widget->currentPage(), CashierWidget::Page::Receipts);
    auto *list = child<QTableView>("receiptTableView");
    QCOMPARE(list->model()->rowCount(), 1);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
    auto *dialog = m_widget->findChild<widgets::VoidReceiptDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *confirm = dialog->findChild<QPushButton *>(u"voidConfirmButton"_s);
    QVERIFY(!confirm->isEnabled());
    auto *reason = dialog->findChild<QPlainTextEdit *>(u"voidReasonTextEdit"_s);
    QTest::keyClicks(reason, u"   "_s);
    QVERIFY(!confirm->isEnabled());
    dialog->accept(); // even when forced, nothing is voided without a reason
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(u"voidMessageLabel"_s)->text().isEmpty());
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 1);
    screenshot(dialog, u"cashier-void-dialog-zh_CN.png"_s);

    QSignalSpy voided(m_widget.get(), &CashierWidget::receiptVoided);
    reason->clear();
    typeText(reason, u"金额打印错误"_s);
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(voided.size(), 1);
    QTRY_VERIFY(!m_widget->findChild<widgets::VoidReceiptDialog *>());
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 2);

    // The number stays listed, as void with the reason; the fee is due again.
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex row = list->model()->index(0, 0);
    QCOMPARE(row.data(models::CashierReceiptModel::ReceiptNumberRole).toString(), receipt);
    QVERIFY(row.data(models::CashierReceiptModel::VoidedRole).toBool());
    QVERIFY(list->model()
                ->index(0, models::CashierReceiptModel::StatusColumn)
                .data()
                .toString()
                .contains(u"金额打印错误"_s));
    QVERIFY(!child<QPushButton>("voidReceiptButton")->isEnabled());
    QCOMPARE(child<QTableView>("feeCaseTableView")->model()->rowCount(), 3);
    screenshot(m_widget.get(), u"cashier-receipts-voided-zh_CN.png"_s);

    // Printed again, the receipt says VOID with the reason.
    activate();
    QTest::keyClick(list, Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(child<QLabel>("receiptMessageLabel")->styleSheet().contains(u"1b5e20"_s) ||
                 child<QLabel>("receiptMessageLabel")->text().contains(receipt),
             qPrintable(text("receiptMessageLabel")));
    const QString pdf = pdfprobe::flat(pdfprobe::text(receiptPdf()));
    for (const QString &wanted :
         {receipt, widgets::FeeReceiptDocument::tr("VOID", "across a voided receipt"),
          u"金额打印错误"_s, widgets::DocumentRenderer::reprintBand(1)})
        QVERIFY2(pdfprobe::holds(pdf, wanted), qPrintable(wanted + u"\n---\n"_s + pdf));

    // Voiding it twice is not offered.
    const core::Status again = m_widget->requestVoid(receipt);
    QCOMPARE(again.error().code, u"case.receipt-already-voided"_s);
}

void tst_CashierWidget::previewAndReprintAreMarked()
{
    const QString receipt = collectByKeyboard(u"张伟"_s, "3");
    QVERIFY2(receipt.startsWith(u"PJ"_s), qPrintable(receipt));
    QTest::keyClick(m_widget.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QPrintPreviewDialog *preview = nullptr;
    QTRY_VERIFY((preview = m_widget->findChild<QPrintPreviewDialog *>()) && preview->isVisible());
    preview->resize(900, 700);
    screenshot(preview, u"cashier-receipt-preview-zh_CN.png"_s);
    preview->reject();
    QTRY_VERIFY(!m_widget->findChild<QPrintPreviewDialog *>());

    const QString copy = m_dir.filePath(u"copy-%1.pdf"_s.arg(m_run));
    QVERIFY(m_widget->saveReceiptPdf(receipt, copy).ok());
    const QString pdf = pdfprobe::flat(pdfprobe::text(copy));
    QVERIFY2(pdfprobe::holds(pdf, widgets::DocumentRenderer::reprintBand(1)), qPrintable(pdf));
    QVERIFY(pdfprobe::holds(pdf, core::paymentMethodDisplayName(PaymentMethod::Transfer)));
    const QString png = m_dir.filePath(u"receipt-%1.png"_s.arg(m_run));
    QCOMPARE(pdfprobe::toPng(receiptPdf(), 1, png, 150), QString());
    QFile::copy(png, QDir::currentPath() + u"/screenshots/cashier-receipt-pdf.png"_s);
}

void tst_CashierWidget::dailySettlementMatchesAndIsSignedOff()
{
    m_ws->clock().set(monday(9, 30));
    const QString cash = collectByKeyboard(u"陈申请"_s, "1");
    m_ws->clock().set(monday(10, 0));
    const QString card = collectByKeyboard(u"刘小梅"_s, "2");
    m_ws->clock().set(monday(10, 30));
    const QString transfer = collectByKeyboard(u"张伟"_s, "3");
    for (const QString &receipt : {cash, card, transfer})
        QVERIFY2(receipt.startsWith(u"PJ"_s), qPrintable(receipt));
    m_ws->clock().set(monday(11, 0));
    voidByDialog(card, u"收款方式选错"_s);
    m_ws->clock().set(monday(11, 30));
    const QString wire = collectByKeyboard(u"刘小梅"_s, "4");
    QVERIFY2(wire.startsWith(u"PJ"_s), qPrintable(wire));
    m_ws->clock().set(monday(17, 30));

    QTest::keyClick(m_widget.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_widget->currentPage(), CashierWidget::Page::Settlement);
    const models::SettlementReport report = m_widget->currentSettlement();
    QCOMPARE(report.period(), models::SettlementPeriod::Day);
    QCOMPARE(report.from(), QDate(2025, 3, 3));
    QCOMPARE(report.cashierId(), m_ws->cashier().userId);
    const auto figures = [&report](PaymentMethod method) {
        return report.total(method);
    };
    QCOMPARE(figures(PaymentMethod::Cash).collectedCount, 1);
    QCOMPARE(figures(PaymentMethod::Cash).net(), Money::fromFen(6250));
    QCOMPARE(figures(PaymentMethod::Card).collectedCount, 1);
    QCOMPARE(figures(PaymentMethod::Card).voidedCount, 1);
    QCOMPARE(figures(PaymentMethod::Card).voided, Money::fromFen(6250));
    QCOMPARE(figures(PaymentMethod::Card).net(), Money());
    QCOMPARE(figures(PaymentMethod::Transfer).net(), Money::fromFen(6250));
    QCOMPARE(figures(PaymentMethod::Wire).net(), Money::fromFen(6250));
    QCOMPARE(report.total().collectedCount, 4);
    QCOMPARE(report.total().collected, Money::fromFen(25000));
    QCOMPARE(report.total().net(), Money::fromFen(18750));
    // The books match what the core recorded: every valid receipt of the day, summed.
    Money paidOnCases;
    const core::Result<QList<core::CaseRow>> caseRows = m_ws->store().caseRows();
    QVERIFY(caseRows.ok());
    for (const core::CaseRow &row : *caseRows) {
        const core::Result<QList<core::Event>> events = m_ws->store().caseEvents(row.caseId);
        QVERIFY(events.ok());
        paidOnCases += core::CaseState::fold(*events).feePaid();
    }
    QCOMPARE(report.total().net(), paidOnCases);

    auto *table = child<QTableView>("settlementTableView");
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(table->model()->index(4, models::SettlementModel::NetColumn).data().toString(),
             u"¥187.50"_s);
    const QString total = text("settlementTotalLabel");
    QVERIFY2(total.contains(u"¥187.50"_s) && total.contains(u"壹佰捌拾柒元伍角"_s),
             qPrintable(total));

    QSignalSpy signedOff(m_widget.get(), &CashierWidget::settlementSignedOff);
    QTest::mouseClick(child<QPushButton>("signOffButton"), Qt::LeftButton);
    auto *dialog = m_widget->findChild<widgets::SignOffDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"signOffTotalLabel"_s)->text().contains(u"¥187.50"_s));
    auto *password = dialog->findChild<QLineEdit *>(u"signOffPasswordLineEdit"_s);
    QCOMPARE(dialog->focusWidget(), password); // where the cashier types first
    typeText(password, QString::fromUtf8(tests::CashierWorkstation::password));
    screenshot(dialog, u"cashier-sign-off-dialog-zh_CN.png"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(signedOff.size(), 1);
    QTRY_VERIFY(!m_widget->findChild<widgets::SignOffDialog *>());

    const models::SettlementSignOffLog log(m_ws->profileDir());
    const std::optional<models::SettlementSignOff> recorded =
        log.latest(QDate(2025, 3, 3), m_ws->cashier().userId);
    QVERIFY(recorded);
    QCOMPARE(recorded->cashierName, u"钱收费"_s);
    QCOMPARE(recorded->signedAt, monday(17, 30));
    QCOMPARE(recorded->workstation, u"W01"_s);
    QVERIFY(recorded->matches(m_widget->currentSettlement()));
    QVERIFY(text("signOffStatusLabel").contains(u"钱收费"_s));
    screenshot(m_widget.get(), u"cashier-settlement-day-zh_CN.png"_s);

    // Printed on A4 and exported for a spreadsheet, with the same figures.
    const QString pdfPath = m_dir.filePath(u"settlement-%1.pdf"_s.arg(m_run));
    QVERIFY(m_widget->saveSettlementPdf(pdfPath).ok());
    QCOMPARE(pdfprobe::info(pdfPath).pageSizePoints.toSize(), QSize(595, 842));
    const QString pdf = pdfprobe::flat(pdfprobe::text(pdfPath));
    for (const QString &wanted : {u"钱收费"_s, u"¥187.50"_s, u"壹佰捌拾柒元伍角"_s, cash, wire,
                                  u"收款方式选错"_s, u"2025-03-03 17:30"_s})
        QVERIFY2(pdfprobe::holds(pdf, wanted), qPrintable(wanted + u"\n---\n"_s + pdf));
    const QString png = m_dir.filePath(u"settlement-%1.png"_s.arg(m_run));
    QCOMPARE(pdfprobe::toPng(pdfPath, 1, png, 100), QString());
    QFile::remove(QDir::currentPath() + u"/screenshots/cashier-settlement-pdf.png"_s);
    QFile::copy(png, QDir::currentPath() + u"/screenshots/cashier-settlement-pdf.png"_s);

    const QString csvPath = m_dir.filePath(u"settlement-%1.csv"_s.arg(m_run));
    QVERIFY(m_widget->exportSettlementCsv(csvPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 4 + 4 + 1);
    QCOMPARE(rows.first(), models::SettlementCsv::headers().join(u','));
    const QString cardName = core::paymentMethodDisplayName(PaymentMethod::Card);
    QVERIFY2(
        rows.contains(u"2025-03-03,钱收费,%1,1,62.50,1,62.50,0.00,0.00,零元整"_s.arg(cardName)),
        qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.last().endsWith(u",4,250.00,1,62.50,0.00,187.50,壹佰捌拾柒元伍角"_s),
             qPrintable(rows.last()));

    // A void after the sign-off shows as a difference from what was signed.
    m_ws->clock().set(monday(17, 45));
    voidByDialog(wire, u"重复收费"_s);
    QVERIFY(!recorded->matches(m_widget->currentSettlement()));
    QVERIFY(text("signOffStatusLabel").contains(u"钱收费"_s));
    QVERIFY(text("settlementTotalLabel").contains(u"¥125.00"_s));
}

void tst_CashierWidget::wrongPasswordDoesNotSignOff()
{
    QVERIFY(collectByKeyboard(u"陈申请"_s, "1").startsWith(u"PJ"_s));
    QTest::keyClick(m_widget.get(), Qt::Key_3, Qt::ControlModifier);
    QTest::mouseClick(child<QPushButton>("signOffButton"), Qt::LeftButton);
    auto *dialog = m_widget->findChild<widgets::SignOffDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *password = dialog->findChild<QLineEdit *>(u"signOffPasswordLineEdit"_s);
    QTest::keyClicks(password, u"not-the-password"_s);
    QTest::keyClick(password, Qt::Key_Return);
    auto *message = dialog->findChild<QLabel *>(u"signOffMessageLabel"_s);
    QTRY_VERIFY(password->isEnabled());
    QVERIFY(dialog->isVisible());
    QVERIFY(!message->text().isEmpty());
    screenshot(dialog, u"cashier-sign-off-refused-zh_CN.png"_s);
    dialog->reject();
    QVERIFY(!models::SettlementSignOffLog(m_ws->profileDir())
                 .latest(QDate(2025, 3, 3), m_ws->cashier().userId));
}

void tst_CashierWidget::weeklyAndMonthlySettlements()
{
    QVERIFY(collectByKeyboard(u"陈申请"_s, "1").startsWith(u"PJ"_s));
    m_ws->clock().set(QDateTime(QDate(2025, 3, 5), QTime(10, 0), QTimeZone(8 * 3600)));
    QVERIFY(collectByKeyboard(u"刘小梅"_s, "4").startsWith(u"PJ"_s));
    QTest::keyClick(m_widget.get(), Qt::Key_3, Qt::ControlModifier);
    auto *period = child<QComboBox>("settlementPeriodComboBox");
    auto *table = child<QTableView>("settlementTableView");

    period->setCurrentIndex(period->findData(int(models::SettlementPeriod::Week)));
    models::SettlementReport week = m_widget->currentSettlement();
    QCOMPARE(week.from(), QDate(2025, 3, 3));
    QCOMPARE(week.to(), QDate(2025, 3, 9));
    QCOMPARE(week.days(), (QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 5)}));
    QCOMPARE(week.total(PaymentMethod::Cash).net(), Money::fromFen(6250));
    QCOMPARE(week.total(PaymentMethod::Wire).net(), Money::fromFen(6250));
    QCOMPARE(table->model()->rowCount(), 2 + 4 + 1);
    QVERIFY(!table->isColumnHidden(models::SettlementModel::SignOffColumn));
    QVERIFY(!child<QPushButton>("signOffButton")->isEnabled());
    screenshot(m_widget.get(), u"cashier-settlement-week-zh_CN.png"_s);

    period->setCurrentIndex(period->findData(int(models::SettlementPeriod::Month)));
    const models::SettlementReport month = m_widget->currentSettlement();
    QCOMPARE(month.from(), QDate(2025, 3, 1));
    QCOMPARE(month.to(), QDate(2025, 3, 31));
    QCOMPARE(month.total().net(), Money::fromFen(12500));
    QVERIFY(text("settlementTotalLabel").contains(u"壹佰贰拾伍元整"_s));
    screenshot(m_widget.get(), u"cashier-settlement-month-zh_CN.png"_s);
    const QString pdfPath = m_dir.filePath(u"month-%1.pdf"_s.arg(m_run));
    QVERIFY(m_widget->saveSettlementPdf(pdfPath).ok());
    const QString pdf = pdfprobe::flat(pdfprobe::text(pdfPath));
    for (const QString &wanted : {u"2025-03"_s, u"¥125.00"_s, u"壹佰贰拾伍元整"_s, u"2025-03-05"_s})
        QVERIFY2(pdfprobe::holds(pdf, wanted), qPrintable(wanted + u"\n---\n"_s + pdf));
}

void tst_CashierWidget::settlementOfAnotherCashierCannotBeSigned()
{
    QVERIFY(collectByKeyboard(u"陈申请"_s, "1").startsWith(u"PJ"_s));
    QTest::keyClick(m_widget.get(), Qt::Key_3, Qt::ControlModifier);
    auto *cashier = child<QComboBox>("settlementCashierComboBox");
    const int all = cashier->findData(QString());
    QVERIFY(all > 0);
    cashier->setCurrentIndex(all);
    emit cashier->activated(all);
    QVERIFY(m_widget->currentSettlement().cashierId().isEmpty());
    QVERIFY(!child<QPushButton>("signOffButton")->isEnabled());
    QCOMPARE(m_widget->currentSettlement().total().net(), Money::fromFen(6250));
}

QTEST_MAIN(tst_CashierWidget)
#include "tst_cashierwidget.moc"
