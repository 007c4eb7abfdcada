// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseAggregate.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/ClockRules.h"
#include "core/case/DeliveryRules.h"
#include "core/case/FeeRules.h"
#include "core/case/IntakeRules.h"
#include "core/case/RuleContext.h"
#include "core/case/StepRules.h"

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

using Rule = Status (*)(RuleContext &);

constexpr unsigned bit(CaseStatus status)
{
    return 1u << static_cast<unsigned>(status);
}

constexpr unsigned intake = bit(CaseStatus::Registered) | bit(CaseStatus::AwaitingSupplement);
constexpr unsigned running = bit(CaseStatus::InProgress) | bit(CaseStatus::Suspended);
constexpr unsigned afterDecision = bit(CaseStatus::Decided);

struct CommandRule
{
    QLatin1String type;
    unsigned allowed; // the statuses in which the command may happen
    Rule rule;
};

constexpr CommandRule commandRules[] = {
    {CommandType::registerCase, bit(CaseStatus::None), &IntakeRules::registerCase},
    {CommandType::updateMaterials, intake, &IntakeRules::updateMaterials},
    {CommandType::accept, bit(CaseStatus::Registered), &IntakeRules::accept},
    {CommandType::requestSupplement, bit(CaseStatus::Registered), &IntakeRules::requestSupplement},
    {CommandType::refuse, intake, &IntakeRules::refuse},
    {CommandType::withdraw, intake | running, &IntakeRules::withdraw},
    {CommandType::claimStep, bit(CaseStatus::InProgress) | afterDecision, &StepRules::claimStep},
    {CommandType::completeStep, bit(CaseStatus::InProgress) | afterDecision,
     &StepRules::completeStep},
    {CommandType::returnStep, bit(CaseStatus::InProgress) | afterDecision, &StepRules::returnStep},
    {CommandType::decide, bit(CaseStatus::InProgress), &StepRules::decide},
    {CommandType::conclude, afterDecision, &StepRules::conclude},
    {CommandType::suspend, bit(CaseStatus::InProgress), &ClockRules::suspend},
    {CommandType::resume, bit(CaseStatus::Suspended), &ClockRules::resume},
    {CommandType::extend, running, &ClockRules::extend},
    {CommandType::assessFee, running | afterDecision, &FeeRules::assessFee},
    {CommandType::payFee, running | afterDecision, &FeeRules::payFee},
    {CommandType::voidReceipt, running | afterDecision, &FeeRules::voidReceipt},
    {CommandType::printCertificate, afterDecision, &DeliveryRules::printCertificate},
    {CommandType::issueCertificate, afterDecision, &DeliveryRules::issueCertificate},
    {CommandType::revokeCertificate, afterDecision | bit(CaseStatus::Concluded),
     &DeliveryRules::revokeCertificate},
    {CommandType::evaluate, afterDecision | bit(CaseStatus::Concluded) | bit(CaseStatus::Refused),
     &DeliveryRules::evaluate},
};

const CommandRule *ruleFor(const QString &type)
{
    for (const CommandRule &row : commandRules) {
        if (type == row.type)
            return &row;
    }
    return nullptr;
}

Error statusError(QLatin1String code, const QString &message)
{
    return makeError(QString(code), message);
}

// Why a command cannot happen in the case's status, in the words a clerk needs.
Error wrongStatus(const CaseState &state, const CommandRule &rule)
{
    const QString what = commandDisplayName(rule.type);
    const QString label = RuleContext::caseLabel(state);
    const CaseStatus status = state.status;
    const bool needsAcceptance = rule.allowed & (running | afterDecision);
    if (status == CaseStatus::None)
        return statusError("case.not-registered"_L1,
                           CaseAggregate::tr("The case is not registered; register the "
                                             "application at a window first."));
    if (rule.type == CommandType::registerCase)
        return statusError("case.already-registered"_L1,
                           CaseAggregate::tr("Case %1 is already registered.").arg(label));
    if (isTerminal(status))
        return statusError("case.closed"_L1,
                           CaseAggregate::tr("Case %1 is %2: nothing more can be recorded on it, "
                                             "so it cannot %3.")
                               .arg(label, caseStatusDisplayName(status), what));
    if (rule.type == CommandType::resume)
        return statusError(
            "case.not-suspended"_L1,
            CaseAggregate::tr("Case %1 is not suspended, so it cannot resume.").arg(label));
    if (status == CaseStatus::AwaitingSupplement && (rule.allowed & intake))
        return statusError("case.awaiting-supplement"_L1,
                           CaseAggregate::tr("Case %1 is waiting for the supplement already "
                                             "asked for; tick the materials as they are handed "
                                             "in before you %2.")
                               .arg(label, what));
    if (intake & bit(status))
        return statusError("case.not-accepted"_L1,
                           CaseAggregate::tr("Case %1 has not been accepted yet, so it cannot %2. "
                                             "Accept it at the window first.")
                               .arg(label, what));
    if (!needsAcceptance)
        return statusError(
            "case.already-accepted"_L1,
            CaseAggregate::tr("Case %1 is already accepted, so it cannot %2.").arg(label, what));
    if (status == CaseStatus::Suspended && rule.type == CommandType::suspend)
        return statusError("case.already-suspended"_L1,
                           CaseAggregate::tr("Case %1 is already suspended; resume it before a "
                                             "new suspension.")
                               .arg(label));
    if (status == CaseStatus::Suspended)
        return statusError("case.suspended"_L1,
                           CaseAggregate::tr("Case %1 is suspended for a special procedure; "
                                             "resume it before you %2.")
                               .arg(label, what));
    if (status == CaseStatus::Decided)
        return statusError(
            "case.already-decided"_L1,
            CaseAggregate::tr("Case %1 is already decided, so it cannot %2.").arg(label, what));
    return statusError(
        "case.not-decided"_L1,
        CaseAggregate::tr("Case %1 has no decision yet, so it cannot %2.").arg(label, what));
}

Status checkEnvelope(const CaseState &state, const Command &command, const Item &item)
{
    if (command.caseId.isNull())
        return makeError(QStringLiteral("case.field-missing"),
                         CaseAggregate::tr("The command names no case."), QStringLiteral("caseId"));
    if (!command.clientTime.isValid())
        return makeError(QStringLiteral("case.invalid-time"),
                         CaseAggregate::tr("The command has no valid time."),
                         QStringLiteral("clientTime"));
    if (command.actor.userId.isEmpty())
        return makeError(QStringLiteral("case.field-missing"),
                         CaseAggregate::tr("The command names no user."),
                         QStringLiteral("actor.userId"));
    if (state.status == CaseStatus::None)
        return Status::success();
    if (command.caseId != state.caseId)
        return makeError(QStringLiteral("case.wrong-case"),
                         CaseAggregate::tr("The command is for another case than case %1.")
                             .arg(RuleContext::caseLabel(state)),
                         QStringLiteral("caseId"));
    if (item.code != state.itemCode || item.flow.version != state.itemVersion)
        return makeError(QStringLiteral("case.item-mismatch"),
                         CaseAggregate::tr("Case %1 runs under item %2 version %3, but item %4 "
                                           "version %5 was given.")
                             .arg(RuleContext::caseLabel(state), state.itemCode)
                             .arg(state.itemVersion)
                             .arg(item.code)
                             .arg(item.flow.version));
    return Status::success();
}

} // namespace

Result<QList<Event>> CaseAggregate::decide(const CaseState &state, const Command &command,
                                           const Item &item)
{
    const CommandRule *rule = ruleFor(command.type);
    if (!rule) {
        return makeError(
            QStringLiteral("case.unknown-command"),
            tr("\"%1\" is not something that can be done to a case.").arg(command.type),
            QStringLiteral("type"));
    }
    if (Status envelope = checkEnvelope(state, command, item); !envelope)
        return envelope.error();
    if (!(rule->allowed & bit(state.status)))
        return wrongStatus(state, *rule);
    RuleContext context(state, command, item);
    if (Status decided = rule->rule(context); !decided)
        return decided.error();
    return context.events();
}

} // namespace sunhall::core
