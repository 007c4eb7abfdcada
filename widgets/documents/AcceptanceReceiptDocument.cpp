// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/AcceptanceReceiptDocument.h"

#include "widgets/documents/DocumentHtml.h"
#include "widgets/documents/DocumentText.h"

#include <algorithm>

namespace sunhall::widgets {

namespace {

QList<ReceivedMaterial> receivedMaterials(const core::CaseState &state, const core::Item &item)
{
    QList<ReceivedMaterial> received;
    // In the item's order, which is the order of the checklist the applicant was given.
    for (const core::Material &material : item.materials) {
        if (state.materialsReceived.contains(material.id))
            received.append({material.name, material.form, material.copies});
    }
    for (const QString &id : state.materialsReceived) {
        const bool known = std::any_of(item.materials.cbegin(), item.materials.cend(),
                                       [&id](const core::Material &m) { return m.id == id; });
        if (!known)
            received.append({id, core::MaterialForm::Original, 1});
    }
    return received;
}

} // namespace

core::Result<AcceptanceReceiptDocument>
AcceptanceReceiptDocument::fromCase(const core::CaseState &state, const core::CaseSummary &summary,
                                    const core::Item &item, const HallInfo &hall)
{
    if (core::Status sameItem = DocumentText::checkItem(state, item); !sameItem)
        return sameItem.error();
    if (state.caseNumber.isEmpty() || !state.acceptedAt.isValid()) {
        return core::makeError(QStringLiteral("document.case-not-accepted"),
                               tr("The case %1 is not accepted yet: an acceptance receipt is "
                                  "printed once the application is accepted.")
                                   .arg(DocumentText::caseLabel(state)),
                               QStringLiteral("caseNumber"));
    }
    if (summary.caseId != state.caseId) {
        return core::makeError(
            QStringLiteral("document.summary-mismatch"),
            tr("The case summary given is not the summary of case %1.").arg(state.caseNumber),
            QStringLiteral("summary"));
    }
    core::Result<QrCode> qr = QrCode::encode(state.caseNumber);
    if (!qr)
        return qr.error();

    AcceptanceReceiptDocument receipt;
    receipt.hallName = hall.name;
    receipt.caseNumber = state.caseNumber;
    receipt.caseNumberQr = qr.value();
    receipt.itemCode = item.code;
    receipt.itemName = item.name;
    receipt.departmentName = hall.departmentName(item.department);
    receipt.applicantName = state.applicant.name;
    receipt.applicantId =
        DocumentText::maskedIdNumber(state.applicant.idNumber, state.applicant.kind);
    receipt.agentName = state.applicant.agent ? state.applicant.agent->name : QString();
    receipt.materials = receivedMaterials(state, item);
    receipt.acceptedAt = state.acceptedAt;
    receipt.promisedLimitDays = item.promisedLimitDays;
    receipt.promisedDue = summary.promisedDue.date();
    receipt.fee = state.feesAssessed ? state.feeAssessed() : item.standardFee();
    receipt.window = state.window;
    receipt.clerkName = state.clerkName;
    receipt.progressHint = progressSentence(state.caseNumber, hall);
    receipt.hallAddress = hall.address;
    return receipt;
}

QString AcceptanceReceiptDocument::progressSentence(const QString &caseNumber, const HallInfo &hall)
{
    if (!hall.website.isEmpty() && !hall.phone.isEmpty()) {
        return tr("To check progress, enter case number %1 at %2 or call %3.")
            .arg(caseNumber, hall.website, hall.phone);
    }
    if (!hall.website.isEmpty())
        return tr("To check progress, enter case number %1 at %2.").arg(caseNumber, hall.website);
    if (!hall.phone.isEmpty())
        return tr("To check progress, call %1 and give case number %2.")
            .arg(hall.phone, caseNumber);
    return tr("To check progress, bring or quote case number %1 at any window of the hall.")
        .arg(caseNumber);
}

QString AcceptanceReceiptDocument::dueText() const
{
    if (!promisedDue.isValid()) {
        return tr("Not known yet: the hall's working calendar does not reach that far. The hall "
                  "will tell you the date.");
    }
    if (promisedLimitDays == 0)
        return tr("%1, decided on the spot").arg(DocumentText::dateWithWeekday(promisedDue));
    return tr("%1, within %n working day(s)", nullptr, promisedLimitDays)
        .arg(DocumentText::dateWithWeekday(promisedDue));
}

QString AcceptanceReceiptDocument::factsHtml(PaperFormat paper) const
{
    QList<DocumentHtml::Fact> rows = {
        {tr("Item"), tr("%1 %2", "item code and name").arg(itemCode, itemName)},
        {tr("Department"), departmentName},
        {tr("Applicant"), tr("%1 (%2)", "applicant name and ID").arg(applicantName, applicantId)},
    };
    if (!agentName.isEmpty())
        rows.append({tr("Agent"), agentName});
    rows.append({tr("Accepted at"), DocumentText::dateTime(acceptedAt)});
    rows.append({tr("Promised by"), dueText()});
    rows.append({tr("Fee"), fee == core::Money() ? tr("Free") : fee.toDisplayString()});
    rows.append({tr("Window"), window});
    rows.append({tr("Clerk"), clerkName});
    return DocumentHtml::facts(rows, paper);
}

QString AcceptanceReceiptDocument::materialsHtml(PaperFormat paper) const
{
    if (materials.isEmpty())
        return DocumentHtml::paragraph(tr("No materials were handed in."));
    QList<QStringList> rows;
    for (qsizetype i = 0; i < materials.size(); ++i) {
        const ReceivedMaterial &material = materials.at(i);
        rows.append({QString::number(i + 1), material.name,
                     DocumentText::materialForm(material.form, material.copies)});
    }
    const QList<int> widths =
        paper == PaperFormat::A4 ? QList<int>{8, 62, 30} : QList<int>{10, 56, 34};
    return DocumentHtml::table({tr("No."), tr("Material"), tr("Form")}, widths, rows);
}

PrintableDocument AcceptanceReceiptDocument::toPrintable(PaperFormat paper) const
{
    PrintableDocument document;
    document.paper = paper;
    document.title = tr("Acceptance receipt");
    document.reference = caseNumber;
    const bool roll = paper == PaperFormat::ReceiptRoll80mm;
    document.qrCodes = {DocumentQr{caseNumberQr, roll ? 26.0 : 32.0}};
    const QString number =
        QStringLiteral("<p align=\"center\" style=\"font-size: %1pt; font-weight: bold; "
                       "margin: 0;\">%2</p>")
            .arg(roll ? 11 : 14)
            .arg(DocumentHtml::escaped(caseNumber));
    document.html =
        DocumentHtml::heading(hallName, document.title, paper) +
        DocumentHtml::centredQr(PrintableDocument::qrPlaceholder(0), tr("Case number")) + number +
        factsHtml(paper) + DocumentHtml::section(tr("Materials received")) + materialsHtml(paper) +
        DocumentHtml::paragraph(progressHint) +
        (hallAddress.isEmpty() ? QString()
                               : DocumentHtml::paragraph(tr("Hall address: %1").arg(hallAddress))) +
        DocumentHtml::paragraph(tr("Keep this receipt: you will need it to collect the result."));
    if (!roll) {
        document.html += DocumentHtml::signature(
            {tr("Applicant's signature: ____________"),
             tr("Window %1 · %2", "window and clerk").arg(window, clerkName)});
    }
    return document;
}

} // namespace sunhall::widgets
