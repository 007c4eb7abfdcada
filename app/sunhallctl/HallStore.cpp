// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/HallStore.h"

#include "core/common/DataPaths.h"

#include <QDir>
#include <QFileInfo>

namespace sunhall::ctl {

using namespace sunhall::core;

QString HallStore::storePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("hall.db"));
}

Result<std::unique_ptr<LocalStore>> HallStore::open(const QString &dir)
{
    if (!QFileInfo::exists(storePath(dir))) {
        return makeError(QStringLiteral("hall.missing"),
                         tr("%1 holds no hall (no hall.db). Create one first, for example with "
                            "'sunhallctl demo init --dir %1'.")
                             .arg(dir),
                         QStringLiteral("dir"));
    }
    return LocalStore::open(storePath(dir));
}

Result<WorkingCalendar> HallStore::calendar(const QString &dir)
{
    if (dir.isEmpty())
        return WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    Result<std::unique_ptr<LocalStore>> store = open(dir);
    if (!store)
        return store.error();
    return store.value()->loadCalendar();
}

} // namespace sunhall::ctl
