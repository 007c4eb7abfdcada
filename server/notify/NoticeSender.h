// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "server/notify/NoticeOptions.h"
#include "server/notify/OutboxNotice.h"
#include "server/notify/SmsGateway.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sunhall::server {

class NoticeOutbox;

/// Hands the outbox's due notices to the gateway, as many at a time as it takes, and records
/// what became of each: sent; kept queued for another attempt after a wait that doubles each
/// time (core::Backoff's delays, from NoticeOptions); or failed, when the gateway refuses it
/// for good or the attempts run out. The notices of a batch are claimed in one transaction
/// and their outcomes recorded in one, so that the store's writes stay few however many
/// notices go out. It looks again when told (wake()), when the next queued notice falls due,
/// and every half minute for notices that another server process left behind. Lives on the
/// store's thread.
class NoticeSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int pollMs = 30000;

    NoticeSender(NoticeOutbox &outbox, std::unique_ptr<SmsGateway> gateway,
                 const core::Clock &clock, NoticeOptions options, QObject *parent = nullptr);
    /// Records the outcomes not yet recorded, and queues again what the gateway still has.
    ~NoticeSender() override;

    const SmsGateway &gateway() const { return *m_gateway; }
    /// Starts sending, beginning with what is due now.
    void start();
    /// Stops taking notices; those in flight are still recorded.
    void stop();
    /// Looks for due notices at once (new ones were written).
    void wake();
    int inFlight() const { return int(m_inFlight.size()); }

signals:
    void delivered(qint64 id);
    /// Something went wrong that an administrator should read, in words for them.
    void problem(const QString &message);

private:
    void sendDue();
    void finished(qint64 id, const SmsDelivery &delivery);
    NoticeAttempt attemptOf(const OutboxNotice &notice, const SmsDelivery &delivery);
    void recordFinished();
    void scheduleNext();
    void lookIn(qint64 delayMs);

    NoticeOutbox &m_outbox;
    std::unique_ptr<SmsGateway> m_gateway;
    const core::Clock &m_clock;
    NoticeOptions m_options;
    QTimer m_timer;
    QTimer m_recordTimer;
    bool m_running = false;
    bool m_closing = false;
    QHash<qint64, OutboxNotice> m_inFlight;
    QList<NoticeAttempt> m_finished; // not yet recorded
};

} // namespace sunhall::server
