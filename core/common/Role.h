// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sunhall::core {

/// The roles of DOMAIN.md §1. One person may hold several; permissions are per department.
enum class Role
{
    Clerk,         // 窗口受理员
    Reviewer,      // 承办人 / 审核人
    ChiefApprover, // 首席审批员
    Leader,        // 分管领导 / 主管领导
    Cashier,       // 收费员
    Supervisor,    // 监察员
    Administrator, // 系统管理员
};

/// Stable identifiers used in files, the store and the wire: "clerk", "reviewer",
/// "chief-approver", "leader", "cashier", "supervisor", "administrator".
QString roleId(Role role);
std::optional<Role> roleFromId(const QString &id);
/// The role's name for the user, translated ("窗口受理员" in zh_CN).
QString roleDisplayName(Role role);
QList<Role> allRoles();

} // namespace sunhall::core
