// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QUuid>

class QWidget;

namespace sunhall::widgets {

class ScreenContext;

/// What became of asking the applicant to rate a service.
struct EvaluationOutcome
{
    enum class Kind
    {
        Rated,    // a level was recorded on the case
        Declined, // the evaluator was shown and closed without a rating
        NotAsked, // the case cannot be rated now; `reason` says why
    };

    Kind kind = Kind::NotAsked;
    int level = 0;
    QDate followUpDue; // set after a poor rating
    core::Error reason;
};

/// Asks the applicant to rate the service just given on case `caseId`, as the intake, cashier
/// and certificate screens do after each service: when the core would take a rating now (the
/// case is not yet rated, it has reached a stage where it is rated, and the logged-in user
/// may record it), shows the EvaluatorDialog on the hall's scale over `parent` and waits for
/// it; otherwise asks nothing and says why. A screen need not show that reason: a case that
/// is not rated at one window is rated at a later one.
EvaluationOutcome requestEvaluation(ScreenContext &context, const QUuid &caseId, QWidget *parent);

} // namespace sunhall::widgets
