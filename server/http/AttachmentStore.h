// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sunhall::server {

/// Scanned material kept on the server (DESIGN.md §3), content-addressed by SHA-256 under
/// HALL/attachments: a complete file at `<first two hex digits>/<sha256>`, an upload in
/// progress at `partial/<sha256>.part`. Uploads are resumable: a chunk is appended only at the
/// offset equal to what is already received. Only PDF, JPEG, PNG and TIFF are kept (checked by
/// their first bytes as soon as there are enough), at most 50 MiB; the final chunk completes
/// the upload only when the SHA-256 of the bytes equals the name. A refused upload is dropped.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
public:
    static constexpr qint64 maxBytes = 50 * 1024 * 1024;

    struct Progress
    {
        qint64 received = 0;
        bool complete = false;
    };
    struct Content
    {
        QByteArray bytes;
        QByteArray type; // "application/pdf", "image/jpeg", …
    };

    explicit AttachmentStore(QString dir);

    /// Creates the folders; an error names the one that cannot be made.
    core::Status prepare() const;
    /// Whether `name` is a SHA-256 in lower-case hex (64 digits).
    static bool isValidName(const QString &name);
    /// The media type of a file starting with `head`, or empty for a type not kept.
    static QByteArray typeOf(QByteArrayView head);

    /// Appends `chunk` at `offset`. Errors: "attachment.offset" (another offset than what is
    /// received; see status()), "attachment.too-large", "attachment.type",
    /// "attachment.hash-mismatch", "attachment.io".
    core::Result<Progress> append(const QString &sha256, qint64 offset, const QByteArray &chunk,
                                  bool final);
    Progress status(const QString &sha256) const;
    /// A complete attachment; "attachment.not-found" otherwise.
    core::Result<Content> read(const QString &sha256) const;

private:
    QString completePath(const QString &sha256) const;
    QString partialPath(const QString &sha256) const;
    core::Status checkType(const QString &sha256, const QByteArray &chunk, qint64 offset,
                           bool final) const;
    core::Result<Progress> complete(const QString &sha256);
    core::Error dropped(const QString &sha256, core::Error error) const;
    core::Error ioError(const QString &path, const QString &detail) const;

    QString m_dir;
};

} // namespace sunhall::server
