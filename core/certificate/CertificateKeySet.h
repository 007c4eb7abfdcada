// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Sm2PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace sunhall::core {

class PayloadReader;

/// A department's public SM2 key for certificates: which department, its fingerprint (the
/// key id certificates carry), the DER SubjectPublicKeyInfo, and when it was withdrawn, if it
/// was. A certificate issued before `revokedAt` stays valid; one issued at or after it is
/// refused, so a key is retired by revoking it from the day its successor takes over, and a
/// stolen key is revoked from the earliest moment it may have been misused.
struct DepartmentKey
{
    QString departmentCode;
    QString fingerprint; // 64 lower-case hex digits: SM3 of publicKeyDer
    QByteArray publicKeyDer;
    QDateTime revokedAt; // invalid: in use
    QString revokedReason;

    bool isRevoked() const { return revokedAt.isValid(); }
    /// Whether a certificate issued at `issuedAt` comes after the key's withdrawal.
    bool isRevokedAt(const QDateTime &issuedAt) const
    {
        return revokedAt.isValid() && revokedAt <= issuedAt;
    }

    friend bool operator==(const DepartmentKey &, const DepartmentKey &) = default;
};

/// A certificate withdrawn before the end of its validity (吊销), by number.
struct RevokedCertificate
{
    QString number;
    QDateTime revokedAt;
    QString reason;

    friend bool operator==(const RevokedCertificate &, const RevokedCertificate &) = default;
};

/// What a verifier trusts, and what the hall server hands to every client so that
/// certificates can be verified offline: the departments' public keys with their names and
/// revocations, and the list of revoked certificates. Its JSON ("sunhall-certificate-keys",
/// version 1) is documented in docs/certificate-qr.md; fromJson() checks every value and
/// that each fingerprint is the SM3 of its key, and names the offending field.
class CertificateKeySet
{
    Q_DECLARE_TR_FUNCTIONS(CertificateKeySet)
public:
    static constexpr QLatin1String format{"sunhall-certificate-keys"};
    static constexpr int version = 1;
    static constexpr qsizetype maxJsonSize = 32 * 1024 * 1024;
    static constexpr qsizetype maxReasonLength = 500;

    /// Adds a department's key (and the department's name, when given). A key already known
    /// under another department is refused ("certificate.key-duplicate"); the same key under
    /// the same department again is accepted and changes nothing.
    Status addKey(const QString &departmentCode, const QString &departmentName,
                  const Sm2PublicKey &key);
    /// Withdraws a known key from `at` on; revoking it again keeps the earlier instant.
    Status revokeKey(const QString &fingerprint, const QDateTime &at, const QString &reason);
    /// Adds a certificate to the revocation list; an entry already there keeps its first
    /// instant and reason.
    Status revokeCertificate(const QString &number, const QDateTime &at, const QString &reason);

    /// The key with this fingerprint, or null.
    const DepartmentKey *key(const QString &fingerprint) const;
    /// The revocation of a certificate, or null when it is not revoked.
    const RevokedCertificate *revokedCertificate(const QString &number) const;
    /// The department's name as the key set knows it; empty when unknown.
    QString departmentName(const QString &departmentCode) const;

    /// Every key, by department code and then in the order added.
    QList<DepartmentKey> keys() const;
    QList<DepartmentKey> keysOf(const QString &departmentCode) const;
    /// Every revoked certificate, by number.
    QList<RevokedCertificate> revokedCertificates() const;
    bool isEmpty() const { return m_keys.isEmpty() && m_revoked.isEmpty(); }

    QByteArray toJson() const;
    static Result<CertificateKeySet> fromJson(QByteArrayView json);

    /// Equal when they hold the same keys per department, names and revocations, whatever
    /// order the departments were added in.
    friend bool operator==(const CertificateKeySet &a, const CertificateKeySet &b)
    {
        return a.keys() == b.keys() && a.m_departmentNames == b.m_departmentNames &&
               a.m_revoked == b.m_revoked;
    }

private:
    void readDepartment(PayloadReader &reader);
    /// Records a failed status in reader, naming the field as reader sees it.
    static void report(PayloadReader &reader, const Status &status, const QString &key = {});

    QList<DepartmentKey> m_keys;
    QHash<QString, qsizetype> m_keyIndex; // fingerprint → index in m_keys
    QMap<QString, QString> m_departmentNames;
    QMap<QString, RevokedCertificate> m_revoked;
};

} // namespace sunhall::core
