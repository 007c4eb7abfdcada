// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HallFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

namespace sunhall::server {

using core::makeError;
using core::Result;

namespace {
constexpr qint64 maxPemBytes = 1024 * 1024;

QString path(const QString &dir, const char *relative)
{
    return QDir(dir).filePath(QString::fromLatin1(relative));
}
} // namespace

Result<QByteArray> HallFolder::readFile(const QString &filePath, qint64 maxBytes)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("hall.file-unreadable"),
                         tr("Cannot read %1: %2").arg(filePath, file.errorString()),
                         QStringLiteral("dir"));
    }
    if (file.size() > maxBytes) {
        return makeError(QStringLiteral("hall.file-unreadable"),
                         tr("%1 is too large to be what the hall keeps there.").arg(filePath),
                         QStringLiteral("dir"));
    }
    return file.readAll();
}

Result<HallFolder::Config> HallFolder::readConfig(const QString &dir)
{
    const QString configPath = path(dir, "hall.json");
    if (!QFile::exists(configPath)) {
        return makeError(QStringLiteral("hall.missing"),
                         tr("%1 holds no hall (no hall.json). Create one first with "
                            "'sunhallctl hall init --dir %1'.")
                             .arg(dir),
                         QStringLiteral("dir"));
    }
    const auto bytes = readFile(configPath, maxPemBytes);
    if (!bytes)
        return bytes.error();
    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    Config config{json.value(QStringLiteral("name")).toString(),
                  json.value(QStringLiteral("code")).toString(),
                  json.value(QStringLiteral("db")).toString()};
    if (config.name.isEmpty()) {
        return makeError(
            QStringLiteral("hall.config-malformed"),
            tr("%1 is damaged: it is not a JSON object with the hall's \"name\".").arg(configPath),
            QStringLiteral("dir"));
    }
    return config;
}

Result<QSslConfiguration> HallFolder::tlsConfiguration(const QString &dir)
{
    const QString caPath = path(dir, "ca/ca.pem");
    const QString certPath = path(dir, "server/cert.pem");
    const QString keyPath = path(dir, "server/key.pem");
    const auto caPem = readFile(caPath, maxPemBytes);
    const auto certPem = readFile(certPath, maxPemBytes);
    const auto keyPem = readFile(keyPath, maxPemBytes);
    for (const auto *read : {&caPem, &certPem, &keyPem}) {
        if (!*read)
            return read->error();
    }
    const QList<QSslCertificate> ca = QSslCertificate::fromData(*caPem, QSsl::Pem);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    const QSslKey key(*keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    const auto unusable = [](const QString &file, const QString &what) {
        return makeError(QStringLiteral("hall.tls-unusable"),
                         tr("%1 does not hold %2.").arg(file, what), QStringLiteral("dir"));
    };
    if (ca.isEmpty())
        return unusable(caPath, tr("the hall's CA certificate"));
    if (chain.isEmpty())
        return unusable(certPath, tr("the server's certificate"));
    if (key.isNull())
        return unusable(keyPath, tr("an unencrypted ECDSA private key"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCaCertificates(ca);
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

Result<core::Sm2KeyPair> HallFolder::signingKey(const QString &dir)
{
    const auto pem = readFile(path(dir, "server-sign/private.pem"), maxPemBytes);
    if (!pem)
        return pem.error();
    const auto passphrase = readFile(path(dir, "server-sign/passphrase"), 4096);
    if (!passphrase)
        return passphrase.error();
    const QByteArray firstLine = passphrase->split('\n').value(0).trimmed();
    return core::Sm2KeyPair::fromEncryptedPem(*pem, QString::fromUtf8(firstLine));
}

QString HallFolder::attachmentsDir(const QString &dir)
{
    return path(dir, "attachments");
}

} // namespace sunhall::server
