// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/RefusalDecisionDocument.h"

#include "widgets/documents/DocumentHtml.h"
#include "widgets/documents/DocumentText.h"

namespace sunhall::widgets {

core::Result<RefusalDecisionDocument>
RefusalDecisionDocument::fromCase(const core::CaseState &state, const core::Item &item,
                                  const HallInfo &hall)
{
    if (core::Status sameItem = DocumentText::checkItem(state, item); !sameItem)
        return sameItem.error();
    if (state.status != core::CaseStatus::Refused || state.refusedReason.trimmed().isEmpty()) {
        return core::makeError(QStringLiteral("document.case-not-refused"),
                               tr("The case %1 was not refused, so there is no refusal decision "
                                  "to print.")
                                   .arg(DocumentText::caseLabel(state)));
    }
    RefusalDecisionDocument document;
    document.hallName = hall.name;
    document.departmentName = hall.departmentName(item.department);
    document.itemCode = item.code;
    document.itemName = item.name;
    document.applicantName = state.applicant.name;
    document.applicantId =
        DocumentText::maskedIdNumber(state.applicant.idNumber, state.applicant.kind);
    document.appliedAt = state.registeredAt;
    document.reason = state.refusedReason;
    document.decidedOn = state.endedAt.date();
    document.reviewBody = hall.reviewBody;
    document.court = hall.court;
    document.window = state.window;
    document.clerkName = state.clerkName;
    return document;
}

QString RefusalDecisionDocument::rightsSentence() const
{
    const QString review = reviewBody.isEmpty() ? tr("the administrative review body") : reviewBody;
    const QString litigation = court.isEmpty() ? tr("a people's court") : court;
    return tr("If you do not accept this decision, you may apply to %1 for administrative review "
              "within 60 days of receiving it, under the Administrative Reconsideration Law of "
              "the People's Republic of China, or bring an administrative lawsuit before %2 "
              "within 6 months of receiving it, under the Administrative Litigation Law of the "
              "People's Republic of China.")
        .arg(review, litigation);
}

PrintableDocument RefusalDecisionDocument::toPrintable() const
{
    PrintableDocument document;
    document.paper = PaperFormat::A4;
    document.serif = true;
    document.title = tr("Decision not to accept an application");
    document.reference = tr("%1 %2", "item code and applicant").arg(itemCode, applicantName);
    const QString opening =
        tr("%1 (%2):", "salutation: applicant name and ID").arg(applicantName, applicantId);
    const QString body =
        tr("On %1 you applied for \"%2\" (item %3). Having examined the application, %4 has "
           "decided not to accept it, for the following reason:")
            .arg(DocumentText::dateTime(appliedAt), itemName, itemCode, departmentName);
    const QString basis = tr("This decision is made under Article 32 of the Administrative "
                             "Licensing Law of the People's Republic of China.");
    document.html =
        DocumentHtml::heading(hallName, document.title, document.paper) +
        DocumentHtml::paragraph(opening) + DocumentHtml::paragraph(body, true) +
        QStringLiteral("<p style=\"margin: 8px 28px; font-weight: bold; line-height: 140%;\">"
                       "%1</p>")
            .arg(DocumentHtml::escaped(reason)) +
        DocumentHtml::paragraph(basis, true) + DocumentHtml::paragraph(rightsSentence(), true) +
        DocumentHtml::signature({departmentName, tr("(seal)"), DocumentText::date(decidedOn)}) +
        DocumentHtml::paragraph(tr("Window %1 · %2", "window and clerk").arg(window, clerkName)) +
        DocumentHtml::paragraph(tr("Received by the applicant: ____________    Date: __________"));
    return document;
}

} // namespace sunhall::widgets
