// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/HallCa.h"

#include "core/pki/X509Support.h"

#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace sunhall::core {

namespace {

constexpr int serialBytes = 16;
// A workstation whose clock runs a little behind must still accept a certificate issued now.
constexpr qint64 backdateSecs = 3600;

OpenSslPtr<EVP_PKEY> generateP256Key()
{
    return OpenSslPtr<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

// 128 random bits with the top one set, so the serial is positive and always 32 hex digits.
bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[serialBytes];
    if (RAND_bytes(bytes, serialBytes) != 1)
        return false;
    bytes[0] |= 0x80;
    const X509Owned<BIGNUM> number(BN_bin2bn(bytes, serialBytes, nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate));
}

bool setValidity(X509 *certificate, const QDateTime &from, const QDateTime &until)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate), time_t(from.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(certificate), time_t(until.toSecsSinceEpoch()));
}

bool setCommonName(X509 *certificate, const QString &commonName)
{
    X509_NAME *name = X509_get_subject_name(certificate);
    const QByteArray utf8 = commonName.toUtf8();
    return X509_NAME_add_entry_by_NID(name, NID_commonName, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const QByteArray &value)
{
    const X509Owned<X509_EXTENSION> extension(
        X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

struct ExtensionValue
{
    int nid;
    QByteArray value;
};

bool addExtensions(X509 *certificate, X509 *issuer, const QList<ExtensionValue> &extensions)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    for (const ExtensionValue &extension : extensions) {
        if (!addExtension(certificate, &context, extension.nid, extension.value))
            return false;
    }
    return true;
}

// A new version 3 certificate for key with a random serial, the given subject and validity;
// extensions and the signature are added by the caller.
X509Owned<X509> newCertificate(EVP_PKEY *key, const QString &commonName, const QDateTime &from,
                               const QDateTime &until)
{
    X509Owned<X509> certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(certificate.get()) || !setValidity(certificate.get(), from, until) ||
        !setCommonName(certificate.get(), commonName) ||
        X509_set_pubkey(certificate.get(), key) != 1)
        return nullptr;
    return certificate;
}

} // namespace

struct HallCa::Private
{
    OpenSslPtr<EVP_PKEY> key;
    X509Owned<X509> certificate;
};

HallCa::HallCa(std::unique_ptr<Private> data)
    : d(std::move(data))
{}
HallCa::HallCa(HallCa &&other) noexcept = default;
HallCa &HallCa::operator=(HallCa &&other) noexcept = default;
HallCa::~HallCa() = default;

Result<HallCa> HallCa::create(const QString &hallName, const QDateTime &now)
{
    const QString name = hallName.trimmed();
    if (name.isEmpty() || name.size() > maxHallNameLength) {
        return makeError(QStringLiteral("pki.bad-hall-name"),
                         tr("The hall name must be 1 to %1 characters long; \"%2\" is not.")
                             .arg(maxHallNameLength)
                             .arg(hallName),
                         QStringLiteral("name"));
    }
    ERR_clear_error();
    auto data = std::make_unique<Private>();
    data->key = generateP256Key();
    if (data->key) {
        data->certificate =
            newCertificate(data->key.get(), QStringLiteral("%1 Sunhall CA").arg(name),
                           now.addSecs(-backdateSecs), now.addYears(caValidityYears));
    }
    X509 *certificate = data->certificate.get();
    const bool made = certificate &&
                      X509_set_issuer_name(certificate, X509_get_subject_name(certificate)) == 1 &&
                      addExtensions(certificate, certificate,
                                    {{NID_basic_constraints, "critical,CA:TRUE"},
                                     {NID_key_usage, "critical,keyCertSign,cRLSign"},
                                     {NID_subject_key_identifier, "hash"}}) &&
                      X509_sign(certificate, data->key.get(), EVP_sha256()) > 0;
    if (!made) {
        return makeError(QStringLiteral("pki.ca-creation-failed"),
                         tr("Could not create the hall's certificate authority (OpenSSL: %1).")
                             .arg(takeOpenSslErrors()));
    }
    return HallCa(std::move(data));
}

Result<HallCa> HallCa::fromPem(QByteArrayView certificatePem, QByteArrayView privateKeyPem)
{
    ERR_clear_error();
    auto data = std::make_unique<Private>();
    data->certificate = parseCertificatePem(certificatePem);
    if (!data->certificate) {
        return makeError(QStringLiteral("pki.ca-certificate-malformed"),
                         tr("The CA certificate is not a PEM certificate (OpenSSL: %1).")
                             .arg(takeOpenSslErrors()),
                         QStringLiteral("certificate"));
    }
    if (X509_check_ca(data->certificate.get()) == 0) {
        return makeError(QStringLiteral("pki.not-a-ca"),
                         tr("The certificate of \"%1\" is not a certificate authority's.")
                             .arg(certificateCommonName(data->certificate.get())),
                         QStringLiteral("certificate"));
    }
    data->key = parsePrivateKeyPem(privateKeyPem);
    if (!data->key) {
        return makeError(QStringLiteral("pki.ca-key-malformed"),
                         tr("The CA key is not an unencrypted PEM private key (OpenSSL: %1).")
                             .arg(takeOpenSslErrors()),
                         QStringLiteral("key"));
    }
    if (X509_check_private_key(data->certificate.get(), data->key.get()) != 1) {
        ERR_clear_error();
        return makeError(QStringLiteral("pki.key-mismatch"),
                         tr("The CA key does not belong to the certificate of \"%1\".")
                             .arg(certificateCommonName(data->certificate.get())),
                         QStringLiteral("key"));
    }
    return HallCa(std::move(data));
}

QByteArray HallCa::certificatePem() const
{
    return sunhall::core::certificatePem(d->certificate.get());
}

QByteArray HallCa::privateKeyPem() const
{
    return sunhall::core::privateKeyPem(d->key.get());
}

QString HallCa::commonName() const
{
    return certificateCommonName(d->certificate.get());
}

QString HallCa::serial() const
{
    return certificateSerialHex(d->certificate.get());
}

QString HallCa::fingerprint() const
{
    return certificateFingerprint(d->certificate.get());
}

QDateTime HallCa::notAfter() const
{
    return certificateNotAfter(d->certificate.get());
}

Status HallCa::checkWorkstationName(const QString &name)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{1,32}")));
    if (!shape.match(name).hasMatch()) {
        return makeError(QStringLiteral("pki.bad-workstation-name"),
                         tr("\"%1\" cannot be a workstation's name: use 1 to %2 of the letters "
                            "A–Z and a–z, the digits 0–9, '_' and '-'.")
                             .arg(name)
                             .arg(maxWorkstationNameLength),
                         QStringLiteral("name"));
    }
    return Status::success();
}

Result<QString> HallCa::subjectAltNameFor(const QString &host)
{
    const QByteArray latin = host.toLatin1();
    if (host.size() <= 253 && QString::fromLatin1(latin) == host) {
        if (ASN1_OCTET_STRING *address = a2i_IPADDRESS(latin.constData())) {
            ASN1_OCTET_STRING_free(address);
            return QString(QStringLiteral("IP:") + host);
        }
        ERR_clear_error();
        static const QRegularExpression dnsName(QRegularExpression::anchoredPattern(QStringLiteral(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
            "[A-Za-z0-9])?)*")));
        static const QRegularExpression allDigits(
            QRegularExpression::anchoredPattern(QStringLiteral("[0-9.]+")));
        // "10.0.0.256" has the shape of a name but is a mistyped address.
        if (dnsName.match(host).hasMatch() && !allDigits.match(host).hasMatch())
            return QString(QStringLiteral("DNS:") + host.toLower());
    }
    return makeError(QStringLiteral("pki.bad-host"),
                     tr("\"%1\" is neither an IP address nor a host name (letters, digits, "
                        "hyphens and dots) that the server's certificate can name.")
                         .arg(host),
                     QStringLiteral("host"));
}

Result<IssuedCertificate> HallCa::issueServerCertificate(const QStringList &hosts,
                                                         const QDateTime &now) const
{
    QStringList altNames{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")};
    for (const QString &host : hosts) {
        const Result<QString> altName = subjectAltNameFor(host);
        if (!altName)
            return altName.error();
        if (!altNames.contains(*altName))
            altNames.append(*altName);
    }
    const QString commonName = hosts.isEmpty() ? QStringLiteral("localhost") : hosts.first();
    return issue(commonName.toLower(), altNames, "serverAuth", now);
}

Result<IssuedCertificate> HallCa::issueWorkstationCertificate(const QString &name,
                                                              const QDateTime &now) const
{
    if (const Status checked = checkWorkstationName(name); !checked)
        return checked.error();
    return issue(name, {}, "clientAuth", now);
}

Result<IssuedCertificate> HallCa::issue(const QString &commonName, const QStringList &altNames,
                                        const char *extendedKeyUsage, const QDateTime &now) const
{
    ERR_clear_error();
    const QDateTime until = std::min(now.addYears(issuedValidityYears), notAfter());
    const OpenSslPtr<EVP_PKEY> key = generateP256Key();
    const X509Owned<X509> certificate =
        key ? newCertificate(key.get(), commonName, now.addSecs(-backdateSecs), until) : nullptr;
    QList<ExtensionValue> extensions{
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, "critical,digitalSignature"},
        {NID_ext_key_usage, extendedKeyUsage},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"},
    };
    if (!altNames.isEmpty())
        extensions.append({NID_subject_alt_name, altNames.join(QLatin1Char(',')).toLatin1()});
    const bool made =
        certificate &&
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(d->certificate.get())) == 1 &&
        addExtensions(certificate.get(), d->certificate.get(), extensions) &&
        X509_sign(certificate.get(), d->key.get(), EVP_sha256()) > 0;
    IssuedCertificate issued;
    if (made) {
        issued.certificatePem = sunhall::core::certificatePem(certificate.get());
        issued.privateKeyPem = sunhall::core::privateKeyPem(key.get());
    }
    if (issued.certificatePem.isEmpty() || issued.privateKeyPem.isEmpty()) {
        return makeError(QStringLiteral("pki.issue-failed"),
                         tr("Could not issue a certificate for \"%1\" (OpenSSL: %2).")
                             .arg(commonName, takeOpenSslErrors()));
    }
    issued.serial = certificateSerialHex(certificate.get());
    issued.fingerprint = certificateFingerprint(certificate.get());
    issued.commonName = commonName;
    issued.subjectAltNames = altNames;
    issued.notBefore = certificateNotBefore(certificate.get());
    issued.notAfter = certificateNotAfter(certificate.get());
    return issued;
}

} // namespace sunhall::core
