// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/CaseVocabulary.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace sunhall::widgets {

/// How printed documents write identity numbers, dates and materials, the same on every
/// document.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentText)
public:
    /// A person's ID number with all but the first four and last four characters hidden
    /// (3702**********1234), so a receipt left on a counter does not give it away; an
    /// organisation's credit code is public and stays whole.
    static QString maskedIdNumber(const QString &idNumber, core::ApplicantKind kind);
    /// "2025-02-08".
    static QString date(const QDate &date);
    /// "2025-02-08 (Saturday)", the weekday in the current locale; "Not known" when invalid.
    static QString dateWithWeekday(const QDate &date);
    /// "2025-01-20 09:00" in the time's own offset (the hall's zone).
    static QString dateTime(const QDateTime &dateTime);
    /// "Original × 1", "Copy × 2".
    static QString materialForm(core::MaterialForm form, int copies);
    /// The item's material with `id`; a material the item does not know is shown by its id.
    static core::Material material(const core::Item &item, const QString &id);
    /// How an error names the case: its number, or the applicant and item before it has one.
    static QString caseLabel(const core::CaseState &state);
    /// Fails ("document.item-mismatch") when `item` is not the item of the case.
    static core::Status checkItem(const core::CaseState &state, const core::Item &item);
};

} // namespace sunhall::widgets
