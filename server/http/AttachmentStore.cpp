// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sunhall::server {

using core::Error;
using core::makeError;
using core::Result;
using core::Status;

namespace {
// Enough leading bytes to tell every kept type apart.
constexpr qsizetype magicBytes = 4;
} // namespace

AttachmentStore::AttachmentStore(QString dir)
    : m_dir(std::move(dir))
{}

Status AttachmentStore::prepare() const
{
    const QString partial = QDir(m_dir).filePath(QStringLiteral("partial"));
    if (!QDir().mkpath(partial))
        return ioError(partial, tr("the folder cannot be created"));
    return Status::success();
}

bool AttachmentStore::isValidName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(name).hasMatch();
}

QByteArray AttachmentStore::typeOf(QByteArrayView head)
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

QString AttachmentStore::completePath(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

QString AttachmentStore::partialPath(const QString &sha256) const
{
    return QDir(m_dir).filePath(QStringLiteral("partial/") + sha256 + QStringLiteral(".part"));
}

AttachmentStore::Progress AttachmentStore::status(const QString &sha256) const
{
    const QFileInfo done(completePath(sha256));
    if (done.exists())
        return {done.size(), true};
    const QFileInfo partial(partialPath(sha256));
    return {partial.exists() ? partial.size() : 0, false};
}

Result<AttachmentStore::Progress> AttachmentStore::append(const QString &sha256, qint64 offset,
                                                          const QByteArray &chunk, bool final)
{
    const Progress now = status(sha256);
    if (now.complete)
        return now; // content-addressed: the same bytes are already here
    if (offset != now.received) {
        return makeError(
            QStringLiteral("attachment.offset"),
            tr("The upload continues at byte %1, not at byte %2.").arg(now.received).arg(offset),
            QStringLiteral("offset"));
    }
    if (offset + chunk.size() > maxBytes) {
        return dropped(
            sha256,
            makeError(QStringLiteral("attachment.too-large"),
                      tr("An attachment may be at most %1 MiB.").arg(maxBytes / (1024 * 1024)),
                      QStringLiteral("body")));
    }
    if (auto typeOk = checkType(sha256, chunk, offset, final); !typeOk)
        return dropped(sha256, typeOk.error());
    QFile file(partialPath(sha256));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(chunk) != chunk.size() ||
        !file.flush())
        return ioError(file.fileName(), file.errorString());
    file.close();
    if (final)
        return complete(sha256);
    return Progress{offset + chunk.size(), false};
}

Status AttachmentStore::checkType(const QString &sha256, const QByteArray &chunk, qint64 offset,
                                  bool final) const
{
    if (offset >= magicBytes)
        return Status::success(); // checked when the first bytes came
    QByteArray head;
    if (offset > 0) {
        QFile file(partialPath(sha256));
        if (file.open(QIODevice::ReadOnly))
            head = file.read(magicBytes);
    }
    head += chunk.left(magicBytes - head.size());
    if (head.size() < magicBytes && !final && typeOf(head).isEmpty())
        return Status::success(); // too few bytes to tell yet
    if (!typeOf(head).isEmpty())
        return Status::success();
    return makeError(QStringLiteral("attachment.type"),
                     tr("Only PDF, JPEG, PNG and TIFF files can be attached; this file is none "
                        "of them."),
                     QStringLiteral("body"));
}

Result<AttachmentStore::Progress> AttachmentStore::complete(const QString &sha256)
{
    const QString partial = partialPath(sha256);
    QFile file(partial);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(partial, file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return ioError(partial, file.errorString());
    const qint64 size = file.size();
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        return dropped(sha256, makeError(QStringLiteral("attachment.hash-mismatch"),
                                         tr("The uploaded bytes do not have the SHA-256 %1; the "
                                            "upload was dropped, send it again.")
                                             .arg(sha256),
                                         QStringLiteral("sha256")));
    }
    const QString target = completePath(sha256);
    if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::rename(partial, target))
        return ioError(target, tr("the file cannot be moved into place"));
    return Progress{size, true};
}

Error AttachmentStore::dropped(const QString &sha256, Error error) const
{
    QFile::remove(partialPath(sha256));
    return error;
}

Error AttachmentStore::ioError(const QString &path, const QString &detail) const
{
    return makeError(QStringLiteral("attachment.io"),
                     tr("The server cannot store the attachment in %1: %2").arg(path, detail));
}

Result<AttachmentStore::Content> AttachmentStore::read(const QString &sha256) const
{
    QFile file(completePath(sha256));
    if (!file.exists()) {
        return makeError(QStringLiteral("attachment.not-found"),
                         tr("There is no attachment %1 on the server.").arg(sha256),
                         QStringLiteral("sha256"));
    }
    if (!file.open(QIODevice::ReadOnly))
        return ioError(file.fileName(), file.errorString());
    Content content;
    content.bytes = file.readAll();
    content.type = typeOf(
        QByteArrayView(content.bytes).first(qMin<qsizetype>(magicBytes, content.bytes.size())));
    return content;
}

} // namespace sunhall::server
