// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SettlementCsv.h"

#include "core/values/MoneyWords.h"
#include "models/SettlementReport.h"

#include <QSaveFile>

namespace sunhall::models {

namespace {

QStringList figureCells(const SettlementFigures &figures)
{
    return {QString::number(figures.collectedCount), figures.collected.toYuanString(),
            QString::number(figures.voidedCount),    figures.voided.toYuanString(),
            figures.reduced.toYuanString(),          figures.net().toYuanString(),
            core::moneyInCapitals(figures.net())};
}

} // namespace

QStringList SettlementCsv::headers()
{
    return {tr("Day"),
            tr("Cashier"),
            tr("Method"),
            tr("Receipts issued"),
            tr("Collected (yuan)"),
            tr("Receipts voided"),
            tr("Voided (yuan)"),
            tr("Reductions (yuan)"),
            tr("Net (yuan)"),
            tr("Net in capitals")};
}

QString SettlementCsv::safeText(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString SettlementCsv::quoted(const QString &cell)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : cell)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SettlementCsv::row(const QStringList &cells)
{
    QStringList quotedCells;
    for (const QString &cell : cells)
        quotedCells.append(quoted(cell));
    return quotedCells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray SettlementCsv::toBytes(const SettlementReport &report)
{
    const QString cashier =
        report.cashierId().isEmpty()
            ? tr("All cashiers")
            : safeText(report.cashierName().isEmpty() ? report.cashierId() : report.cashierName());
    QString text = row(headers());
    for (const SettlementLine &line : report.lines()) {
        text += row(QStringList{line.day.toString(Qt::ISODate), cashier,
                                core::paymentMethodDisplayName(line.method)} +
                    figureCells(line.figures));
    }
    for (const core::PaymentMethod method : SettlementReport::methods()) {
        text += row(QStringList{tr("Total"), cashier, core::paymentMethodDisplayName(method)} +
                    figureCells(report.total(method)));
    }
    text += row(QStringList{tr("Total"), cashier, tr("All methods")} + figureCells(report.total()));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

core::Status SettlementCsv::save(const SettlementReport &report, const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toBytes(report)) >= 0 && file.commit())
        return core::Status::success();
    return core::makeError(QStringLiteral("settlement.export-failed"),
                           tr("The settlement could not be saved as %1. Check that the folder "
                              "exists and that you may write to it.")
                               .arg(path),
                           QStringLiteral("path"));
}

} // namespace sunhall::models
