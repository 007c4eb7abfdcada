// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Result.h"
#include "models/SettlementReport.h"
#include "models/SettlementSignOff.h"
#include "widgets/documents/PrintableDocument.h"

#include <QList>
#include <QUuid>
#include <QWidget>

#include <memory>

class QPrinter;
class QTabWidget;

namespace sunhall::core {
class Clock;
class LocalStore;
class SyncEngine;
} // namespace sunhall::core

namespace sunhall::models {
class CashierBook;
class FeeCollection;
class FeeReceiptPrintLog;
class SettlementSignOffLog;
} // namespace sunhall::models

namespace sunhall::widgets {

class FeeCollectPage;
class ReceiptListPage;
class ReceiptOutput;
class SettlementPage;

/// The cashier's screen (收费, DOMAIN.md §5), made for the keyboard. Three pages:
/// - Collect: the cases with fees due, found by case number or applicant (Ctrl+F, Enter); the
///   chosen case's fees with their legal basis and what is due; collection by cash, card,
///   transfer or wire (F9), the amount being the standard fee unless a reduction with its
///   legal basis is entered; the receipt number comes from the workstation's leased range and
///   the fee receipt (收费票据) is printed at once on receiptPrinter().
/// - Receipts: the day's receipts, valid or void; void with a reason (Ctrl+D), reprint.
/// - Settlement: daily settlement per cashier and method with the cashier's sign-off, weekly
///   reconciliation and monthly summary; printed on A4 and exported as CSV (Ctrl+E).
/// Ctrl+1/2/3 switch pages; Ctrl+P prints, Ctrl+Shift+P previews and Ctrl+Shift+S saves as PDF
/// what the page shows (the chosen or last receipt, or the settlement); F5 reads the books
/// again. The core decides every collection and void (through the sync engine, offline too);
/// refusals are shown in words. Everything passed in is borrowed and must outlive the screen.
/// Sign-offs and receipt print counts are kept in files in the workstation's profile folder.
class CashierWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        Collect,
        Receipts,
        Settlement
    };

    CashierWidget(core::LocalStore &store, core::SyncEngine &engine, core::Catalogue catalogue,
                  const core::Clock &clock, core::Actor actor, QWidget *parent = nullptr);
    ~CashierWidget() override;

    /// Replaces the catalogue (a new version was fetched): the hall's name on documents.
    void setCatalogue(core::Catalogue catalogue);
    /// The paper of fee receipts: the 80 mm roll (default) or A4.
    void setReceiptPaper(PaperFormat paper);
    /// The printer fee receipts print on; the system's default printer unless the shell sets
    /// it up (a named receipt printer, or a PDF file).
    QPrinter &receiptPrinter();
    /// The printer settlements print on (A4).
    QPrinter &reportPrinter();
    void setPrintAfterCollecting(bool print);

    void showPage(Page page);
    Page currentPage() const;
    /// Reads the books from the store again.
    core::Status reload();
    /// Chooses the case with `caseNumber` on the Collect page.
    bool selectCase(const QString &caseNumber);
    /// Collects with what the Collect page's form holds, as F9 does.
    core::Result<QString> collect();
    /// The receipt issued last on this screen; empty before the first.
    QString lastReceiptNumber() const;

    core::Status printReceipt(const QString &receiptNumber);
    core::Status saveReceiptPdf(const QString &receiptNumber, const QString &path);
    /// Opens the print preview of the receipt (window-modal; printing from it counts).
    core::Status previewReceipt(const QString &receiptNumber);
    /// Asks for the reason and voids the receipt (window-modal VoidReceiptDialog).
    core::Status requestVoid(const QString &receiptNumber);

    models::SettlementReport currentSettlement() const;
    core::Status saveSettlementPdf(const QString &path);
    core::Status exportSettlementCsv(const QString &path);

signals:
    void receiptCollected(const QString &receiptNumber);
    void receiptVoided(const QString &receiptNumber);
    void settlementSignedOff(const sunhall::models::SettlementSignOff &signOff);

private:
    void createPages();
    void createShortcuts();
    void casesChanged(const QList<QUuid> &caseIds);
    void refreshPages();
    void afterCollection(const QString &receiptNumber);
    QString currentReceiptNumber() const;
    void printCurrent();
    void previewCurrent();
    void savePdfCurrent();
    void exportCsvInteractive();
    void saveReceiptInteractive(const QString &receiptNumber);
    void saveSettlementInteractive();
    void printSettlement();
    void previewSettlement();
    void report(const core::Status &status, const QString &success);

    core::LocalStore &m_store;
    core::SyncEngine &m_engine;
    const core::Clock &m_clock;
    core::Actor m_actor;
    core::Catalogue m_catalogue;
    std::unique_ptr<models::CashierBook> m_book;
    std::unique_ptr<models::FeeCollection> m_collection;
    std::unique_ptr<models::FeeReceiptPrintLog> m_printLog;
    std::unique_ptr<models::SettlementSignOffLog> m_signOffs;
    std::unique_ptr<ReceiptOutput> m_receipts;
    std::unique_ptr<QPrinter> m_receiptPrinter;
    std::unique_ptr<QPrinter> m_reportPrinter;
    QTabWidget *m_tabs = nullptr;
    FeeCollectPage *m_collectPage = nullptr;
    ReceiptListPage *m_receiptPage = nullptr;
    SettlementPage *m_settlementPage = nullptr;
};

} // namespace sunhall::widgets
