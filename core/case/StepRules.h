// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/RuleContext.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace sunhall::core {

/// The rules of the flow after acceptance: claiming and completing steps (each branch of a
/// joint step by its own department), returning to an earlier step, the decision at the
/// sign-off step, and concluding.
class StepRules
{
    Q_DECLARE_TR_FUNCTIONS(StepRules)
public:
    static Status claimStep(RuleContext &context);
    static Status completeStep(RuleContext &context);
    static Status returnStep(RuleContext &context);
    static Status decide(RuleContext &context);
    static Status conclude(RuleContext &context);
};

} // namespace sunhall::core
