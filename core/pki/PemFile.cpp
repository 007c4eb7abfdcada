// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/PemFile.h"

#include <QFile>

namespace sunhall::core {

Status PemFile::write(const QString &path, const QByteArray &data, Access access)
{
    const QFile::Permissions permissions =
        access == Access::OwnerOnly
            ? QFile::ReadOwner | QFile::WriteOwner
            : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    if (QFile::exists(path)) {
        return makeError(QStringLiteral("file.exists"),
                         tr("%1 already exists; Sunhall never overwrites a key or certificate "
                            "file.")
                             .arg(path),
                         QStringLiteral("path"));
    }
    QFile file(path);
    // NewOnly creates the file with these permissions, so a key is never readable by others,
    // not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)) {
        return makeError(QStringLiteral("file.unwritable"),
                         tr("Cannot create %1: %2").arg(path, file.errorString()),
                         QStringLiteral("path"));
    }
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return makeError(QStringLiteral("file.unwritable"),
                         tr("Cannot write %1: %2").arg(path, reason), QStringLiteral("path"));
    }
    return Status::success();
}

Result<QByteArray> PemFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("file.unreadable"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()),
                         QStringLiteral("path"));
    }
    if (file.size() > maxReadSize) {
        return makeError(QStringLiteral("file.too-large"),
                         tr("%1 is larger than the %2 KiB a key or certificate file may be.")
                             .arg(path)
                             .arg(maxReadSize / 1024),
                         QStringLiteral("path"));
    }
    return file.read(maxReadSize);
}

} // namespace sunhall::core
