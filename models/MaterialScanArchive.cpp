// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MaterialScanArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sunhall::models {

namespace {

core::Error scanError(const QString &code, const QString &message)
{
    return core::makeError(code, message, QStringLiteral("scan"));
}

} // namespace

MaterialScanArchive::MaterialScanArchive(QString dir)
    : m_dir(std::move(dir))
{}

QString MaterialScanArchive::pathOf(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

QByteArray MaterialScanArchive::mediaTypeOf(QByteArrayView head)
{
    if (head.startsWith("%PDF"))
        return QByteArrayLiteral("application/pdf");
    if (head.startsWith("\xFF\xD8\xFF"))
        return QByteArrayLiteral("image/jpeg");
    if (head.startsWith("\x89PNG"))
        return QByteArrayLiteral("image/png");
    if (head.startsWith(QByteArrayView("II*\0", 4)) || head.startsWith(QByteArrayView("MM\0*", 4)))
        return QByteArrayLiteral("image/tiff");
    return {};
}

core::Result<MaterialScan> MaterialScanArchive::keep(const QString &path) const
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return scanError(QStringLiteral("scan.unreadable"),
                         tr("The file %1 cannot be read: %2")
                             .arg(shown, info.isFile() ? file.errorString() : tr("it is missing")));
    }
    if (file.size() == 0)
        return scanError(QStringLiteral("scan.empty"), tr("The file %1 is empty.").arg(shown));
    if (file.size() > maxBytes) {
        return scanError(QStringLiteral("scan.too-large"),
                         tr("The file %1 is larger than %2 MiB; scan it again at a lower "
                            "resolution.")
                             .arg(shown)
                             .arg(maxBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    MaterialScan scan;
    scan.mediaType = mediaTypeOf(bytes);
    if (scan.mediaType.isEmpty()) {
        return scanError(QStringLiteral("scan.type"),
                         tr("The file %1 is not a PDF, JPEG, PNG or TIFF file; only these can be "
                            "attached.")
                             .arg(shown));
    }
    scan.fileName = info.fileName();
    scan.sourcePath = info.absoluteFilePath();
    scan.size = bytes.size();
    scan.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    scan.keptPath = pathOf(scan.sha256);
    if (QFileInfo(scan.keptPath).size() == scan.size)
        return scan;
    QDir().mkpath(QFileInfo(scan.keptPath).absolutePath());
    QSaveFile kept(scan.keptPath);
    if (!kept.open(QIODevice::WriteOnly) || kept.write(bytes) != bytes.size() || !kept.commit()) {
        return scanError(QStringLiteral("scan.io"),
                         tr("The copy of %1 cannot be kept in %2: %3")
                             .arg(shown, QDir::toNativeSeparators(m_dir), kept.errorString()));
    }
    return scan;
}

} // namespace sunhall::models
