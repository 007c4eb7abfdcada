// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/notify/NoticeKind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace sunhall::server {

/// One text message as a gateway receives it. `id` is the notice's id in the outbox: a
/// gateway that can deduplicate should, since a message whose outcome was lost (the server
/// stopped mid-send) is sent again.
struct SmsMessage
{
    qint64 id = 0;
    QUuid caseId;
    NoticeKind kind = NoticeKind::Accepted;
    QString phone;
    QString text;
    QDateTime queuedAt;
};

/// What became of handing a message to a gateway: taken, worth trying again later (the
/// gateway is down or busy), or refused for good (it will not take this message, ever).
struct SmsDelivery
{
    enum class Outcome
    {
        Sent,
        Retry,
        Failed,
    };
    Outcome outcome = Outcome::Sent;
    QString detail; // why, for the log and `sunhallctl notify status`
};

/// Where SMS notices go: the hall's SMS provider differs per hall (DOMAIN.md §10), so the
/// sender talks to this interface alone. `send` takes up to batchSize() messages and answers
/// each of them through `done` exactly once, at once or later, on the thread that called it.
class SmsGateway
{
public:
    using Done = std::function<void(qint64 id, const SmsDelivery &delivery)>;

    virtual ~SmsGateway() = default;
    /// "file", "http": for the log.
    virtual QString name() const = 0;
    /// How many messages it takes at once.
    virtual int batchSize() const = 0;
    virtual void send(const QList<SmsMessage> &messages, Done done) = 0;
};

} // namespace sunhall::server
