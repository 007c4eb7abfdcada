// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/LocalCertificates.h"

#include "core/case/CaseVocabulary.h"

namespace sunhall::core {

namespace {

const QString keySetKey = QStringLiteral("reference.certificate-keys");
const QString versionKey = QStringLiteral("reference.certificate-keys.version");

} // namespace

LocalCertificates::LocalCertificates(LocalStore &store)
    : m_store(store)
{}

QString LocalCertificates::keySetVersion() const
{
    return m_store.syncValue(versionKey).value_or(QString());
}

Status LocalCertificates::putKeySet(const CertificateKeySet &keySet, const QString &version)
{
    const QString json = QString::fromUtf8(keySet.toJson());
    return m_store.transaction([&]() -> Status {
        if (Status stored = m_store.setSyncValue(keySetKey, json); !stored)
            return stored;
        return m_store.setSyncValue(versionKey, version);
    });
}

Result<std::optional<CertificateKeySet>> LocalCertificates::keySet() const
{
    const std::optional<QString> json = m_store.syncValue(keySetKey);
    if (!json)
        return std::optional<CertificateKeySet>();
    Result<CertificateKeySet> keySet = CertificateKeySet::fromJson(json->toUtf8());
    if (!keySet) {
        return makeError(keySet.error().code,
                         tr("The certificate keys kept on this workstation cannot be read (%1); "
                            "synchronise with the server to fetch them again.")
                             .arg(keySet.error().message),
                         keySet.error().field);
    }
    return std::optional<CertificateKeySet>(std::move(keySet).value());
}

Result<CertificateVerifier> LocalCertificates::verifier() const
{
    Result<std::optional<CertificateKeySet>> stored = keySet();
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        return makeError(QStringLiteral("certificate.keys-missing"),
                         tr("This workstation has no certificate keys yet: connect to the hall "
                            "server once so that certificates can be checked, also offline."));
    }
    return CertificateVerifier(std::move(*stored.value()));
}

Result<std::optional<QString>> LocalCertificates::qrText(const QUuid &caseId) const
{
    const Result<QList<Event>> events = m_store.caseEvents(caseId);
    if (!events)
        return events.error();
    for (auto event = events->crbegin(); event != events->crend(); ++event) {
        if (event->type != EventType::certificatePrinted || event->serverSeq == 0)
            continue;
        const QString qr = event->payload.value(QString(qrField)).toString();
        if (qr.isEmpty())
            break;
        return std::optional<QString>(qr);
    }
    return std::optional<QString>();
}

} // namespace sunhall::core
