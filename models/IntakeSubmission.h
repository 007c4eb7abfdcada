// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/case/Command.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "models/IntakeApplication.h"
#include "models/IntakeOutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <functional>

namespace sunhall::models {

/// Turns the clerk's outcome into the core's commands (Commands.h) and submits them: register
/// and accept; register and the one-time supplement notice; register and refuse; or, for an
/// immediate item, register, accept, decide and conclude. The whole sequence is first decided
/// by the core (CaseAggregate) without recording anything, so that an outcome is recorded
/// whole or not at all and a case number is taken only when it will be used; the errors are
/// the core's, in words a clerk can read. The same check answers, as the clerk types, whether
/// an outcome is possible and why not.
class IntakeSubmission
{
    Q_DECLARE_TR_FUNCTIONS(IntakeSubmission)
public:
    /// Records one command at the workstation (core::SyncEngine::submit).
    using Submit = std::function<core::Result<core::Command>(core::Command)>;
    /// Takes the next case number from the workstation's leased range
    /// (core::SyncEngine::takeNumber).
    using TakeCaseNumber = std::function<core::Result<QString>()>;

    IntakeSubmission(Submit submit, TakeCaseNumber takeCaseNumber, const core::Clock &clock,
                     core::Actor actor, QString workstation);

    /// Whether the core would allow `choice` for `application` now; nothing is recorded.
    core::Status check(const IntakeApplication &application, const IntakeChoice &choice) const;
    /// Checks, takes a case number when the outcome needs one, and submits every command.
    core::Result<IntakeOutcome> submit(const IntakeApplication &application,
                                       const IntakeChoice &choice);

    const core::Actor &actor() const { return m_actor; }

private:
    QList<core::Command> commandsFor(const QUuid &caseId, const IntakeApplication &application,
                                     const IntakeChoice &choice, const QString &caseNumber) const;
    core::Status decideAll(const QList<core::Command> &commands, const core::Item &item) const;
    static bool needsCaseNumber(IntakeOutcomeKind kind);

    Submit m_submit;
    TakeCaseNumber m_takeCaseNumber;
    const core::Clock &m_clock;
    core::Actor m_actor;
    QString m_workstation;
};

} // namespace sunhall::models
