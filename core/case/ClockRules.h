// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/RuleContext.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace sunhall::core {

/// The rules that move a case's clocks: suspension for a special procedure and its resumption
/// (art. 45), and the one extension of the time limit by a leader (art. 42).
class ClockRules
{
    Q_DECLARE_TR_FUNCTIONS(ClockRules)
public:
    static Status suspend(RuleContext &context);
    static Status resume(RuleContext &context);
    static Status extend(RuleContext &context);
};

} // namespace sunhall::core
