// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Actor.h"

#include <QJsonArray>

namespace sunhall::core {

QJsonObject Actor::toJson() const
{
    QJsonArray roleIds;
    for (Role role : roles)
        roleIds.append(roleId(role));
    QJsonObject json;
    json.insert(QStringLiteral("userId"), userId);
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("roles"), roleIds);
    json.insert(QStringLiteral("departments"), QJsonArray::fromStringList(departments));
    return json;
}

Actor Actor::read(PayloadReader &reader)
{
    Actor actor;
    actor.userId = reader.text(QStringLiteral("userId"), PayloadReader::Presence::Required, 64);
    actor.name = reader.text(QStringLiteral("name"), PayloadReader::Presence::Optional, 100);
    const QStringList roleIds = reader.textList(QStringLiteral("roles"));
    for (qsizetype i = 0; i < roleIds.size(); ++i) {
        const std::optional<Role> role = roleFromId(roleIds.at(i));
        if (!role) {
            const QString field = reader.fieldName(QStringLiteral("roles[%1]").arg(i));
            reader.fail(makeError(QStringLiteral("case.field-unknown-value"),
                                  PayloadReader::tr("The field %1 names the role \"%2\", which "
                                                    "does not exist.")
                                      .arg(field, roleIds.at(i)),
                                  field));
            break;
        }
        actor.roles.append(*role);
    }
    actor.departments = reader.textList(QStringLiteral("departments"));
    return actor;
}

Result<Actor> Actor::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    Actor actor = read(reader);
    if (!reader.ok())
        return reader.error();
    return actor;
}

} // namespace sunhall::core
