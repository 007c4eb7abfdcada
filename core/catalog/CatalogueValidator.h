// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace sunhall::core {

/// The rules a catalogue must satisfy before it is published (DOMAIN.md §2 and the
/// Administrative Licensing Law): unique codes, known departments, promised limit within the
/// legal one, extensions within art. 42 / art. 26, sound material and fee lists, and flows that
/// start with acceptance at the window, reach exactly one decision, conclude and print and issue
/// certificates only after it and nothing else after it but fee collection. It reports every
/// problem at once, each with a
/// stable code (`catalog.item.promised-over-legal`), a message naming the item code, and the
/// field path in the JSON form (`items[4].promisedLimitDays`).
class CatalogueValidator
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueValidator)
public:
    static QList<Error> validate(const Catalogue &catalogue);
    /// One item against the given departments (an administrator editing a single item); field
    /// paths are relative to the item (`flow.steps[2].role`). Uniqueness of the item code
    /// across the catalogue is only checked by validate().
    static QList<Error> validateItem(const Item &item, const QList<Department> &departments);
};

} // namespace sunhall::core
