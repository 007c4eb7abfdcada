// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/FlowPayloads.h"

#include <QJsonArray>

namespace sunhall::core {

namespace {

using Presence = PayloadReader::Presence;

} // namespace

QJsonObject StepPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("stepId"), stepId},
                       {QStringLiteral("department"), department},
                       {QStringLiteral("opinion"), opinion}};
}

Result<StepPayload> StepPayload::fromJson(const QJsonObject &json, PayloadReader::Presence stepId)
{
    PayloadReader reader(json);
    StepPayload payload;
    payload.stepId = reader.text(QStringLiteral("stepId"), stepId, 64);
    payload.department = reader.text(QStringLiteral("department"), Presence::Optional, 64);
    payload.opinion = reader.text(QStringLiteral("opinion"), Presence::Optional, 4000);
    return reader.finish(payload);
}

QJsonObject StepStartedPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("stepId"), stepId},
                       {QStringLiteral("branches"), QJsonArray::fromStringList(branches)}};
}

Result<StepStartedPayload> StepStartedPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    StepStartedPayload payload;
    payload.stepId = reader.text(QStringLiteral("stepId"), Presence::Required, 64);
    payload.branches = reader.textList(QStringLiteral("branches"), Presence::Required);
    return reader.finish(payload);
}

QJsonObject ReturnPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("toStepId"), toStepId},
                       {QStringLiteral("department"), department},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("fromStepId"), fromStepId}};
}

Result<ReturnPayload> ReturnPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    ReturnPayload payload;
    payload.toStepId = reader.text(QStringLiteral("toStepId"), Presence::Required, 64);
    payload.department = reader.text(QStringLiteral("department"), Presence::Optional, 64);
    payload.reason = reader.text(QStringLiteral("reason"), Presence::Optional, 4000);
    payload.fromStepId = reader.text(QStringLiteral("fromStepId"), Presence::Optional, 64);
    return reader.finish(payload);
}

QJsonObject DecisionPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("stepId"), stepId},
                       {QStringLiteral("department"), department},
                       {QStringLiteral("approved"), approved},
                       {QStringLiteral("reasons"), reasons}};
}

Result<DecisionPayload> DecisionPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    DecisionPayload payload;
    payload.stepId = reader.text(QStringLiteral("stepId"), Presence::Optional, 64);
    payload.department = reader.text(QStringLiteral("department"), Presence::Optional, 64);
    payload.approved = reader.boolean(QStringLiteral("approved"));
    payload.reasons = reader.text(QStringLiteral("reasons"), Presence::Optional, 4000);
    return reader.finish(payload);
}

QJsonObject SuspendPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("type"), suspensionTypeId(type)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("expectedDays"), expectedDays}};
}

Result<SuspendPayload> SuspendPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    SuspendPayload payload;
    payload.type =
        reader.vocabulary(QStringLiteral("type"), &suspensionTypeFromId, SuspensionType::Hearing);
    payload.reason = reader.text(QStringLiteral("reason"), Presence::Optional, 4000);
    payload.expectedDays = reader.integer(QStringLiteral("expectedDays"), 1, 365);
    return reader.finish(payload);
}

QJsonObject ExtendPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("days"), days}, {QStringLiteral("reason"), reason}};
}

Result<ExtendPayload> ExtendPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    ExtendPayload payload;
    payload.days = reader.integer(QStringLiteral("days"), -1000, 1000);
    payload.reason = reader.text(QStringLiteral("reason"), Presence::Optional, 4000);
    return reader.finish(payload);
}

QJsonObject EvaluationPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("level"), level},
                       {QStringLiteral("scale"), evaluationScaleId(scale)},
                       {QStringLiteral("followUp"), followUp}};
}

// Evaluations recorded before the scale was a setting carry the level alone: the national
// five levels.
Result<EvaluationPayload> EvaluationPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    EvaluationPayload payload;
    payload.level = reader.integer(QStringLiteral("level"), 1, 5);
    payload.scale = reader.vocabulary(QStringLiteral("scale"), &evaluationScaleFromId,
                                      EvaluationScale::FiveLevel, Presence::Optional);
    payload.followUp = reader.boolean(QStringLiteral("followUp"), false);
    if (reader.ok() && payload.level > evaluationLevelCount(payload.scale)) {
        reader.fail(makeError(QStringLiteral("case.field-range"),
                              PayloadReader::tr("The level %1 is not on the %2-level scale.")
                                  .arg(payload.level)
                                  .arg(evaluationLevelCount(payload.scale)),
                              reader.fieldName(QStringLiteral("level"))));
    }
    return reader.finish(payload);
}

} // namespace sunhall::core
