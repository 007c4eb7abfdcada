// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/RuleContext.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace sunhall::core {

/// The window's rules (受理, DOMAIN.md §3): registration, the material checklist, and exactly
/// one outcome of intake (accept, one-time supplement notice, refusal), plus withdrawal.
class IntakeRules
{
    Q_DECLARE_TR_FUNCTIONS(IntakeRules)
public:
    static Status registerCase(RuleContext &context);
    static Status updateMaterials(RuleContext &context);
    static Status accept(RuleContext &context);
    static Status requestSupplement(RuleContext &context);
    static Status refuse(RuleContext &context);
    static Status withdraw(RuleContext &context);
};

} // namespace sunhall::core
