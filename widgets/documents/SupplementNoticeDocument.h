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
#include <QList>
#include <QString>

namespace sunhall::widgets {

/// A material the applicant still has to bring, and what is wrong with it.
struct MissingMaterial
{
    QString name;
    core::MaterialForm form = core::MaterialForm::Original;
    int copies = 1;
    QString problem; // "未提交", "复印件不清晰"
};

/// The one-time supplement notice (一次性告知书): everything missing or deficient, all at once,
/// with what is wrong with each, the date to bring them by and the legal basis (Administrative
/// Licensing Law, art. 32). A4 only; a long list runs over several pages.
struct SupplementNoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(SupplementNoticeDocument)
public:
    QString hallName;
    QString departmentName;
    QString itemCode;
    QString itemName;
    QString applicantName;
    QString applicantId;  // masked for a person
    QDateTime receivedAt; // when the application was handed in
    QDateTime noticeAt;   // when this notice was given
    QDate supplementBy;
    QList<MissingMaterial> missing;
    QString window;
    QString clerkName;
    QString hallPhone;

    /// The notice of the case's latest supplement request (CaseState::supplements). The
    /// applicant is asked to bring everything by `supplementBy`, which must be given
    /// ("document.deadline-missing", field "supplementBy") and not before the notice
    /// ("document.deadline-before-notice"). Fails when no notice was given
    /// ("document.no-supplement-notice") or `item` is not the case's
    /// ("document.item-mismatch").
    static core::Result<SupplementNoticeDocument> fromCase(const core::CaseState &state,
                                                           const core::Item &item,
                                                           const HallInfo &hall,
                                                           const QDate &supplementBy);
    /// The sentence citing art. 32 of the Administrative Licensing Law.
    static QString legalBasis();

    PrintableDocument toPrintable() const;

private:
    QString missingHtml() const;
};

} // namespace sunhall::widgets
