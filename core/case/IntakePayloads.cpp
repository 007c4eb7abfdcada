// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/IntakePayloads.h"

#include <QJsonArray>

#include <algorithm>

namespace sunhall::core {

namespace {

using Presence = PayloadReader::Presence;

const QString reasonKey = QStringLiteral("reason");

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QJsonArray attachmentsToJson(const QList<Attachment> &attachments)
{
    QJsonArray array;
    for (const Attachment &attachment : attachments)
        array.append(attachment.toJson());
    return array;
}

QList<Attachment> readAttachments(PayloadReader &reader)
{
    const QString key = QStringLiteral("attachments");
    const QList<QJsonObject> objects = reader.objectList(key);
    QList<Attachment> attachments;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        PayloadReader element = reader.element(key, i, objects.at(i));
        attachments.append(Attachment::read(element));
    }
    return attachments;
}

} // namespace

QJsonObject Applicant::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), applicantKindId(kind));
    json.insert(QStringLiteral("idNumber"), idNumber);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("phone"), phone);
    json.insert(QStringLiteral("address"), address);
    if (agent) {
        json.insert(QStringLiteral("agent"),
                    QJsonObject{{QStringLiteral("name"), agent->name},
                                {QStringLiteral("idNumber"), agent->idNumber},
                                {QStringLiteral("phone"), agent->phone}});
    }
    return json;
}

Applicant Applicant::read(PayloadReader &reader)
{
    Applicant applicant;
    applicant.kind =
        reader.vocabulary(QStringLiteral("kind"), &applicantKindFromId, ApplicantKind::Person);
    applicant.idNumber = reader.text(QStringLiteral("idNumber"), Presence::Required, 32);
    applicant.name = reader.text(QStringLiteral("name"), Presence::Required, 200);
    applicant.phone = reader.text(QStringLiteral("phone"), Presence::Optional, 32);
    applicant.address = reader.text(QStringLiteral("address"), Presence::Optional, 300);
    PayloadReader agentReader = reader.nested(QStringLiteral("agent"), Presence::Optional);
    const QString agentName = agentReader.text(QStringLiteral("name"), Presence::Optional, 100);
    if (!agentName.isEmpty()) {
        Agent agent;
        agent.name = agentName;
        agent.idNumber = agentReader.text(QStringLiteral("idNumber"), Presence::Required, 32);
        agent.phone = agentReader.text(QStringLiteral("phone"), Presence::Optional, 32);
        applicant.agent = agent;
    }
    return applicant;
}

QJsonObject Attachment::toJson() const
{
    return QJsonObject{{QStringLiteral("materialId"), materialId},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("fileName"), fileName}};
}

Attachment Attachment::read(PayloadReader &reader)
{
    Attachment attachment;
    attachment.materialId = reader.text(QStringLiteral("materialId"), Presence::Required, 64);
    attachment.sha256 = reader.text(QStringLiteral("sha256"), Presence::Required, 64);
    attachment.fileName = reader.text(QStringLiteral("fileName"), Presence::Optional, 255);
    if (reader.ok() && !isSha256(attachment.sha256)) {
        const QString field = reader.fieldName(QStringLiteral("sha256"));
        reader.fail(makeError(QStringLiteral("case.field-type"),
                              PayloadReader::tr("The field %1 must be a SHA-256 digest: 64 "
                                                "lowercase hexadecimal digits.")
                                  .arg(field),
                              field));
    }
    return attachment;
}

QJsonObject RegisterPayload::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("applicant"), applicant.toJson());
    json.insert(QStringLiteral("itemCode"), itemCode);
    json.insert(QStringLiteral("itemVersion"), itemVersion);
    json.insert(QStringLiteral("window"), window);
    json.insert(QStringLiteral("materials"), QJsonArray::fromStringList(materials));
    json.insert(QStringLiteral("attachments"), attachmentsToJson(attachments));
    json.insert(QStringLiteral("greenChannel"), greenChannel);
    json.insert(QStringLiteral("coordinator"), coordinator);
    return json;
}

Result<RegisterPayload> RegisterPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    RegisterPayload payload;
    PayloadReader applicantReader = reader.nested(QStringLiteral("applicant"));
    payload.applicant = Applicant::read(applicantReader);
    payload.itemCode = reader.text(QStringLiteral("itemCode"), Presence::Required, 64);
    payload.itemVersion = reader.integer(QStringLiteral("itemVersion"), 1, 1000000);
    payload.window = reader.text(QStringLiteral("window"), Presence::Required, 64);
    payload.materials = reader.textList(QStringLiteral("materials"));
    payload.attachments = readAttachments(reader);
    payload.greenChannel = reader.boolean(QStringLiteral("greenChannel"), false);
    payload.coordinator = reader.text(QStringLiteral("coordinator"), Presence::Optional, 100);
    return reader.finish(payload);
}

QJsonObject MaterialsPayload::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("ticked"), QJsonArray::fromStringList(ticked));
    json.insert(QStringLiteral("unticked"), QJsonArray::fromStringList(unticked));
    json.insert(QStringLiteral("attachments"), attachmentsToJson(attachments));
    return json;
}

Result<MaterialsPayload> MaterialsPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    MaterialsPayload payload;
    payload.ticked = reader.textList(QStringLiteral("ticked"));
    payload.unticked = reader.textList(QStringLiteral("unticked"));
    payload.attachments = readAttachments(reader);
    return reader.finish(payload);
}

QJsonObject AcceptPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("caseNumber"), caseNumber}};
}

Result<AcceptPayload> AcceptPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    AcceptPayload payload;
    payload.caseNumber = reader.text(QStringLiteral("caseNumber"), Presence::Required, 64);
    return reader.finish(payload);
}

QJsonObject SupplementPayload::toJson() const
{
    QJsonArray array;
    for (const MaterialProblem &line : materials) {
        array.append(QJsonObject{{QStringLiteral("materialId"), line.materialId},
                                 {QStringLiteral("problem"), line.problem}});
    }
    return QJsonObject{{QStringLiteral("materials"), array}};
}

Result<SupplementPayload> SupplementPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    SupplementPayload payload;
    const QString key = QStringLiteral("materials");
    const QList<QJsonObject> objects = reader.objectList(key);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        PayloadReader element = reader.element(key, i, objects.at(i));
        MaterialProblem line;
        line.materialId = element.text(QStringLiteral("materialId"), Presence::Required, 64);
        line.problem = element.text(QStringLiteral("problem"), Presence::Optional, 1000);
        payload.materials.append(line);
    }
    return reader.finish(payload);
}

QJsonObject ReasonPayload::toJson() const
{
    return QJsonObject{{reasonKey, reason}};
}

Result<ReasonPayload> ReasonPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    ReasonPayload payload;
    payload.reason = reader.text(reasonKey, Presence::Optional, 4000);
    return reader.finish(payload);
}

} // namespace sunhall::core
