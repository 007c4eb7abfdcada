// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Sm2KeyPair.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

namespace sunhall::server {

/// What the server reads from a hall folder made by `sunhallctl hall init`: hall.json
/// ({name, code, db?}), the TLS material (ca/ca.pem, server/cert.pem, server/key.pem) as a
/// mutual-TLS server configuration that trusts the hall CA alone, the checkpoint-signing SM2
/// key (server-sign/private.pem under the passphrase in server-sign/passphrase), and the
/// attachments folder. Every error names the file.
class HallFolder
{
    Q_DECLARE_TR_FUNCTIONS(HallFolder)
public:
    struct Config
    {
        QString name;
        QString code;
        QString databaseUrl; // empty: SQLite in hall.db
    };

    static core::Result<Config> readConfig(const QString &dir);
    /// TLS 1.2 or later, the server's certificate and ECDSA key, only the hall CA as CA
    /// certificate and VerifyPeer: a client without a certificate from that CA fails its
    /// handshake.
    static core::Result<QSslConfiguration> tlsConfiguration(const QString &dir);
    static core::Result<core::Sm2KeyPair> signingKey(const QString &dir);
    static QString attachmentsDir(const QString &dir);

private:
    static core::Result<QByteArray> readFile(const QString &path, qint64 maxBytes);
};

} // namespace sunhall::server
