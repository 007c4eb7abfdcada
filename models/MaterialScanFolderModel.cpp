// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MaterialScanFolderModel.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace sunhall::models {

namespace {

// A scanner writes a page over a moment; the list waits for it to finish.
constexpr int settleMs = 250;

const QStringList scanPatterns{QStringLiteral("*.pdf"),  QStringLiteral("*.jpg"),
                               QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                               QStringLiteral("*.tif"),  QStringLiteral("*.tiff")};

} // namespace

MaterialScanFolderModel::MaterialScanFolderModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_settle, &QTimer::timeout, this, &MaterialScanFolderModel::rescan);
}

core::Status MaterialScanFolderModel::setFolder(const QString &path)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_known.clear();
    m_attached.clear();
    if (path.isEmpty()) {
        m_folder.clear();
        beginResetModel();
        m_entries.clear();
        endResetModel();
        return core::Status::success();
    }
    const QFileInfo info(path);
    if (!info.isDir()) {
        return core::makeError(QStringLiteral("scan.folder-missing"),
                               tr("The scan folder %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                               QStringLiteral("scanFolder"));
    }
    m_folder = info.absoluteFilePath();
    m_watcher.addPath(m_folder);
    const QFileInfoList files = QDir(m_folder).entryInfoList(scanPatterns, QDir::Files);
    for (const QFileInfo &file : files)
        m_known.insert(file.absoluteFilePath());
    rescan();
    return core::Status::success();
}

void MaterialScanFolderModel::rescan()
{
    if (m_folder.isEmpty())
        return;
    QDir dir(m_folder);
    dir.setNameFilters(scanPatterns);
    dir.setFilter(QDir::Files | QDir::Readable);
    QList<Entry> entries;
    QStringList arrived;
    for (const QFileInfo &file : dir.entryInfoList()) {
        if (file.size() == 0)
            continue; // still being written
        const QString path = file.absoluteFilePath();
        const bool seen = m_known.contains(path);
        bool isNew = !seen;
        for (const Entry &old : std::as_const(m_entries)) {
            if (old.path == path)
                isNew = old.isNew;
        }
        if (!seen) {
            m_known.insert(path);
            arrived.append(path);
        }
        entries.append(Entry{path, file.fileName(), file.lastModified(), file.size(), isNew});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
    });
    beginResetModel();
    m_entries = entries;
    endResetModel();
    for (const QString &path : std::as_const(arrived))
        emit scanArrived(path);
}

QString MaterialScanFolderModel::filePath(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return m_entries.at(row).path;
}

int MaterialScanFolderModel::rowOfPath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == absolute)
            return row;
    }
    return -1;
}

void MaterialScanFolderModel::setAttached(const QSet<QString> &paths)
{
    m_attached = paths;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
}

int MaterialScanFolderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant MaterialScanFolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const bool attached = m_attached.contains(entry.path);
    switch (role) {
    case Qt::DisplayRole: {
        const QString time = QLocale().toString(entry.modified.time(), QLocale::ShortFormat);
        if (attached)
            return tr("%1 · %2 · attached", "file name, time").arg(entry.name, time);
        if (entry.isNew)
            return tr("%1 · %2 · new", "file name, time").arg(entry.name, time);
        return tr("%1 · %2", "file name, time").arg(entry.name, time);
    }
    case Qt::ToolTipRole:
        return tr("%1\n%2, scanned %3", "path, size, date and time")
            .arg(QDir::toNativeSeparators(entry.path), sizeText(entry.size),
                 QLocale().toString(entry.modified, QLocale::ShortFormat));
    case Qt::FontRole:
        if (entry.isNew && !attached) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case FilePathRole:
        return entry.path;
    case IsNewRole:
        return entry.isNew;
    case IsAttachedRole:
        return attached;
    default:
        return {};
    }
}

QString MaterialScanFolderModel::sizeText(qint64 bytes) const
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace sunhall::models
