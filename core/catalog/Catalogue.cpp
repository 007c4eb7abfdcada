// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/Catalogue.h"

namespace sunhall::core {

// A linear search: a hall publishes a few hundred items, and a catalogue is a value that is
// copied and edited, so an index kept beside it would go stale.
const Item *Catalogue::item(const QString &code) const
{
    for (const Item &candidate : items) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

const Department *Catalogue::department(const QString &code) const
{
    for (const Department &candidate : departments) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

} // namespace sunhall::core
