// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "server/store/ServerStore.h"

#include <QMap>
#include <QString>

#include <optional>

namespace sunhall::server {

/// The departments' names as the hall's latest published catalogue gives them, by code. A
/// certificate names its issuing department and the key set names each department with a key;
/// the catalogue is read again only when a new version has been published.
class DepartmentNames
{
public:
    explicit DepartmentNames(ServerStore &store);

    /// The names of the latest catalogue; empty before the first publication.
    core::Result<QMap<QString, QString>> current();

private:
    ServerStore &m_store;
    std::optional<int> m_version;
    QMap<QString, QString> m_names;
    bool m_loaded = false;
};

} // namespace sunhall::server
