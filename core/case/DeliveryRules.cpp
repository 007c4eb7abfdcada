// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/DeliveryRules.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FeePayloads.h"
#include "core/case/FlowPayloads.h"
#include "core/case/IntakePayloads.h"

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

// A certificate exists only for an approved case of an item that issues one, and a revoked
// certificate is never printed or handed over again.
Status checkCertificateAllowed(const RuleContext &context)
{
    const Item &item = context.item();
    const CaseState &state = context.state();
    if (!item.certificate) {
        return makeError(
            QStringLiteral("case.no-certificate"),
            DeliveryRules::tr("Item %1 (%2) issues no certificate.").arg(item.code, item.name));
    }
    if (!state.isApproved()) {
        return makeError(QStringLiteral("case.not-approved"),
                         DeliveryRules::tr("Case %1 was not approved, so it has no certificate.")
                             .arg(context.caseLabel()));
    }
    if (state.certificate && state.certificate->isRevoked()) {
        return makeError(QStringLiteral("case.certificate-revoked"),
                         DeliveryRules::tr("The certificate %1 of case %2 is revoked.")
                             .arg(state.certificate->number, context.caseLabel()));
    }
    return Status::success();
}

struct DeliveryStep
{
    const FlowStep *step = nullptr; // running step to complete, if any
    QString department;
};

// The first print and the hand-over happen at their flow step when the flow has one; a
// reprint happens whenever the certificate window needs it.
Result<DeliveryStep> deliveryStep(const RuleContext &context, StepKind kind, bool firstTime)
{
    const CaseFlow &flow = context.flow();
    const FlowStep *step = flow.firstOfKind(kind);
    if (!step) {
        if (Status allowed = context.authoriseRole({Role::Clerk}, context.item().department);
            !allowed)
            return allowed.error();
        return DeliveryStep{};
    }
    if (!firstTime) {
        if (Status allowed = context.authoriseRole({step->role}, flow.departmentOf(*step));
            !allowed)
            return allowed.error();
        return DeliveryStep{};
    }
    Result<const FlowStep *> running = context.runningStepOfKind(kind);
    if (!running)
        return running.error();
    Result<QString> branch = context.runningBranch(**running, {});
    if (!branch)
        return branch.error();
    if (Status allowed = context.authorise(**running, *branch); !allowed)
        return allowed.error();
    return DeliveryStep{*running, *branch};
}

} // namespace

Status DeliveryRules::printCertificate(RuleContext &context)
{
    Result<CertificatePayload> decoded = CertificatePayload::fromJson(context.command().payload);
    if (!decoded)
        return decoded.error();
    CertificatePayload payload = decoded.value();
    if (Status allowed = checkCertificateAllowed(context); !allowed)
        return allowed;
    const std::optional<CertificateRecord> printed = context.state().certificate;
    payload.reprint = printed.has_value();
    if (payload.reprint && payload.certificateNumber.isEmpty())
        payload.certificateNumber = printed->number;
    if (payload.certificateNumber.trimmed().isEmpty()) {
        return makeError(QStringLiteral("case.field-missing"),
                         tr("Enter the certificate number of the blank being printed."),
                         QStringLiteral("certificateNumber"));
    }
    Result<QString> number = context.documentNumber(
        payload.certificateNumber, DocumentNumber::Kind::Certificate, u"certificateNumber"_s);
    if (!number)
        return number.error();
    payload.certificateNumber = *number;
    if (payload.reprint && payload.certificateNumber != printed->number) {
        return makeError(QStringLiteral("case.certificate-number-mismatch"),
                         tr("A reprint keeps the certificate number %1; %2 is another number.")
                             .arg(printed->number, payload.certificateNumber),
                         QStringLiteral("certificateNumber"));
    }
    Result<DeliveryStep> step = deliveryStep(context, StepKind::PrintCertificate, !payload.reprint);
    if (!step)
        return step.error();
    context.append(EventType::certificatePrinted, payload.toJson());
    if (step->step)
        context.completeBranch(*step->step, step->department, {});
    return Status::success();
}

Status DeliveryRules::issueCertificate(RuleContext &context)
{
    if (Status allowed = checkCertificateAllowed(context); !allowed)
        return allowed;
    const std::optional<CertificateRecord> printed = context.state().certificate;
    if (!printed || printed->isIssued()) {
        return makeError(printed ? QStringLiteral("case.certificate-already-issued")
                                 : QStringLiteral("case.certificate-not-printed"),
                         printed ? tr("The certificate %1 of case %2 was already handed over.")
                                       .arg(printed->number, context.caseLabel())
                                 : tr("The certificate of case %1 has not been printed yet; print "
                                      "it before handing it over.")
                                       .arg(context.caseLabel()));
    }
    Result<DeliveryStep> step = deliveryStep(context, StepKind::IssueCertificate, true);
    if (!step)
        return step.error();
    context.append(EventType::certificateIssued,
                   CertificatePayload{printed->number, false}.toJson());
    if (step->step)
        context.completeBranch(*step->step, step->department, {});
    return Status::success();
}

Status DeliveryRules::revokeCertificate(RuleContext &context)
{
    Result<ReasonPayload> payload = ReasonPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    for (Status check : {checkCertificateAllowed(context),
                         context.authoriseRole({Role::ChiefApprover}, context.item().department),
                         context.requireReason(payload->reason, u"reason"_s)}) {
        if (!check)
            return check;
    }
    if (!context.state().certificate) {
        return makeError(
            QStringLiteral("case.certificate-not-printed"),
            tr("Case %1 has no printed certificate to revoke.").arg(context.caseLabel()));
    }
    context.append(EventType::certificateRevoked, payload->toJson());
    return Status::success();
}

// The applicant rates the service at the window that served them: the intake window's clerk
// or the hall's cashier (who serves every department, as for fees).
Status DeliveryRules::evaluate(RuleContext &context)
{
    Result<EvaluationPayload> decoded = EvaluationPayload::fromJson(context.command().payload);
    if (!decoded)
        return decoded.error();
    EvaluationPayload payload = decoded.value();
    const FlowStep window = context.flow().acceptStep();
    if (!context.actor().hasRole(Role::Cashier)) {
        if (Status allowed =
                context.authoriseRole({Role::Clerk}, context.flow().departmentOf(window));
            !allowed)
            return allowed;
    }
    if (context.state().evaluationLevel > 0) {
        return makeError(QStringLiteral("case.already-evaluated"),
                         tr("Case %1 was already evaluated; each case is evaluated once.")
                             .arg(context.caseLabel()),
                         QStringLiteral("level"));
    }
    payload.followUp = isPoorEvaluation(payload.level);
    context.append(EventType::evaluated, payload.toJson());
    return Status::success();
}

} // namespace sunhall::core
