// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sunhall::core {

/// Where the shipped data files (calendars, the demo catalogue) are read from at run time.
/// In order: the `SUNHALL_DATA_DIR` environment variable; `../share/sunhall` beside the
/// running executable (the build tree and an installed package share that layout); the
/// install prefix the program was built for.
class DataPaths
{
public:
    static QString dataDir();
    static QString calendarsDir() { return dataDir() + QStringLiteral("/calendars"); }
    static QString catalogDir() { return dataDir() + QStringLiteral("/catalog"); }
};

} // namespace sunhall::core
