// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/IntakePayloads.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace sunhall::models {

/// The one outcome of an intake at the window (DOMAIN.md §3).
enum class IntakeOutcomeKind
{
    Accepted,            // 受理: the case gets its number, a receipt is printed
    SupplementRequested, // 一次性告知: everything missing, listed at once
    Refused,             // 不予受理: with a written reason
    ConcludedOnSpot,     // 即办件: accepted, decided and concluded in the same visit
};

/// The clerk's choice of outcome with what it needs: the lines of the supplement notice, or
/// the written reason of a refusal.
struct IntakeChoice
{
    IntakeOutcomeKind kind = IntakeOutcomeKind::Accepted;
    QList<core::MaterialProblem> supplementLines;
    QString reason;
};

/// What an intake recorded: the case, its number (only once accepted) and what was done.
struct IntakeOutcome
{
    IntakeOutcomeKind kind = IntakeOutcomeKind::Accepted;
    QUuid caseId;
    QString caseNumber; // empty unless accepted or concluded
    QString applicantName;
    QString itemCode;
    QString itemName;
};

} // namespace sunhall::models

Q_DECLARE_METATYPE(sunhall::models::IntakeOutcome)
