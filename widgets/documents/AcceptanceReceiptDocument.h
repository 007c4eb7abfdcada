// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/CaseSummary.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "core/values/Money.h"
#include "widgets/documents/HallInfo.h"
#include "widgets/documents/PrintableDocument.h"
#include "widgets/documents/QrCode.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sunhall::widgets {

/// A material handed in at the window, as the receipt lists it.
struct ReceivedMaterial
{
    QString name;
    core::MaterialForm form = core::MaterialForm::Original;
    int copies = 1;
};

/// The acceptance receipt (受理回执) handed to the applicant when a case is accepted: the case
/// number with a QR code of it, the item, the applicant (ID number masked), the materials
/// received, when it was accepted and the promised completion date, the standard fee, the
/// window and clerk, how to check progress and the hall's address. Printed on the 80 mm roll or
/// on A4.
struct AcceptanceReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(AcceptanceReceiptDocument)
public:
    QString hallName;
    QString caseNumber;
    QrCode caseNumberQr;
    QString itemCode;
    QString itemName;
    QString departmentName;
    QString applicantName;
    QString applicantId; // masked for a person
    QString agentName;   // empty without an agent (代理人)
    QList<ReceivedMaterial> materials;
    QDateTime acceptedAt;
    int promisedLimitDays = 0; // 0: an immediate item, decided on the spot
    QDate promisedDue;         // invalid when the hall's calendar does not reach it
    core::Money fee;
    QString window;
    QString clerkName;
    QString progressHint;
    QString hallAddress; // empty: not printed

    /// The receipt of an accepted case. `summary` is the case's read-model row (its promised
    /// clock gives the due date); `item` is the case's item version. Fails when the case is
    /// not accepted ("document.case-not-accepted") or the item or summary belong to another
    /// case ("document.item-mismatch", "document.summary-mismatch").
    static core::Result<AcceptanceReceiptDocument> fromCase(const core::CaseState &state,
                                                            const core::CaseSummary &summary,
                                                            const core::Item &item,
                                                            const HallInfo &hall);
    /// "To check progress, quote case number … at … or call …", with what the hall has.
    static QString progressSentence(const QString &caseNumber, const HallInfo &hall);

    PrintableDocument toPrintable(PaperFormat paper = PaperFormat::ReceiptRoll80mm) const;

private:
    QString dueText() const;
    QString factsHtml(PaperFormat paper) const;
    QString materialsHtml(PaperFormat paper) const;
};

} // namespace sunhall::widgets
