// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/CtlContext.h"

namespace sunhall::ctl {

/// The SMS notice commands (DOMAIN.md §10, docs/notifications.md): `notify template list|set
/// --dir HALL` shows and edits the texts of the notices to applicants, `notify status --dir
/// HALL` counts the outbox's queued, sent, failed and skipped notices (and lists the latest
/// with --list N), `notify retry --dir HALL` queues the failed ones again.
QList<CtlCommand> notifyCommands();

} // namespace sunhall::ctl
