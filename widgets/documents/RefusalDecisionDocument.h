// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "widgets/documents/HallInfo.h"
#include "widgets/documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace sunhall::widgets {

/// The decision not to accept an application (不予受理决定书): the written reason, and the
/// applicant's rights to administrative review within 60 days (Administrative Reconsideration
/// Law, art. 20) or to an administrative lawsuit within 6 months (Administrative Litigation
/// Law, art. 46), under the issuing department and the date. A4 only.
struct RefusalDecisionDocument
{
    Q_DECLARE_TR_FUNCTIONS(RefusalDecisionDocument)
public:
    QString hallName;
    QString departmentName; // the issuing department
    QString itemCode;
    QString itemName;
    QString applicantName;
    QString applicantId; // masked for a person
    QDateTime appliedAt;
    QString reason;
    QDate decidedOn;
    QString reviewBody; // empty: the sentence names no body
    QString court;
    QString window;
    QString clerkName;

    /// The decision of a refused case. Fails when the case is not refused
    /// ("document.case-not-refused") or `item` is not the case's ("document.item-mismatch").
    static core::Result<RefusalDecisionDocument>
    fromCase(const core::CaseState &state, const core::Item &item, const HallInfo &hall);
    /// The applicant's rights: review within 60 days, litigation within 6 months.
    QString rightsSentence() const;

    PrintableDocument toPrintable() const;
};

} // namespace sunhall::widgets
