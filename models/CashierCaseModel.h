// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/FeeCase.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace sunhall::models {

/// The cashier's queue: the cases with an assessed fee not yet fully paid, with case number,
/// applicant, item, the fee assessed and what is still due. A search text narrows the list to
/// the cases whose number (typed with or without the dashes, in any case), applicant name or
/// ID number, or item name contains it. The model keeps its own copies; replace them with
/// setCases().
class CashierCaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CaseNumberColumn,
        ApplicantColumn,
        ItemColumn,
        AssessedColumn,
        DueColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        CaseIdRole = Qt::UserRole + 1, ///< the case's id (QUuid)
        DueFenRole,                    ///< what is still due, in fen (qint64)
    };
    Q_ENUM(Role)

    explicit CashierCaseModel(QObject *parent = nullptr);

    /// Replaces the cases (a model reset); the search text stays.
    void setCases(QList<FeeCase> cases);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    /// The case shown at `row`; nullptr when out of range.
    const FeeCase *feeCase(int row) const;
    /// The row showing the case with `caseId`, -1 when it is not shown.
    int rowOf(const QUuid &caseId) const;
    /// How many cases are in the queue, shown or not.
    int totalCount() const { return int(m_cases.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    bool matches(const FeeCase &feeCase) const;
    QVariant displayData(const FeeCase &feeCase, int column) const;

    QList<FeeCase> m_cases;
    QList<int> m_shown; // positions in m_cases
    QString m_filter;
};

} // namespace sunhall::models
