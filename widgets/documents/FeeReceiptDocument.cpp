// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/FeeReceiptDocument.h"

#include "core/values/MoneyWords.h"
#include "widgets/documents/DocumentHtml.h"
#include "widgets/documents/DocumentText.h"

namespace sunhall::widgets {

namespace {

QString feeName(const core::Item &item, const QString &code)
{
    for (const core::FeeItem &fee : item.fees) {
        if (fee.code == code)
            return fee.name;
    }
    return code;
}

} // namespace

core::Result<FeeReceiptDocument> FeeReceiptDocument::fromCase(const core::CaseState &state,
                                                              const core::Item &item,
                                                              const QString &receiptNumber,
                                                              const HallInfo &hall,
                                                              const QString &cashierName)
{
    if (core::Status sameItem = DocumentText::checkItem(state, item); !sameItem)
        return sameItem.error();
    const core::Payment *payment = state.payment(receiptNumber);
    if (!payment) {
        return core::makeError(QStringLiteral("document.receipt-unknown"),
                               tr("The case %1 has no receipt numbered %2.")
                                   .arg(DocumentText::caseLabel(state), receiptNumber),
                               QStringLiteral("receiptNumber"));
    }
    FeeReceiptDocument receipt;
    receipt.hallName = hall.name;
    receipt.receiptNumber = payment->receiptNumber;
    receipt.caseNumber = state.caseNumber;
    receipt.itemName = item.name;
    receipt.payerName = state.applicant.name;
    for (const core::FeeLine &line : state.feesAssessed.value_or(QList<core::FeeLine>{}))
        receipt.lines.append({line.code, feeName(item, line.code), line.amount});
    receipt.total = payment->amount;
    receipt.method = payment->method;
    receipt.cashierName = cashierName;
    receipt.paidAt = payment->paidAt;
    receipt.voided = payment->voided;
    receipt.voidReason = payment->voidReason;
    return receipt;
}

QString FeeReceiptDocument::totalInCapitals() const
{
    return core::moneyInCapitals(total);
}

QString FeeReceiptDocument::linesHtml() const
{
    QList<QStringList> rows;
    for (const FeeReceiptLine &line : lines)
        rows.append({line.name, line.code, line.amount.toDisplayString()});
    return DocumentHtml::table({tr("Fee"), tr("Code"), tr("Amount")}, {50, 20, 30}, rows);
}

PrintableDocument FeeReceiptDocument::toPrintable(PaperFormat paper) const
{
    PrintableDocument document;
    document.paper = paper;
    document.title = tr("Fee receipt");
    document.reference = receiptNumber;
    if (voided) {
        document.watermark = tr("VOID", "across a voided receipt");
        document.bands.append(
            tr("VOID: this receipt was cancelled (%1) and is not proof of payment.")
                .arg(voidReason));
    }
    const QList<DocumentHtml::Fact> head = {
        {tr("Receipt number"), receiptNumber},
        {tr("Case number"), caseNumber},
        {tr("Item"), itemName},
        {tr("Payer"), payerName},
    };
    const QList<DocumentHtml::Fact> tail = {
        {tr("Total"), total.toDisplayString()},
        {tr("In capitals"), tr("RMB %1", "amount in Chinese capitals").arg(totalInCapitals())},
        {tr("Paid by"), core::paymentMethodDisplayName(method)},
        {tr("Cashier"), cashierName},
        {tr("Paid at"), DocumentText::dateTime(paidAt)},
    };
    document.html = DocumentHtml::heading(hallName, document.title, paper) +
                    DocumentHtml::facts(head, paper) + linesHtml() +
                    DocumentHtml::facts(tail, paper) +
                    DocumentHtml::paragraph(
                        tr("Fees are collected only at the hall's cashier window, against this "
                           "machine-printed receipt."));
    return document;
}

} // namespace sunhall::widgets
