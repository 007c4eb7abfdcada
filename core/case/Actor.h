// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/PayloadReader.h"
#include "core/common/Result.h"
#include "core/common/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sunhall::core {

/// The user behind a command: who they are, their roles and the departments (by code) they
/// hold those roles in. Permissions are role × department (DESIGN.md §5).
struct Actor
{
    QString userId;
    QString name;
    QList<Role> roles;
    QStringList departments;

    bool hasRole(Role role) const { return roles.contains(role); }
    bool worksIn(const QString &department) const { return departments.contains(department); }
    /// True when the user holds `role` in `department`.
    bool holds(Role role, const QString &department) const
    {
        return hasRole(role) && worksIn(department);
    }

    QJsonObject toJson() const;
    static Result<Actor> fromJson(const QJsonObject &json);
    /// Reads an actor through a reader, so that errors name the field inside its parent.
    static Actor read(PayloadReader &reader);

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace sunhall::core
