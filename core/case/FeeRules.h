// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/RuleContext.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace sunhall::core {

/// The rules of unified fee collection (统一收费, DOMAIN.md §5): the fee assessed must be the
/// item's standard fee, the cashier collects exactly what is due, and a wrong receipt is
/// voided with a reason, its number never used again on the case.
class FeeRules
{
    Q_DECLARE_TR_FUNCTIONS(FeeRules)
public:
    static Status assessFee(RuleContext &context);
    static Status payFee(RuleContext &context);
    static Status voidReceipt(RuleContext &context);
};

} // namespace sunhall::core
