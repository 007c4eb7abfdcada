// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/documents/DocumentFixture.h"
#include "tests/gui/documents/PdfProbe.h"
#include "widgets/documents/DocumentOutput.h"
#include "widgets/documents/DocumentRenderer.h"
#include "widgets/documents/SupplementNoticeDocument.h"

#include <QApplication>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>
#include <QTimer>

using namespace sunhall;
using namespace Qt::StringLiterals;
using widgets::PaperFormat;
using widgets::PrintableDocument;

class tst_DocumentOutput : public QObject
{
    Q_OBJECT
private slots:
    void printToPrinter();
    void printRollToPrinter();
    void previewShowsEveryPage();
    void previewRunsModally();
    void unwritablePathIsNamed();
    void lowResolutionRefused();

private:
    static PrintableDocument longNotice();
    static PrintableDocument shortRoll();
    static QString path(const QString &name);
};

PrintableDocument tst_DocumentOutput::longNotice()
{
    QString error;
    const casefixture::CaseDriver driver = documentfixture::manyMissingMaterials(40, &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    auto notice = widgets::SupplementNoticeDocument::fromCase(
        driver.state(), driver.item(), documentfixture::hall(), QDate(2025, 1, 27));
    if (!notice)
        qFatal("%s", qPrintable(notice.error().message));
    return notice->toPrintable();
}

PrintableDocument tst_DocumentOutput::shortRoll()
{
    PrintableDocument document;
    document.paper = PaperFormat::ReceiptRoll80mm;
    document.title = u"Roll"_s;
    document.html = u"<p>第一行</p><p>Last line</p>"_s;
    return document;
}

QString tst_DocumentOutput::path(const QString &name)
{
    return documentfixture::buildFolder(u"documents"_s) + u'/' + name;
}

void tst_DocumentOutput::printToPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(u"printed-notice.pdf"_s));
    const core::Status printed = widgets::DocumentOutput::print(longNotice(), printer, 2);
    QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().message));
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QVERIFY(printer.docName().startsWith(u"One-time supplement notice"_s));
    const pdfprobe::PdfInfo info = pdfprobe::info(printer.outputFileName());
    QVERIFY2(info.pages >= 2, qPrintable(info.error));
    QCOMPARE(info.pageSizePoints.toSize(), QSize(595, 842));
    const QString text = pdfprobe::flat(pdfprobe::text(printer.outputFileName(), info.pages));
    QVERIFY2(pdfprobe::holds(text, u"REPRINT 2"_s), qPrintable(text));
    QVERIFY(pdfprobe::holds(text, u"补充材料40"_s));
}

void tst_DocumentOutput::printRollToPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(u"printed-roll.pdf"_s));
    QVERIFY(widgets::DocumentOutput::print(shortRoll(), printer));
    const pdfprobe::PdfInfo info = pdfprobe::info(printer.outputFileName());
    QCOMPARE(info.pages, 1);
    QVERIFY(qAbs(info.pageSizePoints.width() - 80 * 72 / 25.4) < 1.0);
    // Two short lines and the margins: a few centimetres of paper, not a page.
    QVERIFY2(info.pageSizePoints.height() < 40 * 72 / 25.4,
             qPrintable(QString::number(info.pageSizePoints.height())));
    const QString text = pdfprobe::flat(pdfprobe::text(printer.outputFileName()));
    QVERIFY(pdfprobe::holds(text, u"第一行 Last line"_s));
}

void tst_DocumentOutput::previewShowsEveryPage()
{
    std::unique_ptr<QPrintPreviewDialog> dialog(
        widgets::DocumentOutput::createPreview(longNotice(), 1, nullptr));
    QCOMPARE(dialog->objectName(), u"documentPrintPreviewDialog"_s);
    dialog->resize(900, 1000);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    QTRY_VERIFY(preview->pageCount() >= 2);
    QVERIFY(dialog->windowTitle().contains(u"One-time supplement notice"_s));
    const QString shot =
        documentfixture::buildFolder(u"screenshots"_s) + u"/document-print-preview.png"_s;
    QVERIFY(dialog->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
}

void tst_DocumentOutput::previewRunsModally()
{
    bool sawPages = false;
    QTimer::singleShot(0, this, [&sawPages] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        sawPages = preview && preview->pageCount() == 1;
        dialog->reject();
    });
    QVERIFY(!widgets::DocumentOutput::preview(shortRoll(), 0, nullptr));
    QVERIFY(sawPages);
}

void tst_DocumentOutput::unwritablePathIsNamed()
{
    const QString missing = u"/nonexistent-folder/receipt.pdf"_s;
    const core::Status saved = widgets::DocumentOutput::savePdf(shortRoll(), missing);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, u"document.output-failed"_s);
    QCOMPARE(saved.error().field, u"path"_s);
    QVERIFY(saved.error().message.contains(missing));
}

void tst_DocumentOutput::lowResolutionRefused()
{
    const core::Status saved =
        widgets::DocumentOutput::savePdf(shortRoll(), path(u"low.pdf"_s), 0, 150);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, u"document.resolution-low"_s);
    QCOMPARE(saved.error().field, u"resolution"_s);
}

QTEST_MAIN(tst_DocumentOutput)
#include "tst_documentoutput.moc"
