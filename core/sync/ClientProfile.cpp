// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ClientProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::core {

namespace {

constexpr qint64 maxFileBytes = 1024 * 1024;

Result<QByteArray> readProfileFile(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            QStringLiteral("profile.file-missing"),
            ClientProfile::tr("The workstation profile has no readable %1 (%2): %3")
                .arg(name, QDir::toNativeSeparators(file.fileName()), file.errorString()),
            name);
    }
    if (file.size() > maxFileBytes) {
        return makeError(QStringLiteral("profile.file-too-large"),
                         ClientProfile::tr("The file %1 of the workstation profile is too large "
                                           "to be what it should be.")
                             .arg(QDir::toNativeSeparators(file.fileName())),
                         name);
    }
    return file.readAll();
}

Error badFile(const QString &code, const QString &message, const QString &name)
{
    return makeError(code, message, name);
}

} // namespace

Result<QUrl> ClientProfile::parseServer(const QString &server, const QString &field)
{
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return makeError(
            QStringLiteral("profile.bad-server"),
            tr("\"%1\" is not a server address of the form https://HOST:PORT.").arg(server), field);
    }
    QUrl base;
    base.setScheme(url.scheme());
    base.setHost(url.host());
    base.setPort(url.port(443));
    return base;
}

Result<ClientProfile> ClientProfile::load(const QString &dirPath, const QString &server)
{
    const QDir dir(dirPath);
    if (!dir.exists()) {
        return makeError(QStringLiteral("profile.missing"),
                         tr("The workstation profile folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(dirPath)),
                         QStringLiteral("profile"));
    }
    ClientProfile profile;
    profile.m_directory = dir.absolutePath();

    const Result<QByteArray> settings = readProfileFile(dir, QStringLiteral("profile.json"));
    if (!settings)
        return settings.error();
    const QJsonDocument document = QJsonDocument::fromJson(*settings);
    const QJsonObject json = document.object();
    profile.m_workstation = json.value(QStringLiteral("workstation")).toString();
    profile.m_hall = json.value(QStringLiteral("hall")).toString();
    if (!document.isObject() || profile.m_workstation.isEmpty()) {
        return badFile(QStringLiteral("profile.bad-settings"),
                       tr("profile.json in %1 must be a JSON object naming the workstation "
                          "(\"workstation\") and the server (\"server\").")
                           .arg(QDir::toNativeSeparators(dirPath)),
                       QStringLiteral("profile.json"));
    }
    const QString address =
        server.isEmpty() ? json.value(QStringLiteral("server")).toString() : server;
    const Result<QUrl> url = parseServer(address, server.isEmpty() ? QStringLiteral("profile.json")
                                                                   : QStringLiteral("server"));
    if (!url)
        return url.error();
    profile.m_server = *url;

    const Result<QByteArray> cert = readProfileFile(dir, QStringLiteral("cert.pem"));
    if (!cert)
        return cert.error();
    profile.m_certificate = QSslCertificate(*cert, QSsl::Pem);
    if (profile.m_certificate.isNull()) {
        return badFile(
            QStringLiteral("profile.bad-certificate"),
            tr("cert.pem in %1 holds no PEM certificate.").arg(QDir::toNativeSeparators(dirPath)),
            QStringLiteral("cert.pem"));
    }
    const Result<QByteArray> key = readProfileFile(dir, QStringLiteral("key.pem"));
    if (!key)
        return key.error();
    profile.m_key = QSslKey(*key, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (profile.m_key.isNull()) {
        return badFile(QStringLiteral("profile.bad-key"),
                       tr("key.pem in %1 holds no ECDSA private key in PEM form.")
                           .arg(QDir::toNativeSeparators(dirPath)),
                       QStringLiteral("key.pem"));
    }
    const Result<QByteArray> ca = readProfileFile(dir, QStringLiteral("ca.pem"));
    if (!ca)
        return ca.error();
    profile.m_caCertificates = QSslCertificate::fromData(*ca, QSsl::Pem);
    if (profile.m_caCertificates.isEmpty()) {
        return badFile(QStringLiteral("profile.bad-ca"),
                       tr("ca.pem in %1 holds no PEM certificate of the hall's CA.")
                           .arg(QDir::toNativeSeparators(dirPath)),
                       QStringLiteral("ca.pem"));
    }
    return profile;
}

QString ClientProfile::storePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("local.db"));
}

QSslConfiguration ClientProfile::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // setCaCertificates replaces the system store and turns off loading roots on demand.
    config.setCaCertificates(m_caCertificates);
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace sunhall::core
