// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseVocabulary.h"
#include "core/common/Result.h"
#include "core/values/IdentityNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sunhall::models {

/// The checks of the applicant's fields at the window, as the clerk types: the identity number
/// (GB 11643 for a person, GB 32100 for an organisation) with the core's own reasons, and the
/// phone number. Each error names the field and says in words what is wrong, so that the
/// screen can show it next to the field.
class ApplicantCheck
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantCheck)
public:
    /// Checks `text` as the identity number of an applicant of `kind`. A number that is valid
    /// but of the other kind is refused with "applicant.wrong-kind", naming what it is.
    static core::Result<core::IdentityNumber> identity(core::ApplicantKind kind,
                                                       const QString &text, const QDate &today);
    /// What a valid number tells a clerk: "Citizen ID number · born 1949-12-31 · female".
    static QString describe(const core::IdentityNumber &number);
    /// A mainland phone number: a mobile number (11 digits from 13 to 19) or a landline with its
    /// area code (0 and 2–3 digits, then 7–8 digits, optionally "-" and an extension). Spaces,
    /// hyphens and full-width digits are accepted; the result keeps digits and one hyphen
    /// before an extension. Empty text is an error too: callers decide whether a phone is
    /// required.
    static core::Result<QString> phone(const QString &text);
};

} // namespace sunhall::models
