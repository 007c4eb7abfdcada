// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Event.h"

#include "core/case/PayloadReader.h"

#include <QJsonDocument>

#include <limits>

namespace sunhall::core {

namespace {

QJsonObject withoutServerSeq(const Event &event)
{
    QJsonObject json;
    json.insert(QStringLiteral("caseId"), event.caseId.toString(QUuid::WithoutBraces));
    json.insert(QStringLiteral("caseSeq"), event.caseSeq);
    json.insert(QStringLiteral("type"), event.type);
    json.insert(QStringLiteral("payload"), event.payload);
    json.insert(QStringLiteral("actorId"), event.actorId);
    json.insert(QStringLiteral("actorName"), event.actorName);
    json.insert(QStringLiteral("workstation"), event.workstation);
    json.insert(QStringLiteral("at"), instantToJson(event.at));
    json.insert(QStringLiteral("commandId"), event.commandId.toString(QUuid::WithoutBraces));
    return json;
}

} // namespace

QByteArray Event::canonicalBytes() const
{
    return QJsonDocument(withoutServerSeq(*this)).toJson(QJsonDocument::Compact);
}

QJsonObject Event::toJson() const
{
    QJsonObject json = withoutServerSeq(*this);
    json.insert(QStringLiteral("serverSeq"), serverSeq);
    return json;
}

Result<Event> Event::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    Event event;
    event.caseId = reader.uuid(QStringLiteral("caseId"));
    event.caseSeq = reader.integer(QStringLiteral("caseSeq"), 1, std::numeric_limits<int>::max());
    event.type = reader.text(QStringLiteral("type"), PayloadReader::Presence::Required, 64);
    event.payload = reader.object(QStringLiteral("payload"));
    event.actorId = reader.text(QStringLiteral("actorId"), PayloadReader::Presence::Optional);
    event.actorName = reader.text(QStringLiteral("actorName"), PayloadReader::Presence::Optional);
    event.workstation =
        reader.text(QStringLiteral("workstation"), PayloadReader::Presence::Optional);
    event.at = reader.instant(QStringLiteral("at"));
    event.commandId = reader.uuid(QStringLiteral("commandId"), PayloadReader::Presence::Optional);
    if (json.contains(QStringLiteral("serverSeq"))) {
        event.serverSeq =
            reader.integer64(QStringLiteral("serverSeq"), 0, std::numeric_limits<qint64>::max());
    }
    if (!reader.ok())
        return reader.error();
    return event;
}

} // namespace sunhall::core
