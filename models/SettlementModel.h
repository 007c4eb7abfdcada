// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/SettlementReport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sunhall::models {

/// A settlement as a table: for a day, one row per method and the total; for a week or a
/// month, one row per day and method with anything recorded, then each method's total and
/// the grand total. Each row shows receipts issued and voided with their totals, the
/// reductions granted, the net in figures and in Chinese capitals and, for a week or a month
/// of one cashier, whether that day's settlement was signed off.
class SettlementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DayColumn,
        MethodColumn,
        CollectedCountColumn,
        CollectedColumn,
        VoidedCountColumn,
        VoidedColumn,
        ReducedColumn,
        NetColumn,
        NetInCapitalsColumn,
        SignOffColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        NetFenRole = Qt::UserRole + 1, ///< the row's net in fen (qint64)
        IsTotalRole,                   ///< true on total rows
    };
    Q_ENUM(Role)

    explicit SettlementModel(QObject *parent = nullptr);

    /// Replaces the report (a model reset); `signOffs` holds, per day, how its settlement was
    /// signed off, in words.
    void setReport(SettlementReport report, QHash<QDate, QString> signOffs = {});
    const SettlementReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        SettlementLine line;
        QString label; // a total row's day column
        bool total = false;
        bool allMethods = false;
    };

    void buildRows();
    QVariant displayData(const Row &row, int column) const;

    SettlementReport m_report;
    QHash<QDate, QString> m_signOffs;
    QList<Row> m_rows;
};

} // namespace sunhall::models
