// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/RuleContext.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FlowPayloads.h"

namespace sunhall::core {

namespace {

QString stepName(const FlowStep &step)
{
    return step.name.isEmpty() ? step.id : step.name;
}

QString roleNames(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names.append(roleDisplayName(role));
    return names.join(RuleContext::tr(" or "));
}

} // namespace

RuleContext::RuleContext(const CaseState &state, const Command &command, const Item &item)
    : m_state(state)
    , m_command(command)
    , m_item(item)
    , m_flow(item)
{}

void RuleContext::append(QLatin1String type, const QJsonObject &payload)
{
    Event event;
    event.caseId = m_command.caseId;
    event.caseSeq = m_state.lastCaseSeq + 1;
    event.type = type;
    event.payload = payload;
    event.actorId = m_command.actor.userId;
    event.actorName = m_command.actor.name;
    event.workstation = m_command.workstation;
    event.at = m_command.clientTime;
    event.commandId = m_command.id;
    m_state = CaseState::apply(std::move(m_state), event);
    m_events.append(event);
}

QString RuleContext::caseLabel(const CaseState &state)
{
    if (!state.caseNumber.isEmpty())
        return state.caseNumber;
    if (state.applicant.name.isEmpty())
        return tr("(not yet registered)");
    return tr("of %1").arg(state.applicant.name);
}

QString RuleContext::currentStepNames() const
{
    QStringList names;
    for (const CurrentStep &running : m_state.currentSteps) {
        const FlowStep *step = m_flow.step(running.stepId);
        const QString name = step ? stepName(*step) : running.stepId;
        names.append(tr("%1 (%2)").arg(name, running.department));
    }
    return names.join(tr(", "));
}

QStringList RuleContext::openBranches(const QString &stepId) const
{
    QStringList branches;
    for (const CurrentStep &running : m_state.currentSteps) {
        if (running.stepId == stepId)
            branches.append(running.department);
    }
    return branches;
}

Error RuleContext::wrongStep(const QString &wanted) const
{
    const QString message =
        m_state.currentSteps.isEmpty()
            ? tr("Case %1 cannot do \"%2\" now: no step of its flow is running.")
                  .arg(caseLabel(), wanted)
            : tr("Case %1 cannot do \"%2\" now: the current step is %3. Steps are done in the "
                 "order of the published flow.")
                  .arg(caseLabel(), wanted, currentStepNames());
    return makeError(QStringLiteral("case.wrong-step"), message, QStringLiteral("stepId"));
}

Result<QString> RuleContext::runningBranch(const FlowStep &step, const QString &department) const
{
    const QStringList open = openBranches(step.id);
    if (open.isEmpty())
        return wrongStep(stepName(step));
    if (!department.isEmpty()) {
        if (open.contains(department))
            return department;
        const bool done = m_flow.branchesOf(step).contains(department);
        return makeError(
            done ? QStringLiteral("case.branch-done") : QStringLiteral("case.wrong-branch"),
            done ? tr("The branch of department %1 of step \"%2\" of case %3 is "
                      "already done; the branches still open are %4.")
                       .arg(department, stepName(step), caseLabel(), open.join(tr(", ")))
                 : tr("Step \"%1\" of case %2 has no open branch for department %3; "
                      "the open branches are %4.")
                       .arg(stepName(step), caseLabel(), department, open.join(tr(", "))),
            QStringLiteral("department"));
    }
    QStringList mine;
    for (const QString &branch : open) {
        if (m_flow.mayAct(actor(), step, branch))
            mine.append(branch);
    }
    if (mine.size() > 1) {
        return makeError(QStringLiteral("case.wrong-branch"),
                         tr("Step \"%1\" of case %2 runs in parallel in the departments %3; say "
                            "which department's branch this is.")
                             .arg(stepName(step), caseLabel(), mine.join(tr(", "))),
                         QStringLiteral("department"));
    }
    return mine.isEmpty() ? open.first() : mine.first();
}

Result<const FlowStep *> RuleContext::runningStepOfKind(StepKind kind, const QString &stepId) const
{
    for (const CurrentStep &running : m_state.currentSteps) {
        const FlowStep *step = m_flow.step(running.stepId);
        if (step && step->kind == kind && (stepId.isEmpty() || stepId == step->id))
            return step;
    }
    const FlowStep *wanted = stepId.isEmpty() ? m_flow.firstOfKind(kind) : m_flow.step(stepId);
    return wrongStep(wanted ? stepName(*wanted) : stepKindId(kind));
}

Status RuleContext::authorise(const FlowStep &step, const QString &department) const
{
    if (!m_flow.mayAct(actor(), step, department)) {
        if (actor().hasRole(step.role)) {
            return makeError(QStringLiteral("case.wrong-department"),
                             tr("%1 is a %2 but not in department %3, which handles step \"%4\" "
                                "of case %5.")
                                 .arg(actor().name, roleDisplayName(step.role), department,
                                      stepName(step), caseLabel()),
                             QStringLiteral("actor"));
        }
        return makeError(QStringLiteral("case.wrong-role"),
                         tr("%1 cannot act on step \"%2\" of case %3: it needs the role %4 in "
                            "department %5.")
                             .arg(actor().name, stepName(step), caseLabel(),
                                  roleDisplayName(step.role), department),
                         QStringLiteral("actor"));
    }
    for (const CurrentStep &running : m_state.currentSteps) {
        if (running.stepId == step.id && running.department == department &&
            !running.assigneeId.isEmpty() && running.assigneeId != actor().userId) {
            return makeError(QStringLiteral("case.claimed-by-other"),
                             tr("Step \"%1\" of case %2 was claimed by %3; only they can act on "
                                "it now.")
                                 .arg(stepName(step), caseLabel(), running.assigneeName),
                             QStringLiteral("actor"));
        }
    }
    return Status::success();
}

Status RuleContext::authoriseRole(const QList<Role> &roles, const QString &department) const
{
    for (Role role : roles) {
        if (department.isEmpty() ? actor().hasRole(role) : actor().holds(role, department))
            return Status::success();
    }
    const QString what = commandDisplayName(m_command.type);
    if (department.isEmpty()) {
        return makeError(QStringLiteral("case.wrong-role"),
                         tr("%1 cannot %2 for case %3: it needs the role %4.")
                             .arg(actor().name, what, caseLabel(), roleNames(roles)),
                         QStringLiteral("actor"));
    }
    const bool hasRole = std::any_of(roles.begin(), roles.end(),
                                     [this](Role role) { return actor().hasRole(role); });
    return makeError(hasRole ? QStringLiteral("case.wrong-department")
                             : QStringLiteral("case.wrong-role"),
                     tr("%1 cannot %2 for case %3: it needs the role %4 in department %5.")
                         .arg(actor().name, what, caseLabel(), roleNames(roles), department),
                     QStringLiteral("actor"));
}

Status RuleContext::requireReason(const QString &text, const QString &field) const
{
    if (!text.trimmed().isEmpty())
        return Status::success();
    return makeError(QStringLiteral("case.reason-required"),
                     tr("A written reason is required to %1 (case %2). Write the reason and try "
                        "again.")
                         .arg(commandDisplayName(m_command.type), caseLabel()),
                     field);
}

Result<QString> RuleContext::documentNumber(const QString &text, DocumentNumber::Kind kind,
                                            const QString &field) const
{
    Result<DocumentNumber> number = DocumentNumber::parse(text);
    if (!number) {
        Error error = number.error();
        error.field = field;
        return error;
    }
    if (number->kind() != kind) {
        return makeError(QStringLiteral("case.wrong-number-kind"),
                         tr("%1 is a %2, not a %3.")
                             .arg(number->toGroupedString(),
                                  DocumentNumber::kindDisplayName(number->kind()),
                                  DocumentNumber::kindDisplayName(kind)),
                         field);
    }
    return number->toString();
}

void RuleContext::startStep(const FlowStep &step)
{
    append(EventType::stepStarted, StepStartedPayload{step.id, m_flow.branchesOf(step)}.toJson());
}

void RuleContext::completeBranch(const FlowStep &step, const QString &department,
                                 const QString &opinion)
{
    append(EventType::stepCompleted, StepPayload{step.id, department, opinion}.toJson());
    if (m_state.isCurrent(step.id))
        return;
    if (const FlowStep *next = m_flow.nextAfter(m_flow.indexOf(step.id), m_state))
        startStep(*next);
    else
        append(EventType::concluded);
}

} // namespace sunhall::core
