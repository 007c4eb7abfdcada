// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateKeySet.h"
#include "core/common/Result.h"
#include "core/crypto/Sm2KeyPair.h"
#include "core/crypto/Sm2PublicKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sunhall::core {

/// The departments' certificate keys in a hall folder, laid out like the server's
/// checkpoint key in HALL/server-sign:
///
///     HALL/department-keys/                      0700
///     HALL/department-keys/SJ/                   0700, one folder per department code
///         private.pem    0600  SM2 key, encrypted PKCS#8 under the passphrase beside it
///         passphrase     0600  random, one line: the server opens the key unattended
///         public.pem     0644
///         revoked/<fingerprint>.json  0644  a withdrawn key: its public key, since when, why
///
/// A department has at most one key in use. Revoking it moves its public key to revoked/ and
/// deletes its private key and passphrase, after which a new key can be created. Nothing is
/// ever overwritten. Errors name the file or the department.
class DepartmentKeyFolder
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentKeyFolder)
public:
    explicit DepartmentKeyFolder(QString hallDir);

    static QString folderName() { return QStringLiteral("department-keys"); }
    /// HALL/department-keys.
    QString path() const;
    QString departmentPath(const QString &departmentCode) const;

    /// Creates the department's key and returns its public half. Refused when the
    /// department has a key in use ("certificate.department-key-exists").
    Result<Sm2PublicKey> create(const QString &departmentCode) const;
    bool hasKey(const QString &departmentCode) const;
    /// The key in use, opened with its passphrase: what signs the department's certificates.
    /// "certificate.department-key-missing" when the department has none.
    Result<Sm2KeyPair> signingKey(const QString &departmentCode) const;
    Result<Sm2PublicKey> publicKey(const QString &departmentCode) const;
    /// Withdraws the key in use from `since` on (certificates issued before stay valid) and
    /// returns it as revoked.
    Result<DepartmentKey> revoke(const QString &departmentCode, const QDateTime &since,
                                 const QString &reason) const;

    /// The codes of the departments that have a folder here, sorted.
    QStringList departments() const;
    /// Every department's key in use and revoked keys, with the names given (by code).
    Result<CertificateKeySet> keySet(const QMap<QString, QString> &departmentNames) const;

private:
    QString filePath(const QString &departmentCode, const QString &name) const;
    Status makePrivateFolder(const QString &path) const;
    Status addRevokedKeys(CertificateKeySet &keySet, const QString &departmentCode,
                          const QString &departmentName) const;
    static Result<DepartmentKey> readRevoked(const QString &path);
    static Error missingKey(const QString &departmentCode);

    QString m_hallDir;
};

} // namespace sunhall::core
