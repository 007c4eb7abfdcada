// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseVocabulary.h"
#include "core/values/Money.h"
#include "models/FeeReduction.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace sunhall::models {

/// One line of the cashier's books, read from a case's events: a receipt issued ("fee-paid")
/// or a receipt voided ("receipt-voided"). `cashierId`/`cashierName` are whoever recorded
/// it, `day` is the date of `at` in the hall's time zone. A void carries the method and
/// amount of the receipt it cancels, so that it is taken off the same method's total.
struct FeeLedgerEntry
{
    enum class Kind
    {
        Collected,
        Voided
    };

    Kind kind = Kind::Collected;
    QString receiptNumber;
    QUuid caseId;
    QString caseNumber;
    QString payerName;
    QString itemCode;
    core::PaymentMethod method = core::PaymentMethod::Cash;
    core::Money amount;
    FeeReduction reduction; // collected only
    QString reason;         // voided only
    QDateTime at;
    QDate day;
    QString cashierId;
    QString cashierName;
    QString workstation;

    friend bool operator==(const FeeLedgerEntry &, const FeeLedgerEntry &) = default;
};

} // namespace sunhall::models
