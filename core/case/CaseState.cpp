// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseState.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FlowPayloads.h"

#include <algorithm>

namespace sunhall::core {

namespace {

using Applier = void (*)(CaseState &, const Event &);

// Events come from decide() and are valid; a payload that does not decode (a damaged or
// foreign event) leaves the state as it was rather than guessing.
template<typename Payload>
std::optional<Payload> decoded(const Event &event)
{
    Result<Payload> payload = Payload::fromJson(event.payload);
    if (!payload)
        return std::nullopt;
    return std::move(payload).value();
}

void applyRegistered(CaseState &state, const Event &event)
{
    const auto payload = decoded<RegisterPayload>(event);
    if (!payload)
        return;
    state.caseId = event.caseId;
    state.status = CaseStatus::Registered;
    state.itemCode = payload->itemCode;
    state.itemVersion = payload->itemVersion;
    state.applicant = payload->applicant;
    state.window = payload->window;
    state.materialsReceived = payload->materials;
    state.attachments = payload->attachments;
    state.greenChannel = payload->greenChannel;
    state.coordinator = payload->greenChannel ? payload->coordinator : QString();
    state.clerkId = event.actorId;
    state.clerkName = event.actorName;
    state.registeredAt = event.at;
}

void applyMaterialsChecked(CaseState &state, const Event &event)
{
    const auto payload = decoded<MaterialsPayload>(event);
    if (!payload)
        return;
    for (const QString &id : payload->ticked) {
        if (!state.materialsReceived.contains(id))
            state.materialsReceived.append(id);
    }
    for (const QString &id : payload->unticked)
        state.materialsReceived.removeAll(id);
    state.attachments.append(payload->attachments);
    if (state.status == CaseStatus::AwaitingSupplement)
        state.status = CaseStatus::Registered;
}

void applySupplementRequested(CaseState &state, const Event &event)
{
    const auto payload = decoded<SupplementPayload>(event);
    if (!payload)
        return;
    state.supplements.append(SupplementNotice{event.at, payload->materials});
    state.status = CaseStatus::AwaitingSupplement;
}

void applyAccepted(CaseState &state, const Event &event)
{
    const auto payload = decoded<AcceptPayload>(event);
    if (!payload)
        return;
    state.caseNumber = payload->caseNumber;
    state.acceptedAt = event.at;
    state.clerkId = event.actorId;
    state.clerkName = event.actorName;
    state.status = CaseStatus::InProgress;
}

void applyRefused(CaseState &state, const Event &event)
{
    if (const auto payload = decoded<ReasonPayload>(event))
        state.refusedReason = payload->reason;
    state.status = CaseStatus::Refused;
    state.endedAt = event.at;
}

void applyWithdrawn(CaseState &state, const Event &event)
{
    if (const auto payload = decoded<ReasonPayload>(event))
        state.withdrawnReason = payload->reason;
    state.currentSteps.clear();
    state.status = CaseStatus::Withdrawn;
    state.endedAt = event.at;
}

void applyStepStarted(CaseState &state, const Event &event)
{
    const auto payload = decoded<StepStartedPayload>(event);
    if (!payload)
        return;
    for (const QString &branch : payload->branches)
        state.currentSteps.append(CurrentStep{payload->stepId, branch, event.at, {}, {}});
}

void applyStepClaimed(CaseState &state, const Event &event)
{
    const auto payload = decoded<StepPayload>(event);
    if (!payload)
        return;
    for (CurrentStep &step : state.currentSteps) {
        if (step.stepId == payload->stepId && step.department == payload->department) {
            step.assigneeId = event.actorId;
            step.assigneeName = event.actorName;
        }
    }
}

void applyStepCompleted(CaseState &state, const Event &event)
{
    const auto payload = decoded<StepPayload>(event);
    if (!payload)
        return;
    state.currentSteps.removeIf([&payload](const CurrentStep &step) {
        return step.stepId == payload->stepId && step.department == payload->department;
    });
    state.completedSteps.append(CompletedStep{payload->stepId, payload->department, event.at,
                                              event.actorId, event.actorName, payload->opinion});
}

void applyStepReturned(CaseState &state, const Event &event)
{
    const auto payload = decoded<ReturnPayload>(event);
    if (!payload)
        return;
    state.currentSteps.clear();
    state.returns.append(StepReturn{payload->fromStepId, payload->toStepId, payload->reason,
                                    event.at, event.actorName});
}

void applyDecided(CaseState &state, const Event &event)
{
    const auto payload = decoded<DecisionPayload>(event);
    if (!payload)
        return;
    state.decision =
        CaseDecision{payload->approved, payload->reasons, event.actorId, event.actorName, event.at};
    state.status = CaseStatus::Decided;
}

void applySuspended(CaseState &state, const Event &event)
{
    const auto payload = decoded<SuspendPayload>(event);
    if (!payload)
        return;
    state.suspensions.append(
        CaseSuspension{payload->type, payload->reason, payload->expectedDays, event.at, {}});
    state.status = CaseStatus::Suspended;
}

void applyResumed(CaseState &state, const Event &event)
{
    for (CaseSuspension &suspension : state.suspensions) {
        if (suspension.isOpen())
            suspension.resumedAt = event.at;
    }
    state.status = CaseStatus::InProgress;
}

void applyExtended(CaseState &state, const Event &event)
{
    const auto payload = decoded<ExtendPayload>(event);
    if (!payload)
        return;
    state.extensionDays = payload->days;
    state.extensionReason = payload->reason;
}

void applyFeeAssessed(CaseState &state, const Event &event)
{
    if (const auto payload = decoded<FeeAssessment>(event))
        state.feesAssessed = payload->fees;
}

void applyFeePaid(CaseState &state, const Event &event)
{
    const auto payload = decoded<PaymentPayload>(event);
    if (!payload)
        return;
    state.payments.append(Payment{payload->receiptNumber,
                                  payload->method,
                                  payload->amount,
                                  event.at,
                                  event.actorId,
                                  false,
                                  {},
                                  payload->reduction,
                                  payload->reductionBasis});
}

void applyReceiptVoided(CaseState &state, const Event &event)
{
    const auto payload = decoded<VoidPayload>(event);
    if (!payload)
        return;
    for (Payment &payment : state.payments) {
        if (payment.receiptNumber == payload->receiptNumber) {
            payment.voided = true;
            payment.voidReason = payload->reason;
        }
    }
}

void applyCertificatePrinted(CaseState &state, const Event &event)
{
    const auto payload = decoded<CertificatePayload>(event);
    if (!payload)
        return;
    CertificateRecord certificate = state.certificate.value_or(CertificateRecord{});
    certificate.number = payload->certificateNumber;
    certificate.printedCount += 1;
    if (!certificate.firstPrintedAt.isValid())
        certificate.firstPrintedAt = event.at;
    state.certificate = certificate;
}

void applyCertificateIssued(CaseState &state, const Event &event)
{
    if (state.certificate)
        state.certificate->issuedAt = event.at;
}

void applyCertificateRevoked(CaseState &state, const Event &event)
{
    if (!state.certificate)
        return;
    state.certificate->revokedAt = event.at;
    if (const auto payload = decoded<ReasonPayload>(event))
        state.certificate->revokeReason = payload->reason;
}

void applyEvaluated(CaseState &state, const Event &event)
{
    const auto payload = decoded<EvaluationPayload>(event);
    if (!payload)
        return;
    state.evaluationLevel = payload->level;
    state.evaluationScale = payload->scale;
    state.evaluatedAt = event.at;
    state.evaluationClerkId = event.actorId;
    state.evaluationClerkName = event.actorName;
    if (payload->followUp)
        state.followUpOpenedAt = event.at;
}

void applyConcluded(CaseState &state, const Event &event)
{
    state.status = CaseStatus::Concluded;
    state.endedAt = event.at;
}

struct ApplierRow
{
    QLatin1String type;
    Applier apply;
};

constexpr ApplierRow appliers[] = {
    {EventType::registered, &applyRegistered},
    {EventType::materialsChecked, &applyMaterialsChecked},
    {EventType::supplementRequested, &applySupplementRequested},
    {EventType::accepted, &applyAccepted},
    {EventType::refused, &applyRefused},
    {EventType::withdrawn, &applyWithdrawn},
    {EventType::stepStarted, &applyStepStarted},
    {EventType::stepClaimed, &applyStepClaimed},
    {EventType::stepCompleted, &applyStepCompleted},
    {EventType::stepReturned, &applyStepReturned},
    {EventType::decided, &applyDecided},
    {EventType::suspended, &applySuspended},
    {EventType::resumed, &applyResumed},
    {EventType::extended, &applyExtended},
    {EventType::feeAssessed, &applyFeeAssessed},
    {EventType::feePaid, &applyFeePaid},
    {EventType::receiptVoided, &applyReceiptVoided},
    {EventType::certificatePrinted, &applyCertificatePrinted},
    {EventType::certificateIssued, &applyCertificateIssued},
    {EventType::certificateRevoked, &applyCertificateRevoked},
    {EventType::evaluated, &applyEvaluated},
    {EventType::concluded, &applyConcluded},
};

} // namespace

Money CaseState::feeAssessed() const
{
    Money total;
    for (const FeeLine &line : feesAssessed.value_or(QList<FeeLine>{}))
        total += line.amount;
    return total;
}

Money CaseState::feePaid() const
{
    Money total;
    for (const Payment &payment : payments) {
        if (!payment.voided)
            total += payment.amount;
    }
    return total;
}

Money CaseState::feeReduced() const
{
    Money total;
    for (const Payment &payment : payments) {
        if (!payment.voided)
            total += payment.reduction;
    }
    return total;
}

const Payment *CaseState::payment(const QString &receiptNumber) const
{
    for (const Payment &candidate : payments) {
        if (candidate.receiptNumber == receiptNumber)
            return &candidate;
    }
    return nullptr;
}

const CaseSuspension *CaseState::openSuspension() const
{
    for (const CaseSuspension &suspension : suspensions) {
        if (suspension.isOpen())
            return &suspension;
    }
    return nullptr;
}

bool CaseState::isCurrent(const QString &stepId) const
{
    return std::any_of(currentSteps.begin(), currentSteps.end(),
                       [&stepId](const CurrentStep &step) { return step.stepId == stepId; });
}

bool CaseState::wasCompleted(const QString &stepId) const
{
    return std::any_of(completedSteps.begin(), completedSteps.end(),
                       [&stepId](const CompletedStep &step) { return step.stepId == stepId; });
}

QDateTime CaseState::clocksStoppedAt() const
{
    if (decision)
        return decision->at;
    if (status == CaseStatus::Refused || status == CaseStatus::Withdrawn)
        return endedAt;
    return {};
}

CaseState CaseState::apply(CaseState state, const Event &event)
{
    for (const ApplierRow &row : appliers) {
        if (event.type == row.type) {
            row.apply(state, event);
            break;
        }
    }
    state.lastCaseSeq = event.caseSeq;
    state.lastEventAt = event.at;
    return state;
}

CaseState CaseState::fold(const QList<Event> &events)
{
    CaseState state;
    for (const Event &event : events)
        state = apply(std::move(state), event);
    return state;
}

} // namespace sunhall::core
