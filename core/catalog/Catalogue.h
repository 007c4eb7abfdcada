// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Item.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sunhall::core {

/// One published version of a hall's item catalogue (审批事项目录): the departments under its
/// roof and every item they handle there. A new version is published by an administrator as a
/// whole; running cases keep the item and flow versions they started with. Read it from a file
/// with CatalogueJson and check it with CatalogueValidator before publishing.
struct Catalogue
{
    int version = 1;
    QDateTime publishedAt;
    QString publishedBy; // the administrator's user name
    QString hallName;    // "青岛市示范行政服务中心"
    QList<Department> departments;
    QList<Item> items;

    /// The item with this code, or nullptr. The pointer lives as long as `items` is unchanged.
    const Item *item(const QString &code) const;
    /// The department with this code, or nullptr. The pointer lives as long as `departments` is
    /// unchanged.
    const Department *department(const QString &code) const;
};

} // namespace sunhall::core
