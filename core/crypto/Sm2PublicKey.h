// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/OpenSslSupport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace sunhall::core {

/// The distinguishing ID of GM/T 0009 that every Sunhall SM2 signature uses; with the openssl
/// command line: `-sigopt distid:1234567812345678`.
inline constexpr std::string_view sm2DistinguishingId = "1234567812345678";

/// The public half of a user's or a department's SM2 key: what the server stores and what
/// anyone verifies a signature with. It is read from a "PUBLIC KEY" PEM or the DER
/// SubjectPublicKeyInfo, refuses any key that is not SM2, and names a key by its fingerprint
/// (SM3 of the DER SubjectPublicKeyInfo, in hex) to bind it to a user. verify() checks an SM2
/// signature over SM3 with the GM/T 0009 ID, given as the DER ECDSA-Sig-Value that
/// `openssl dgst -sm3 -sign` writes. Copies share one immutable key.
class Sm2PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(Sm2PublicKey)
public:
    static Result<Sm2PublicKey> fromPem(QByteArrayView pem);
    static Result<Sm2PublicKey> fromDer(QByteArrayView der);

    Sm2PublicKey(const Sm2PublicKey &other);
    Sm2PublicKey &operator=(const Sm2PublicKey &other);
    Sm2PublicKey(Sm2PublicKey &&other) noexcept;
    Sm2PublicKey &operator=(Sm2PublicKey &&other) noexcept;
    ~Sm2PublicKey();

    /// "-----BEGIN PUBLIC KEY-----" PEM, readable by `openssl pkey -pubin`.
    QByteArray toPem() const;
    /// The DER SubjectPublicKeyInfo.
    QByteArray toDer() const;
    /// SM3 of toDer() in lower-case hex (64 characters).
    QString fingerprint() const;

    /// Succeeds when signatureDer is a valid SM2 signature of data by this key. Otherwise the
    /// error says why: "crypto.signature-malformed" (not a DER SM2 signature) or
    /// "crypto.signature-mismatch" (the data were changed or signed with another key).
    Status verify(QByteArrayView data, QByteArrayView signatureDer) const;

    friend bool operator==(const Sm2PublicKey &a, const Sm2PublicKey &b)
    {
        return a.toDer() == b.toDer();
    }

private:
    friend class Sm2KeyPair;
    explicit Sm2PublicKey(OpenSslPtr<EVP_PKEY> key);
    static Result<Sm2PublicKey> fromHandle(OpenSslPtr<EVP_PKEY> key, const QString &field);

    OpenSslPtr<EVP_PKEY> m_key;
};

} // namespace sunhall::core
