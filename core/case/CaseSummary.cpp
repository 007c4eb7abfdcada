// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseSummary.h"

#include "core/case/CaseClocks.h"
#include "core/case/PayloadReader.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace sunhall::core {

namespace {

using Presence = PayloadReader::Presence;

struct CertificateRow
{
    CertificateState state;
    const char *id;
};

constexpr CertificateRow certificateRows[] = {
    {CertificateState::None, "none"},
    {CertificateState::Printed, "printed"},
    {CertificateState::Issued, "issued"},
    {CertificateState::Revoked, "revoked"},
};

struct Reading
{
    QDateTime due;
    WarningColour colour = WarningColour::None;
};

// Reads one clock. A stopped clock is read at the instant it stopped, so its due date stays
// put and it shows no colour; the first clock that cannot be read leaves its error code.
Reading readClock(const DeadlineClock &clock, const std::optional<ClockSpec> &spec,
                  const QDateTime &at, const WarningThresholds &thresholds, QString &error)
{
    if (!spec || !at.isValid())
        return {};
    Result<ClockReading> reading = clock.read(*spec, at, thresholds);
    if (!reading) {
        if (error.isEmpty())
            error = reading.error().code;
        return {};
    }
    return {reading->dueAt, reading->colour};
}

QDateTime earliest(const QList<QDateTime> &instants)
{
    QDateTime first;
    for (const QDateTime &instant : instants) {
        if (instant.isValid() && (!first.isValid() || instant < first))
            first = instant;
    }
    return first;
}

CertificateState certificateStateOf(const CaseState &state)
{
    if (!state.certificate)
        return CertificateState::None;
    if (state.certificate->isRevoked())
        return CertificateState::Revoked;
    return state.certificate->isIssued() ? CertificateState::Issued : CertificateState::Printed;
}

void summarizeSteps(CaseSummary &summary, const CaseState &state, const Item &item,
                    const DeadlineClock &clock, const QDateTime &at)
{
    const CaseClocks clocks(state, item);
    for (const CurrentStep &running : state.currentSteps) {
        SummaryStep step{running.stepId,       running.stepId,    running.department,
                         running.assigneeName, running.startedAt, {},
                         WarningColour::None};
        for (const FlowStep &flowStep : item.flow.steps) {
            if (flowStep.id == running.stepId && !flowStep.name.isEmpty())
                step.name = flowStep.name;
        }
        const Reading reading =
            readClock(clock, clocks.step(running), at, item.warnings, summary.clockError);
        step.due = reading.due;
        step.colour = reading.colour;
        summary.currentSteps.append(step);
    }
    QList<QDateTime> dues;
    for (const SummaryStep &step : summary.currentSteps)
        dues.append(step.due);
    summary.worstStepDue = earliest(dues);
}

void summarizeClocks(CaseSummary &summary, const CaseState &state, const Item &item,
                     const DeadlineClock &clock, const QDateTime &at)
{
    const CaseClocks clocks(state, item);
    const bool running =
        state.status == CaseStatus::InProgress || state.status == CaseStatus::Suspended;
    const QDateTime caseInstant = running ? at : state.clocksStoppedAt();
    const Reading legal =
        readClock(clock, clocks.legal(), caseInstant, item.warnings, summary.clockError);
    const Reading promised =
        readClock(clock, clocks.promised(), caseInstant, item.warnings, summary.clockError);
    summary.legalDue = legal.due;
    summary.promisedDue = promised.due;
    if (running) {
        summary.colour = promised.colour;
        for (const SummaryStep &step : summary.currentSteps)
            summary.colour = std::max(summary.colour, step.colour);
    }
    const bool certificatePending = state.status == CaseStatus::Decided &&
                                    summary.certificateState != CertificateState::Issued &&
                                    summary.certificateState != CertificateState::Revoked;
    const QDateTime certificateInstant =
        certificatePending ? at : (state.certificate ? state.certificate->issuedAt : QDateTime());
    const Reading certificate = readClock(clock, clocks.certificate(),
                                          certificateInstant.isValid() ? certificateInstant : at,
                                          item.warnings, summary.clockError);
    summary.certificateDue = certificate.due;
    summary.certificateColour = certificatePending ? certificate.colour : WarningColour::None;
    summary.followUpDue = readClock(clock, clocks.followUp(), state.followUpOpenedAt, item.warnings,
                                    summary.clockError)
                              .due;
}

QJsonArray stepsToJson(const QList<SummaryStep> &steps)
{
    QJsonArray array;
    for (const SummaryStep &step : steps) {
        array.append(QJsonObject{{QStringLiteral("stepId"), step.stepId},
                                 {QStringLiteral("name"), step.name},
                                 {QStringLiteral("department"), step.department},
                                 {QStringLiteral("assignee"), step.assignee},
                                 {QStringLiteral("startedAt"), instantToJson(step.startedAt)},
                                 {QStringLiteral("due"), instantToJson(step.due)},
                                 {QStringLiteral("colour"), warningColourId(step.colour)}});
    }
    return array;
}

QList<SummaryStep> readSteps(PayloadReader &reader)
{
    const QString key = QStringLiteral("currentSteps");
    const QList<QJsonObject> objects = reader.objectList(key);
    QList<SummaryStep> steps;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        PayloadReader element = reader.element(key, i, objects.at(i));
        SummaryStep step;
        step.stepId = element.text(QStringLiteral("stepId"));
        step.name = element.text(QStringLiteral("name"), Presence::Optional);
        step.department = element.text(QStringLiteral("department"), Presence::Optional);
        step.assignee = element.text(QStringLiteral("assignee"), Presence::Optional);
        step.startedAt = element.instant(QStringLiteral("startedAt"), Presence::Optional);
        step.due = element.instant(QStringLiteral("due"), Presence::Optional);
        step.colour =
            element.vocabulary(QStringLiteral("colour"), &warningColourFromId, WarningColour::None);
        steps.append(step);
    }
    return steps;
}

} // namespace

QString certificateStateId(CertificateState state)
{
    for (const CertificateRow &row : certificateRows) {
        if (row.state == state)
            return QString::fromLatin1(row.id);
    }
    return {};
}

std::optional<CertificateState> certificateStateFromId(const QString &id)
{
    for (const CertificateRow &row : certificateRows) {
        if (id == QLatin1String(row.id))
            return row.state;
    }
    return std::nullopt;
}

QDateTime CaseSummary::nextDue() const
{
    switch (status) {
    case CaseStatus::InProgress:
    case CaseStatus::Suspended:
        return earliest({promisedDue, worstStepDue});
    case CaseStatus::Decided: {
        const bool pending = certificateState == CertificateState::None ||
                             certificateState == CertificateState::Printed;
        return earliest({pending ? certificateDue : QDateTime(), worstStepDue});
    }
    default:
        return {};
    }
}

CaseSummary summarize(const CaseState &state, const Item &item, const DeadlineClock &clock,
                      const QDateTime &at)
{
    CaseSummary summary;
    summary.caseId = state.caseId;
    summary.caseNumber = state.caseNumber;
    summary.itemCode = state.itemCode;
    summary.itemVersion = state.itemVersion;
    summary.itemName = item.name;
    summary.department = item.department;
    summary.applicantName = state.applicant.name;
    summary.applicantIdNumber = state.applicant.idNumber;
    summary.status = state.status;
    if (state.decision)
        summary.approved = state.decision->approved;
    summary.acceptedAt = state.acceptedAt;
    summary.greenChannel = state.greenChannel;
    summary.extensionDays = state.extensionDays;
    summary.feeAssessedFen = state.feeAssessed().fen();
    summary.feePaidFen = state.feePaid().fen();
    summary.certificateState = certificateStateOf(state);
    summary.evaluationLevel = state.evaluationLevel;
    summary.lastEventAt = state.lastEventAt;
    summary.lastCaseSeq = state.lastCaseSeq;
    summarizeSteps(summary, state, item, clock, at);
    summarizeClocks(summary, state, item, clock, at);
    return summary;
}

QJsonObject CaseSummary::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("caseId"), caseId.toString(QUuid::WithoutBraces));
    json.insert(QStringLiteral("caseNumber"), caseNumber);
    json.insert(QStringLiteral("itemCode"), itemCode);
    json.insert(QStringLiteral("itemVersion"), itemVersion);
    json.insert(QStringLiteral("itemName"), itemName);
    json.insert(QStringLiteral("department"), department);
    json.insert(QStringLiteral("applicantName"), applicantName);
    json.insert(QStringLiteral("applicantIdNumber"), applicantIdNumber);
    json.insert(QStringLiteral("status"), caseStatusId(status));
    json.insert(QStringLiteral("approved"),
                approved ? QJsonValue(*approved) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("currentSteps"), stepsToJson(currentSteps));
    json.insert(QStringLiteral("acceptedAt"), instantToJson(acceptedAt));
    json.insert(QStringLiteral("legalDue"), instantToJson(legalDue));
    json.insert(QStringLiteral("promisedDue"), instantToJson(promisedDue));
    json.insert(QStringLiteral("worstStepDue"), instantToJson(worstStepDue));
    json.insert(QStringLiteral("colour"), warningColourId(colour));
    json.insert(QStringLiteral("greenChannel"), greenChannel);
    json.insert(QStringLiteral("extensionDays"), extensionDays);
    json.insert(QStringLiteral("feeAssessedFen"), feeAssessedFen);
    json.insert(QStringLiteral("feePaidFen"), feePaidFen);
    json.insert(QStringLiteral("certificateState"), certificateStateId(certificateState));
    json.insert(QStringLiteral("certificateDue"), instantToJson(certificateDue));
    json.insert(QStringLiteral("certificateColour"), warningColourId(certificateColour));
    json.insert(QStringLiteral("evaluationLevel"), evaluationLevel);
    json.insert(QStringLiteral("followUpDue"), instantToJson(followUpDue));
    json.insert(QStringLiteral("clockError"), clockError);
    json.insert(QStringLiteral("lastEventAt"), instantToJson(lastEventAt));
    json.insert(QStringLiteral("lastCaseSeq"), lastCaseSeq);
    return json;
}

Result<CaseSummary> CaseSummary::fromJson(const QJsonObject &json)
{
    constexpr qint64 maxFen = std::numeric_limits<qint64>::max();
    PayloadReader reader(json);
    CaseSummary s;
    s.caseId = reader.uuid(QStringLiteral("caseId"), Presence::Optional);
    s.caseNumber = reader.text(QStringLiteral("caseNumber"), Presence::Optional);
    s.itemCode = reader.text(QStringLiteral("itemCode"), Presence::Optional);
    s.itemVersion = reader.optionalInteger(QStringLiteral("itemVersion"), 0, 0, 1000000);
    s.itemName = reader.text(QStringLiteral("itemName"), Presence::Optional);
    s.department = reader.text(QStringLiteral("department"), Presence::Optional);
    s.applicantName = reader.text(QStringLiteral("applicantName"), Presence::Optional);
    s.applicantIdNumber = reader.text(QStringLiteral("applicantIdNumber"), Presence::Optional);
    s.status = reader.vocabulary(QStringLiteral("status"), &caseStatusFromId, CaseStatus::None);
    if (json.value(QStringLiteral("approved")).isBool())
        s.approved = json.value(QStringLiteral("approved")).toBool();
    s.currentSteps = readSteps(reader);
    s.acceptedAt = reader.instant(QStringLiteral("acceptedAt"), Presence::Optional);
    s.legalDue = reader.instant(QStringLiteral("legalDue"), Presence::Optional);
    s.promisedDue = reader.instant(QStringLiteral("promisedDue"), Presence::Optional);
    s.worstStepDue = reader.instant(QStringLiteral("worstStepDue"), Presence::Optional);
    s.colour =
        reader.vocabulary(QStringLiteral("colour"), &warningColourFromId, WarningColour::None);
    s.greenChannel = reader.boolean(QStringLiteral("greenChannel"), false);
    s.extensionDays = reader.optionalInteger(QStringLiteral("extensionDays"), 0, 0, 1000);
    s.feeAssessedFen = reader.integer64(QStringLiteral("feeAssessedFen"), 0, maxFen);
    s.feePaidFen = reader.integer64(QStringLiteral("feePaidFen"), 0, maxFen);
    s.certificateState = reader.vocabulary(QStringLiteral("certificateState"),
                                           &certificateStateFromId, CertificateState::None);
    s.certificateDue = reader.instant(QStringLiteral("certificateDue"), Presence::Optional);
    s.certificateColour = reader.vocabulary(QStringLiteral("certificateColour"),
                                            &warningColourFromId, WarningColour::None);
    s.evaluationLevel = reader.optionalInteger(QStringLiteral("evaluationLevel"), 0, 0, 5);
    s.followUpDue = reader.instant(QStringLiteral("followUpDue"), Presence::Optional);
    s.clockError = reader.text(QStringLiteral("clockError"), Presence::Optional, 64);
    s.lastEventAt = reader.instant(QStringLiteral("lastEventAt"), Presence::Optional);
    s.lastCaseSeq = reader.optionalInteger(QStringLiteral("lastCaseSeq"), 0, 0,
                                           std::numeric_limits<int>::max());
    return reader.finish(s);
}

} // namespace sunhall::core
