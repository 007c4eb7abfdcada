// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/StepRules.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FlowPayloads.h"

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

struct Target
{
    const FlowStep *step = nullptr;
    QString department;
};

QString stepName(const FlowStep &step)
{
    return step.name.isEmpty() ? step.id : step.name;
}

Result<Target> authorised(const RuleContext &context, const FlowStep &step,
                          const QString &department)
{
    Result<QString> branch = context.runningBranch(step, department);
    if (!branch)
        return branch.error();
    if (Status allowed = context.authorise(step, *branch); !allowed)
        return allowed.error();
    return Target{&step, *branch};
}

Error unknownStep(const RuleContext &context, const QString &stepId, const QString &field)
{
    const Item &item = context.item();
    return makeError(QStringLiteral("case.unknown-step"),
                     StepRules::tr("Step \"%1\" is not part of the flow of item %2 (version %3).")
                         .arg(stepId, item.code)
                         .arg(item.flow.version),
                     field);
}

// The running step a payload names, its branch, and the actor's right to act on it.
Result<Target> target(const RuleContext &context, const QString &stepId, const QString &department)
{
    const FlowStep *step = context.flow().step(stepId);
    if (!step)
        return unknownStep(context, stepId, QStringLiteral("stepId"));
    return authorised(context, *step, department);
}

Result<Target> targetOfKind(const RuleContext &context, StepKind kind, const QString &stepId,
                            const QString &department)
{
    Result<const FlowStep *> step = context.runningStepOfKind(kind, stepId);
    if (!step)
        return step.error();
    return authorised(context, **step, department);
}

// Steps with a meaning of their own are completed by the command that records it.
std::optional<QLatin1String> commandCompleting(StepKind kind)
{
    switch (kind) {
    case StepKind::Accept:
        return CommandType::accept;
    case StepKind::SignOff:
        return CommandType::decide;
    case StepKind::Conclude:
        return CommandType::conclude;
    case StepKind::Fee:
        return CommandType::payFee;
    case StepKind::PrintCertificate:
        return CommandType::printCertificate;
    case StepKind::IssueCertificate:
        return CommandType::issueCertificate;
    case StepKind::Review:
    case StepKind::LeaderSignOff:
        break;
    }
    return std::nullopt;
}

Status checkReturnTarget(const RuleContext &context, const FlowStep &from, const FlowStep &to)
{
    const CaseFlow &flow = context.flow();
    if (to.kind == StepKind::Accept) {
        return makeError(QStringLiteral("case.return-to-accept"),
                         StepRules::tr("Case %1 cannot be returned to the acceptance step \"%2\": "
                                       "an accepted case stays accepted. Return it to a review "
                                       "step instead.")
                             .arg(context.caseLabel(), stepName(to)),
                         QStringLiteral("toStepId"));
    }
    if (flow.indexOf(to.id) >= flow.indexOf(from.id)) {
        return makeError(QStringLiteral("case.return-not-earlier"),
                         StepRules::tr("Step \"%1\" does not come before the current step \"%2\" "
                                       "of case %3; a case can only be returned to an earlier "
                                       "step.")
                             .arg(stepName(to), stepName(from), context.caseLabel()),
                         QStringLiteral("toStepId"));
    }
    const FlowStep *signOff = flow.firstOfKind(StepKind::SignOff);
    if (context.state().decision && signOff && flow.indexOf(to.id) <= flow.indexOf(signOff->id)) {
        return makeError(QStringLiteral("case.already-decided"),
                         StepRules::tr("Case %1 is already decided; it cannot be returned to step "
                                       "\"%2\", which comes before the decision.")
                             .arg(context.caseLabel(), stepName(to)),
                         QStringLiteral("toStepId"));
    }
    return Status::success();
}

} // namespace

Status StepRules::claimStep(RuleContext &context)
{
    Result<StepPayload> payload = StepPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    Result<Target> claimed = target(context, payload->stepId, payload->department);
    if (!claimed)
        return claimed.error();
    context.append(EventType::stepClaimed,
                   StepPayload{claimed->step->id, claimed->department, {}}.toJson());
    return Status::success();
}

Status StepRules::completeStep(RuleContext &context)
{
    Result<StepPayload> payload = StepPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    Result<Target> done = target(context, payload->stepId, payload->department);
    if (!done)
        return done.error();
    if (const auto command = commandCompleting(done->step->kind)) {
        return makeError(QStringLiteral("case.wrong-command-for-step"),
                         tr("Step \"%1\" is completed when you %2, not on its own.")
                             .arg(stepName(*done->step), commandDisplayName(*command)),
                         QStringLiteral("stepId"));
    }
    context.completeBranch(*done->step, done->department, payload->opinion);
    return Status::success();
}

Status StepRules::returnStep(RuleContext &context)
{
    Result<ReturnPayload> decoded = ReturnPayload::fromJson(context.command().payload);
    if (!decoded)
        return decoded.error();
    ReturnPayload payload = decoded.value();
    if (Status reason = context.requireReason(payload.reason, u"reason"_s); !reason)
        return reason;
    const QList<CurrentStep> &running = context.state().currentSteps;
    const FlowStep *from =
        running.isEmpty() ? nullptr : context.flow().step(running.first().stepId);
    if (!from)
        return context.wrongStep(commandDisplayName(context.command().type));
    Result<Target> source = authorised(context, *from, payload.department);
    if (!source)
        return source.error();
    const FlowStep *to = context.flow().step(payload.toStepId);
    if (!to)
        return unknownStep(context, payload.toStepId, u"toStepId"_s);
    if (Status allowed = checkReturnTarget(context, *from, *to); !allowed)
        return allowed;
    payload.fromStepId = from->id;
    payload.department = source->department;
    context.append(EventType::stepReturned, payload.toJson());
    context.startStep(*to);
    return Status::success();
}

Status StepRules::decide(RuleContext &context)
{
    Result<DecisionPayload> decoded = DecisionPayload::fromJson(context.command().payload);
    if (!decoded)
        return decoded.error();
    DecisionPayload payload = decoded.value();
    Result<Target> signOff =
        targetOfKind(context, StepKind::SignOff, payload.stepId, payload.department);
    if (!signOff)
        return signOff.error();
    if (!payload.approved) {
        if (Status reason = context.requireReason(payload.reasons, u"reasons"_s); !reason)
            return reason;
    }
    payload.stepId = signOff->step->id;
    payload.department = signOff->department;
    context.append(EventType::decided, payload.toJson());
    // The decision is the sign-off of the whole step, whichever branches it has.
    const QStringList branches = context.openBranches(signOff->step->id);
    for (const QString &branch : branches)
        context.completeBranch(*signOff->step, branch, payload.reasons);
    return Status::success();
}

Status StepRules::conclude(RuleContext &context)
{
    Result<StepPayload> payload =
        StepPayload::fromJson(context.command().payload, PayloadReader::Presence::Optional);
    if (!payload)
        return payload.error();
    Result<Target> step =
        targetOfKind(context, StepKind::Conclude, payload->stepId, payload->department);
    if (!step)
        return step.error();
    context.completeBranch(*step->step, step->department, payload->opinion);
    return Status::success();
}

} // namespace sunhall::core
