// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Command.h"

#include <QJsonDocument>

#include <limits>

namespace sunhall::core {

namespace {

QJsonObject unsignedJson(const Command &command)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), command.id.toString(QUuid::WithoutBraces));
    json.insert(QStringLiteral("type"), command.type);
    json.insert(QStringLiteral("caseId"), command.caseId.toString(QUuid::WithoutBraces));
    json.insert(QStringLiteral("payload"), command.payload);
    json.insert(QStringLiteral("actor"), command.actor.toJson());
    json.insert(QStringLiteral("workstation"), command.workstation);
    json.insert(QStringLiteral("clientTime"), instantToJson(command.clientTime));
    json.insert(QStringLiteral("workstationSeq"), command.workstationSeq);
    return json;
}

} // namespace

QByteArray Command::canonicalBytes() const
{
    return QJsonDocument(unsignedJson(*this)).toJson(QJsonDocument::Compact);
}

QJsonObject Command::toJson() const
{
    QJsonObject json = unsignedJson(*this);
    json.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return json;
}

Result<Command> Command::fromJson(const QJsonObject &json)
{
    using Presence = PayloadReader::Presence;
    PayloadReader reader(json);
    Command command;
    command.id = reader.uuid(QStringLiteral("id"));
    command.type = reader.text(QStringLiteral("type"), Presence::Required, 64);
    command.caseId = reader.uuid(QStringLiteral("caseId"));
    command.payload = reader.object(QStringLiteral("payload"));
    PayloadReader actorReader = reader.nested(QStringLiteral("actor"));
    command.actor = Actor::read(actorReader);
    command.workstation = reader.text(QStringLiteral("workstation"), Presence::Optional, 64);
    command.clientTime = reader.instant(QStringLiteral("clientTime"));
    command.workstationSeq =
        reader.integer64(QStringLiteral("workstationSeq"), 0, std::numeric_limits<qint64>::max());
    const QString signature = reader.text(QStringLiteral("signature"), Presence::Optional, 1024);
    auto decoded = QByteArray::fromBase64Encoding(signature.toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        reader.fail(makeError(QStringLiteral("case.field-type"),
                              PayloadReader::tr("The field %1 must be %2.")
                                  .arg(QStringLiteral("signature"), PayloadReader::tr("base64")),
                              QStringLiteral("signature")));
    }
    if (!reader.ok())
        return reader.error();
    command.signature = *decoded;
    return command;
}

} // namespace sunhall::core
