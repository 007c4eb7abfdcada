// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/CertificateIssuer.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/RuleContext.h"
#include "core/certificate/CertificateSigner.h"
#include "core/values/IdentityNumber.h"

namespace sunhall::server {

using core::Result;
using core::Status;

namespace {

QString shortened(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    QString kept = text.left(maxLength - 1);
    if (!kept.isEmpty() && kept.back().isHighSurrogate())
        kept.chop(1);
    return kept + QChar(0x2026);
}

} // namespace

CertificateIssuer::CertificateIssuer(ServerStore &store, QString hallDir)
    : m_hallDir(std::move(hallDir))
    , m_folder(m_hallDir)
    , m_names(store)
{}

Result<QList<core::Event>> CertificateIssuer::sign(const core::CaseState &before,
                                                   const core::Item &item,
                                                   QList<core::Event> events)
{
    core::CaseState state = before;
    for (core::Event &event : events) {
        state = core::CaseState::apply(std::move(state), event);
        if (event.type != core::EventType::certificatePrinted)
            continue;
        const Result<QString> qr = qrText(state, item, event.at);
        if (!qr)
            return qr.error();
        event.payload.insert(QString(qrField), *qr);
    }
    return events;
}

Result<core::CertificateContent> CertificateIssuer::content(const core::CaseState &state,
                                                            const core::Item &item,
                                                            const QString &departmentName,
                                                            const QDateTime &issuedAt)
{
    if (!item.certificate || !state.isApproved() || !state.certificate ||
        state.certificate->number.isEmpty()) {
        return core::makeError(QStringLiteral("certificate.not-issuable"),
                               tr("Case %1 has no approved certificate with a number to sign.")
                                   .arg(core::RuleContext::caseLabel(state)),
                               QStringLiteral("certificateNumber"));
    }
    core::CertificateContent content;
    content.number = state.certificate->number;
    content.caseId = state.caseId;
    content.title = item.certificate->name;
    content.itemCode = item.code;
    // The signer shortens a long item name to fit the QR code; it must first fit the field.
    content.itemName = shortened(item.name, core::CertificateContent::maxNameLength);
    content.holderName = state.applicant.name;
    const Result<core::IdentityNumber> holder =
        core::IdentityNumber::check(state.applicant.idNumber, issuedAt.date());
    content.holderId = holder ? holder->number() : state.applicant.idNumber;
    content.validFrom = state.decision->at.date();
    if (item.certificate->validityYears > 0) {
        content.validUntil =
            content.validFrom.addYears(item.certificate->validityYears).addDays(-1);
    }
    content.departmentCode = item.department;
    content.departmentName = departmentName.isEmpty() ? item.department : departmentName;
    content.issuedAt = issuedAt;
    if (const Status valid = content.validate(); !valid) {
        return core::makeError(
            valid.error().code,
            tr("Certificate %1 cannot be signed: %2").arg(content.number, valid.error().message),
            valid.error().field);
    }
    return content;
}

Result<QString> CertificateIssuer::qrText(const core::CaseState &state, const core::Item &item,
                                          const QDateTime &issuedAt)
{
    const Result<QMap<QString, QString>> names = m_names.current();
    if (!names)
        return names.error();
    const QString departmentName = names->value(item.department);
    const Result<core::CertificateContent> content =
        CertificateIssuer::content(state, item, departmentName, issuedAt);
    if (!content)
        return content.error();
    const Result<const core::Sm2KeyPair *> key =
        signingKey(item.department, departmentName, content->number);
    if (!key)
        return key.error();
    const Result<core::SignedCertificate> signedCertificate =
        core::CertificateSigner::sign(*content, **key);
    if (!signedCertificate) {
        return core::makeError(signedCertificate.error().code,
                               tr("Certificate %1 cannot be signed: %2")
                                   .arg(content->number, signedCertificate.error().message),
                               signedCertificate.error().field);
    }
    return signedCertificate->qrText;
}

Result<const core::Sm2KeyPair *> CertificateIssuer::signingKey(const QString &department,
                                                               const QString &departmentName,
                                                               const QString &number)
{
    if (!m_folder.hasKey(department)) {
        m_keys.erase(department);
        const QString named =
            departmentName.isEmpty() ? department : tr("%1 (%2)").arg(department, departmentName);
        return core::makeError(
            QStringLiteral("certificate.department-key-missing"),
            tr("Certificate %1 cannot be signed: department %2 has no certificate key yet. An "
               "administrator must create it with 'sunhallctl department keygen --dir %3 "
               "--department %4'; then print the certificate again.")
                .arg(number, named, m_hallDir, department),
            QStringLiteral("department"));
    }
    // The public key says which key is in use now: a key revoked and replaced since it was
    // opened is opened again.
    const Result<core::Sm2PublicKey> inUse = m_folder.publicKey(department);
    if (!inUse)
        return keyUnusable(department, number, inUse.error());
    const QString fingerprint = inUse->fingerprint();
    if (const auto opened = m_keys.find(department);
        opened != m_keys.end() && opened->second.fingerprint == fingerprint)
        return &opened->second.key;
    Result<core::Sm2KeyPair> key = m_folder.signingKey(department);
    if (!key)
        return keyUnusable(department, number, key.error());
    if (key->fingerprint() != fingerprint) {
        return keyUnusable(department, number,
                           core::makeError(QStringLiteral("certificate.fingerprint-mismatch"),
                                           tr("its private key is not the one of public.pem")));
    }
    const auto stored =
        m_keys.insert_or_assign(department, OpenedKey{fingerprint, std::move(key).value()});
    return &stored.first->second.key;
}

core::Error CertificateIssuer::keyUnusable(const QString &department, const QString &number,
                                           const core::Error &why) const
{
    return core::makeError(
        QStringLiteral("certificate.key-unusable"),
        tr("Certificate %1 cannot be signed: the certificate key of department "
           "%2 cannot be opened (%3). An administrator must check %4.")
            .arg(number, department, why.message, m_folder.departmentPath(department)),
        QStringLiteral("department"));
}

} // namespace sunhall::server
