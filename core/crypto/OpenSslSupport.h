// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/types.h>

#include <memory>

// X509_SIG (an encrypted PKCS#8 key) and ECDSA_SIG are declared in <openssl/x509.h> and
// <openssl/ec.h>, which this header keeps out of the public crypto headers.
struct X509_sig_st;
struct ECDSA_SIG_st;

namespace sunhall::core {

/// Longer key text is clearly not a key; it is refused before libcrypto parses it.
inline constexpr qsizetype maxKeyTextSize = 64 * 1024;

/// Frees any libcrypto handle the crypto unit holds, so that every handle lives in an
/// OpenSslPtr and none can leak on an early return.
struct OpenSslDeleter
{
    void operator()(EVP_PKEY *key) const;
    void operator()(EVP_PKEY_CTX *context) const;
    void operator()(EVP_MD_CTX *context) const;
    void operator()(BIO *bio) const;
    void operator()(X509_sig_st *encryptedKey) const;
    void operator()(PKCS8_PRIV_KEY_INFO *keyInfo) const;
    void operator()(ECDSA_SIG_st *signature) const;
};

template<typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter>;

/// Drains libcrypto's error queue of this thread into one line of text for an error message
/// ("error:1E08010C:DECODER routines::unsupported"), or "no details" when it was empty. The
/// reason codes (ERR_GET_REASON) are appended to reasons when given.
QString takeOpenSslErrors(QList<int> *reasons = nullptr);

/// Bytes of a secret (a passphrase, a password) that are wiped with OPENSSL_cleanse when they
/// go out of scope, on every path.
class CleansedBytes
{
public:
    explicit CleansedBytes(QByteArray bytes);
    ~CleansedBytes();
    CleansedBytes(const CleansedBytes &) = delete;
    CleansedBytes &operator=(const CleansedBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    qsizetype size() const { return m_bytes.size(); }

private:
    QByteArray m_bytes;
};

enum class Sm2Purpose
{
    Sign,
    Verify
};

/// A digest context set up for SM2 with SM3 and the GM/T 0009 distinguishing ID, ready for
/// DigestSign/DigestVerify Update and Final; null when libcrypto refused (the reason is on the
/// error queue).
OpenSslPtr<EVP_MD_CTX> newSm2DigestContext(EVP_PKEY *key, Sm2Purpose purpose);

/// What kind of key this is, for an error message: "SM2", "RSA 2048-bit", "EC prime256v1".
QString describeKeyType(const EVP_PKEY *key);

/// The DER SubjectPublicKeyInfo of a key (only its public half).
QByteArray publicKeyDer(const EVP_PKEY *key);

/// Everything written to a memory BIO.
QByteArray memoryBioContents(BIO *bio);

} // namespace sunhall::core
