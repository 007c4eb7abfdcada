// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"

#include <QAbstractItemModel>
#include <QList>

namespace sunhall::models {

/// The item catalogue (审批事项目录) as a two-level tree for the catalogue browser and the
/// intake screen: one top-level row per department, in catalogue order, whose name shows how
/// many items it has, and under it one row per item with its name, code, kind, promised and
/// legal limits and standard fee. Items whose department is not in the catalogue are gathered
/// under a row named after the unknown department code, so that no item is ever hidden. The
/// model keeps its own copy of the catalogue; replace it with setCatalogue().
class CatalogueModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        KindColumn,
        PromisedLimitColumn,
        LegalLimitColumn,
        FeeColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        ItemCodeRole = Qt::UserRole + 1, ///< the item's code; empty on department rows
        DepartmentCodeRole,              ///< the department code, on both kinds of row
        DepartmentNameRole,              ///< the department name without the item count
        ItemCountRole,                   ///< number of items of a department row (int)
        IsDepartmentRole,                ///< true on department rows
    };
    Q_ENUM(Role)

    explicit CatalogueModel(QObject *parent = nullptr);

    /// Replaces the whole catalogue (a model reset).
    void setCatalogue(core::Catalogue catalogue);
    const core::Catalogue &catalogue() const { return m_catalogue; }

    /// The item shown at `index` (any column), or nullptr for a department row or an invalid
    /// index. The pointer lives until the next setCatalogue().
    const core::Item *item(const QModelIndex &index) const;
    /// The name column's index of the item with `code`, or an invalid index.
    QModelIndex indexOfItem(const QString &code) const;
    bool isDepartment(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    /// A department row: its code and name, and the positions of its items in
    /// m_catalogue.items, in catalogue order.
    struct Group
    {
        QString departmentCode;
        QString name;
        QList<int> items;
    };

    void rebuildGroups();
    QVariant departmentData(const Group &group, int column, int role) const;
    QVariant itemData(const core::Item &item, const Group &group, int column, int role) const;
    QString limitText(int days) const;

    core::Catalogue m_catalogue;
    QList<Group> m_groups;
};

} // namespace sunhall::models
