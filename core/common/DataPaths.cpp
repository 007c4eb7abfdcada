// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sunhall::core {

QString DataPaths::dataDir()
{
    const QString fromEnv = qEnvironmentVariable("SUNHALL_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (QCoreApplication::instance()) {
        const QString besideExe =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../share/sunhall");
        if (QFileInfo::exists(besideExe))
            return QDir::cleanPath(besideExe);
    }
    return QStringLiteral(SUNHALL_DATA_INSTALL_DIR);
}

} // namespace sunhall::core
