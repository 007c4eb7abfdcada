// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/CtlContext.h"

namespace sunhall::ctl {

/// `sunhallctl client …`: the workstation's sync engine for scripts and operators, over a
/// profile folder made by `sunhallctl workstation enroll`. Each subcommand is listed under its
/// two-word name ("client login", "client case-accept", "client sync", "client cases",
/// "client status"), so `sunhallctl client login --profile P …` runs it directly; the one-word
/// "client" also takes the options first (`sunhallctl client --profile P login …`), as the
/// issue spells it, and lists the subcommands with --help.
QList<CtlCommand> clientCommands();

} // namespace sunhall::ctl
