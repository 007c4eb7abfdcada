// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/CtlContext.h"

namespace sunhall::ctl {

/// `audit verify --dir HALL [--db URL] [--key PUB]`: recomputes the hall's SM3 audit chain
/// and checks its signed checkpoints; exit 0 when intact, 1 naming the first bad serverSeq.
QList<CtlCommand> auditCommands();

} // namespace sunhall::ctl
