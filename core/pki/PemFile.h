// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sunhall::core {

/// Reads and writes the hall's key and certificate files. A private key is created readable
/// and writable by its owner only (0600) from its first byte on, and no file is ever replaced:
/// writing over an existing key or certificate is refused ("file.exists"), so a mistyped
/// command cannot destroy the hall's CA.
class PemFile
{
    Q_DECLARE_TR_FUNCTIONS(PemFile)
public:
    enum class Access
    {
        Public,    // 0644: certificates, public keys, settings
        OwnerOnly, // 0600: private keys, passphrases
    };
    static constexpr qint64 maxReadSize = 1024 * 1024;

    static Status write(const QString &path, const QByteArray &data, Access access);
    static Status writeSecret(const QString &path, const QByteArray &data)
    {
        return write(path, data, Access::OwnerOnly);
    }
    /// The whole file, which must exist and be at most maxReadSize bytes.
    static Result<QByteArray> read(const QString &path);
};

} // namespace sunhall::core
