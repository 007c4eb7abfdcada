// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Sm2PublicKey.h"

#include "core/crypto/Sm3.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace sunhall::core {

namespace {
// Longer input is clearly not a signature; refused before libcrypto parses it.
constexpr qsizetype maxSignatureSize = 128;

// libcrypto's SM2 verification accepts only strict DER; checking it here first lets the
// caller tell a damaged signature from one that does not match.
bool isStrictDerSignature(QByteArrayView signature)
{
    const auto *input = reinterpret_cast<const unsigned char *>(signature.data());
    const unsigned char *cursor = input;
    const OpenSslPtr<ECDSA_SIG> parsed(d2i_ECDSA_SIG(nullptr, &cursor, long(signature.size())));
    if (!parsed)
        return false;
    unsigned char *reencoded = nullptr;
    const int length = i2d_ECDSA_SIG(parsed.get(), &reencoded);
    const bool strict =
        cursor == input + signature.size() && length == signature.size() &&
        QByteArrayView(reinterpret_cast<const char *>(reencoded), length) == signature;
    OPENSSL_free(reencoded);
    return strict;
}
} // namespace

Sm2PublicKey::Sm2PublicKey(OpenSslPtr<EVP_PKEY> key)
    : m_key(std::move(key))
{}

Sm2PublicKey::Sm2PublicKey(const Sm2PublicKey &other)
{
    *this = other;
}

Sm2PublicKey &Sm2PublicKey::operator=(const Sm2PublicKey &other)
{
    if (this != &other) {
        if (other.m_key)
            EVP_PKEY_up_ref(other.m_key.get());
        m_key.reset(other.m_key.get());
    }
    return *this;
}

Sm2PublicKey::Sm2PublicKey(Sm2PublicKey &&other) noexcept = default;
Sm2PublicKey &Sm2PublicKey::operator=(Sm2PublicKey &&other) noexcept = default;
Sm2PublicKey::~Sm2PublicKey() = default;

Result<Sm2PublicKey> Sm2PublicKey::fromPem(QByteArrayView pem)
{
    const QString field = QStringLiteral("publicKey");
    if (pem.contains("PRIVATE KEY")) {
        return makeError(QStringLiteral("crypto.key-not-public"),
                         tr("This is a private key. Give the public key (\"BEGIN PUBLIC KEY\") "
                            "instead, and keep the private key secret."),
                         field);
    }
    ERR_clear_error();
    OpenSslPtr<BIO> bio;
    if (pem.size() <= maxKeyTextSize)
        bio.reset(BIO_new_mem_buf(pem.data(), int(pem.size())));
    OpenSslPtr<EVP_PKEY> key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr)
                                 : nullptr);
    if (!key) {
        return makeError(QStringLiteral("crypto.key-malformed"),
                         tr("This is not a readable public key in PEM form (OpenSSL: %1).")
                             .arg(takeOpenSslErrors()),
                         field);
    }
    return fromHandle(std::move(key), field);
}

Result<Sm2PublicKey> Sm2PublicKey::fromDer(QByteArrayView der)
{
    const QString field = QStringLiteral("publicKey");
    ERR_clear_error();
    const auto *begin = reinterpret_cast<const unsigned char *>(der.data());
    const unsigned char *cursor = begin;
    OpenSslPtr<EVP_PKEY> key(
        der.size() <= maxKeyTextSize ? d2i_PUBKEY(nullptr, &cursor, long(der.size())) : nullptr);
    // Bytes after the key would be silently ignored by d2i and could carry anything.
    if (!key || cursor != begin + der.size()) {
        return makeError(QStringLiteral("crypto.key-malformed"),
                         tr("This is not a readable public key in DER form (OpenSSL: %1).")
                             .arg(takeOpenSslErrors()),
                         field);
    }
    return fromHandle(std::move(key), field);
}

Result<Sm2PublicKey> Sm2PublicKey::fromHandle(OpenSslPtr<EVP_PKEY> key, const QString &field)
{
    if (!EVP_PKEY_is_a(key.get(), "SM2")) {
        return makeError(QStringLiteral("crypto.key-not-sm2"),
                         tr("The public key is of type %1, but Sunhall signatures need an SM2 key.")
                             .arg(describeKeyType(key.get())),
                         field);
    }
    return Sm2PublicKey(std::move(key));
}

QByteArray Sm2PublicKey::toPem() const
{
    OpenSslPtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return memoryBioContents(bio.get());
}

QByteArray Sm2PublicKey::toDer() const
{
    return m_key ? publicKeyDer(m_key.get()) : QByteArray();
}

QString Sm2PublicKey::fingerprint() const
{
    const QByteArray der = toDer();
    return der.isEmpty() ? QString() : Sm3::hashHex(der);
}

Status Sm2PublicKey::verify(QByteArrayView data, QByteArrayView signatureDer) const
{
    const QString field = QStringLiteral("signature");
    if (!m_key) {
        return makeError(QStringLiteral("crypto.no-key"),
                         tr("There is no public key to check the signature with."), field);
    }
    if (signatureDer.size() > maxSignatureSize || !isStrictDerSignature(signatureDer)) {
        ERR_clear_error();
        return makeError(QStringLiteral("crypto.signature-malformed"),
                         tr("The signature is damaged: its %1 bytes are not a DER-encoded SM2 "
                            "signature.")
                             .arg(signatureDer.size()),
                         field);
    }
    ERR_clear_error();
    const OpenSslPtr<EVP_MD_CTX> context = newSm2DigestContext(m_key.get(), Sm2Purpose::Verify);
    if (!context || EVP_DigestVerifyUpdate(context.get(), data.data(), size_t(data.size())) != 1) {
        return makeError(
            QStringLiteral("crypto.openssl-failed"),
            tr("Could not check the SM2 signature (OpenSSL: %1).").arg(takeOpenSslErrors()), field);
    }
    const int verified = EVP_DigestVerifyFinal(
        context.get(), reinterpret_cast<const unsigned char *>(signatureDer.data()),
        size_t(signatureDer.size()));
    ERR_clear_error();
    if (verified != 1) {
        return makeError(QStringLiteral("crypto.signature-mismatch"),
                         tr("The signature does not match: the signed data were changed, or "
                            "they were signed with another key than the one with fingerprint "
                            "%1.")
                             .arg(fingerprint().left(16)),
                         field);
    }
    return Status::success();
}

} // namespace sunhall::core
