// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FeeReduction.h"

namespace sunhall::models {

namespace {

const QString amountKey = QStringLiteral("reductionFen");
const QString basisKey = QStringLiteral("reductionBasis");

} // namespace

void FeeReduction::addTo(QJsonObject &payload) const
{
    if (isEmpty())
        return;
    payload.insert(amountKey, amount.fen());
    payload.insert(basisKey, basis.trimmed());
}

FeeReduction FeeReduction::fromPayload(const QJsonObject &payload)
{
    FeeReduction reduction;
    reduction.amount = core::Money::fromFen(payload.value(amountKey).toInteger());
    reduction.basis = payload.value(basisKey).toString();
    return reduction;
}

} // namespace sunhall::models
