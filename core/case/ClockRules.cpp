// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/ClockRules.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FlowPayloads.h"

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

// Whoever may work on a running step may stop and restart its clock, and so may the
// department's chief approver and leaders.
Status authoriseHandler(const RuleContext &context)
{
    for (const CurrentStep &running : context.state().currentSteps) {
        const FlowStep *step = context.flow().step(running.stepId);
        if (step && context.flow().mayAct(context.actor(), *step, running.department))
            return Status::success();
    }
    return context.authoriseRole({Role::ChiefApprover, Role::Leader}, context.item().department);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Status checkExtensionDays(const RuleContext &context, int days)
{
    const Item &item = context.item();
    if (days < 1) {
        return makeError(QStringLiteral("case.extension-too-short"),
                         ClockRules::tr("An extension of %1 working days is not possible; extend "
                                        "by at least one working day.")
                             .arg(days),
                         QStringLiteral("days"));
    }
    if (days > item.maxExtensionDays) {
        return makeError(QStringLiteral("case.extension-too-long"),
                         ClockRules::tr("An extension of %1 working days is more than item %2 "
                                        "allows: at most %3 working days.")
                             .arg(days)
                             .arg(item.code)
                             .arg(item.maxExtensionDays),
                         QStringLiteral("days"));
    }
    return Status::success();
}

} // namespace

Status ClockRules::suspend(RuleContext &context)
{
    Result<SuspendPayload> payload = SuspendPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    for (Status check :
         {authoriseHandler(context), context.requireReason(payload->reason, u"reason"_s)}) {
        if (!check)
            return check;
    }
    context.append(EventType::suspended, payload->toJson());
    return Status::success();
}

Status ClockRules::resume(RuleContext &context)
{
    if (Status allowed = authoriseHandler(context); !allowed)
        return allowed;
    const CaseSuspension *open = context.state().openSuspension();
    const QDate resumeDay = context.command().clientTime.date();
    if (open && resumeDay < open->startedAt.date()) {
        return makeError(
            QStringLiteral("case.resume-before-suspension"),
            tr("Case %1 cannot resume on %2: its suspension began on %3.")
                .arg(context.caseLabel(), isoDate(resumeDay), isoDate(open->startedAt.date())),
            QStringLiteral("clientTime"));
    }
    context.append(EventType::resumed);
    return Status::success();
}

Status ClockRules::extend(RuleContext &context)
{
    Result<ExtendPayload> payload = ExtendPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    if (Status allowed = context.authoriseRole({Role::Leader}, context.item().department); !allowed)
        return allowed;
    const CaseState &state = context.state();
    if (state.extensionDays > 0) {
        return makeError(QStringLiteral("case.already-extended"),
                         tr("The time limit of case %1 was already extended by %2 working days; "
                            "it can be extended only once.")
                             .arg(context.caseLabel())
                             .arg(state.extensionDays),
                         QStringLiteral("days"));
    }
    for (Status check : {checkExtensionDays(context, payload->days),
                         context.requireReason(payload->reason, u"reason"_s)}) {
        if (!check)
            return check;
    }
    context.append(EventType::extended, payload->toJson());
    return Status::success();
}

} // namespace sunhall::core
