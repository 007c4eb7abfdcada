// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/FeeLedgerEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace sunhall::models {

class CashierBook;

/// A receipt on the cashier's list: the receipt as issued and, once voided, the void.
struct CashierReceipt
{
    FeeLedgerEntry issued;
    std::optional<FeeLedgerEntry> voided;

    bool isVoided() const { return voided.has_value(); }
};

/// The receipts of a day (or a few), for looking one up, reprinting it or voiding it: every
/// receipt issued or voided in the period, oldest first, with number, case, payer, method,
/// amount, time, cashier and whether it is valid or void with the reason. A voided receipt
/// stays on the list: its number is never used again.
class CashierReceiptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        CaseNumberColumn,
        PayerColumn,
        MethodColumn,
        AmountColumn,
        TimeColumn,
        CashierColumn,
        StatusColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        ReceiptNumberRole = Qt::UserRole + 1, ///< the receipt number (QString)
        CaseIdRole,                           ///< the case's id (QUuid)
        VoidedRole,                           ///< true once voided
    };
    Q_ENUM(Role)

    explicit CashierReceiptModel(QObject *parent = nullptr);

    /// Replaces the list (a model reset).
    void setReceipts(QList<CashierReceipt> receipts);
    /// The receipts issued or voided from..to in `book`.
    static QList<CashierReceipt> receiptsOf(const CashierBook &book, const QDate &from,
                                            const QDate &to);

    const CashierReceipt *receipt(int row) const;
    int rowOf(const QString &receiptNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const CashierReceipt &receipt, int column) const;

    QList<CashierReceipt> m_receipts;
};

} // namespace sunhall::models
