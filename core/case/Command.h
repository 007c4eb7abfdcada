// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace sunhall::core {

/// A user's intent for one case (DESIGN.md §2): the command type and its payload, the acting
/// user, the workstation with its own sequence number, the client's time, and the user's SM2
/// signature over canonicalBytes(). The same command is validated on the client and again on
/// the server; build one with the helpers in Commands.h rather than by hand.
struct Command
{
    QUuid id;
    QString type; // CommandType: "accept", "complete-step", ...
    QUuid caseId;
    QJsonObject payload;
    Actor actor;
    QString workstation;
    QDateTime clientTime;
    qint64 workstationSeq = 0;
    QByteArray signature;

    /// What the signature covers: compact JSON with sorted keys of every field but the
    /// signature itself.
    QByteArray canonicalBytes() const;
    QJsonObject toJson() const; // the signature in base64
    /// Reads a command written by toJson(); the error names the bad field.
    static Result<Command> fromJson(const QJsonObject &json);

    friend bool operator==(const Command &, const Command &) = default;
};

} // namespace sunhall::core
