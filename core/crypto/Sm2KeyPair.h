// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/OpenSslSupport.h"
#include "core/crypto/Sm2PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace sunhall::core {

/// A user's or a department's SM2 key pair (电子签章): it signs commands, decisions and
/// certificates with SM2 over SM3 and the GM/T 0009 distinguishing ID, giving the DER
/// ECDSA-Sig-Value that `openssl dgst -sm3 -verify ... -sigopt distid:1234567812345678`
/// accepts. The private key leaves this object only encrypted under a passphrase, as an
/// "ENCRYPTED PRIVATE KEY" PEM (PKCS#8, PBES2: PBKDF2-HMAC-SHA256 with pbkdf2Iterations rounds
/// and a random 16-byte salt, AES-256-CBC) that `openssl pkey -passin` can open; no API writes
/// it in the clear. Move-only, so a private key is never silently duplicated.
class Sm2KeyPair
{
    Q_DECLARE_TR_FUNCTIONS(Sm2KeyPair)
public:
    static constexpr int pbkdf2Iterations = 600'000;

    static Result<Sm2KeyPair> generate();
    /// Opens a key written by privateKeyPemEncrypted() or by `openssl pkcs8 -topk8 -v2`.
    /// A wrong passphrase gives "crypto.wrong-passphrase"; a key stored unencrypted is refused
    /// with "crypto.key-not-encrypted", a key of another algorithm with "crypto.key-not-sm2".
    static Result<Sm2KeyPair> fromEncryptedPem(QByteArrayView pem, const QString &passphrase);

    Sm2KeyPair(Sm2KeyPair &&other) noexcept;
    Sm2KeyPair &operator=(Sm2KeyPair &&other) noexcept;
    Sm2KeyPair(const Sm2KeyPair &) = delete;
    Sm2KeyPair &operator=(const Sm2KeyPair &) = delete;
    ~Sm2KeyPair();

    /// The private key encrypted under passphrase (UTF-8), fresh salt and IV on every call.
    /// An empty passphrase is refused with "crypto.passphrase-empty".
    Result<QByteArray> privateKeyPemEncrypted(const QString &passphrase) const;
    QByteArray publicKeyPem() const { return publicKey().toPem(); }
    /// The public half alone, holding no private key material.
    Sm2PublicKey publicKey() const;
    QString fingerprint() const { return publicKey().fingerprint(); }

    /// The DER SM2 signature of data. Each call gives a different signature (SM2 is
    /// randomised); all of them verify.
    Result<QByteArray> sign(QByteArrayView data) const;

private:
    explicit Sm2KeyPair(OpenSslPtr<EVP_PKEY> key);
    static Result<Sm2KeyPair> fromDecryptedKey(OpenSslPtr<PKCS8_PRIV_KEY_INFO> keyInfo);

    OpenSslPtr<EVP_PKEY> m_key;
};

} // namespace sunhall::core
