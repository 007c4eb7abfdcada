// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace sunhall::core {

/// Where a case stands. `None` is a case nobody has registered yet (an empty event stream).
enum class CaseStatus
{
    None,
    Registered,         // at the window, materials being checked
    AwaitingSupplement, // a one-time supplement notice was given (补正)
    Refused,            // not accepted (不予受理); terminal
    InProgress,         // accepted, flow running
    Suspended,          // special procedure (art. 45), clocks stopped
    Decided,            // approved or denied; the steps after the decision still run
    Concluded,          // every flow step done; terminal
    Withdrawn,          // withdrawn by the applicant; terminal
};

/// "none", "registered", "awaiting-supplement", "refused", "in-progress", "suspended",
/// "decided", "concluded", "withdrawn".
QString caseStatusId(CaseStatus status);
std::optional<CaseStatus> caseStatusFromId(const QString &id);
QString caseStatusDisplayName(CaseStatus status);
/// Refused, concluded and withdrawn cases take no more flow commands.
bool isTerminal(CaseStatus status);

} // namespace sunhall::core
