// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/CtlContext.h"

namespace sunhall::ctl {

/// `sunhallctl loadgen`: simulated windows and supervision screens against a hall's server on
/// this machine, for the server benchmarks of DESIGN.md §7 (push throughput and latency,
/// window-to-screen propagation, empty pulls per second), and the references they are set
/// beside (nginx serving a static file, a PostgreSQL LISTEN/NOTIFY round trip).
QList<CtlCommand> loadgenCommands();

} // namespace sunhall::ctl
