// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseStatus.h"
#include "core/case/CaseVocabulary.h"
#include "core/case/EvaluationScale.h"
#include "core/case/Event.h"
#include "core/case/FeePayloads.h"
#include "core/case/IntakePayloads.h"
#include "core/values/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sunhall::core {

/// A running step, or one branch (department) of a joint step, with the handler who claimed
/// it, if anyone has.
struct CurrentStep
{
    QString stepId;
    QString department;
    QDateTime startedAt;
    QString assigneeId;
    QString assigneeName;

    friend bool operator==(const CurrentStep &, const CurrentStep &) = default;
};

/// A step (or branch) done, by whom and with what opinion.
struct CompletedStep
{
    QString stepId;
    QString department;
    QDateTime completedAt;
    QString byId;
    QString byName;
    QString opinion;

    friend bool operator==(const CompletedStep &, const CompletedStep &) = default;
};

/// A return to an earlier step.
struct StepReturn
{
    QString fromStepId;
    QString toStepId;
    QString reason;
    QDateTime at;
    QString byName;

    friend bool operator==(const StepReturn &, const StepReturn &) = default;
};

/// A one-time supplement notice (一次性告知).
struct SupplementNotice
{
    QDateTime at;
    QList<MaterialProblem> materials;

    friend bool operator==(const SupplementNotice &, const SupplementNotice &) = default;
};

/// A special-procedure suspension; `resumedAt` is invalid while it is still running.
struct CaseSuspension
{
    SuspensionType type = SuspensionType::Hearing;
    QString reason;
    int expectedDays = 0;
    QDateTime startedAt;
    QDateTime resumedAt;

    bool isOpen() const { return !resumedAt.isValid(); }
    friend bool operator==(const CaseSuspension &, const CaseSuspension &) = default;
};

/// The decision (准予 / 不予许可), by whom and when.
struct CaseDecision
{
    bool approved = false;
    QString reasons;
    QString byId;
    QString byName;
    QDateTime at;

    friend bool operator==(const CaseDecision &, const CaseDecision &) = default;
};

/// A fee receipt. A voided receipt stays on record and its number is never used again. A
/// reduction (减免) granted on the receipt is recorded with its legal basis.
struct Payment
{
    QString receiptNumber;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    QDateTime paidAt;
    QString cashierId;
    bool voided = false;
    QString voidReason;
    Money reduction;
    QString reductionBasis;

    friend bool operator==(const Payment &, const Payment &) = default;
};

/// The certificate (证照) of an approved case.
struct CertificateRecord
{
    QString number;
    int printedCount = 0;
    QDateTime firstPrintedAt;
    QDateTime issuedAt;
    QDateTime revokedAt;
    QString revokeReason;

    bool isIssued() const { return issuedAt.isValid(); }
    bool isRevoked() const { return revokedAt.isValid(); }
    friend bool operator==(const CertificateRecord &, const CertificateRecord &) = default;
};

/// Everything known about one case, folded from its events (DESIGN.md §2). A plain value:
/// `apply` returns the state after one more event and never fails (an event it does not know,
/// such as a supervision event of a later release, only advances `lastCaseSeq`), so the state
/// and every read model can always be rebuilt from the events.
struct CaseState
{
    QUuid caseId;
    CaseStatus status = CaseStatus::None;
    QString itemCode;
    int itemVersion = 0;
    Applicant applicant;
    QString caseNumber;
    QString window;
    QString clerkId; // first asked (首问负责): the clerk who registered, then who accepted
    QString clerkName;
    QDateTime registeredAt;
    QStringList materialsReceived;
    QList<Attachment> attachments;
    QList<SupplementNotice> supplements;
    bool greenChannel = false;
    QString coordinator;
    QDateTime acceptedAt;

    QList<CurrentStep> currentSteps;
    QList<CompletedStep> completedSteps;
    QList<StepReturn> returns;
    QList<CaseSuspension> suspensions;
    int extensionDays = 0;
    QString extensionReason;
    std::optional<CaseDecision> decision;

    std::optional<QList<FeeLine>> feesAssessed;
    QList<Payment> payments;
    std::optional<CertificateRecord> certificate;
    int evaluationLevel = 0; // 0: not evaluated
    EvaluationScale evaluationScale = EvaluationScale::FiveLevel;
    QDateTime evaluatedAt;
    QString evaluationClerkId; // whose service was rated: who recorded the rating at the window
    QString evaluationClerkName;
    QDateTime followUpOpenedAt; // a poor rating's follow-up (差评回访整改); invalid when none
    QString refusedReason;
    QString withdrawnReason;
    QDateTime endedAt; // refused, withdrawn or concluded

    int lastCaseSeq = 0;
    QDateTime lastEventAt;

    Money feeAssessed() const;
    Money feePaid() const;    // receipts not voided
    Money feeReduced() const; // reductions on receipts not voided
    /// Assessed less paid less reduced.
    Money feeDue() const { return feeAssessed() - feePaid() - feeReduced(); }
    const Payment *payment(const QString &receiptNumber) const;
    const CaseSuspension *openSuspension() const;
    bool isCurrent(const QString &stepId) const;
    bool wasCompleted(const QString &stepId) const;
    bool isApproved() const { return decision && decision->approved; }
    /// When the legal and promised clocks stopped: the decision, refusal or withdrawal.
    QDateTime clocksStoppedAt() const;

    static CaseState apply(CaseState state, const Event &event);
    static CaseState fold(const QList<Event> &events);

    friend bool operator==(const CaseState &, const CaseState &) = default;
};

} // namespace sunhall::core
