// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/CashierWidget.h"

#include "core/common/Clock.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "models/CashierBook.h"
#include "models/FeeCollection.h"
#include "models/FeeReceiptPrintLog.h"
#include "models/SettlementCsv.h"
#include "models/SettlementSignOffLog.h"
#include "widgets/cashier/FeeCollectPage.h"
#include "widgets/cashier/ReceiptListPage.h"
#include "widgets/cashier/ReceiptOutput.h"
#include "widgets/cashier/SettlementPage.h"
#include "widgets/cashier/VoidReceiptDialog.h"
#include "widgets/documents/DocumentOutput.h"
#include "widgets/documents/HallInfo.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sunhall::widgets {

CashierWidget::CashierWidget(core::LocalStore &store, core::SyncEngine &engine,
                             core::Catalogue catalogue, const core::Clock &clock, core::Actor actor,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_engine(engine)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_catalogue(std::move(catalogue))
{
    setObjectName(QStringLiteral("cashierWidget"));
    m_book = std::make_unique<models::CashierBook>(store, clock.now().timeZone());
    m_collection = std::make_unique<models::FeeCollection>(
        [&engine](core::Command command) { return engine.submit(std::move(command)); },
        [&engine]() { return engine.takeNumber(core::DocumentNumber::Kind::Receipt); }, clock,
        m_actor, engine.profile().workstation());
    const QString folder = engine.profile().directory();
    m_printLog = std::make_unique<models::FeeReceiptPrintLog>(folder);
    m_signOffs = std::make_unique<models::SettlementSignOffLog>(folder);
    m_receipts = std::make_unique<ReceiptOutput>(*m_book, *m_printLog);
    m_receipts->setHall(HallInfo::fromCatalogue(m_catalogue));
    m_receiptPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_reportPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);

    const core::Status loaded = m_book->reload();
    const core::Status counted = m_printLog->load();
    createPages();
    createShortcuts();
    connect(&engine, &core::SyncEngine::casesChanged, this, &CashierWidget::casesChanged);
    if (!loaded)
        m_collectPage->showMessage(loaded.error().message, true);
    else if (!counted)
        m_collectPage->showMessage(counted.error().message, true);
    m_collectPage->focusSearch();
}

CashierWidget::~CashierWidget() = default;

void CashierWidget::createPages()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cashierTabWidget"));
    m_collectPage = new FeeCollectPage(*m_book, *m_collection, m_tabs);
    m_receiptPage = new ReceiptListPage(*m_book, m_clock.today(), m_tabs);
    m_settlementPage = new SettlementPage(*m_book, *m_signOffs, m_store, m_clock, m_actor,
                                          m_engine.profile().workstation(), m_tabs);
    m_settlementPage->setHallName(m_catalogue.hallName);
    m_tabs->addTab(m_collectPage, tr("Collect (Ctrl+1)"));
    m_tabs->addTab(m_receiptPage, tr("Receipts (Ctrl+2)"));
    m_tabs->addTab(m_settlementPage, tr("Settlement (Ctrl+3)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_collectPage, &FeeCollectPage::collected, this,
            [this](const QString &number) { afterCollection(number); });
    connect(m_collectPage, &FeeCollectPage::printRequested, this,
            [this](const QString &number) { report(printReceipt(number), {}); });
    connect(m_collectPage, &FeeCollectPage::previewRequested, this,
            [this](const QString &number) { report(previewReceipt(number), {}); });
    connect(m_collectPage, &FeeCollectPage::savePdfRequested, this,
            &CashierWidget::saveReceiptInteractive);
    connect(m_receiptPage, &ReceiptListPage::voidRequested, this,
            [this](const QString &number) { report(requestVoid(number), {}); });
    connect(m_receiptPage, &ReceiptListPage::printRequested, this,
            [this](const QString &number) { report(printReceipt(number), {}); });
    connect(m_receiptPage, &ReceiptListPage::previewRequested, this,
            [this](const QString &number) { report(previewReceipt(number), {}); });
    connect(m_receiptPage, &ReceiptListPage::savePdfRequested, this,
            &CashierWidget::saveReceiptInteractive);
    connect(m_settlementPage, &SettlementPage::signedOff, this,
            &CashierWidget::settlementSignedOff);
    connect(m_settlementPage, &SettlementPage::printRequested, this,
            &CashierWidget::printSettlement);
    connect(m_settlementPage, &SettlementPage::previewRequested, this,
            &CashierWidget::previewSettlement);
    connect(m_settlementPage, &SettlementPage::savePdfRequested, this,
            &CashierWidget::saveSettlementInteractive);
    connect(m_settlementPage, &SettlementPage::exportCsvRequested, this,
            &CashierWidget::exportCsvInteractive);
}

void CashierWidget::createShortcuts()
{
    const auto add = [this](const QString &name, const QString &text, const QKeySequence &keys,
                            auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QStringLiteral("findCaseAction"), tr("Find case"), QKeySequence::Find, [this]() {
        showPage(Page::Collect);
        m_collectPage->focusSearch();
    });
    add(QStringLiteral("collectAction"), tr("Collect"), QKeySequence(Qt::Key_F9), [this]() {
        if (currentPage() == Page::Collect)
            (void)collect();
    });
    add(QStringLiteral("voidReceiptAction"), tr("Void receipt"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this]() {
            if (currentPage() == Page::Receipts)
                report(requestVoid(m_receiptPage->currentReceipt()), {});
        });
    add(QStringLiteral("printAction"), tr("Print"), QKeySequence::Print,
        [this]() { printCurrent(); });
    add(QStringLiteral("previewAction"), tr("Print preview"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this]() { previewCurrent(); });
    add(QStringLiteral("savePdfAction"), tr("Save as PDF"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this]() { savePdfCurrent(); });
    add(QStringLiteral("exportCsvAction"), tr("Export CSV"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this]() {
            if (currentPage() == Page::Settlement)
                exportCsvInteractive();
        });
    add(QStringLiteral("reloadAction"), tr("Read the books again"), QKeySequence::Refresh,
        [this]() { report(reload(), {}); });
    const QList<Page> pages{Page::Collect, Page::Receipts, Page::Settlement};
    for (int i = 0; i < pages.size(); ++i) {
        const Page page = pages.at(i);
        add(QStringLiteral("showPage%1Action").arg(i + 1), tr("Page %1").arg(i + 1),
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, page]() { showPage(page); });
    }
}

void CashierWidget::setCatalogue(core::Catalogue catalogue)
{
    m_catalogue = std::move(catalogue);
    m_receipts->setHall(HallInfo::fromCatalogue(m_catalogue));
    m_settlementPage->setHallName(m_catalogue.hallName);
}

void CashierWidget::setReceiptPaper(PaperFormat paper)
{
    m_receipts->setPaper(paper);
}

QPrinter &CashierWidget::receiptPrinter()
{
    return *m_receiptPrinter;
}

QPrinter &CashierWidget::reportPrinter()
{
    return *m_reportPrinter;
}

void CashierWidget::setPrintAfterCollecting(bool print)
{
    m_collectPage->setPrintAfterCollecting(print);
}

void CashierWidget::showPage(Page page)
{
    switch (page) {
    case Page::Collect:
        m_tabs->setCurrentWidget(m_collectPage);
        return;
    case Page::Receipts:
        m_tabs->setCurrentWidget(m_receiptPage);
        return;
    case Page::Settlement:
        m_tabs->setCurrentWidget(m_settlementPage);
        return;
    }
}

CashierWidget::Page CashierWidget::currentPage() const
{
    if (m_tabs->currentWidget() == m_receiptPage)
        return Page::Receipts;
    if (m_tabs->currentWidget() == m_settlementPage)
        return Page::Settlement;
    return Page::Collect;
}

core::Status CashierWidget::reload()
{
    const core::Status loaded = m_book->reload();
    refreshPages();
    return loaded;
}

void CashierWidget::casesChanged(const QList<QUuid> &caseIds)
{
    if (core::Status read = m_book->refresh(caseIds); !read)
        m_collectPage->showMessage(read.error().message, true);
    refreshPages();
}

void CashierWidget::refreshPages()
{
    m_collectPage->refresh();
    m_receiptPage->refresh();
    m_settlementPage->refresh();
}

bool CashierWidget::selectCase(const QString &caseNumber)
{
    showPage(Page::Collect);
    return m_collectPage->selectCase(caseNumber);
}

core::Result<QString> CashierWidget::collect()
{
    showPage(Page::Collect);
    return m_collectPage->collect();
}

QString CashierWidget::lastReceiptNumber() const
{
    return m_collectPage->lastReceiptNumber();
}

void CashierWidget::afterCollection(const QString &receiptNumber)
{
    refreshPages();
    m_receiptPage->selectReceipt(receiptNumber);
    emit receiptCollected(receiptNumber);
    if (!m_collectPage->printAfterCollecting())
        return;
    if (core::Status printed = printReceipt(receiptNumber); !printed) {
        m_collectPage->showMessage(tr("Receipt %1 is issued, but it was not printed: %2")
                                       .arg(receiptNumber, printed.error().message),
                                   true);
        return;
    }
    m_collectPage->showMessage(tr("Collected. Receipt %1 issued and printed.").arg(receiptNumber),
                               false);
}

core::Status CashierWidget::printReceipt(const QString &receiptNumber)
{
    if (receiptNumber.isEmpty()) {
        return core::makeError(QStringLiteral("cashier.no-receipt"), tr("Choose a receipt first."),
                               QStringLiteral("receiptNumber"));
    }
    if (m_receiptPrinter->outputFormat() == QPrinter::NativeFormat &&
        QPrinterInfo::availablePrinterNames().isEmpty()) {
        return core::makeError(QStringLiteral("printer.none"),
                               tr("No printer is set up on this workstation. Preview the "
                                  "receipt or save it as PDF, and ask the hall's IT to set up "
                                  "the receipt printer."));
    }
    return m_receipts->print(receiptNumber, *m_receiptPrinter);
}

core::Status CashierWidget::saveReceiptPdf(const QString &receiptNumber, const QString &path)
{
    return m_receipts->savePdf(receiptNumber, path);
}

core::Status CashierWidget::previewReceipt(const QString &receiptNumber)
{
    core::Result<QPrintPreviewDialog *> dialog = m_receipts->preview(receiptNumber, this);
    if (!dialog)
        return dialog.error();
    (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
    (*dialog)->open();
    return core::Status::success();
}

core::Status CashierWidget::requestVoid(const QString &receiptNumber)
{
    const std::optional<models::FeeLedgerEntry> receipt = m_book->receipt(receiptNumber);
    const std::optional<models::FeeCase> feeCase =
        receipt ? m_book->feeCase(receipt->caseId) : std::nullopt;
    if (!receipt || !feeCase) {
        return core::makeError(QStringLiteral("cashier.no-receipt"),
                               tr("Choose the receipt to void first."),
                               QStringLiteral("receiptNumber"));
    }
    if (m_book->voidOf(receiptNumber)) {
        return core::makeError(QStringLiteral("case.receipt-already-voided"),
                               tr("Receipt %1 is already voided.").arg(receiptNumber),
                               QStringLiteral("receiptNumber"));
    }
    auto *dialog = new VoidReceiptDialog(
        *receipt,
        [this, feeCase, receiptNumber](const QString &reason) {
            return m_collection->voidReceipt(*feeCase, receiptNumber, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, receiptNumber]() {
        refreshPages();
        m_receiptPage->selectReceipt(receiptNumber);
        m_receiptPage->showMessage(tr("Receipt %1 is voided; its number stays recorded. Print it "
                                      "to mark the paper copy VOID.")
                                       .arg(receiptNumber),
                                   false);
        emit receiptVoided(receiptNumber);
    });
    dialog->open();
    return core::Status::success();
}

models::SettlementReport CashierWidget::currentSettlement() const
{
    return m_settlementPage->report();
}

core::Status CashierWidget::saveSettlementPdf(const QString &path)
{
    return DocumentOutput::savePdf(m_settlementPage->document().toPrintable(), path);
}

core::Status CashierWidget::exportSettlementCsv(const QString &path)
{
    return models::SettlementCsv::save(m_settlementPage->report(), path);
}

QString CashierWidget::currentReceiptNumber() const
{
    return currentPage() == Page::Receipts ? m_receiptPage->currentReceipt()
                                           : m_collectPage->lastReceiptNumber();
}

void CashierWidget::printCurrent()
{
    if (currentPage() == Page::Settlement)
        return printSettlement();
    report(printReceipt(currentReceiptNumber()), {});
}

void CashierWidget::previewCurrent()
{
    if (currentPage() == Page::Settlement)
        return previewSettlement();
    report(previewReceipt(currentReceiptNumber()), {});
}

void CashierWidget::savePdfCurrent()
{
    if (currentPage() == Page::Settlement)
        return saveSettlementInteractive();
    saveReceiptInteractive(currentReceiptNumber());
}

void CashierWidget::printSettlement()
{
    if (m_reportPrinter->outputFormat() == QPrinter::NativeFormat &&
        QPrinterInfo::availablePrinterNames().isEmpty()) {
        return report(core::makeError(QStringLiteral("printer.none"),
                                      tr("No printer is set up on this workstation. Preview "
                                         "the settlement or save it as PDF.")),
                      {});
    }
    report(DocumentOutput::print(m_settlementPage->document().toPrintable(), *m_reportPrinter),
           tr("The settlement was sent to the printer."));
}

void CashierWidget::previewSettlement()
{
    QPrintPreviewDialog *dialog =
        DocumentOutput::createPreview(m_settlementPage->document().toPrintable(), 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

namespace {

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

} // namespace

void CashierWidget::saveReceiptInteractive(const QString &receiptNumber)
{
    if (receiptNumber.isEmpty())
        return report(printReceipt(receiptNumber), {});
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save receipt %1 as PDF").arg(receiptNumber),
        QDir(documentsFolder()).filePath(receiptNumber + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        report(saveReceiptPdf(receiptNumber, path), tr("Receipt saved as %1.").arg(path));
}

void CashierWidget::saveSettlementInteractive()
{
    const models::SettlementReport shown = m_settlementPage->report();
    const QString name = models::SettlementReport::periodName(shown.period()) + QLatin1Char(' ') +
                         shown.periodText() + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the settlement as PDF"),
                                                      QDir(documentsFolder()).filePath(name),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        report(saveSettlementPdf(path), tr("Settlement saved as %1.").arg(path));
}

void CashierWidget::exportCsvInteractive()
{
    const models::SettlementReport shown = m_settlementPage->report();
    const QString name = models::SettlementReport::periodName(shown.period()) + QLatin1Char(' ') +
                         shown.periodText() + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the settlement as CSV"),
                                                      QDir(documentsFolder()).filePath(name),
                                                      tr("CSV files for spreadsheets (*.csv)"));
    if (!path.isEmpty())
        report(exportSettlementCsv(path), tr("Settlement exported as %1.").arg(path));
}

void CashierWidget::report(const core::Status &status, const QString &success)
{
    if (status && success.isEmpty())
        return;
    const QString text = status ? success : models::FeeCollection::explain(status.error());
    switch (currentPage()) {
    case Page::Collect:
        return m_collectPage->showMessage(text, !status);
    case Page::Receipts:
        return m_receiptPage->showMessage(text, !status);
    case Page::Settlement:
        return m_settlementPage->showMessage(text, !status);
    }
}

} // namespace sunhall::widgets
