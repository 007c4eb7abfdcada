// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PushResult.h"

#include "core/case/PayloadReader.h"

#include <QCoreApplication>

#include <limits>

namespace sunhall::core {

Result<PushResult> PushResult::fromJson(const QJsonObject &json)
{
    constexpr qint64 maxSeq = std::numeric_limits<qint64>::max();
    PayloadReader reader(json);
    PushResult result;
    result.commandId = reader.uuid(QStringLiteral("commandId"));
    result.workstationSeq = reader.integer64(QStringLiteral("workstationSeq"), 1, maxSeq);
    const QString status =
        reader.text(QStringLiteral("status"), PayloadReader::Presence::Required, 16);
    if (status == QLatin1String("applied")) {
        result.applied = true;
        if (json.contains(QStringLiteral("firstServerSeq"))) {
            result.firstServerSeq = reader.integer64(QStringLiteral("firstServerSeq"), 0, maxSeq);
            result.lastServerSeq = reader.integer64(QStringLiteral("lastServerSeq"), 0, maxSeq);
        }
    } else if (status == QLatin1String("rejected")) {
        PayloadReader error = reader.nested(QStringLiteral("error"));
        result.error.code =
            error.text(QStringLiteral("code"), PayloadReader::Presence::Required, 100);
        result.error.message =
            error.text(QStringLiteral("message"), PayloadReader::Presence::Optional, 4000);
        result.error.field =
            error.text(QStringLiteral("field"), PayloadReader::Presence::Optional, 200);
    } else if (reader.ok()) {
        reader.fail(makeError(
            QStringLiteral("sync.bad-result"),
            QCoreApplication::translate("sunhall::core::PushResult",
                                        "The server's result names the status \"%1\", which is not "
                                        "one of applied, rejected.")
                .arg(status),
            QStringLiteral("status")));
    }
    return reader.finish(result);
}

} // namespace sunhall::core
