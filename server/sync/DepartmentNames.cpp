// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/DepartmentNames.h"

namespace sunhall::server {

DepartmentNames::DepartmentNames(ServerStore &store)
    : m_store(store)
{}

core::Result<QMap<QString, QString>> DepartmentNames::current()
{
    const std::optional<int> latest = m_store.latestCatalogueVersion();
    if (m_loaded && latest == m_version)
        return m_names;
    QMap<QString, QString> names;
    if (latest) {
        const core::Result<core::Catalogue> catalogue = m_store.catalogue(*latest);
        if (!catalogue)
            return catalogue.error();
        for (const core::Department &department : catalogue->departments)
            names.insert(department.code, department.name);
    }
    m_names = names;
    m_version = latest;
    m_loaded = true;
    return names;
}

} // namespace sunhall::server
