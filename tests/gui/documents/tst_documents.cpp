// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DataPaths.h"
#include "core/values/MoneyWords.h"
#include "tests/gui/documents/DocumentFixture.h"
#include "tests/gui/documents/PdfProbe.h"
#include "translations/Translations.h"
#include "widgets/documents/AcceptanceReceiptDocument.h"
#include "widgets/documents/CertificateDocument.h"
#include "widgets/documents/DocumentOutput.h"
#include "widgets/documents/DocumentRenderer.h"
#include "widgets/documents/DocumentText.h"
#include "widgets/documents/FeeReceiptDocument.h"
#include "widgets/documents/RefusalDecisionDocument.h"
#include "widgets/documents/SupplementNoticeDocument.h"

#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace sunhall;
using namespace Qt::StringLiterals;
using namespace casefixture;
using widgets::PaperFormat;
using widgets::PrintableDocument;

Q_DECLARE_METATYPE(widgets::PaperFormat)
Q_DECLARE_METATYPE(casefixture::Stage)
Q_DECLARE_METATYPE(sunhall::core::ApplicantKind)

namespace {

constexpr qreal pointsPerMm = 72 / 25.4;
const QString certificatePayload = u"SUNHALL-CERT:1:ZZHALL01202500000001:食品经营许可证:"
                                   u"MEUCIQDx3bq7Yk9vQm2fXW8pL0sN1cR4tA6yZ5hE2uJ9wKoP3g"_s;

} // namespace

class tst_Documents : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void acceptanceReceipt_data();
    void acceptanceReceipt();
    void acceptanceReceiptRefusesUnacceptedCase();
    void acceptanceReceiptWithoutCalendarSaysSo();
    void progressSentence_data();
    void progressSentence();
    void maskedIdNumber_data();
    void maskedIdNumber();
    void supplementNotice();
    void supplementNoticeListsEveryMaterial();
    void supplementNoticeNeedsDeadline();
    void refusalDecision();
    void refusalDecisionNeedsRefusal();
    void feeReceipt_data();
    void feeReceipt();
    void voidedReceiptPrintsAsVoid();
    void feeReceiptUnknownNumber();
    void certificate();
    void certificateRefusals_data();
    void certificateRefusals();
    void reprintBandOnlyOnReprints_data();
    void reprintBandOnlyOnReprints();
    void negativeReprintRefused();
    void chineseSamples();

private:
    QString savePdf(const PrintableDocument &document, const QString &name, int reprint = 0);
    QString qrOfPage(const QString &pdf, int page, const QString &name);
    PrintableDocument receipt(PaperFormat paper);
    PrintableDocument feeReceiptOf(const CaseDriver &driver, PaperFormat paper);

    core::WorkingCalendar m_calendar;
};

void tst_Documents::initTestCase()
{
    auto calendar = core::WorkingCalendar::loadDirectory(core::DataPaths::calendarsDir());
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
    m_calendar = calendar.value();
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_Documents::cleanup()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English));
}

QString tst_Documents::savePdf(const PrintableDocument &document, const QString &name, int reprint)
{
    const QString path = documentfixture::buildFolder(u"documents"_s) + u'/' + name + u".pdf"_s;
    const core::Status saved = widgets::DocumentOutput::savePdf(document, path, reprint);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().message));
    return saved ? path : QString();
}

QString tst_Documents::qrOfPage(const QString &pdf, int page, const QString &name)
{
    const QString png = documentfixture::buildFolder(u"documents"_s) + u'/' + name + u".png"_s;
    if (const QString error = pdfprobe::toPng(pdf, page, png); !error.isEmpty())
        return error;
    return pdfprobe::decodeQr(png);
}

PrintableDocument tst_Documents::receipt(PaperFormat paper)
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::Review, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    auto document = widgets::AcceptanceReceiptDocument::fromCase(
        driver.state(), documentfixture::summaryOf(driver, m_calendar), driver.item(),
        documentfixture::hall());
    if (!document)
        qFatal("%s", qPrintable(document.error().message));
    return document->toPrintable(paper);
}

void tst_Documents::acceptanceReceipt_data()
{
    QTest::addColumn<PaperFormat>("paper");
    QTest::addColumn<QSizeF>("pageMm");
    QTest::newRow("80 mm roll") << PaperFormat::ReceiptRoll80mm << QSizeF(80, 0);
    QTest::newRow("A4") << PaperFormat::A4 << QSizeF(210, 297);
}

void tst_Documents::acceptanceReceipt()
{
    QFETCH(PaperFormat, paper);
    QFETCH(QSizeF, pageMm);
    const QString name =
        paper == PaperFormat::A4 ? u"acceptance-receipt-a4"_s : u"acceptance-receipt-roll"_s;
    const QString pdf = savePdf(receipt(paper), name);
    QVERIFY(!pdf.isEmpty());

    const pdfprobe::PdfInfo info = pdfprobe::info(pdf);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.pages, 1);
    QVERIFY2(qAbs(info.pageSizePoints.width() - pageMm.width() * pointsPerMm) < 1.0,
             qPrintable(u"page width %1 pt"_s.arg(info.pageSizePoints.width())));
    if (pageMm.height() > 0)
        QVERIFY(qAbs(info.pageSizePoints.height() - pageMm.height() * pointsPerMm) < 1.0);
    else // the roll is as long as the receipt, not a page
        QVERIFY2(info.pageSizePoints.height() > 100 * pointsPerMm &&
                     info.pageSizePoints.height() < 297 * pointsPerMm,
                 qPrintable(u"roll length %1 pt"_s.arg(info.pageSizePoints.height())));
    QCOMPARE(info.title, u"Acceptance receipt "_s + caseNumber(1));

    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    for (const QString &expected :
         QStringList{u"青岛市示范行政服务中心"_s, u"Acceptance receipt"_s, caseNumber(1),
                     u"SCJG-001 食品经营许可"_s, u"青岛市市场监督管理局"_s,
                     u"陈申请 (1101**********002X)"_s, u"申请书"_s, u"营业执照副本"_s,
                     u"Original × 1"_s, u"Accepted at 2025-01-20 09:00"_s,
                     u"2025-02-08 (Saturday), within 10 working day(s)"_s, u"Fee ¥62.50"_s,
                     u"Window W07"_s, u"Clerk 王窗口"_s,
                     u"To check progress, enter case number "_s + caseNumber(1) +
                         u" at zwfw.qingdao.example.cn or call 0532-12345678."_s,
                     u"Hall address: 青岛市市南区东海西路1号"_s, u"Keep this receipt"_s}) {
        QVERIFY2(pdfprobe::holds(text, expected), qPrintable(expected + u"\n---\n"_s + text));
    }
    QVERIFY2(!pdfprobe::holds(text, citizenId()), "the full ID number is on the receipt");
    QVERIFY2(!pdfprobe::holds(text, u"其他证明材料"_s), "a material not handed in is listed");
    QVERIFY(!pdfprobe::holds(text, u"REPRINT"_s));
    QCOMPARE(qrOfPage(pdf, 1, name), caseNumber(1));
}

void tst_Documents::acceptanceReceiptRefusesUnacceptedCase()
{
    QString error;
    const CaseDriver registered = documentfixture::caseAt(Stage::Registered, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto document = widgets::AcceptanceReceiptDocument::fromCase(
        registered.state(), documentfixture::summaryOf(registered, m_calendar), registered.item(),
        documentfixture::hall());
    QVERIFY(!document);
    QCOMPARE(document.error().code, u"document.case-not-accepted"_s);
    QVERIFY2(document.error().message.contains(u"陈申请"_s), qPrintable(document.error().message));

    const CaseDriver accepted = documentfixture::caseAt(Stage::Review, &error);
    auto wrongItem = widgets::AcceptanceReceiptDocument::fromCase(
        accepted.state(), documentfixture::summaryOf(accepted, m_calendar),
        item(TestItem::Immediate), documentfixture::hall());
    QVERIFY(!wrongItem);
    QCOMPARE(wrongItem.error().code, u"document.item-mismatch"_s);
    auto wrongSummary = widgets::AcceptanceReceiptDocument::fromCase(
        accepted.state(), documentfixture::summaryOf(registered, m_calendar), accepted.item(),
        documentfixture::hall());
    QVERIFY(!wrongSummary);
    QCOMPARE(wrongSummary.error().code, u"document.summary-mismatch"_s);
}

void tst_Documents::acceptanceReceiptWithoutCalendarSaysSo()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::Review, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    core::CaseSummary summary = documentfixture::summaryOf(driver, m_calendar);
    summary.promisedDue = {};
    summary.clockError = u"calendar.year-missing"_s;
    auto document = widgets::AcceptanceReceiptDocument::fromCase(
        driver.state(), summary, driver.item(), documentfixture::hall());
    QVERIFY(document);
    const QString pdf = savePdf(document->toPrintable(), u"acceptance-receipt-no-calendar"_s);
    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    QVERIFY2(pdfprobe::holds(
                 text, u"Not known yet: the hall's working calendar does not reach that far."_s),
             qPrintable(text));
}

void tst_Documents::progressSentence_data()
{
    QTest::addColumn<QString>("website");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("both") << u"zwfw.example.cn"_s << u"12345"_s
                          << u"To check progress, enter case number N at zwfw.example.cn or call "
                             u"12345."_s;
    QTest::newRow("website") << u"zwfw.example.cn"_s << QString()
                             << u"To check progress, enter case number N at zwfw.example.cn."_s;
    QTest::newRow("phone") << QString() << u"12345"_s
                           << u"To check progress, call 12345 and give case number N."_s;
    QTest::newRow("neither") << QString() << QString()
                             << u"To check progress, bring or quote case number N at any window "
                                u"of the hall."_s;
}

void tst_Documents::progressSentence()
{
    QFETCH(QString, website);
    QFETCH(QString, phone);
    QFETCH(QString, sentence);
    widgets::HallInfo hall;
    hall.website = website;
    hall.phone = phone;
    QCOMPARE(widgets::AcceptanceReceiptDocument::progressSentence(u"N"_s, hall), sentence);
}

void tst_Documents::maskedIdNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<core::ApplicantKind>("kind");
    QTest::addColumn<QString>("printed");
    QTest::newRow("citizen ID") << u"370202199001011234"_s << core::ApplicantKind::Person
                                << u"3702**********1234"_s;
    QTest::newRow("credit code stays whole")
        << creditCode() << core::ApplicantKind::Organisation << creditCode();
    QTest::newRow("too short to hide")
        << u"12345678"_s << core::ApplicantKind::Person << u"12345678"_s;
}

void tst_Documents::maskedIdNumber()
{
    QFETCH(QString, number);
    QFETCH(core::ApplicantKind, kind);
    QFETCH(QString, printed);
    QCOMPARE(widgets::DocumentText::maskedIdNumber(number, kind), printed);
}

void tst_Documents::supplementNotice()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::AwaitingSupplement, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto notice = widgets::SupplementNoticeDocument::fromCase(
        driver.state(), driver.item(), documentfixture::hall(), QDate(2025, 1, 27));
    QVERIFY2(notice, qPrintable(notice ? QString() : notice.error().message));
    QCOMPARE(notice->missing.size(), 1);
    const QString pdf = savePdf(notice->toPrintable(), u"supplement-notice"_s);
    QCOMPARE(pdfprobe::info(pdf).pages, 1);
    QCOMPARE(pdfprobe::info(pdf).pageSizePoints.toSize(), QSize(595, 842));
    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    for (
        const QString &expected : QStringList{
            u"One-time supplement notice"_s, u"陈申请 (1101**********002X):"_s,
            u"On 2025-01-20 09:00 you applied at window W07 for \"食品经营许可\" (item SCJG-001)."_s,
            u"the 1 material(s) listed below are missing or must be corrected"_s, u"营业执照副本"_s,
            u"未提交营业执照副本"_s,
            u"Please bring everything listed above to window W07 by 2025-01-27 (Monday)."_s,
            u"Article 32, paragraph 1, item (4) of the Administrative Licensing Law"_s,
            u"on the spot or within five days and all at once"_s,
            u"Questions: call 0532-12345678."_s, u"青岛市市场监督管理局"_s, u"2025-01-20"_s,
            u"Page 1 of 1"_s}) {
        QVERIFY2(pdfprobe::holds(text, expected), qPrintable(expected + u"\n---\n"_s + text));
    }
    QVERIFY2(!pdfprobe::holds(text, u"申请书"_s), "a material handed in is listed as missing");
}

void tst_Documents::supplementNoticeListsEveryMaterial()
{
    QString error;
    constexpr int count = 40;
    const CaseDriver driver = documentfixture::manyMissingMaterials(count, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto notice = widgets::SupplementNoticeDocument::fromCase(
        driver.state(), driver.item(), documentfixture::hall(), QDate(2025, 1, 27));
    QVERIFY(notice);
    const QString pdf = savePdf(notice->toPrintable(), u"supplement-notice-long"_s, 1);
    const pdfprobe::PdfInfo info = pdfprobe::info(pdf);
    QVERIFY2(info.pages >= 2, "forty materials fit on one page?");
    QStringList pages;
    for (int page = 1; page <= info.pages; ++page) {
        const QString pageText = pdfprobe::flat(pdfprobe::text(pdf, page));
        QVERIFY2(pdfprobe::holds(pageText, u"REPRINT 1"_s), qPrintable(pageText));
        QVERIFY(pdfprobe::holds(pageText, u"Page %1 of %2"_s.arg(page).arg(info.pages)));
        pages.append(pageText);
    }
    QVERIFY(!pdfprobe::holds(pages.join(u' '), u"补充材料01"_s));
    // Every row whole on one page: a row torn over a page break would leave its number on one
    // page and its material on the next.
    for (int n = 2; n <= count; ++n) {
        const QString line =
            u"%1 补充材料%2 %3 %4"_s.arg(n - 1)
                .arg(n, 2, 10, QLatin1Char('0'))
                .arg(n % 2 ? u"Original × %1"_s.arg(1 + n % 3) : u"Copy × %1"_s.arg(1 + n % 3),
                     documentfixture::problemOf(n));
        const bool onOnePage = std::any_of(pages.cbegin(), pages.cend(), [&](const QString &p) {
            return pdfprobe::holds(p, line);
        });
        QVERIFY2(onOnePage, qPrintable(line + u"\n---\n"_s + pages.join(u"\n=====\n"_s)));
    }
}

void tst_Documents::supplementNoticeNeedsDeadline()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::AwaitingSupplement, &error);
    auto noDate = widgets::SupplementNoticeDocument::fromCase(driver.state(), driver.item(),
                                                              documentfixture::hall(), QDate());
    QVERIFY(!noDate);
    QCOMPARE(noDate.error().code, u"document.deadline-missing"_s);
    QCOMPARE(noDate.error().field, u"supplementBy"_s);
    auto early = widgets::SupplementNoticeDocument::fromCase(
        driver.state(), driver.item(), documentfixture::hall(), QDate(2025, 1, 19));
    QVERIFY(!early);
    QCOMPARE(early.error().code, u"document.deadline-before-notice"_s);

    const CaseDriver accepted = documentfixture::caseAt(Stage::Review, &error);
    auto none = widgets::SupplementNoticeDocument::fromCase(
        accepted.state(), accepted.item(), documentfixture::hall(), QDate(2025, 1, 27));
    QVERIFY(!none);
    QCOMPARE(none.error().code, u"document.no-supplement-notice"_s);
}

void tst_Documents::refusalDecision()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::Refused, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto decision = widgets::RefusalDecisionDocument::fromCase(driver.state(), driver.item(),
                                                               documentfixture::hall());
    QVERIFY(decision);
    const QString pdf = savePdf(decision->toPrintable(), u"refusal-decision"_s);
    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    for (const QString &expected : QStringList{
             u"Decision not to accept an application"_s, u"陈申请 (1101**********002X):"_s,
             u"you applied for \"食品经营许可\" (item SCJG-001)"_s,
             u"青岛市市场监督管理局 has decided not to accept it, for the following reason:"_s,
             u"不属于本部门受理范围"_s, u"Article 32 of the Administrative Licensing Law"_s,
             u"you may apply to 青岛市人民政府 for administrative review within 60 days of "
             u"receiving it, under the Administrative Reconsideration Law of the People's Republic "
             u"of China"_s,
             u"bring an administrative lawsuit before 青岛市市南区人民法院 within 6 months of "
             u"receiving it, under the Administrative Litigation Law of the People's Republic of "
             u"China"_s,
             u"(seal) 2025-01-20"_s}) {
        QVERIFY2(pdfprobe::holds(text, expected), qPrintable(expected + u"\n---\n"_s + text));
    }

    widgets::RefusalDecisionDocument unnamed = decision.value();
    unnamed.reviewBody.clear();
    unnamed.court.clear();
    QVERIFY(unnamed.rightsSentence().contains(
        u"apply to the administrative review body for administrative review within 60 days"_s));
    QVERIFY(unnamed.rightsSentence().contains(u"before a people's court within 6 months"_s));
}

void tst_Documents::refusalDecisionNeedsRefusal()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::Review, &error);
    auto decision = widgets::RefusalDecisionDocument::fromCase(driver.state(), driver.item(),
                                                               documentfixture::hall());
    QVERIFY(!decision);
    QCOMPARE(decision.error().code, u"document.case-not-refused"_s);
}

PrintableDocument tst_Documents::feeReceiptOf(const CaseDriver &driver, PaperFormat paper)
{
    auto receipt = widgets::FeeReceiptDocument::fromCase(
        driver.state(), driver.item(), receiptNumber(1), documentfixture::hall(), u"钱收费"_s);
    if (!receipt)
        qFatal("%s", qPrintable(receipt.error().message));
    return receipt->toPrintable(paper);
}

void tst_Documents::feeReceipt_data()
{
    QTest::addColumn<PaperFormat>("paper");
    QTest::newRow("80 mm roll") << PaperFormat::ReceiptRoll80mm;
    QTest::newRow("A4") << PaperFormat::A4;
}

void tst_Documents::feeReceipt()
{
    QFETCH(PaperFormat, paper);
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::AtPrint, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString name = paper == PaperFormat::A4 ? u"fee-receipt-a4"_s : u"fee-receipt-roll"_s;
    const QString pdf = savePdf(feeReceiptOf(driver, paper), name);
    const pdfprobe::PdfInfo info = pdfprobe::info(pdf);
    QCOMPARE(info.pages, 1);
    const qreal widthMm = paper == PaperFormat::A4 ? 210 : 80;
    QVERIFY(qAbs(info.pageSizePoints.width() - widthMm * pointsPerMm) < 1.0);
    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    QCOMPARE(core::moneyInCapitals(core::Money::fromFen(6250)), u"陆拾贰元伍角"_s);
    for (const QString &expected :
         QStringList{u"Fee receipt"_s, u"Receipt number "_s + receiptNumber(1),
                     u"Case number "_s + caseNumber(1), u"Payer 陈申请"_s, u"许可费 F1 ¥50.00"_s,
                     u"工本费 F2 ¥12.50"_s, u"Total ¥62.50"_s, u"In capitals RMB 陆拾贰元伍角"_s,
                     u"Paid by Cash"_s, u"Cashier 钱收费"_s, u"Paid at 2025-01-20 09:00"_s}) {
        QVERIFY2(pdfprobe::holds(text, expected), qPrintable(expected + u"\n---\n"_s + text));
    }
    QVERIFY(!pdfprobe::holds(text, u"VOID"_s));
}

void tst_Documents::voidedReceiptPrintsAsVoid()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::ReceiptVoided, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString pdf =
        savePdf(feeReceiptOf(driver, PaperFormat::ReceiptRoll80mm), u"fee-receipt-void"_s);
    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    QVERIFY2(pdfprobe::holds(text, u"VOID: this receipt was cancelled (金额打印错误) and is not "
                                   u"proof of payment."_s),
             qPrintable(text));
    QVERIFY(pdfprobe::holds(text, u"Total ¥62.50"_s));
    QVERIFY(pdfprobe::holds(text, receiptNumber(1)));
}

void tst_Documents::feeReceiptUnknownNumber()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::AtPrint, &error);
    auto receipt = widgets::FeeReceiptDocument::fromCase(
        driver.state(), driver.item(), receiptNumber(2), documentfixture::hall(), u"钱收费"_s);
    QVERIFY(!receipt);
    QCOMPARE(receipt.error().code, u"document.receipt-unknown"_s);
    QCOMPARE(receipt.error().field, u"receiptNumber"_s);
}

void tst_Documents::certificate()
{
    QString error;
    const CaseDriver driver = documentfixture::caseAt(Stage::AtIssue, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto certificate = widgets::CertificateDocument::fromCase(
        driver.state(), driver.item(), documentfixture::hall(), certificatePayload,
        {u"经营项目：预包装食品销售"_s, u"主体业态：食品销售经营者"_s});
    QVERIFY2(certificate, qPrintable(certificate ? QString() : certificate.error().message));
    QCOMPARE(certificate->validUntil, QDate(2030, 1, 19));
    const QString pdf = savePdf(certificate->toPrintable(), u"certificate"_s);
    QCOMPARE(pdfprobe::info(pdf).pages, 1);
    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    for (const QString &expected :
         QStringList{u"食品经营许可证"_s, u"No. "_s + certificateNumber(1), u"Holder 陈申请"_s,
                     u"ID number "_s + citizenId(), u"Approved: 食品经营许可 (item SCJG-001)"_s,
                     u"经营项目：预包装食品销售"_s, u"主体业态：食品销售经营者"_s,
                     u"Valid From 2025-01-20 to 2030-01-19"_s, u"Case number "_s + caseNumber(1),
                     u"Scan to verify this certificate"_s, u"青岛市市场监督管理局"_s}) {
        QVERIFY2(pdfprobe::holds(text, expected), qPrintable(expected + u"\n---\n"_s + text));
    }
    QCOMPARE(qrOfPage(pdf, 1, u"certificate"_s), certificatePayload);
}

void tst_Documents::certificateRefusals_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("code");
    QTest::newRow("not decided") << Stage::Review << certificatePayload
                                 << u"document.case-not-approved"_s;
    QTest::newRow("denied") << Stage::DeniedAtConclude << certificatePayload
                            << u"document.case-not-approved"_s;
    QTest::newRow("no number yet")
        << Stage::AtPrint << certificatePayload << u"document.certificate-number-missing"_s;
    QTest::newRow("payload too long") << Stage::AtIssue << QString(3000, u'x') << u"qr.too-long"_s;
    QTest::newRow("no payload") << Stage::AtIssue << QString() << u"qr.empty"_s;
}

void tst_Documents::certificateRefusals()
{
    QFETCH(Stage, stage);
    QFETCH(QString, payload);
    QFETCH(QString, code);
    QString error;
    const CaseDriver driver = documentfixture::caseAt(stage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto certificate = widgets::CertificateDocument::fromCase(driver.state(), driver.item(),
                                                              documentfixture::hall(), payload);
    QVERIFY(!certificate);
    QCOMPARE(certificate.error().code, code);
}

void tst_Documents::reprintBandOnlyOnReprints_data()
{
    QTest::addColumn<int>("reprint");
    QTest::addColumn<PaperFormat>("paper");
    QTest::newRow("original, roll") << 0 << PaperFormat::ReceiptRoll80mm;
    QTest::newRow("first reprint, roll") << 1 << PaperFormat::ReceiptRoll80mm;
    QTest::newRow("original, A4") << 0 << PaperFormat::A4;
    QTest::newRow("third reprint, A4") << 3 << PaperFormat::A4;
}

void tst_Documents::reprintBandOnlyOnReprints()
{
    QFETCH(int, reprint);
    QFETCH(PaperFormat, paper);
    const QString name = u"reprint-%1-%2"_s.arg(reprint).arg(int(paper));
    const QString pdf = savePdf(receipt(paper), name, reprint);
    const QString text = pdfprobe::flat(pdfprobe::text(pdf));
    const QString band = u"REPRINT %1 · a copy, not the original"_s.arg(reprint);
    QCOMPARE(pdfprobe::holds(text, band), reprint > 0);
    QCOMPARE(pdfprobe::holds(text, u"REPRINT"_s), reprint > 0);
    // The band must not push the QR code off the page or out of reach of a reader.
    QCOMPARE(qrOfPage(pdf, 1, name), caseNumber(1));
}

void tst_Documents::negativeReprintRefused()
{
    const QString path = documentfixture::buildFolder(u"documents"_s) + u"/negative.pdf"_s;
    const core::Status saved = widgets::DocumentOutput::savePdf(receipt(PaperFormat::A4), path, -1);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, u"document.reprint-negative"_s);
    QCOMPARE(saved.error().field, u"reprint"_s);
}

void tst_Documents::chineseSamples()
{
    QCOMPARE(
        i18n::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
        u"zh_CN"_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QString error;
    const CaseDriver accepted = documentfixture::caseAt(Stage::Review, &error);
    const CaseDriver supplement = documentfixture::caseAt(Stage::AwaitingSupplement, &error);
    const CaseDriver refused = documentfixture::caseAt(Stage::Refused, &error);
    const CaseDriver paid = documentfixture::caseAt(Stage::AtIssue, &error);
    const CaseDriver voided = documentfixture::caseAt(Stage::ReceiptVoided, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const widgets::HallInfo hall = documentfixture::hall();
    const auto receipt = widgets::AcceptanceReceiptDocument::fromCase(
        accepted.state(), documentfixture::summaryOf(accepted, m_calendar), accepted.item(), hall);
    const auto notice = widgets::SupplementNoticeDocument::fromCase(
        supplement.state(), supplement.item(), hall, QDate(2025, 1, 27));
    const auto decision =
        widgets::RefusalDecisionDocument::fromCase(refused.state(), refused.item(), hall);
    const auto fee = widgets::FeeReceiptDocument::fromCase(paid.state(), paid.item(),
                                                           receiptNumber(1), hall, u"钱收费"_s);
    const auto voidFee = widgets::FeeReceiptDocument::fromCase(voided.state(), voided.item(),
                                                               receiptNumber(1), hall, u"钱收费"_s);
    const auto certificate = widgets::CertificateDocument::fromCase(
        paid.state(), paid.item(), hall, certificatePayload, {u"经营项目：预包装食品销售"_s});
    QVERIFY(receipt && notice && decision && fee && voidFee && certificate);

    const QList<std::tuple<QString, PrintableDocument, int, QString>> samples = {
        {u"acceptance-receipt-roll"_s, receipt->toPrintable(), 0, caseNumber(1)},
        {u"acceptance-receipt-a4-reprint"_s, receipt->toPrintable(PaperFormat::A4), 2,
         caseNumber(1)},
        {u"supplement-notice"_s, notice->toPrintable(), 0, u"营业执照副本"_s},
        {u"refusal-decision"_s, decision->toPrintable(), 0, u"不属于本部门受理范围"_s},
        {u"fee-receipt-roll"_s, fee->toPrintable(), 0, u"陆拾贰元伍角"_s},
        {u"fee-receipt-roll-void"_s, voidFee->toPrintable(), 0, u"金额打印错误"_s},
        {u"fee-receipt-a4"_s, fee->toPrintable(PaperFormat::A4), 0, u"陆拾贰元伍角"_s},
        {u"certificate"_s, certificate->toPrintable(), 0, certificateNumber(1)},
    };
    const QString screenshots = documentfixture::buildFolder(u"screenshots"_s);
    for (const auto &[name, document, reprint, expected] : samples) {
        const QString pdf = savePdf(document, u"zh_CN-"_s + name, reprint);
        QVERIFY(!pdf.isEmpty());
        const QString text = pdfprobe::compact(pdfprobe::text(pdf));
        QVERIFY2(pdfprobe::holds(text, expected), qPrintable(name + u": "_s + text));
        QVERIFY2(pdfprobe::holds(text, u"青岛市"_s), qPrintable(name + u": "_s + text));
        const QString png = screenshots + u"/document-"_s + name + u"-zh_CN.png"_s;
        QCOMPARE(pdfprobe::toPng(pdf, 1, png, 110), QString());
        qInfo("screenshot: %s", qPrintable(png));
    }
    const QString receiptPdf =
        documentfixture::buildFolder(u"documents"_s) + u"/zh_CN-acceptance-receipt-roll.pdf"_s;
    QCOMPARE(qrOfPage(receiptPdf, 1, u"zh_CN-receipt-qr"_s), caseNumber(1));
}

QTEST_MAIN(tst_Documents)
#include "tst_documents.moc"
