// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/case/CaseVocabulary.h"
#include "core/case/Command.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/values/Money.h"
#include "models/FeeCase.h"
#include "models/FeeReduction.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <functional>

namespace sunhall::models {

/// What the cashier asks for: collect `amount` by `method` on a case, with a reduction and
/// its legal basis when the applicant is entitled to one.
struct FeeCollectionRequest
{
    core::PaymentMethod method = core::PaymentMethod::Cash;
    core::Money amount;
    FeeReduction reduction;
};

/// Turns the cashier's collections and voids into the core's commands (Commands::payFee,
/// Commands::voidReceipt) and submits them at the workstation. Each is first decided by the
/// case rules (CaseAggregate) without recording anything, so that a receipt number is taken
/// from the workstation's leased range only for a collection the core allows: a refused
/// amount never uses up a number. The errors are the core's, in words a cashier can read;
/// advice() adds what to do next.
class FeeCollection
{
    Q_DECLARE_TR_FUNCTIONS(FeeCollection)
public:
    /// Records one command at the workstation (core::SyncEngine::submit).
    using Submit = std::function<core::Result<core::Command>(core::Command)>;
    /// Takes the next receipt number of the leased range (core::SyncEngine::takeNumber).
    using TakeReceiptNumber = std::function<core::Result<QString>()>;

    FeeCollection(Submit submit, TakeReceiptNumber takeReceiptNumber, const core::Clock &clock,
                  core::Actor actor, QString workstation);

    /// Whether the core would record `request` on the case now; nothing is recorded.
    core::Status check(const FeeCase &feeCase, const FeeCollectionRequest &request) const;
    /// Checks, takes a receipt number and records the payment; returns the receipt number.
    core::Result<QString> collect(const FeeCase &feeCase, const FeeCollectionRequest &request);
    /// Whether the core would void the receipt now with `reason`; nothing is recorded.
    core::Status checkVoid(const FeeCase &feeCase, const QString &receiptNumber,
                           const QString &reason) const;
    /// Voids the receipt: its number stays recorded, the fee is due again.
    core::Status voidReceipt(const FeeCase &feeCase, const QString &receiptNumber,
                             const QString &reason);

    /// The "pay-fee" command of `request` on `caseId` with `receiptNumber`.
    static core::Command payCommand(const QUuid &caseId, const FeeCollectionRequest &request,
                                    const QString &receiptNumber);
    /// What the cashier can do about a refusal, in a sentence; empty when there is nothing
    /// to add to the core's message.
    static QString advice(const core::Error &refusal);
    /// The core's message followed by the advice.
    static QString explain(const core::Error &refusal);

    const core::Actor &actor() const { return m_actor; }

private:
    core::Status decide(const FeeCase &feeCase, const core::Command &command) const;
    QString placeholderNumber() const;

    Submit m_submit;
    TakeReceiptNumber m_takeReceiptNumber;
    const core::Clock &m_clock;
    core::Actor m_actor;
    QString m_workstation;
};

} // namespace sunhall::models
