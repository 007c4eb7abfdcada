// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/ReceiptOutput.h"

#include "models/CashierBook.h"
#include "widgets/documents/DocumentHtml.h"
#include "widgets/documents/DocumentOutput.h"
#include "widgets/documents/FeeReceiptDocument.h"

#include <QPrintPreviewDialog>

namespace sunhall::widgets {

ReceiptOutput::ReceiptOutput(const models::CashierBook &book, models::FeeReceiptPrintLog &log)
    : m_book(book)
    , m_log(log)
{}

core::Result<PrintableDocument> ReceiptOutput::document(const QString &receiptNumber) const
{
    const std::optional<models::FeeLedgerEntry> entry = m_book.receipt(receiptNumber);
    const std::optional<models::FeeCase> feeCase =
        entry ? m_book.feeCase(entry->caseId) : std::nullopt;
    if (!entry || !feeCase) {
        return core::makeError(
            QStringLiteral("document.receipt-unknown"),
            tr("No receipt numbered %1 is recorded at this workstation.").arg(receiptNumber),
            QStringLiteral("receiptNumber"));
    }
    const core::Result<FeeReceiptDocument> receipt = FeeReceiptDocument::fromCase(
        feeCase->state, feeCase->item, receiptNumber, m_hall, entry->cashierName);
    if (!receipt)
        return receipt.error();
    PrintableDocument printable = receipt->toPrintable(m_paper);
    // The receipt says what was waived and why, so the paper matches the books: beside the
    // total, before the receipt's closing sentence.
    if (entry->reduction.amount > core::Money()) {
        const QString reduction =
            DocumentHtml::facts({{tr("Reduction"), entry->reduction.amount.toDisplayString()},
                                 {tr("Legal basis"), entry->reduction.basis}},
                                m_paper);
        const qsizetype closing = printable.html.lastIndexOf(QLatin1String("<p"));
        printable.html.insert(closing < 0 ? printable.html.size() : closing, reduction);
    }
    return printable;
}

core::Status ReceiptOutput::print(const QString &receiptNumber, QPrinter &printer)
{
    const core::Result<PrintableDocument> printable = document(receiptNumber);
    if (!printable)
        return printable.error();
    if (core::Status printed =
            DocumentOutput::print(*printable, printer, nextReprint(receiptNumber));
        !printed)
        return printed;
    return m_log.record(receiptNumber);
}

core::Status ReceiptOutput::savePdf(const QString &receiptNumber, const QString &path)
{
    const core::Result<PrintableDocument> printable = document(receiptNumber);
    if (!printable)
        return printable.error();
    if (core::Status saved = DocumentOutput::savePdf(*printable, path, nextReprint(receiptNumber));
        !saved)
        return saved;
    return m_log.record(receiptNumber);
}

core::Result<QPrintPreviewDialog *> ReceiptOutput::preview(const QString &receiptNumber,
                                                           QWidget *parent)
{
    const core::Result<PrintableDocument> printable = document(receiptNumber);
    if (!printable)
        return printable.error();
    QPrintPreviewDialog *dialog =
        DocumentOutput::createPreview(*printable, nextReprint(receiptNumber), parent);
    QObject::connect(dialog, &QDialog::accepted, dialog,
                     [this, receiptNumber]() { (void)m_log.record(receiptNumber); });
    return dialog;
}

} // namespace sunhall::widgets
