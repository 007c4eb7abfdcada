// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FeeCase.h"

namespace sunhall::models {

QList<FeeCaseLine> FeeCase::lines() const
{
    QList<FeeCaseLine> result;
    for (const core::FeeLine &line : state.feesAssessed.value_or(QList<core::FeeLine>{})) {
        FeeCaseLine shown{line.code, line.code, line.amount, {}};
        for (const core::FeeItem &fee : item.fees) {
            if (fee.code == line.code) {
                shown.name = fee.name;
                shown.basis = fee.basis;
                break;
            }
        }
        result.append(shown);
    }
    return result;
}

} // namespace sunhall::models
