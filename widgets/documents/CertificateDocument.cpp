// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/CertificateDocument.h"

#include "widgets/documents/DocumentHtml.h"
#include "widgets/documents/DocumentText.h"

namespace sunhall::widgets {

namespace {

core::Status checkCertificate(const core::CaseState &state, const core::Item &item)
{
    const QString label = DocumentText::caseLabel(state);
    if (!state.isApproved()) {
        return core::makeError(QStringLiteral("document.case-not-approved"),
                               CertificateDocument::tr("The case %1 is not approved: there is "
                                                       "no certificate to print.")
                                   .arg(label));
    }
    if (!item.certificate) {
        return core::makeError(
            QStringLiteral("document.no-certificate"),
            CertificateDocument::tr("Item %1 issues no certificate.").arg(item.code));
    }
    if (!state.certificate || state.certificate->number.isEmpty()) {
        return core::makeError(QStringLiteral("document.certificate-number-missing"),
                               CertificateDocument::tr("No certificate number is recorded for "
                                                       "the case %1 yet: record the print "
                                                       "first.")
                                   .arg(label),
                               QStringLiteral("certificateNumber"));
    }
    if (state.certificate->isRevoked()) {
        return core::makeError(
            QStringLiteral("document.certificate-revoked"),
            CertificateDocument::tr("Certificate %1 was revoked (%2) and "
                                    "cannot be printed.")
                .arg(state.certificate->number, state.certificate->revokeReason));
    }
    return core::Status::success();
}

} // namespace

core::Result<CertificateDocument> CertificateDocument::fromCase(const core::CaseState &state,
                                                                const core::Item &item,
                                                                const HallInfo &hall,
                                                                const QString &qrPayload,
                                                                const QStringList &contentLines)
{
    if (core::Status sameItem = DocumentText::checkItem(state, item); !sameItem)
        return sameItem.error();
    if (core::Status printable = checkCertificate(state, item); !printable)
        return printable.error();
    core::Result<QrCode> qr = QrCode::encode(qrPayload);
    if (!qr)
        return qr.error();

    CertificateDocument certificate;
    certificate.hallName = hall.name;
    certificate.certificateName = item.certificate->name;
    certificate.certificateNumber = state.certificate->number;
    certificate.holderName = state.applicant.name;
    certificate.holderId = state.applicant.idNumber;
    certificate.holderAddress = state.applicant.address;
    certificate.contentLines =
        QStringList{tr("Approved: %1 (item %2)").arg(item.name, item.code)} + contentLines;
    certificate.issuedOn = state.decision->at.date();
    certificate.validFrom = certificate.issuedOn;
    if (item.certificate->validityYears > 0)
        certificate.validUntil =
            certificate.validFrom.addYears(item.certificate->validityYears).addDays(-1);
    certificate.issuingDepartment = hall.departmentName(item.department);
    certificate.caseNumber = state.caseNumber;
    certificate.verificationQr = qr.value();
    return certificate;
}

QString CertificateDocument::validityText() const
{
    if (!validUntil.isValid())
        return tr("From %1, no expiry").arg(DocumentText::date(validFrom));
    return tr("From %1 to %2").arg(DocumentText::date(validFrom), DocumentText::date(validUntil));
}

PrintableDocument CertificateDocument::toPrintable() const
{
    PrintableDocument document;
    document.paper = PaperFormat::A4;
    document.serif = true;
    document.framed = true;
    document.title = certificateName;
    document.reference = certificateNumber;
    document.qrCodes = {DocumentQr{verificationQr, 44}};
    QList<DocumentHtml::Fact> facts = {
        {tr("Holder"), holderName},
        {tr("ID number"), holderId},
    };
    if (!holderAddress.isEmpty())
        facts.append({tr("Address"), holderAddress});
    for (qsizetype i = 0; i < contentLines.size(); ++i)
        facts.append({i == 0 ? tr("Content") : QString(), contentLines.at(i)});
    facts.append({tr("Valid"), validityText()});
    facts.append({tr("Case number"), caseNumber});
    // Generous space between the parts: a certificate fills its page like a printed form.
    document.html =
        QStringLiteral("<p align=\"center\" style=\"font-size: 30pt; font-weight: bold; "
                       "margin-top: 48px; margin-bottom: 6px;\">%1</p>"
                       "<p align=\"center\" style=\"font-size: 11pt;\">%2</p>")
            .arg(DocumentHtml::escaped(certificateName),
                 DocumentHtml::escaped(tr("No. %1").arg(certificateNumber))) +
        DocumentHtml::spacer(12) + DocumentHtml::largeFacts(facts, 14) + DocumentHtml::spacer(24) +
        DocumentHtml::centredQr(PrintableDocument::qrPlaceholder(0),
                                tr("Scan to verify this certificate")) +
        DocumentHtml::spacer(24) +
        DocumentHtml::signature({issuingDepartment, tr("(seal)"), DocumentText::date(issuedOn)},
                                14);
    return document;
}

} // namespace sunhall::widgets
