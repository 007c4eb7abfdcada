// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON forms of the records declared beside ServerStore.
#include "server/store/ServerStore.h"

#include "core/case/PayloadReader.h"

#include <QJsonArray>

#include <limits>

namespace sunhall::server {

using core::PayloadReader;

QJsonObject UserRecord::toPublicJson() const
{
    QJsonArray roleIds;
    for (const core::Role role : roles)
        roleIds.append(core::roleId(role));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("roles"), roleIds},
                       {QStringLiteral("departments"), QJsonArray::fromStringList(departments)},
                       {QStringLiteral("disabled"), disabled}};
}

QJsonObject CommandResult::toJson() const
{
    QJsonObject json{{QStringLiteral("commandId"), commandId.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("workstationSeq"), workstationSeq}};
    if (applied) {
        json.insert(QStringLiteral("status"), QStringLiteral("applied"));
        json.insert(QStringLiteral("firstServerSeq"), firstServerSeq);
        json.insert(QStringLiteral("lastServerSeq"), lastServerSeq);
    } else {
        json.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                         {QStringLiteral("message"), error.message},
                                                         {QStringLiteral("field"), error.field}});
    }
    return json;
}

core::Result<CommandResult> CommandResult::fromJson(const QJsonObject &json)
{
    constexpr qint64 maxSeq = std::numeric_limits<qint64>::max();
    PayloadReader reader(json);
    CommandResult result;
    result.commandId = reader.uuid(QStringLiteral("commandId"));
    result.workstationSeq = reader.integer64(QStringLiteral("workstationSeq"), 1, maxSeq);
    const QString status =
        reader.text(QStringLiteral("status"), PayloadReader::Presence::Required, 16);
    result.applied = status == QLatin1String("applied");
    if (result.applied) {
        result.firstServerSeq = reader.integer64(QStringLiteral("firstServerSeq"), 0, maxSeq);
        result.lastServerSeq = reader.integer64(QStringLiteral("lastServerSeq"), 0, maxSeq);
    } else if (status == QLatin1String("rejected")) {
        PayloadReader error = reader.nested(QStringLiteral("error"));
        result.error.code =
            error.text(QStringLiteral("code"), PayloadReader::Presence::Required, 128);
        result.error.message =
            error.text(QStringLiteral("message"), PayloadReader::Presence::Optional, 100000);
        result.error.field =
            error.text(QStringLiteral("field"), PayloadReader::Presence::Optional, 500);
    } else if (reader.ok()) {
        reader.fail(core::makeError(QStringLiteral("case.field-unknown-value"),
                                    PayloadReader::tr("The field %1 has the value \"%2\", which "
                                                      "is not one of the allowed values.")
                                        .arg(QStringLiteral("status"), status),
                                    QStringLiteral("status")));
    }
    return reader.finish(result);
}

} // namespace sunhall::server
