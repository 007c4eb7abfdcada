// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CashierReceiptModel.h"

#include "models/CashierBook.h"

#include <QFont>
#include <QSet>

namespace sunhall::models {

CashierReceiptModel::CashierReceiptModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CashierReceiptModel::setReceipts(QList<CashierReceipt> receipts)
{
    beginResetModel();
    m_receipts = std::move(receipts);
    endResetModel();
}

QList<CashierReceipt> CashierReceiptModel::receiptsOf(const CashierBook &book, const QDate &from,
                                                      const QDate &to)
{
    QList<CashierReceipt> receipts;
    QSet<QString> listed;
    for (const FeeLedgerEntry &entry : book.entries(from, to)) {
        if (listed.contains(entry.receiptNumber))
            continue;
        const std::optional<FeeLedgerEntry> issued = entry.kind == FeeLedgerEntry::Kind::Collected
                                                         ? entry
                                                         : book.receipt(entry.receiptNumber);
        if (!issued)
            continue;
        listed.insert(entry.receiptNumber);
        receipts.append(CashierReceipt{*issued, book.voidOf(entry.receiptNumber)});
    }
    return receipts;
}

const CashierReceipt *CashierReceiptModel::receipt(int row) const
{
    if (row < 0 || row >= m_receipts.size())
        return nullptr;
    return &m_receipts.at(row);
}

int CashierReceiptModel::rowOf(const QString &receiptNumber) const
{
    for (int row = 0; row < m_receipts.size(); ++row) {
        if (m_receipts.at(row).issued.receiptNumber == receiptNumber)
            return row;
    }
    return -1;
}

int CashierReceiptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_receipts.size());
}

int CashierReceiptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashierReceiptModel::data(const QModelIndex &index, int role) const
{
    const CashierReceipt *shown = index.isValid() ? receipt(index.row()) : nullptr;
    if (!shown)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(*shown, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (shown->isVoided() && index.column() != StatusColumn) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case ReceiptNumberRole:
        return shown->issued.receiptNumber;
    case CaseIdRole:
        return shown->issued.caseId;
    case VoidedRole:
        return shown->isVoided();
    default:
        return {};
    }
}

QVariant CashierReceiptModel::displayData(const CashierReceipt &receipt, int column) const
{
    const FeeLedgerEntry &issued = receipt.issued;
    switch (column) {
    case NumberColumn:
        return issued.receiptNumber;
    case CaseNumberColumn:
        return issued.caseNumber;
    case PayerColumn:
        return issued.payerName;
    case MethodColumn:
        return core::paymentMethodDisplayName(issued.method);
    case AmountColumn:
        return issued.amount.toDisplayString();
    case TimeColumn:
        return issued.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case CashierColumn:
        return issued.cashierName;
    case StatusColumn:
        if (!receipt.voided)
            return tr("Valid");
        return tr("Void: %1", "receipt status, reason").arg(receipt.voided->reason);
    default:
        return {};
    }
}

QVariant CashierReceiptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Receipt number");
    case CaseNumberColumn:
        return tr("Case number");
    case PayerColumn:
        return tr("Payer");
    case MethodColumn:
        return tr("Method");
    case AmountColumn:
        return tr("Amount");
    case TimeColumn:
        return tr("Time");
    case CashierColumn:
        return tr("Cashier");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace sunhall::models
