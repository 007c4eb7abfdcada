// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/catalog/Item.h"
#include "core/values/Money.h"

#include <QList>
#include <QString>

namespace sunhall::models {

/// One fee of a case as the cashier shows it: the assessed line named from the item, with
/// the item's standard amount and the legal basis of the charge.
struct FeeCaseLine
{
    QString code;
    QString name;
    core::Money amount;
    QString basis;
};

/// A case with an assessed fee, as the cashier sees it: its state folded from the events, the
/// item at the case's version, and the money: assessed, collected on receipts still valid,
/// reduced (减免) on those receipts, and what is still due.
struct FeeCase
{
    core::CaseState state;
    core::Item item;
    core::Money assessed;
    core::Money paid;
    core::Money reduced;

    core::Money due() const { return assessed - paid - reduced; }
    bool hasFeeDue() const { return due() > core::Money(); }
    /// The assessed fees, in the order of the assessment, named from the item.
    QList<FeeCaseLine> lines() const;
};

} // namespace sunhall::models
