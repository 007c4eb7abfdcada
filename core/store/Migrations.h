// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sunhall::core {

/// Owns the local store's schema. Each schema version is one migration step; the store's
/// version is `PRAGMA user_version`. A store made by a newer program is refused untouched.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    static Result<int> currentVersion(QSqlDatabase &db);
    /// Brings the store up to `target` (the latest by default), each step in its own
    /// transaction. Refuses a store whose version is above what this program knows.
    static Status migrate(QSqlDatabase &db, int target = -1);
};

} // namespace sunhall::core
