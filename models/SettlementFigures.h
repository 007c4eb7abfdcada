// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseVocabulary.h"
#include "core/values/Money.h"

#include <QDate>
#include <QJsonObject>

namespace sunhall::models {

struct FeeLedgerEntry;

/// What one cashier's books hold for one method over a day or a period (DOMAIN.md §5: 日结,
/// 周对账, 月汇总): receipts issued and their total, receipts voided and their total, the
/// reductions granted on the receipts issued, and the net money that must be in hand or on
/// the account: collected less voided.
struct SettlementFigures
{
    int collectedCount = 0;
    core::Money collected;
    int voidedCount = 0;
    core::Money voided;
    int reducedCount = 0;
    core::Money reduced;

    core::Money net() const { return collected - voided; }
    bool isEmpty() const { return collectedCount == 0 && voidedCount == 0; }
    void add(const FeeLedgerEntry &entry);
    SettlementFigures &operator+=(const SettlementFigures &other);

    QJsonObject toJson() const;
    static SettlementFigures fromJson(const QJsonObject &json);

    friend bool operator==(const SettlementFigures &, const SettlementFigures &) = default;
};

/// One line of a settlement: the figures of one method on one day.
struct SettlementLine
{
    QDate day;
    core::PaymentMethod method = core::PaymentMethod::Cash;
    SettlementFigures figures;

    friend bool operator==(const SettlementLine &, const SettlementLine &) = default;
};

} // namespace sunhall::models
