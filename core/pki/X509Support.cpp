// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/X509Support.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace sunhall::core {

void X509Deleter::operator()(X509 *certificate) const
{
    X509_free(certificate);
}

void X509Deleter::operator()(X509_EXTENSION *extension) const
{
    X509_EXTENSION_free(extension);
}

void X509Deleter::operator()(BIGNUM *number) const
{
    BN_free(number);
}

QByteArray certificatePem(X509 *certificate)
{
    const OpenSslPtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return memoryBioContents(bio.get());
}

QByteArray certificateDer(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    if (length <= 0 || der == nullptr)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QString certificateSerialHex(const X509 *certificate)
{
    const X509Owned<BIGNUM> number(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    if (!number)
        return {};
    char *hex = BN_bn2hex(number.get());
    if (hex == nullptr)
        return {};
    const QString text = QString::fromLatin1(hex).toUpper();
    OPENSSL_free(hex);
    return text;
}

QString certificateFingerprint(X509 *certificate)
{
    const QByteArray der = certificateDer(certificate);
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

QString certificateCommonName(const X509 *certificate)
{
    const X509_NAME *subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0 || utf8 == nullptr)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

namespace {
QDateTime fromAsn1Time(const ASN1_TIME *time)
{
    std::tm parts{};
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}
} // namespace

QDateTime certificateNotBefore(const X509 *certificate)
{
    return fromAsn1Time(X509_get0_notBefore(certificate));
}

QDateTime certificateNotAfter(const X509 *certificate)
{
    return fromAsn1Time(X509_get0_notAfter(certificate));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    const OpenSslPtr<BIO> bio(BIO_new(BIO_s_mem()));
    // With no cipher, OpenSSL 3 writes the key as unencrypted PKCS#8 ("BEGIN PRIVATE KEY").
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return memoryBioContents(bio.get());
}

X509Owned<X509> parseCertificatePem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > maxKeyTextSize)
        return nullptr;
    const OpenSslPtr<BIO> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return nullptr;
    return X509Owned<X509>(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

OpenSslPtr<EVP_PKEY> parsePrivateKeyPem(QByteArrayView pem)
{
    if (pem.isEmpty() || pem.size() > maxKeyTextSize)
        return nullptr;
    const OpenSslPtr<BIO> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    if (!bio)
        return nullptr;
    // An empty passphrase callback result makes an encrypted key fail instead of prompting
    // on the terminal.
    static const auto noPassphrase = [](char *, int, int, void *) {
        return 0;
    };
    return OpenSslPtr<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
}

} // namespace sunhall::core
