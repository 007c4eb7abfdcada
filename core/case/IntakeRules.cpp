// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/IntakeRules.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/IntakePayloads.h"
#include "core/values/IdentityNumber.h"

#include <QSet>

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

const Material *findMaterial(const Item &item, const QString &id)
{
    for (const Material &material : item.materials) {
        if (material.id == id)
            return &material;
    }
    return nullptr;
}

Error unknownMaterial(const Item &item, const QString &id, const QString &field)
{
    return makeError(QStringLiteral("case.unknown-material"),
                     IntakeRules::tr("Item %1 (%2) has no material \"%3\" on its list.")
                         .arg(item.code, item.name, id),
                     field);
}

Status knownMaterials(const Item &item, const QStringList &ids, const QString &field)
{
    for (const QString &id : ids) {
        if (!findMaterial(item, id))
            return unknownMaterial(item, id, field);
    }
    return Status::success();
}

Status knownAttachments(const Item &item, const QList<Attachment> &attachments)
{
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        if (!findMaterial(item, attachments.at(i).materialId)) {
            return unknownMaterial(item, attachments.at(i).materialId,
                                   QStringLiteral("attachments[%1].materialId").arg(i));
        }
    }
    return Status::success();
}

Status authoriseWindow(const RuleContext &context)
{
    const FlowStep accept = context.flow().acceptStep();
    return context.authorise(accept, context.flow().departmentOf(accept));
}

Status checkItem(const RuleContext &context, const RegisterPayload &payload)
{
    const Item &item = context.item();
    if (payload.itemCode != item.code) {
        return makeError(QStringLiteral("case.item-mismatch"),
                         IntakeRules::tr("The application names item %1, but the catalogue "
                                         "entry given is item %2 (%3).")
                             .arg(payload.itemCode, item.code, item.name),
                         QStringLiteral("itemCode"));
    }
    if (payload.itemVersion != item.flow.version) {
        return makeError(QStringLiteral("case.item-mismatch"),
                         IntakeRules::tr("The application names version %1 of item %2, but the "
                                         "flow given is version %3.")
                             .arg(payload.itemVersion)
                             .arg(item.code)
                             .arg(item.flow.version),
                         QStringLiteral("itemVersion"));
    }
    return Status::success();
}

Status checkGreenChannel(const Item &item, const RegisterPayload &payload)
{
    if (!payload.greenChannel)
        return Status::success();
    if (!item.greenChannelEligible) {
        return makeError(QStringLiteral("case.green-channel-not-eligible"),
                         IntakeRules::tr("Item %1 (%2) is not eligible for the green channel; "
                                         "register the case without it.")
                             .arg(item.code, item.name),
                         QStringLiteral("greenChannel"));
    }
    if (payload.coordinator.trimmed().isEmpty()) {
        return makeError(QStringLiteral("case.coordinator-required"),
                         IntakeRules::tr("A green-channel case needs a named coordinator; enter "
                                         "who coordinates it."),
                         QStringLiteral("coordinator"));
    }
    return Status::success();
}

// The applicant's number must be valid and of the applicant's kind; it is kept in its
// normalised form so that searches find it however it was typed.
Status checkIdentity(const RuleContext &context, Applicant &applicant)
{
    const QDate today = context.command().clientTime.date();
    Result<IdentityNumber> number = IdentityNumber::check(applicant.idNumber, today);
    if (!number) {
        Error error = number.error();
        error.field = QStringLiteral("applicant.idNumber");
        return error;
    }
    const bool person = applicant.kind == ApplicantKind::Person;
    if (person != (number->kind() == IdentityNumber::Kind::CitizenId)) {
        return makeError(QStringLiteral("case.wrong-identity-kind"),
                         person ? IntakeRules::tr("%1 is the credit code of an organisation, but "
                                                  "the applicant is registered as a person.")
                                      .arg(number->number())
                                : IntakeRules::tr("%1 is a citizen ID number, but the applicant "
                                                  "is registered as an organisation.")
                                      .arg(number->number()),
                         QStringLiteral("applicant.idNumber"));
    }
    applicant.idNumber = number->number();
    if (applicant.agent) {
        Result<IdentityNumber> agent =
            IdentityNumber::parseCitizenId(applicant.agent->idNumber, today);
        if (!agent) {
            Error error = agent.error();
            error.field = QStringLiteral("applicant.agent.idNumber");
            return error;
        }
        applicant.agent->idNumber = agent->number();
    }
    return Status::success();
}

Status checkSupplementLines(const RuleContext &context, const SupplementPayload &payload)
{
    const CaseState &state = context.state();
    QSet<QString> noticed;
    for (const SupplementNotice &notice : state.supplements) {
        for (const MaterialProblem &line : notice.materials)
            noticed.insert(line.materialId);
    }
    for (qsizetype i = 0; i < payload.materials.size(); ++i) {
        const MaterialProblem &line = payload.materials.at(i);
        const QString field = QStringLiteral("materials[%1]").arg(i);
        const Material *material = findMaterial(context.item(), line.materialId);
        if (!material)
            return unknownMaterial(context.item(), line.materialId, field + u".materialId"_s);
        if (line.problem.trimmed().isEmpty()) {
            return makeError(QStringLiteral("case.problem-required"),
                             IntakeRules::tr("Say what is wrong with the material \"%1\", so "
                                             "that the applicant can put it right at once.")
                                 .arg(material->name),
                             field + u".problem"_s);
        }
        if (!state.supplements.isEmpty() && !noticed.contains(line.materialId)) {
            return makeError(QStringLiteral("case.supplement-not-in-notice"),
                             IntakeRules::tr("The material \"%1\" was not in the supplement "
                                             "notice already given for case %2. Everything "
                                             "missing must be asked for at once (一次性告知); "
                                             "only materials already named can be asked again.")
                                 .arg(material->name, context.caseLabel()),
                             field + u".materialId"_s);
        }
    }
    return Status::success();
}

} // namespace

Status IntakeRules::registerCase(RuleContext &context)
{
    Result<RegisterPayload> decoded = RegisterPayload::fromJson(context.command().payload);
    if (!decoded)
        return decoded.error();
    RegisterPayload payload = decoded.value();
    for (Status check : {checkItem(context, payload), authoriseWindow(context)}) {
        if (!check)
            return check;
    }
    if (Status identity = checkIdentity(context, payload.applicant); !identity)
        return identity;
    for (Status check : {knownMaterials(context.item(), payload.materials, u"materials"_s),
                         knownAttachments(context.item(), payload.attachments),
                         checkGreenChannel(context.item(), payload)}) {
        if (!check)
            return check;
    }
    if (!payload.greenChannel)
        payload.coordinator.clear();
    context.append(EventType::registered, payload.toJson());
    return Status::success();
}

Status IntakeRules::updateMaterials(RuleContext &context)
{
    Result<MaterialsPayload> payload = MaterialsPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    for (Status check :
         {authoriseWindow(context), knownMaterials(context.item(), payload->ticked, u"ticked"_s),
          knownMaterials(context.item(), payload->unticked, u"unticked"_s),
          knownAttachments(context.item(), payload->attachments)}) {
        if (!check)
            return check;
    }
    context.append(EventType::materialsChecked, payload->toJson());
    return Status::success();
}

Status IntakeRules::accept(RuleContext &context)
{
    Result<AcceptPayload> payload = AcceptPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    if (Status allowed = authoriseWindow(context); !allowed)
        return allowed;
    Result<QString> caseNumber =
        context.documentNumber(payload->caseNumber, DocumentNumber::Kind::Case, u"caseNumber"_s);
    if (!caseNumber)
        return caseNumber.error();
    QStringList missing;
    for (const Material &material : context.item().materials) {
        if (material.required && !context.state().materialsReceived.contains(material.id))
            missing.append(material.name);
    }
    if (!missing.isEmpty()) {
        return makeError(QStringLiteral("case.missing-material"),
                         tr("Case %1 cannot be accepted: the required material %2 has not been "
                            "handed in. Tick each material when it is handed in, or ask for a "
                            "supplement.")
                             .arg(context.caseLabel(), missing.join(tr(", "))),
                         QStringLiteral("materials"));
    }
    context.append(EventType::accepted, AcceptPayload{*caseNumber}.toJson());
    const FlowStep accept = context.flow().acceptStep();
    if (!accept.id.isEmpty())
        context.completeBranch(accept, context.flow().departmentOf(accept), {});
    else if (const FlowStep *first = context.flow().nextAfter(-1, context.state()))
        context.startStep(*first);
    return Status::success();
}

Status IntakeRules::requestSupplement(RuleContext &context)
{
    Result<SupplementPayload> payload = SupplementPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    if (Status allowed = authoriseWindow(context); !allowed)
        return allowed;
    if (payload->materials.isEmpty()) {
        return makeError(QStringLiteral("case.supplement-empty"),
                         tr("The supplement notice for case %1 lists no material. List every "
                            "missing or deficient material, all at once.")
                             .arg(context.caseLabel()),
                         QStringLiteral("materials"));
    }
    if (Status lines = checkSupplementLines(context, *payload); !lines)
        return lines;
    context.append(EventType::supplementRequested, payload->toJson());
    return Status::success();
}

Status IntakeRules::refuse(RuleContext &context)
{
    Result<ReasonPayload> payload = ReasonPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    for (Status check :
         {authoriseWindow(context), context.requireReason(payload->reason, u"reason"_s)}) {
        if (!check)
            return check;
    }
    context.append(EventType::refused, payload->toJson());
    return Status::success();
}

Status IntakeRules::withdraw(RuleContext &context)
{
    Result<ReasonPayload> payload = ReasonPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    for (Status check :
         {authoriseWindow(context), context.requireReason(payload->reason, u"reason"_s)}) {
        if (!check)
            return check;
    }
    context.append(EventType::withdrawn, payload->toJson());
    return Status::success();
}

} // namespace sunhall::core
