// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CatalogueModel.h"

#include <QFont>
#include <QHash>

namespace sunhall::models {

namespace {

// Department rows carry internal id 0; an item row carries its group's position plus one, which
// is all parent() needs.
constexpr quintptr departmentId = 0;

} // namespace

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void CatalogueModel::setCatalogue(core::Catalogue catalogue)
{
    beginResetModel();
    m_catalogue = std::move(catalogue);
    rebuildGroups();
    endResetModel();
}

void CatalogueModel::rebuildGroups()
{
    m_groups.clear();
    QHash<QString, qsizetype> groupOf;
    for (const core::Department &department : std::as_const(m_catalogue.departments)) {
        groupOf.insert(department.code, m_groups.size());
        m_groups.append(Group{department.code, department.name, {}});
    }
    for (int i = 0; i < m_catalogue.items.size(); ++i) {
        const QString &code = m_catalogue.items.at(i).department;
        auto found = groupOf.constFind(code);
        if (found == groupOf.constEnd()) {
            found = groupOf.insert(code, m_groups.size());
            m_groups.append(Group{code, tr("Unknown department %1").arg(code), {}});
        }
        m_groups[*found].items.append(i);
    }
}

const core::Item *CatalogueModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == departmentId)
        return nullptr;
    const Group &group = m_groups.at(qsizetype(index.internalId() - 1));
    return &m_catalogue.items.at(group.items.at(index.row()));
}

QModelIndex CatalogueModel::indexOfItem(const QString &code) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<int> &items = m_groups.at(g).items;
        for (qsizetype row = 0; row < items.size(); ++row) {
            if (m_catalogue.items.at(items.at(row)).code == code)
                return createIndex(int(row), NameColumn, quintptr(g + 1));
        }
    }
    return {};
}

bool CatalogueModel::isDepartment(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == departmentId;
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, departmentId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CatalogueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == departmentId)
        return {};
    return createIndex(int(child.internalId() - 1), NameColumn, departmentId);
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != NameColumn || parent.internalId() != departmentId)
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == departmentId)
        return departmentData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(qsizetype(index.internalId() - 1));
    return itemData(m_catalogue.items.at(group.items.at(index.row())), group, index.column(), role);
}

QVariant CatalogueModel::departmentData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("%1 (%2)", "department name and its number of items")
                .arg(group.name, QString::number(group.items.size()));
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %n item(s)", "department name and its number of items",
                  int(group.items.size()))
            .arg(group.name);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case DepartmentCodeRole:
        return group.departmentCode;
    case DepartmentNameRole:
        return group.name;
    case ItemCountRole:
        return int(group.items.size());
    case IsDepartmentRole:
        return true;
    case ItemCodeRole:
        return QString();
    default:
        return {};
    }
}

QVariant CatalogueModel::itemData(const core::Item &item, const Group &group, int column,
                                  int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return item.name;
        case CodeColumn:
            return item.code;
        case KindColumn:
            return core::itemKindDisplayName(item.kind);
        case PromisedLimitColumn:
            return limitText(item.promisedLimitDays);
        case LegalLimitColumn:
            return limitText(item.legalLimitDays);
        case FeeColumn:
            return item.fees.isEmpty() ? tr("Free") : item.standardFee().toDisplayString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\nCode: %2", "item name, then its code").arg(item.name, item.code);
    case Qt::TextAlignmentRole:
        if (column == PromisedLimitColumn || column == LegalLimitColumn || column == FeeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemCodeRole:
        return item.code;
    case DepartmentCodeRole:
        return group.departmentCode;
    case DepartmentNameRole:
        return group.name;
    case IsDepartmentRole:
        return false;
    default:
        return {};
    }
}

QString CatalogueModel::limitText(int days) const
{
    if (days == 0)
        return tr("Same day");
    return tr("%n working day(s)", nullptr, days);
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Item");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Kind");
    case PromisedLimitColumn:
        return tr("Promised limit");
    case LegalLimitColumn:
        return tr("Legal limit");
    case FeeColumn:
        return tr("Fee");
    default:
        return {};
    }
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != departmentId)
        result |= Qt::ItemNeverHasChildren;
    return result;
}

} // namespace sunhall::models
