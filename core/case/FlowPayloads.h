// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseVocabulary.h"
#include "core/case/EvaluationScale.h"
#include "core/case/PayloadReader.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The payloads of the flow once a case is accepted: steps, the decision, suspensions, the
// extension and the applicant's evaluation. Each is a command's payload, an event's payload,
// or both; `fromJson` checks every field and names the bad one.
namespace sunhall::core {

/// "claim-step", "complete-step", "conclude" and the "step-completed" / "step-claimed"
/// events: a step, the branch (department) of a joint step, and the handler's opinion.
struct StepPayload
{
    QString stepId;
    QString department;
    QString opinion;

    QJsonObject toJson() const;
    static Result<StepPayload>
    fromJson(const QJsonObject &json,
             PayloadReader::Presence stepId = PayloadReader::Presence::Required);
};

/// The "step-started" event: a step and its branches, one per department (one for a step
/// that is not joint).
struct StepStartedPayload
{
    QString stepId;
    QStringList branches;

    QJsonObject toJson() const;
    static Result<StepStartedPayload> fromJson(const QJsonObject &json);
};

/// "return-step" and the "step-returned" event: back to an earlier step, with the reason.
/// `fromStepId` is filled in by the case when it records the event.
struct ReturnPayload
{
    QString toStepId;
    QString department;
    QString reason;
    QString fromStepId;

    QJsonObject toJson() const;
    static Result<ReturnPayload> fromJson(const QJsonObject &json);
};

/// "decide" and the "decided" event: approval or denial at the sign-off step; a denial
/// carries its reasons.
struct DecisionPayload
{
    QString stepId;
    QString department;
    bool approved = false;
    QString reasons;

    QJsonObject toJson() const;
    static Result<DecisionPayload> fromJson(const QJsonObject &json);
};

/// "suspend" and the "suspended" event: a special procedure (art. 45).
struct SuspendPayload
{
    SuspensionType type = SuspensionType::Hearing;
    QString reason;
    int expectedDays = 0;

    QJsonObject toJson() const;
    static Result<SuspendPayload> fromJson(const QJsonObject &json);
};

/// "extend" and the "extended" event: the one extension of the time limit (art. 42).
struct ExtendPayload
{
    int days = 0;
    QString reason;

    QJsonObject toJson() const;
    static Result<ExtendPayload> fromJson(const QJsonObject &json);
};

/// "evaluate" and the "evaluated" event: the applicant's level, 1 (the best) to the number of
/// levels of the scale rated on (the national five by default, see EvaluationScale). The case
/// sets `followUp` on the event: a poor rating opens a follow-up (差评回访整改), due
/// CaseClocks::followUpLimitDays working days after the rating.
struct EvaluationPayload
{
    int level = 0;
    EvaluationScale scale = EvaluationScale::FiveLevel;
    bool followUp = false;

    QJsonObject toJson() const;
    static Result<EvaluationPayload> fromJson(const QJsonObject &json);
};

} // namespace sunhall::core
