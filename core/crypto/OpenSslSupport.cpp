// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenSslSupport.h"

#include "core/crypto/Sm2PublicKey.h"

#include <QStringList>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace sunhall::core {

void OpenSslDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

void OpenSslDeleter::operator()(EVP_PKEY_CTX *context) const
{
    EVP_PKEY_CTX_free(context);
}

void OpenSslDeleter::operator()(EVP_MD_CTX *context) const
{
    EVP_MD_CTX_free(context);
}

void OpenSslDeleter::operator()(BIO *bio) const
{
    BIO_free_all(bio);
}

void OpenSslDeleter::operator()(X509_sig_st *encryptedKey) const
{
    X509_SIG_free(encryptedKey);
}

void OpenSslDeleter::operator()(PKCS8_PRIV_KEY_INFO *keyInfo) const
{
    // Frees the key octets with ASN1_STRING_clear_free, so the clear key is wiped.
    PKCS8_PRIV_KEY_INFO_free(keyInfo);
}

void OpenSslDeleter::operator()(ECDSA_SIG_st *signature) const
{
    ECDSA_SIG_free(signature);
}

QString takeOpenSslErrors(QList<int> *reasons)
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        if (reasons)
            reasons->append(ERR_GET_REASON(code));
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        lines.append(QString::fromLatin1(text));
    }
    if (lines.isEmpty())
        return QStringLiteral("no details");
    return lines.join(QStringLiteral("; "));
}

CleansedBytes::CleansedBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

CleansedBytes::~CleansedBytes()
{
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
}

OpenSslPtr<EVP_MD_CTX> newSm2DigestContext(EVP_PKEY *key, Sm2Purpose purpose)
{
    OpenSslPtr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    if (!context)
        return nullptr;
    // The key context belongs to the digest context. The ID is set after init, as the openssl
    // command line does with -sigopt distid:, because SM2 computes Z from it on the first
    // update; OpenSSL 3.0 otherwise uses an empty ID, which GM/T 0009 peers do not.
    EVP_PKEY_CTX *keyContext = nullptr;
    const int initialised = purpose == Sm2Purpose::Sign
                                ? EVP_DigestSignInit_ex(context.get(), &keyContext, "SM3", nullptr,
                                                        nullptr, key, nullptr)
                                : EVP_DigestVerifyInit_ex(context.get(), &keyContext, "SM3",
                                                          nullptr, nullptr, key, nullptr);
    if (initialised != 1 || keyContext == nullptr)
        return nullptr;
    if (EVP_PKEY_CTX_set1_id(keyContext, sm2DistinguishingId.data(),
                             int(sm2DistinguishingId.size())) != 1)
        return nullptr;
    return context;
}

QString describeKeyType(const EVP_PKEY *key)
{
    const char *typeName = EVP_PKEY_get0_type_name(key);
    const QString type = typeName ? QString::fromLatin1(typeName) : QStringLiteral("unknown");
    char group[80] = {};
    size_t groupLength = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &groupLength) == 1 && groupLength > 0)
        return type + QLatin1Char(' ') + QString::fromLatin1(group, qsizetype(groupLength));
    ERR_clear_error();
    if (const int bits = EVP_PKEY_get_bits(key); bits > 0)
        return QStringLiteral("%1 %2-bit").arg(type).arg(bits);
    return type;
}

QByteArray publicKeyDer(const EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0 || der == nullptr)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QByteArray memoryBioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || data == nullptr)
        return {};
    return QByteArray(data, qsizetype(size));
}

} // namespace sunhall::core
