// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/values/Money.h"

#include <QJsonObject>
#include <QString>

namespace sunhall::models {

/// A reduction or exemption (减免) of the fee due on a case, with the legal basis that grants
/// it (the law, regulation or notice). DOMAIN.md §5: the cashier collects the item's standard
/// fee unless a reduction with its basis is recorded. It travels in the "pay-fee" command and
/// the "fee-paid" event beside the amount, as "reductionFen" (integer fen) and
/// "reductionBasis"; a payment without a reduction carries neither key, so its bytes are the
/// same as before reductions existed. The case rules decide whether the reduction is allowed.
struct FeeReduction
{
    core::Money amount;
    QString basis;

    bool isEmpty() const { return amount == core::Money() && basis.trimmed().isEmpty(); }
    /// Adds the reduction to a "pay-fee" payload; an empty reduction adds nothing.
    void addTo(QJsonObject &payload) const;
    /// The reduction a "pay-fee" or "fee-paid" payload records; empty when none.
    static FeeReduction fromPayload(const QJsonObject &payload);

    friend bool operator==(const FeeReduction &, const FeeReduction &) = default;
};

} // namespace sunhall::models
