// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sunhall::core {

/// The versions of the hall's reference data the server holds now; a client fetches a kind
/// again when its version moved. The certificate key set's version is a name, not a number
/// (empty from a server that does not announce it).
struct ReferenceVersions
{
    int catalog = 0;
    int calendar = 0;
    int users = 0;
    QString certificateKeys;

    friend bool operator==(const ReferenceVersions &, const ReferenceVersions &) = default;
};

/// One page of GET /v1/sync/pull (docs/protocol.md): the events after the client's cursor in
/// server order, the highest sequence the client has now seen, whether more pages follow, and
/// the reference data versions. fromJson checks every event and that the events come in
/// increasing server order no higher than `serverSeq`.
struct PullPage
{
    QList<Event> events;
    qint64 serverSeq = 0;
    bool more = false;
    ReferenceVersions reference;

    static Result<PullPage> fromJson(const QJsonObject &json, qint64 after);
};

} // namespace sunhall::core
