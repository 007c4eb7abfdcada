// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sunhall::core {

/// One fact in a case's history (DESIGN.md §2): what happened (`type`, `payload`), to which
/// case and in what order (`caseSeq`, 1-based within the case), who did it where and when,
/// and which command caused it. Events are never changed or deleted; the case state, the read
/// model and the audit chain are all derived from them.
struct Event
{
    QUuid caseId;
    int caseSeq = 0;
    QString type; // EventType: "registered", "accepted", ...
    QJsonObject payload;
    QString actorId;
    QString actorName;
    QString workstation;
    QDateTime at;
    QUuid commandId;
    qint64 serverSeq = 0; // 0 until the server has stored it

    /// The bytes the audit chain hashes and signatures cover: compact JSON with sorted keys
    /// of every field except `serverSeq`, which the server assigns after the fact.
    QByteArray canonicalBytes() const;
    QJsonObject toJson() const;
    /// Reads an event written by toJson(); the error names the bad field.
    static Result<Event> fromJson(const QJsonObject &json);

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace sunhall::core
