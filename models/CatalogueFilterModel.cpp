// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CatalogueFilterModel.h"

#include "models/CatalogueModel.h"

namespace sunhall::models {

CatalogueFilterModel::CatalogueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A department row is kept by its matching items, never by itself.
    setRecursiveFilteringEnabled(true);
}

void CatalogueFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
    // The department rows' "(2 of 12)" depends on the filter, not on the source data.
    const int departments = rowCount();
    if (departments > 0)
        emit dataChanged(index(0, CatalogueModel::NameColumn),
                         index(departments - 1, CatalogueModel::NameColumn), {Qt::DisplayRole});
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex name =
        sourceModel()->index(sourceRow, CatalogueModel::NameColumn, sourceParent);
    if (name.data(CatalogueModel::IsDepartmentRole).toBool())
        return false;
    return name.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) ||
           name.data(CatalogueModel::ItemCodeRole).toString().contains(m_text, Qt::CaseInsensitive);
}

int CatalogueFilterModel::matchingItemCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += rowCount(index(row, CatalogueModel::NameColumn));
    return count;
}

QModelIndex CatalogueFilterModel::firstItemIndex() const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex department = index(row, CatalogueModel::NameColumn);
        if (rowCount(department) > 0)
            return index(0, CatalogueModel::NameColumn, department);
    }
    return {};
}

QVariant CatalogueFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || m_text.isEmpty() || index.parent().isValid() ||
        index.column() != CatalogueModel::NameColumn)
        return QSortFilterProxyModel::data(index, role);
    return tr("%1 (%2 of %3)", "department name, matching items, all its items")
        .arg(index.data(CatalogueModel::DepartmentNameRole).toString(),
             QString::number(rowCount(index)),
             QString::number(index.data(CatalogueModel::ItemCountRole).toInt()));
}

} // namespace sunhall::models
