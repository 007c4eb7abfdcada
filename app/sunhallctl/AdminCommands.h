// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/CtlContext.h"

namespace sunhall::ctl {

/// The administrators' hall commands: `hall init`, `workstation enroll|revoke|list` and
/// `user add|disable|enable|reset-password|list`.
QList<CtlCommand> adminCommands();

QList<CtlCommand> workstationCommands();
QList<CtlCommand> userCommands();

} // namespace sunhall::ctl
