// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/SettlementDocument.h"

#include "core/values/MoneyWords.h"
#include "widgets/documents/DocumentHtml.h"
#include "widgets/documents/DocumentText.h"

namespace sunhall::widgets {

namespace {

QStringList figureCells(const models::SettlementFigures &figures)
{
    return {QString::number(figures.collectedCount), figures.collected.toDisplayString(),
            QString::number(figures.voidedCount),    figures.voided.toDisplayString(),
            figures.reduced.toDisplayString(),       figures.net().toDisplayString(),
            core::moneyInCapitals(figures.net())};
}

} // namespace

QString SettlementDocument::figuresHtml() const
{
    const bool daily = report.period() == models::SettlementPeriod::Day;
    QList<QStringList> rows;
    for (const models::SettlementLine &line : report.lines()) {
        QStringList row;
        if (!daily)
            row.append(DocumentText::date(line.day));
        row.append(core::paymentMethodDisplayName(line.method));
        rows.append(row + figureCells(line.figures));
    }
    if (!daily) {
        for (const core::PaymentMethod method : models::SettlementReport::methods()) {
            rows.append(QStringList{tr("Total"), core::paymentMethodDisplayName(method)} +
                        figureCells(report.total(method)));
        }
    }
    QStringList total{tr("All methods")};
    if (!daily)
        total.prepend(tr("Total"));
    rows.append(total + figureCells(report.total()));

    QStringList headers{tr("Method"),       tr("Issued"),  tr("Collected"), tr("Voided"),
                        tr("Voided total"), tr("Reduced"), tr("Net"),       tr("Net in capitals")};
    QList<int> widths{10, 9, 12, 9, 12, 11, 12, 25};
    if (!daily) {
        headers.prepend(tr("Day"));
        widths = {12, 8, 7, 11, 7, 11, 11, 11, 22};
    }
    return DocumentHtml::table(headers, widths, rows);
}

QString SettlementDocument::receiptsHtml() const
{
    QList<QStringList> rows;
    QString voids;
    for (const models::FeeLedgerEntry &entry : report.entries()) {
        const bool voided = entry.kind == models::FeeLedgerEntry::Kind::Voided;
        const QString time = entry.at.toString(QStringLiteral("HH:mm"));
        rows.append({time, entry.receiptNumber, entry.caseNumber,
                     core::paymentMethodDisplayName(entry.method),
                     voided ? tr("−%1", "a voided amount").arg(entry.amount.toDisplayString())
                            : entry.amount.toDisplayString(),
                     voided ? tr("Voided") : tr("Issued")});
        // The reason gets a line of its own: in a table cell it would be squeezed.
        if (voided) {
            voids += DocumentHtml::paragraph(tr("%1 voided at %2: %3", "receipt, time, reason")
                                                 .arg(entry.receiptNumber, time, entry.reason));
        }
    }
    if (rows.isEmpty())
        return DocumentHtml::paragraph(tr("No receipt was issued or voided on this day."));
    QString html = DocumentHtml::table({tr("Time"), tr("Receipt number"), tr("Case number"),
                                        tr("Method"), tr("Amount"), tr("Entry")},
                                       {7, 29, 29, 10, 12, 13}, rows);
    if (!voids.isEmpty())
        html += DocumentHtml::section(tr("Reasons for voiding")) + voids;
    return html;
}

QString SettlementDocument::signOffHtml() const
{
    if (!signOff) {
        return DocumentHtml::paragraph(tr("Not signed off by the cashier.")) +
               DocumentHtml::signature(
                   {tr("Cashier: ____________"), tr("Checked by: ____________")});
    }
    QString text = tr("Signed off by %1 on workstation %2 at %3.")
                       .arg(signOff->cashierName, signOff->workstation,
                            DocumentText::dateTime(signOff->signedAt));
    if (!signOff->matches(report)) {
        text += QLatin1Char(' ') + tr("The books of this day changed after the sign-off: the "
                                      "figures above are not the ones signed.");
    }
    return DocumentHtml::paragraph(text) +
           DocumentHtml::signature({tr("Checked by: ____________")});
}

QString SettlementDocument::daySignOffsHtml() const
{
    QList<QStringList> rows;
    for (auto it = daySignOffs.cbegin(); it != daySignOffs.cend(); ++it)
        rows.append({DocumentText::dateWithWeekday(it.key()), it.value()});
    if (rows.isEmpty())
        return DocumentHtml::paragraph(tr("No day of this period has any receipt."));
    return DocumentHtml::table({tr("Day"), tr("Daily settlement")}, {30, 70}, rows);
}

PrintableDocument SettlementDocument::toPrintable() const
{
    PrintableDocument document;
    document.paper = PaperFormat::A4;
    document.title = models::SettlementReport::periodName(report.period());
    document.reference = report.periodText();
    const QString cashier =
        report.cashierId().isEmpty() ? tr("All cashiers") : report.cashierName();
    const core::Money net = report.total().net();
    const QList<DocumentHtml::Fact> head = {
        {tr("Period"), report.periodText()},
        {tr("Cashier"), cashier},
        {tr("Net total"), net.toDisplayString()},
        {tr("In capitals"),
         tr("RMB %1", "amount in Chinese capitals").arg(core::moneyInCapitals(net))},
        {tr("Printed at"), DocumentText::dateTime(printedAt)},
    };
    document.html = DocumentHtml::heading(hallName, document.title, PaperFormat::A4) +
                    DocumentHtml::facts(head, PaperFormat::A4) +
                    DocumentHtml::section(tr("By method")) + figuresHtml();
    if (report.period() == models::SettlementPeriod::Day) {
        document.html += DocumentHtml::section(tr("Receipts of the day")) + receiptsHtml() +
                         DocumentHtml::spacer(12) + signOffHtml();
    } else if (!report.cashierId().isEmpty()) {
        document.html += DocumentHtml::section(tr("Daily settlements")) + daySignOffsHtml();
    }
    return document;
}

} // namespace sunhall::widgets
