// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QSet>
#include <QTimer>

namespace sunhall::models {

/// The files in the window's scan folder, where the scanner drops what it scans: PDF, JPEG,
/// PNG and TIFF files (by their extension), newest first. The folder is watched, so a file
/// that the scanner writes appears at once (after a short pause, so that it is complete);
/// files that arrived since the folder was set are marked new, and files the clerk attached
/// are marked attached. Nothing in the folder is ever changed.
class MaterialScanFolderModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        FilePathRole = Qt::UserRole + 1, ///< the absolute path
        IsNewRole,                       ///< bool: arrived since the folder was set
        IsAttachedRole,                  ///< bool: attached to a material at this intake
    };
    Q_ENUM(Role)

    explicit MaterialScanFolderModel(QObject *parent = nullptr);

    /// Watches `path` (an existing folder) and lists its scans; an empty path stops watching.
    /// The error ("scan.folder-missing") names the folder.
    core::Status setFolder(const QString &path);
    QString folder() const { return m_folder; }
    QString filePath(int row) const;
    int rowOfPath(const QString &path) const;
    /// Marks a file as attached, or (with an empty path list) clears every mark.
    void setAttached(const QSet<QString> &paths);
    /// Lists the folder again now, without waiting for the watcher.
    void rescan();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    /// A scan appeared in the folder after it was set.
    void scanArrived(const QString &path);

private:
    struct Entry
    {
        QString path;
        QString name;
        QDateTime modified;
        qint64 size = 0;
        bool isNew = false;
    };

    QString sizeText(qint64 bytes) const;

    QString m_folder;
    QList<Entry> m_entries;
    QSet<QString> m_known; // paths listed when the folder was set or seen since
    QSet<QString> m_attached;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace sunhall::models
