// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateKeySet.h"
#include "core/certificate/CertificateVerification.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringView>

namespace sunhall::core {

/// Tells whether a scanned certificate QR code is genuine, from the department keys and the
/// revocation list it holds (a CertificateKeySet), so it works offline from keys cached at
/// the last sync. verify() answers:
/// - Unknown when the text is not a Sunhall certificate code (or of a later format), when the
///   signing key is not in the key set, or when the key belongs to another department than
///   the certificate names;
/// - Altered when the code is damaged (cut off, not base64url, data not in the
///   SUNHALL-CERT/1 format) or the signature does not match the data;
/// - Revoked when the certificate's number is on the revocation list, or its key was
///   withdrawn at or before the certificate's instant of issue;
/// - Valid otherwise. Whether the certificate is still within its validity is a separate
///   question: CertificateContent::isInForceOn().
class CertificateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerifier)
public:
    CertificateVerifier() = default;
    explicit CertificateVerifier(CertificateKeySet keySet);

    const CertificateKeySet &keySet() const { return m_keySet; }
    void setKeySet(CertificateKeySet keySet) { m_keySet = std::move(keySet); }

    /// A verifier over the key set JSON the server hands out (CertificateKeySet::fromJson).
    static Result<CertificateVerifier> fromJson(QByteArrayView json);
    QByteArray toJson() const { return m_keySet.toJson(); }

    CertificateVerification verify(QStringView qrText) const;

private:
    CertificateVerification checkSignature(const QByteArray &signedBytes,
                                           const QByteArray &signature,
                                           CertificateContent content) const;
    CertificateVerification checkRevocation(CertificateVerification verification) const;

    CertificateKeySet m_keySet;
};

} // namespace sunhall::core
