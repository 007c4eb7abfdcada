// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "models/FeeReceiptPrintLog.h"
#include "widgets/documents/HallInfo.h"
#include "widgets/documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace sunhall::models {
class CashierBook;
}

namespace sunhall::widgets {

/// Puts the cashier's fee receipts (收费票据) on paper: fills FeeReceiptDocument from the case
/// and the receipt's ledger entry (the cashier's name as recorded, a reduction and its legal
/// basis when there is one) and prints it, saves it as PDF or previews it through
/// DocumentOutput. Every output after a receipt's first is marked as a reprint and counted in
/// the workstation's FeeReceiptPrintLog; a voided receipt prints with "VOID" across it.
class ReceiptOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptOutput)
public:
    ReceiptOutput(const models::CashierBook &book, models::FeeReceiptPrintLog &log);

    void setHall(HallInfo hall) { m_hall = std::move(hall); }
    void setPaper(PaperFormat paper) { m_paper = paper; }
    PaperFormat paper() const { return m_paper; }

    /// The receipt as it prints now; "document.receipt-unknown" when the book has no such
    /// receipt.
    core::Result<PrintableDocument> document(const QString &receiptNumber) const;
    /// 0 when the next output is the original, n for the n-th reprint.
    int nextReprint(const QString &receiptNumber) const { return m_log.count(receiptNumber); }

    core::Status print(const QString &receiptNumber, QPrinter &printer);
    core::Status savePdf(const QString &receiptNumber, const QString &path);
    /// A preview of the next output; printing from it counts as an output. The caller shows
    /// it and owns it unless `parent` does.
    core::Result<QPrintPreviewDialog *> preview(const QString &receiptNumber, QWidget *parent);

private:
    const models::CashierBook &m_book;
    models::FeeReceiptPrintLog &m_log;
    HallInfo m_hall;
    PaperFormat m_paper = PaperFormat::ReceiptRoll80mm;
};

} // namespace sunhall::widgets
