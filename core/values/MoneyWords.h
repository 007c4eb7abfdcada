// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/values/Money.h"

#include <QString>

namespace sunhall::core {

/// The amount in Chinese capitals (大写金额) as the national rules for filling in bills and
/// settlement vouchers require (《正确填写票据和结算凭证的基本规定》), in the first form the
/// rules give: ¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分, ¥107,000.53 → 壹拾万柒仟元零伍角叁分,
/// ¥1,000.00 → 壹仟元整, ¥0.50 → 伍角, ¥0 → 零元整; a negative amount starts with 负. The
/// 人民币 prefix is the caller's: printed forms often carry it already.
QString moneyInCapitals(Money amount);

} // namespace sunhall::core
