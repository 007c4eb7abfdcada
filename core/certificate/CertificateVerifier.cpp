// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateVerifier.h"

#include "core/certificate/CertificateBytes.h"
#include "core/certificate/CertificateQr.h"

namespace sunhall::core {

namespace {

using State = CertificateVerification::State;

CertificateVerification answer(State state, const char *code, QString reason,
                               std::optional<CertificateContent> content = std::nullopt)
{
    CertificateVerification verification;
    verification.state = state;
    verification.code = QString::fromLatin1(code);
    verification.reason = std::move(reason);
    verification.content = std::move(content);
    return verification;
}

QString displayInstant(const QDateTime &at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString issuer(const CertificateContent &content)
{
    return CertificateVerifier::tr("%1 (%2)").arg(content.departmentName, content.departmentCode);
}

} // namespace

CertificateVerifier::CertificateVerifier(CertificateKeySet keySet)
    : m_keySet(std::move(keySet))
{}

Result<CertificateVerifier> CertificateVerifier::fromJson(QByteArrayView json)
{
    Result<CertificateKeySet> keySet = CertificateKeySet::fromJson(json);
    if (!keySet)
        return keySet.error();
    return CertificateVerifier(std::move(keySet).value());
}

CertificateVerification CertificateVerifier::verify(QStringView qrText) const
{
    const Result<CertificateQr> qr = CertificateQr::parse(qrText);
    if (!qr) {
        if (qr.error().code == QLatin1String("certificate.qr-damaged"))
            return answer(State::Altered, "certificate.damaged",
                          tr("The certificate code is damaged or incomplete. Scan it again; if "
                             "it still fails, do not accept the certificate. (%1)")
                              .arg(qr.error().message));
        return answer(State::Unknown, "certificate.not-sunhall", qr.error().message);
    }
    Result<CertificateContent> content = CertificateBytes::decode(qr->signedBytes());
    if (!content) {
        return answer(State::Altered, "certificate.damaged",
                      tr("The certificate code has been damaged or altered. Do not accept "
                         "the certificate. (%1)")
                          .arg(content.error().message));
    }
    return checkSignature(qr->signedBytes(), qr->signature(), std::move(content).value());
}

CertificateVerification CertificateVerifier::checkSignature(const QByteArray &signedBytes,
                                                            const QByteArray &signature,
                                                            CertificateContent content) const
{
    const DepartmentKey *key = m_keySet.key(content.keyId);
    if (!key) {
        const QString reason =
            tr("This certificate names %1 as its issuer, but it was signed with a key this "
               "computer does not know (%2…). Connect to the hall server to update the "
               "department keys and scan it again; until then it cannot be confirmed.")
                .arg(issuer(content), content.keyId.left(16));
        return answer(State::Unknown, "certificate.unknown-key", reason, std::move(content));
    }
    if (key->departmentCode != content.departmentCode) {
        const QString reason =
            tr("This certificate names %1 as its issuer, but it was signed with a key of "
               "department %2. Do not accept it.")
                .arg(issuer(content), key->departmentCode);
        return answer(State::Unknown, "certificate.department-mismatch", reason,
                      std::move(content));
    }
    const Result<Sm2PublicKey> publicKey = Sm2PublicKey::fromDer(key->publicKeyDer);
    const Status verified =
        publicKey ? publicKey->verify(signedBytes, signature) : Status(publicKey.error());
    if (!verified) {
        const bool malformed = verified.error().code == QLatin1String("crypto.signature-malformed");
        const QString reason =
            malformed ? tr("The signature in the certificate code is damaged. Scan it again; if "
                           "it still fails, do not accept the certificate.")
                      : tr("The certificate code has been altered: its signature does not match "
                           "what it says. Do not accept the certificate.");
        CertificateVerification altered =
            answer(State::Altered,
                   malformed ? "certificate.signature-malformed" : "certificate.signature-mismatch",
                   reason, std::move(content));
        altered.key = *key;
        return altered;
    }
    CertificateVerification verification =
        answer(State::Valid, "certificate.valid", {}, std::move(content));
    verification.key = *key;
    return checkRevocation(std::move(verification));
}

CertificateVerification
CertificateVerifier::checkRevocation(CertificateVerification verification) const
{
    const CertificateContent &content = *verification.content;
    if (const RevokedCertificate *revoked = m_keySet.revokedCertificate(content.number)) {
        verification.state = State::Revoked;
        verification.code = QStringLiteral("certificate.revoked");
        verification.reason =
            tr("Certificate %1 was revoked on %2: %3. It is no longer valid.")
                .arg(content.number, displayInstant(revoked->revokedAt),
                     revoked->reason.isEmpty() ? tr("no reason recorded") : revoked->reason);
        verification.revocation = *revoked;
        return verification;
    }
    const DepartmentKey &key = *verification.key;
    if (key.isRevokedAt(content.issuedAt)) {
        verification.state = State::Revoked;
        verification.code = QStringLiteral("certificate.key-revoked");
        verification.reason =
            tr("This certificate was signed on %1 with a key of %2 that had been withdrawn on "
               "%3 (%4). Do not accept it.")
                .arg(displayInstant(content.issuedAt), issuer(content),
                     displayInstant(key.revokedAt),
                     key.revokedReason.isEmpty() ? tr("no reason recorded") : key.revokedReason);
        return verification;
    }
    verification.reason =
        tr("Genuine: certificate %1 was issued by %2 on %3 and has not been "
           "revoked.")
            .arg(content.number, issuer(content), displayInstant(content.issuedAt));
    return verification;
}

} // namespace sunhall::core
