// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SettlementModel.h"

#include "core/values/MoneyWords.h"

#include <QFont>

namespace sunhall::models {

SettlementModel::SettlementModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SettlementModel::setReport(SettlementReport report, QHash<QDate, QString> signOffs)
{
    beginResetModel();
    m_report = std::move(report);
    m_signOffs = std::move(signOffs);
    buildRows();
    endResetModel();
}

void SettlementModel::buildRows()
{
    m_rows.clear();
    for (const SettlementLine &line : m_report.lines())
        m_rows.append({line, {}, false, false});
    if (m_report.period() != SettlementPeriod::Day) {
        for (const core::PaymentMethod method : SettlementReport::methods())
            m_rows.append({{{}, method, m_report.total(method)}, tr("Total"), true, false});
    }
    m_rows.append({{{}, core::PaymentMethod::Cash, m_report.total()}, tr("Total"), true, true});
}

int SettlementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettlementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettlementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= CollectedCountColumn && index.column() <= NetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case NetFenRole:
        return row.line.figures.net().fen();
    case IsTotalRole:
        return row.total;
    default:
        return {};
    }
}

QVariant SettlementModel::displayData(const Row &row, int column) const
{
    const SettlementFigures &figures = row.line.figures;
    switch (column) {
    case DayColumn:
        return row.total ? row.label : row.line.day.toString(QStringLiteral("yyyy-MM-dd"));
    case MethodColumn:
        return row.allMethods ? tr("All methods") : core::paymentMethodDisplayName(row.line.method);
    case CollectedCountColumn:
        return figures.collectedCount;
    case CollectedColumn:
        return figures.collected.toDisplayString();
    case VoidedCountColumn:
        return figures.voidedCount;
    case VoidedColumn:
        return figures.voided.toDisplayString();
    case ReducedColumn:
        return figures.reduced.toDisplayString();
    case NetColumn:
        return figures.net().toDisplayString();
    case NetInCapitalsColumn:
        return core::moneyInCapitals(figures.net());
    case SignOffColumn:
        return row.total ? QString() : m_signOffs.value(row.line.day);
    default:
        return {};
    }
}

QVariant SettlementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case MethodColumn:
        return tr("Method");
    case CollectedCountColumn:
        return tr("Receipts issued");
    case CollectedColumn:
        return tr("Collected");
    case VoidedCountColumn:
        return tr("Receipts voided");
    case VoidedColumn:
        return tr("Voided");
    case ReducedColumn:
        return tr("Reductions");
    case NetColumn:
        return tr("Net");
    case NetInCapitalsColumn:
        return tr("Net in capitals");
    case SignOffColumn:
        return tr("Signed off");
    default:
        return {};
    }
}

} // namespace sunhall::models
