// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "models/MaterialScan.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sunhall::models {

/// The workstation's copy of every scanned material handed in at the window, content-addressed
/// like the server's attachment store: a file is kept at `<dir>/<first two hex digits>/<sha256>`
/// so that it survives the scan folder being emptied and can be uploaded later with
/// `PUT /v1/attachments/{sha256}` (docs/protocol.md). The server's rules are applied at once,
/// so that the clerk hears about a wrong file at the window and not after the upload: only PDF,
/// JPEG, PNG and TIFF (judged by their first bytes), at most 50 MiB, not empty.
class MaterialScanArchive
{
    Q_DECLARE_TR_FUNCTIONS(MaterialScanArchive)
public:
    static constexpr qint64 maxBytes = 50 * 1024 * 1024;

    explicit MaterialScanArchive(QString dir);

    QString directory() const { return m_dir; }
    /// Reads the file at `path`, checks it, and keeps a copy under its SHA-256. A file kept
    /// before is not copied again. Errors ("scan.unreadable", "scan.empty", "scan.too-large",
    /// "scan.type", "scan.io") name the file.
    core::Result<MaterialScan> keep(const QString &path) const;
    /// Where the archive keeps the file with this SHA-256.
    QString pathOf(const QString &sha256) const;
    /// The media type of a file starting with `head`, or empty for a type that is not kept.
    static QByteArray mediaTypeOf(QByteArrayView head);

private:
    QString m_dir;
};

} // namespace sunhall::models
