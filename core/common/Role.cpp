// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Role.h"

#include <QCoreApplication>

namespace sunhall::core {

namespace {
struct RoleRow
{
    Role role;
    const char *id;
    const char *name;
};

// The names are marked here and translated in roleDisplayName().
constexpr RoleRow roleRows[] = {
    {Role::Clerk, "clerk", QT_TRANSLATE_NOOP("sunhall::core::Role", "Window clerk")},
    {Role::Reviewer, "reviewer", QT_TRANSLATE_NOOP("sunhall::core::Role", "Reviewer")},
    {Role::ChiefApprover, "chief-approver",
     QT_TRANSLATE_NOOP("sunhall::core::Role", "Chief approver")},
    {Role::Leader, "leader", QT_TRANSLATE_NOOP("sunhall::core::Role", "Leader")},
    {Role::Cashier, "cashier", QT_TRANSLATE_NOOP("sunhall::core::Role", "Cashier")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("sunhall::core::Role", "Supervisor")},
    {Role::Administrator, "administrator",
     QT_TRANSLATE_NOOP("sunhall::core::Role", "Administrator")},
};
} // namespace

QString roleId(Role role)
{
    for (const auto &row : roleRows) {
        if (row.role == role)
            return QString::fromLatin1(row.id);
    }
    return {};
}

std::optional<Role> roleFromId(const QString &id)
{
    for (const auto &row : roleRows) {
        if (id == QLatin1String(row.id))
            return row.role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    for (const auto &row : roleRows) {
        if (row.role == role)
            return QCoreApplication::translate("sunhall::core::Role", row.name);
    }
    return {};
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const auto &row : roleRows)
        roles.append(row.role);
    return roles;
}

} // namespace sunhall::core
