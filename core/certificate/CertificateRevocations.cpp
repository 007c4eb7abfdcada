// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateRevocations.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FeePayloads.h"
#include "core/case/IntakePayloads.h"

namespace sunhall::core {

void CertificateRevocations::apply(const Event &event)
{
    if (event.type == EventType::certificatePrinted) {
        const Result<CertificatePayload> payload = CertificatePayload::fromJson(event.payload);
        if (payload && !payload->certificateNumber.isEmpty())
            m_numbers.insert(event.caseId, payload->certificateNumber);
        return;
    }
    if (event.type != EventType::certificateRevoked)
        return;
    const QString number = m_numbers.value(event.caseId);
    if (number.isEmpty())
        return;
    const Result<ReasonPayload> payload = ReasonPayload::fromJson(event.payload);
    m_revoked.append(RevokedCertificate{number, event.at, payload ? payload->reason : QString()});
}

Status CertificateRevocations::addTo(CertificateKeySet &keySet) const
{
    for (const RevokedCertificate &certificate : m_revoked) {
        if (const Status added = keySet.revokeCertificate(
                certificate.number, certificate.revokedAt,
                certificate.reason.left(CertificateKeySet::maxReasonLength));
            !added)
            return added;
    }
    return Status::success();
}

} // namespace sunhall::core
