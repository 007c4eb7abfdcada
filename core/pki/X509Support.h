// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/OpenSslSupport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/x509.h>

#include <memory>

namespace sunhall::core {

/// Frees the libcrypto X.509 handles the pki unit holds, so each lives in an X509Ptr-like
/// owner and none leaks on an early return. Key and BIO handles use OpenSslDeleter.
struct X509Deleter
{
    void operator()(X509 *certificate) const;
    void operator()(X509_EXTENSION *extension) const;
    void operator()(BIGNUM *number) const;
};

template<typename T>
using X509Owned = std::unique_ptr<T, X509Deleter>;

/// The PEM ("BEGIN CERTIFICATE") of a certificate; empty when libcrypto refused.
QByteArray certificatePem(X509 *certificate);
/// The DER encoding of a certificate; empty when libcrypto refused.
QByteArray certificateDer(X509 *certificate);
/// The serial number in upper-case hex without separators ("5F0A…").
QString certificateSerialHex(const X509 *certificate);
/// SHA-256 of the DER certificate, lower-case hex: what QSslCertificate::digest(Sha256)
/// gives as hex, so the server can compare it with a peer's certificate directly.
QString certificateFingerprint(X509 *certificate);
/// The subject's common name (UTF-8), or empty.
QString certificateCommonName(const X509 *certificate);
QDateTime certificateNotBefore(const X509 *certificate);
QDateTime certificateNotAfter(const X509 *certificate);

/// The unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY") of a private key, which QSslKey and the
/// openssl command line read; empty when libcrypto refused.
QByteArray privateKeyPem(EVP_PKEY *key);

/// Parses one PEM certificate; null when the text is not one (the reason is on the error
/// queue).
X509Owned<X509> parseCertificatePem(QByteArrayView pem);
/// Parses an unencrypted PEM private key; null when the text is not one.
OpenSslPtr<EVP_PKEY> parsePrivateKeyPem(QByteArrayView pem);

} // namespace sunhall::core
