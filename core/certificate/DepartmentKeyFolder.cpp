// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/DepartmentKeyFolder.h"

#include "core/case/PayloadReader.h"
#include "core/certificate/CertificateContent.h"
#include "core/pki/PemFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace sunhall::core {

namespace {

using Presence = PayloadReader::Presence;

const QString privateName = QStringLiteral("private.pem");
const QString passphraseName = QStringLiteral("passphrase");
const QString publicName = QStringLiteral("public.pem");
const QString revokedName = QStringLiteral("revoked");

// The server opens a department key unattended, so its passphrase sits beside it in an
// owner-only file; encrypting still keeps the key out of backups that copy private.pem alone.
QString randomPassphrase()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / qsizetype(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

DepartmentKeyFolder::DepartmentKeyFolder(QString hallDir)
    : m_hallDir(std::move(hallDir))
{}

QString DepartmentKeyFolder::path() const
{
    return QDir(m_hallDir).filePath(folderName());
}

QString DepartmentKeyFolder::departmentPath(const QString &departmentCode) const
{
    return QDir(path()).filePath(departmentCode);
}

QString DepartmentKeyFolder::filePath(const QString &departmentCode, const QString &name) const
{
    return QDir(departmentPath(departmentCode)).filePath(name);
}

Error DepartmentKeyFolder::missingKey(const QString &departmentCode)
{
    return makeError(QStringLiteral("certificate.department-key-missing"),
                     tr("Department %1 has no certificate key; create one with 'sunhallctl "
                        "department keygen --department %1'.")
                         .arg(departmentCode),
                     QStringLiteral("department"));
}

bool DepartmentKeyFolder::hasKey(const QString &departmentCode) const
{
    return CertificateContent::checkDepartmentCode(departmentCode).ok() &&
           (QFile::exists(filePath(departmentCode, publicName)) ||
            QFile::exists(filePath(departmentCode, privateName)));
}

Status DepartmentKeyFolder::makePrivateFolder(const QString &folder) const
{
    // Only the hall's owner may even list the folders that hold its keys.
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return makeError(QStringLiteral("file.unwritable"),
                         tr("Cannot create the folder %1.").arg(folder), QStringLiteral("dir"));
    }
    return Status::success();
}

Result<Sm2PublicKey> DepartmentKeyFolder::create(const QString &departmentCode) const
{
    if (const Status code = CertificateContent::checkDepartmentCode(departmentCode); !code)
        return code.error();
    if (hasKey(departmentCode) || QFile::exists(filePath(departmentCode, passphraseName))) {
        return makeError(QStringLiteral("certificate.department-key-exists"),
                         tr("Department %1 already has a certificate key in %2; revoke it "
                            "before creating another.")
                             .arg(departmentCode, departmentPath(departmentCode)),
                         QStringLiteral("department"));
    }
    for (const QString &folder : {path(), departmentPath(departmentCode)}) {
        if (const Status made = makePrivateFolder(folder); !made)
            return made.error();
    }
    Result<Sm2KeyPair> pair = Sm2KeyPair::generate();
    if (!pair)
        return pair.error();
    const QString passphrase = randomPassphrase();
    const Result<QByteArray> pem = pair->privateKeyPemEncrypted(passphrase);
    if (!pem)
        return pem.error();
    using Access = PemFile::Access;
    const QList<std::tuple<QString, QByteArray, Access>> files{
        {passphraseName, passphrase.toLatin1() + '\n', Access::OwnerOnly},
        {privateName, *pem, Access::OwnerOnly},
        {publicName, pair->publicKeyPem(), Access::Public},
    };
    for (const auto &[name, data, access] : files) {
        if (const Status written = PemFile::write(filePath(departmentCode, name), data, access);
            !written) {
            // Every one of these files was checked absent above, so all are this run's.
            for (const auto &file : files)
                QFile::remove(filePath(departmentCode, std::get<0>(file)));
            return written.error();
        }
    }
    return pair->publicKey();
}

Result<Sm2KeyPair> DepartmentKeyFolder::signingKey(const QString &departmentCode) const
{
    if (!hasKey(departmentCode))
        return missingKey(departmentCode);
    const Result<QByteArray> pem = PemFile::read(filePath(departmentCode, privateName));
    if (!pem)
        return pem.error();
    const Result<QByteArray> passphrase = PemFile::read(filePath(departmentCode, passphraseName));
    if (!passphrase)
        return passphrase.error();
    const QByteArray firstLine = passphrase->split('\n').value(0).trimmed();
    Result<Sm2KeyPair> pair = Sm2KeyPair::fromEncryptedPem(*pem, QString::fromUtf8(firstLine));
    if (!pair) {
        return makeError(
            pair.error().code,
            tr("%1: %2").arg(filePath(departmentCode, privateName), pair.error().message),
            QStringLiteral("department"));
    }
    return pair;
}

Result<Sm2PublicKey> DepartmentKeyFolder::publicKey(const QString &departmentCode) const
{
    if (!hasKey(departmentCode))
        return missingKey(departmentCode);
    const QString file = filePath(departmentCode, publicName);
    const Result<QByteArray> pem = PemFile::read(file);
    if (!pem)
        return pem.error();
    Result<Sm2PublicKey> key = Sm2PublicKey::fromPem(*pem);
    if (!key)
        return makeError(key.error().code, tr("%1: %2").arg(file, key.error().message),
                         QStringLiteral("department"));
    return key;
}

Result<DepartmentKey> DepartmentKeyFolder::revoke(const QString &departmentCode,
                                                  const QDateTime &since,
                                                  const QString &reason) const
{
    const Result<Sm2PublicKey> key = publicKey(departmentCode);
    if (!key)
        return key.error();
    CertificateKeySet check;
    if (Status added = check.addKey(departmentCode, {}, *key); !added)
        return added.error();
    if (Status revoked = check.revokeKey(key->fingerprint(), since, reason); !revoked)
        return revoked.error();
    const DepartmentKey revokedKey = *check.key(key->fingerprint());
    const QJsonObject json{
        {QStringLiteral("departmentCode"), departmentCode},
        {QStringLiteral("fingerprint"), revokedKey.fingerprint},
        {QStringLiteral("publicKey"), QString::fromLatin1(revokedKey.publicKeyDer.toBase64())},
        {QStringLiteral("revokedAt"), instantToString(revokedKey.revokedAt)},
        {QStringLiteral("revokedReason"), revokedKey.revokedReason},
    };
    const QString folder = filePath(departmentCode, revokedName);
    if (const Status made = makePrivateFolder(folder); !made)
        return made.error();
    const Status written = PemFile::write(
        QDir(folder).filePath(revokedKey.fingerprint + QStringLiteral(".json")),
        QJsonDocument(json).toJson(QJsonDocument::Indented), PemFile::Access::Public);
    if (!written)
        return written.error();
    for (const QString &name : {privateName, passphraseName, publicName})
        QFile::remove(filePath(departmentCode, name));
    return revokedKey;
}

QStringList DepartmentKeyFolder::departments() const
{
    QStringList codes;
    const QStringList entries =
        QDir(path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        if (CertificateContent::checkDepartmentCode(entry))
            codes.append(entry);
    }
    return codes;
}

Result<CertificateKeySet>
DepartmentKeyFolder::keySet(const QMap<QString, QString> &departmentNames) const
{
    CertificateKeySet keySet;
    for (const QString &code : departments()) {
        const QString name = departmentNames.value(code);
        if (const Status revoked = addRevokedKeys(keySet, code, name); !revoked)
            return revoked.error();
        if (!hasKey(code))
            continue;
        const Result<Sm2PublicKey> key = publicKey(code);
        if (!key)
            return key.error();
        if (const Status added = keySet.addKey(code, name, *key); !added)
            return added.error();
    }
    return keySet;
}

Status DepartmentKeyFolder::addRevokedKeys(CertificateKeySet &keySet, const QString &departmentCode,
                                           const QString &departmentName) const
{
    const QDir folder(filePath(departmentCode, revokedName));
    for (const QString &entry :
         folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const Result<DepartmentKey> revoked = readRevoked(folder.filePath(entry));
        if (!revoked)
            return revoked.error();
        const Result<Sm2PublicKey> key = Sm2PublicKey::fromDer(revoked->publicKeyDer);
        Status added =
            key ? keySet.addKey(departmentCode, departmentName, *key) : Status(key.error());
        if (added)
            added =
                keySet.revokeKey(revoked->fingerprint, revoked->revokedAt, revoked->revokedReason);
        if (!added) {
            return makeError(added.error().code,
                             tr("%1: %2").arg(folder.filePath(entry), added.error().message),
                             QStringLiteral("department"));
        }
    }
    return Status::success();
}

Result<DepartmentKey> DepartmentKeyFolder::readRevoked(const QString &path)
{
    const Result<QByteArray> bytes = PemFile::read(path);
    if (!bytes)
        return bytes.error();
    const QJsonDocument document = QJsonDocument::fromJson(*bytes);
    PayloadReader reader(document.object());
    DepartmentKey key;
    key.departmentCode = reader.text(QStringLiteral("departmentCode"), Presence::Required, 64);
    key.fingerprint = reader.text(QStringLiteral("fingerprint"), Presence::Required, 64);
    key.publicKeyDer = QByteArray::fromBase64(
        reader.text(QStringLiteral("publicKey"), Presence::Required, 4096).toLatin1());
    key.revokedAt = reader.instant(QStringLiteral("revokedAt"));
    key.revokedReason = reader.text(QStringLiteral("revokedReason"), Presence::Optional,
                                    CertificateKeySet::maxReasonLength);
    Result<DepartmentKey> read = reader.finish(key);
    if (!read)
        return makeError(read.error().code, tr("%1: %2").arg(path, read.error().message),
                         QStringLiteral("department"));
    const Result<Sm2PublicKey> parsed = Sm2PublicKey::fromDer(key.publicKeyDer);
    if (!parsed || parsed->fingerprint() != key.fingerprint) {
        return makeError(QStringLiteral("certificate.fingerprint-mismatch"),
                         tr("%1: the public key is unreadable or its fingerprint is not the one "
                            "written beside it.")
                             .arg(path),
                         QStringLiteral("department"));
    }
    return read;
}

} // namespace sunhall::core
