// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Sm2KeyPair.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace sunhall::core {

namespace {
constexpr int saltSize = 16;
constexpr QLatin1String pemField("privateKey");
constexpr QLatin1String passphraseField("passphrase");

// A failed PKCS#8 decryption usually means a wrong passphrase (bad padding, or garbage that
// does not parse); these reasons mean the file uses a scheme this OpenSSL cannot open.
bool isUnsupportedScheme(const QList<int> &reasons)
{
    for (const int reason : reasons) {
        if (reason == EVP_R_UNSUPPORTED_CIPHER || reason == EVP_R_UNKNOWN_CIPHER ||
            reason == EVP_R_UNSUPPORTED_KEY_DERIVATION_FUNCTION ||
            reason == EVP_R_UNSUPPORTED_PRF || reason == EVP_R_UNKNOWN_PBE_ALGORITHM ||
            reason == ERR_R_UNSUPPORTED) {
            return true;
        }
    }
    return false;
}
} // namespace

Sm2KeyPair::Sm2KeyPair(OpenSslPtr<EVP_PKEY> key)
    : m_key(std::move(key))
{}
Sm2KeyPair::Sm2KeyPair(Sm2KeyPair &&other) noexcept = default;
Sm2KeyPair &Sm2KeyPair::operator=(Sm2KeyPair &&other) noexcept = default;
Sm2KeyPair::~Sm2KeyPair() = default;

Result<Sm2KeyPair> Sm2KeyPair::generate()
{
    ERR_clear_error();
    OpenSslPtr<EVP_PKEY_CTX> context(EVP_PKEY_CTX_new_from_name(nullptr, "SM2", nullptr));
    EVP_PKEY *generated = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
        EVP_PKEY_generate(context.get(), &generated) != 1) {
        return makeError(
            QStringLiteral("crypto.key-generation-failed"),
            tr("Could not generate an SM2 key pair (OpenSSL: %1).").arg(takeOpenSslErrors()));
    }
    return Sm2KeyPair(OpenSslPtr<EVP_PKEY>(generated));
}

Result<Sm2KeyPair> Sm2KeyPair::fromEncryptedPem(QByteArrayView pem, const QString &passphrase)
{
    if (!pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        if (pem.contains("PRIVATE KEY")) {
            return makeError(QStringLiteral("crypto.key-not-encrypted"),
                             tr("This private key is not stored encrypted under a passphrase "
                                "(\"BEGIN ENCRYPTED PRIVATE KEY\"), so Sunhall does not accept "
                                "it."),
                             pemField);
        }
        return makeError(QStringLiteral("crypto.key-malformed"),
                         tr("This is not an encrypted private key in PEM form."), pemField);
    }
    ERR_clear_error();
    OpenSslPtr<BIO> bio;
    if (pem.size() <= maxKeyTextSize)
        bio.reset(BIO_new_mem_buf(pem.data(), int(pem.size())));
    const OpenSslPtr<X509_SIG> encrypted(
        bio ? PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!encrypted) {
        return makeError(
            QStringLiteral("crypto.key-malformed"),
            tr("The encrypted private key is damaged (OpenSSL: %1).").arg(takeOpenSslErrors()),
            pemField);
    }
    const CleansedBytes secret(passphrase.toUtf8());
    OpenSslPtr<PKCS8_PRIV_KEY_INFO> keyInfo(
        PKCS8_decrypt_ex(encrypted.get(), secret.data(), int(secret.size()), nullptr, nullptr));
    if (!keyInfo) {
        QList<int> reasons;
        const QString details = takeOpenSslErrors(&reasons);
        if (isUnsupportedScheme(reasons)) {
            return makeError(QStringLiteral("crypto.key-encryption-unsupported"),
                             tr("The private key is encrypted with a method this system cannot "
                                "open (OpenSSL: %1).")
                                 .arg(details),
                             pemField);
        }
        return makeError(QStringLiteral("crypto.wrong-passphrase"),
                         tr("The passphrase is wrong: it does not open this private key."),
                         passphraseField);
    }
    return fromDecryptedKey(std::move(keyInfo));
}

Result<Sm2KeyPair> Sm2KeyPair::fromDecryptedKey(OpenSslPtr<PKCS8_PRIV_KEY_INFO> keyInfo)
{
    OpenSslPtr<EVP_PKEY> key(EVP_PKCS82PKEY_ex(keyInfo.get(), nullptr, nullptr));
    keyInfo.reset();
    if (!key) {
        return makeError(
            QStringLiteral("crypto.key-malformed"),
            tr("The private key opens but cannot be read (OpenSSL: %1).").arg(takeOpenSslErrors()),
            pemField);
    }
    if (!EVP_PKEY_is_a(key.get(), "SM2")) {
        return makeError(QStringLiteral("crypto.key-not-sm2"),
                         tr("The private key is of type %1, but Sunhall signatures need an SM2 "
                            "key.")
                             .arg(describeKeyType(key.get())),
                         pemField);
    }
    return Sm2KeyPair(std::move(key));
}

Result<QByteArray> Sm2KeyPair::privateKeyPemEncrypted(const QString &passphrase) const
{
    if (!m_key)
        return makeError(QStringLiteral("crypto.no-key"), tr("There is no private key to save."));
    if (passphrase.isEmpty()) {
        return makeError(QStringLiteral("crypto.passphrase-empty"),
                         tr("Enter a passphrase: a private key is never saved unencrypted."),
                         passphraseField);
    }
    ERR_clear_error();
    const CleansedBytes secret(passphrase.toUtf8());
    unsigned char salt[saltSize];
    const OpenSslPtr<PKCS8_PRIV_KEY_INFO> keyInfo(EVP_PKEY2PKCS8(m_key.get()));
    const OpenSslPtr<X509_SIG> encrypted(
        keyInfo && RAND_bytes(salt, saltSize) == 1
            ? PKCS8_encrypt_ex(-1, EVP_aes_256_cbc(), secret.data(), int(secret.size()), salt,
                               saltSize, pbkdf2Iterations, keyInfo.get(), nullptr, nullptr)
            : nullptr);
    const OpenSslPtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!encrypted || !bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1) {
        return makeError(
            QStringLiteral("crypto.openssl-failed"),
            tr("Could not encrypt the private key (OpenSSL: %1).").arg(takeOpenSslErrors()));
    }
    return memoryBioContents(bio.get());
}

Sm2PublicKey Sm2KeyPair::publicKey() const
{
    if (!m_key)
        return Sm2PublicKey(nullptr);
    const QByteArray der = publicKeyDer(m_key.get());
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return Sm2PublicKey(OpenSslPtr<EVP_PKEY>(d2i_PUBKEY(nullptr, &cursor, long(der.size()))));
}

Result<QByteArray> Sm2KeyPair::sign(QByteArrayView data) const
{
    if (!m_key) {
        return makeError(QStringLiteral("crypto.no-key"),
                         tr("There is no private key to sign with."));
    }
    ERR_clear_error();
    const OpenSslPtr<EVP_MD_CTX> context = newSm2DigestContext(m_key.get(), Sm2Purpose::Sign);
    size_t length = 0;
    QByteArray signature;
    if (context && EVP_DigestSignUpdate(context.get(), data.data(), size_t(data.size())) == 1 &&
        EVP_DigestSignFinal(context.get(), nullptr, &length) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSignFinal(context.get(), reinterpret_cast<unsigned char *>(signature.data()),
                                &length) == 1) {
            signature.resize(qsizetype(length));
            return signature;
        }
    }
    return makeError(QStringLiteral("crypto.openssl-failed"),
                     tr("Could not sign with the SM2 key (OpenSSL: %1).").arg(takeOpenSslErrors()));
}

} // namespace sunhall::core
