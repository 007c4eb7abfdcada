// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Commands.h"

#include "core/case/CaseVocabulary.h"

namespace sunhall::core {

Command CommandOrigin::stamp(Command command) const
{
    command.actor = actor;
    command.workstation = workstation;
    command.clientTime = clientTime;
    command.workstationSeq = workstationSeq;
    return command;
}

namespace Commands {

namespace {

Command make(QLatin1String type, const QUuid &caseId, const QJsonObject &payload)
{
    Command command;
    command.id = QUuid::createUuid();
    command.type = type;
    command.caseId = caseId;
    command.payload = payload;
    return command;
}

} // namespace

Command registerCase(const QUuid &caseId, const RegisterPayload &payload)
{
    return make(CommandType::registerCase, caseId, payload.toJson());
}

Command updateMaterials(const QUuid &caseId, const QStringList &ticked, const QStringList &unticked,
                        const QList<Attachment> &attachments)
{
    return make(CommandType::updateMaterials, caseId,
                MaterialsPayload{ticked, unticked, attachments}.toJson());
}

Command accept(const QUuid &caseId, const QString &caseNumber)
{
    return make(CommandType::accept, caseId, AcceptPayload{caseNumber}.toJson());
}

Command requestSupplement(const QUuid &caseId, const QList<MaterialProblem> &materials)
{
    return make(CommandType::requestSupplement, caseId, SupplementPayload{materials}.toJson());
}

Command refuse(const QUuid &caseId, const QString &reason)
{
    return make(CommandType::refuse, caseId, ReasonPayload{reason}.toJson());
}

Command withdraw(const QUuid &caseId, const QString &reason)
{
    return make(CommandType::withdraw, caseId, ReasonPayload{reason}.toJson());
}

Command claimStep(const QUuid &caseId, const QString &stepId, const QString &department)
{
    return make(CommandType::claimStep, caseId, StepPayload{stepId, department, {}}.toJson());
}

Command completeStep(const QUuid &caseId, const QString &stepId, const QString &opinion,
                     const QString &department)
{
    return make(CommandType::completeStep, caseId,
                StepPayload{stepId, department, opinion}.toJson());
}

Command returnStep(const QUuid &caseId, const QString &toStepId, const QString &reason,
                   const QString &department)
{
    return make(CommandType::returnStep, caseId,
                ReturnPayload{toStepId, department, reason, {}}.toJson());
}

Command decide(const QUuid &caseId, bool approved, const QString &reasons, const QString &stepId,
               const QString &department)
{
    return make(CommandType::decide, caseId,
                DecisionPayload{stepId, department, approved, reasons}.toJson());
}

Command conclude(const QUuid &caseId, const QString &opinion, const QString &stepId)
{
    return make(CommandType::conclude, caseId, StepPayload{stepId, {}, opinion}.toJson());
}

Command suspend(const QUuid &caseId, SuspensionType type, const QString &reason, int expectedDays)
{
    return make(CommandType::suspend, caseId, SuspendPayload{type, reason, expectedDays}.toJson());
}

Command resume(const QUuid &caseId)
{
    return make(CommandType::resume, caseId, {});
}

Command extend(const QUuid &caseId, int days, const QString &reason)
{
    return make(CommandType::extend, caseId, ExtendPayload{days, reason}.toJson());
}

Command assessFee(const QUuid &caseId, const QList<FeeLine> &fees)
{
    return make(CommandType::assessFee, caseId, FeeAssessment{fees}.toJson());
}

Command payFee(const QUuid &caseId, const QString &receiptNumber, PaymentMethod method,
               Money amount, Money reduction, const QString &reductionBasis)
{
    return make(CommandType::payFee, caseId,
                PaymentPayload{receiptNumber, method, amount, reduction, reductionBasis}.toJson());
}

Command voidReceipt(const QUuid &caseId, const QString &receiptNumber, const QString &reason)
{
    QJsonObject payload = VoidPayload{receiptNumber, reason, {}}.toJson();
    payload.remove(QStringLiteral("amountFen"));
    return make(CommandType::voidReceipt, caseId, payload);
}

Command printCertificate(const QUuid &caseId, const QString &certificateNumber)
{
    QJsonObject payload = CertificatePayload{certificateNumber, false}.toJson();
    payload.remove(QStringLiteral("reprint"));
    return make(CommandType::printCertificate, caseId, payload);
}

Command issueCertificate(const QUuid &caseId)
{
    return make(CommandType::issueCertificate, caseId, {});
}

Command revokeCertificate(const QUuid &caseId, const QString &reason)
{
    return make(CommandType::revokeCertificate, caseId, ReasonPayload{reason}.toJson());
}

Command evaluate(const QUuid &caseId, int level, EvaluationScale scale)
{
    QJsonObject payload = EvaluationPayload{level, scale, false}.toJson();
    payload.remove(QStringLiteral("followUp"));
    return make(CommandType::evaluate, caseId, payload);
}

} // namespace Commands

} // namespace sunhall::core
