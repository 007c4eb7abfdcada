// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SettlementReport.h"
#include "models/SettlementSignOff.h"
#include "widgets/documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace sunhall::widgets {

/// A settlement on A4 paper (日结单, 周对账单, 月汇总表): the hall, the kind and period, the
/// cashier, a table of every day and method with receipts issued and voided, reductions, the
/// net in figures and in Chinese capitals, each method's total and the grand total; for a day
/// also every receipt of the day, then the sign-off when there is one and lines for the
/// cashier's and the checker's signatures; for a week or a month, how each day's settlement
/// was signed off (the reconciliation). Printed, previewed and saved as PDF through
/// DocumentOutput like every other document.
struct SettlementDocument
{
    Q_DECLARE_TR_FUNCTIONS(SettlementDocument)
public:
    QString hallName;
    models::SettlementReport report;
    std::optional<models::SettlementSignOff> signOff; // a day's
    QMap<QDate, QString> daySignOffs;                 // a week's or a month's, in words
    QDateTime printedAt;

    PrintableDocument toPrintable() const;

private:
    QString figuresHtml() const;
    QString receiptsHtml() const;
    QString signOffHtml() const;
    QString daySignOffsHtml() const;
};

} // namespace sunhall::widgets
