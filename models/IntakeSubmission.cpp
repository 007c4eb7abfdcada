// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/IntakeSubmission.h"

#include "core/case/CaseAggregate.h"
#include "core/case/CaseState.h"
#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"

namespace sunhall::models {

namespace {

// Stands for the case number while the sequence is only being checked; it never reaches the
// store, and the clerk never sees it (see withoutPlaceholder).
const QString placeholderHall = QStringLiteral("000000");

core::DocumentNumber placeholderNumber(int year)
{
    return core::DocumentNumber::make(core::DocumentNumber::Kind::Case, placeholderHall, year, 1)
        .value();
}

// The core names a case by its number once it has one; a message about the checked sequence
// must not show the stand-in.
core::Error withoutPlaceholder(core::Error error, const core::DocumentNumber &placeholder)
{
    for (const QString &shown : {placeholder.toGroupedString(), placeholder.toString()})
        error.message.replace(shown, IntakeSubmission::tr("the new case"));
    return error;
}

} // namespace

IntakeSubmission::IntakeSubmission(Submit submit, TakeCaseNumber takeCaseNumber,
                                   const core::Clock &clock, core::Actor actor, QString workstation)
    : m_submit(std::move(submit))
    , m_takeCaseNumber(std::move(takeCaseNumber))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_workstation(std::move(workstation))
{}

bool IntakeSubmission::needsCaseNumber(IntakeOutcomeKind kind)
{
    return kind == IntakeOutcomeKind::Accepted || kind == IntakeOutcomeKind::ConcludedOnSpot;
}

QList<core::Command> IntakeSubmission::commandsFor(const QUuid &caseId,
                                                   const IntakeApplication &application,
                                                   const IntakeChoice &choice,
                                                   const QString &caseNumber) const
{
    namespace Commands = core::Commands;
    QList<core::Command> commands{Commands::registerCase(caseId, application.registerPayload())};
    switch (choice.kind) {
    case IntakeOutcomeKind::Accepted:
        commands.append(Commands::accept(caseId, caseNumber));
        break;
    case IntakeOutcomeKind::SupplementRequested:
        commands.append(Commands::requestSupplement(caseId, choice.supplementLines));
        break;
    case IntakeOutcomeKind::Refused:
        commands.append(Commands::refuse(caseId, choice.reason));
        break;
    case IntakeOutcomeKind::ConcludedOnSpot:
        commands.append(Commands::accept(caseId, caseNumber));
        commands.append(Commands::decide(caseId, true, choice.reason));
        commands.append(Commands::conclude(caseId, choice.reason));
        break;
    }
    return commands;
}

core::Status IntakeSubmission::decideAll(const QList<core::Command> &commands,
                                         const core::Item &item) const
{
    const core::CommandOrigin origin{m_actor, m_workstation, m_clock.now(), 0};
    core::CaseState state;
    for (const core::Command &command : commands) {
        const core::Result<QList<core::Event>> events =
            core::CaseAggregate::decide(state, origin.stamp(command), item);
        if (!events)
            return events.error();
        for (const core::Event &event : *events)
            state = core::CaseState::apply(state, event);
    }
    return core::Status::success();
}

core::Status IntakeSubmission::check(const IntakeApplication &application,
                                     const IntakeChoice &choice) const
{
    const core::DocumentNumber placeholder = placeholderNumber(m_clock.today().year());
    const QList<core::Command> commands =
        commandsFor(QUuid::createUuid(), application, choice, placeholder.toString());
    if (core::Status decided = decideAll(commands, application.item); !decided)
        return withoutPlaceholder(decided.error(), placeholder);
    return core::Status::success();
}

core::Result<IntakeOutcome> IntakeSubmission::submit(const IntakeApplication &application,
                                                     const IntakeChoice &choice)
{
    if (core::Status allowed = check(application, choice); !allowed)
        return allowed.error();
    QString caseNumber;
    if (needsCaseNumber(choice.kind)) {
        core::Result<QString> number = m_takeCaseNumber();
        if (!number)
            return number.error();
        caseNumber = *number;
    }
    const QUuid caseId = QUuid::createUuid();
    const QList<core::Command> commands = commandsFor(caseId, application, choice, caseNumber);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const core::Result<core::Command> submitted = m_submit(commands.at(i));
        if (submitted)
            continue;
        if (i == 0)
            return submitted.error();
        // Only the store can fail here, the rules having been checked; say what was kept.
        core::Error error = submitted.error();
        error.message = tr("The application of %1 was recorded, but not all of the outcome: "
                           "%2")
                            .arg(application.applicant.name, error.message);
        return error;
    }
    return IntakeOutcome{
        choice.kind,          caseId, caseNumber, application.applicant.name, application.item.code,
        application.item.name};
}

} // namespace sunhall::models
