// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/evaluator/EvaluationRequest.h"

#include "widgets/evaluator/EvaluatorDialog.h"
#include "widgets/shell/ScreenContext.h"

namespace sunhall::widgets {

EvaluationOutcome requestEvaluation(ScreenContext &context, const QUuid &caseId, QWidget *parent)
{
    EvaluationOutcome outcome;
    if (const core::Status allowed = EvaluatorDialog::canEvaluate(context, caseId); !allowed) {
        outcome.reason = allowed.error();
        return outcome;
    }
    EvaluatorDialog dialog(context, caseId, EvaluatorDialog::hallScale(context.store()), parent);
    dialog.exec();
    outcome.level = dialog.recordedLevel();
    outcome.kind =
        outcome.level > 0 ? EvaluationOutcome::Kind::Rated : EvaluationOutcome::Kind::Declined;
    outcome.followUpDue = dialog.followUpDue();
    return outcome;
}

} // namespace sunhall::widgets
