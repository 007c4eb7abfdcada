// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/CaseVocabulary.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "core/values/Money.h"
#include "widgets/documents/HallInfo.h"
#include "widgets/documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sunhall::widgets {

/// One fee on a receipt.
struct FeeReceiptLine
{
    QString code;
    QString name;
    core::Money amount;
};

/// The machine-printed fee receipt (机打票据) of the hall's cashier: the receipt number, the
/// case, the payer, each fee with its amount, the total in figures and in Chinese capitals
/// (大写金额), the method, the cashier and the time. A voided receipt prints with "VOID" across
/// every page and the reason in a band. Printed on the 80 mm roll or on A4.
struct FeeReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(FeeReceiptDocument)
public:
    QString hallName;
    QString receiptNumber;
    QString caseNumber;
    QString itemName;
    QString payerName;
    QList<FeeReceiptLine> lines;
    core::Money total;
    core::PaymentMethod method = core::PaymentMethod::Cash;
    QString cashierName;
    QDateTime paidAt;
    bool voided = false;
    QString voidReason;

    /// The receipt numbered `receiptNumber` on the case. The fees are the case's assessment
    /// (named from the item), the total is the amount the receipt records. The cashier's name
    /// comes from the caller: the case records only the cashier's user id. Fails when the
    /// case has no such receipt ("document.receipt-unknown", field "receiptNumber") or `item`
    /// is not the case's ("document.item-mismatch").
    static core::Result<FeeReceiptDocument>
    fromCase(const core::CaseState &state, const core::Item &item, const QString &receiptNumber,
             const HallInfo &hall, const QString &cashierName);
    /// The total in Chinese capitals: 陆拾贰元伍角.
    QString totalInCapitals() const;

    PrintableDocument toPrintable(PaperFormat paper = PaperFormat::ReceiptRoll80mm) const;

private:
    QString linesHtml() const;
};

} // namespace sunhall::widgets
