// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace sunhall::models {

/// A scanned material kept at the workstation: the file the clerk chose, dropped or took from
/// the scan folder, identified by the SHA-256 of its bytes (DESIGN.md §3), with the copy the
/// archive keeps for upload and preview.
struct MaterialScan
{
    QString fileName;     // the name the file had, for the clerk and the payload
    QString sourcePath;   // where it was taken from
    QString keptPath;     // the archive's copy
    QString sha256;       // 64 lowercase hex digits
    QByteArray mediaType; // "application/pdf", "image/jpeg", "image/png", "image/tiff"
    qint64 size = 0;

    bool isPdf() const { return mediaType == "application/pdf"; }

    friend bool operator==(const MaterialScan &, const MaterialScan &) = default;
};

} // namespace sunhall::models
