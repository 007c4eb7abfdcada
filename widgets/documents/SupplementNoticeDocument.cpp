// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/SupplementNoticeDocument.h"

#include "widgets/documents/DocumentHtml.h"
#include "widgets/documents/DocumentText.h"

namespace sunhall::widgets {

namespace {

QList<MissingMaterial> missingMaterials(const core::SupplementNotice &notice,
                                        const core::Item &item)
{
    QList<MissingMaterial> missing;
    for (const core::MaterialProblem &problem : notice.materials) {
        const core::Material material = DocumentText::material(item, problem.materialId);
        missing.append({material.name, material.form, material.copies, problem.problem});
    }
    return missing;
}

} // namespace

core::Result<SupplementNoticeDocument>
SupplementNoticeDocument::fromCase(const core::CaseState &state, const core::Item &item,
                                   const HallInfo &hall, const QDate &supplementBy)
{
    if (core::Status sameItem = DocumentText::checkItem(state, item); !sameItem)
        return sameItem.error();
    if (state.supplements.isEmpty()) {
        return core::makeError(QStringLiteral("document.no-supplement-notice"),
                               tr("No supplement notice was given for the case %1, so there is "
                                  "nothing to print.")
                                   .arg(DocumentText::caseLabel(state)));
    }
    const core::SupplementNotice &notice = state.supplements.last();
    if (!supplementBy.isValid()) {
        return core::makeError(QStringLiteral("document.deadline-missing"),
                               tr("Give the date by which the applicant must bring the missing "
                                  "materials."),
                               QStringLiteral("supplementBy"));
    }
    if (supplementBy < notice.at.date()) {
        return core::makeError(
            QStringLiteral("document.deadline-before-notice"),
            tr("The date to bring the materials by, %1, is before the notice "
               "itself (%2).")
                .arg(DocumentText::date(supplementBy), DocumentText::date(notice.at.date())),
            QStringLiteral("supplementBy"));
    }
    SupplementNoticeDocument document;
    document.hallName = hall.name;
    document.departmentName = hall.departmentName(item.department);
    document.itemCode = item.code;
    document.itemName = item.name;
    document.applicantName = state.applicant.name;
    document.applicantId =
        DocumentText::maskedIdNumber(state.applicant.idNumber, state.applicant.kind);
    document.receivedAt = state.registeredAt;
    document.noticeAt = notice.at;
    document.supplementBy = supplementBy;
    document.missing = missingMaterials(notice, item);
    document.window = state.window;
    document.clerkName = state.clerkName;
    document.hallPhone = hall.phone;
    return document;
}

QString SupplementNoticeDocument::legalBasis()
{
    return tr("Under Article 32, paragraph 1, item (4) of the Administrative Licensing Law of the "
              "People's Republic of China, where the application materials are incomplete or not "
              "in the statutory form, the applicant shall be told, on the spot or within five "
              "days and all at once, everything that must be supplemented.");
}

QString SupplementNoticeDocument::missingHtml() const
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < missing.size(); ++i) {
        const MissingMaterial &material = missing.at(i);
        rows.append({QString::number(i + 1), material.name,
                     DocumentText::materialForm(material.form, material.copies), material.problem});
    }
    return DocumentHtml::table({tr("No."), tr("Material"), tr("Form"), tr("What is wrong")},
                               {7, 38, 20, 35}, rows);
}

PrintableDocument SupplementNoticeDocument::toPrintable() const
{
    PrintableDocument document;
    document.paper = PaperFormat::A4;
    document.serif = true;
    document.title = tr("One-time supplement notice");
    document.reference = tr("%1 %2", "item code and applicant").arg(itemCode, applicantName);
    const QString opening =
        tr("%1 (%2):", "salutation: applicant name and ID").arg(applicantName, applicantId);
    const QString body =
        tr("On %1 you applied at window %2 for \"%3\" (item %4). The application cannot be "
           "accepted yet: the %n material(s) listed below are missing or must be corrected.",
           nullptr, int(missing.size()))
            .arg(DocumentText::dateTime(receivedAt), window, itemName, itemCode);
    const QString deadline =
        tr("Please bring everything listed above to window %1 by %2. This notice lists all "
           "that is needed: nothing more will be asked for these materials.")
            .arg(window, DocumentText::dateWithWeekday(supplementBy));
    document.html = DocumentHtml::heading(hallName, document.title, document.paper) +
                    DocumentHtml::paragraph(opening) + DocumentHtml::paragraph(body, true) +
                    missingHtml() + DocumentHtml::paragraph(deadline, true) +
                    DocumentHtml::paragraph(legalBasis(), true);
    if (!hallPhone.isEmpty())
        document.html += DocumentHtml::paragraph(tr("Questions: call %1.").arg(hallPhone), true);
    document.html +=
        DocumentHtml::signature({departmentName, hallName, DocumentText::date(noticeAt.date()),
                                 tr("Window %1 · %2", "window and clerk").arg(window, clerkName)}) +
        DocumentHtml::paragraph(tr("Received by the applicant: ____________    Date: __________"));
    return document;
}

} // namespace sunhall::widgets
