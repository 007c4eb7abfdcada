// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeSender.h"

#include "core/sync/Backoff.h"
#include "server/notify/NoticeComposer.h"
#include "server/notify/NoticeOutbox.h"

#include <QPointer>
#include <QRandomGenerator>

#include <algorithm>

namespace sunhall::server {

namespace {
constexpr int recordAgainMs = 1000;
} // namespace

NoticeSender::NoticeSender(NoticeOutbox &outbox, std::unique_ptr<SmsGateway> gateway,
                           const core::Clock &clock, NoticeOptions options, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_gateway(std::move(gateway))
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NoticeSender::sendDue);
    m_recordTimer.setSingleShot(true);
    connect(&m_recordTimer, &QTimer::timeout, this, &NoticeSender::recordFinished);
}

// A notice still with the gateway is queued again at once rather than left claimed: the next
// start sends it without waiting for the claim to run out (at least once, as ever).
NoticeSender::~NoticeSender()
{
    m_closing = true;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    for (const OutboxNotice &notice : std::as_const(m_inFlight)) {
        m_finished.append({notice.id, NoticeState::Queued,
                           tr("the server stopped before the gateway answered"), now});
    }
    if (!m_finished.isEmpty())
        static_cast<void>(m_outbox.record(m_finished, m_clock.now()));
    m_gateway.reset(); // while the rest of this object is whole
}

void NoticeSender::start()
{
    m_running = true;
    lookIn(0);
}

void NoticeSender::stop()
{
    m_running = false;
    m_timer.stop();
}

void NoticeSender::wake()
{
    if (m_running)
        lookIn(0);
}

void NoticeSender::lookIn(qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, pollMs));
    if (m_timer.isActive() && m_timer.remainingTime() <= delay)
        return;
    m_timer.start(delay);
}

void NoticeSender::sendDue()
{
    const int room = m_gateway->batchSize() - inFlight();
    if (!m_running || room <= 0)
        return;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const core::Result<QList<OutboxNotice>> due = m_outbox.due(now, room);
    const core::Result<QList<OutboxNotice>> claimed =
        due ? m_outbox.claim(*due, now + m_options.claimMs) : due;
    if (!claimed) {
        emit problem(claimed.error().message);
        lookIn(pollMs);
        return;
    }
    QList<SmsMessage> messages;
    for (const OutboxNotice &notice : *claimed) {
        m_inFlight.insert(notice.id, notice);
        messages.append(
            {notice.id, notice.caseId, notice.kind, notice.phone, notice.text, notice.createdAt});
    }
    if (!messages.isEmpty()) {
        QPointer<NoticeSender> self(this);
        m_gateway->send(messages, [self](qint64 id, const SmsDelivery &delivery) {
            if (self)
                self->finished(id, delivery);
        });
    }
    scheduleNext();
}

void NoticeSender::finished(qint64 id, const SmsDelivery &delivery)
{
    if (m_closing)
        return; // a gateway going away answers what it still had; it was queued again
    const auto notice = m_inFlight.constFind(id);
    if (notice == m_inFlight.cend())
        return;
    m_finished.append(attemptOf(*notice, delivery));
    m_inFlight.erase(notice);
    // Outcomes that arrive together are recorded together, once the gateway is done.
    if (!m_recordTimer.isActive())
        m_recordTimer.start(0);
}

NoticeAttempt NoticeSender::attemptOf(const OutboxNotice &notice, const SmsDelivery &delivery)
{
    const int attempts = notice.attempts + 1;
    const QString phone = NoticeComposer::maskedPhone(notice.phone);
    NoticeAttempt attempt{notice.id, NoticeState::Sent, {}, 0};
    if (delivery.outcome == SmsDelivery::Outcome::Sent)
        return attempt;
    attempt.error = delivery.detail;
    if (delivery.outcome == SmsDelivery::Outcome::Retry && attempts < m_options.maxAttempts) {
        const int delay =
            core::Backoff::delayFor(attempts - 1, m_options.retryInitialMs, m_options.retryMaxMs,
                                    QRandomGenerator::global()->generateDouble());
        attempt.state = NoticeState::Queued;
        attempt.nextAttemptMs = m_clock.now().toMSecsSinceEpoch() + delay;
        emit problem(tr("SMS notice %1 to %2 not sent (attempt %3): %4; trying again in %5 s")
                         .arg(QString::number(notice.id), phone, QString::number(attempts),
                              delivery.detail, QString::number(delay / 1000.0, 'f', 1)));
        return attempt;
    }
    attempt.state = NoticeState::Failed;
    emit problem(tr("SMS notice %1 to %2 was given up after %n attempt(s): %3", nullptr, attempts)
                     .arg(QString::number(notice.id), phone, delivery.detail));
    return attempt;
}

void NoticeSender::recordFinished()
{
    if (m_finished.isEmpty())
        return;
    const core::Status recorded = m_outbox.record(m_finished, m_clock.now());
    if (!recorded) {
        emit problem(recorded.error().message);
        m_recordTimer.start(recordAgainMs);
        return;
    }
    for (const NoticeAttempt &attempt : std::exchange(m_finished, {})) {
        if (attempt.state == NoticeState::Sent)
            emit delivered(attempt.id);
    }
    wake();
}

void NoticeSender::scheduleNext()
{
    if (!m_running || inFlight() >= m_gateway->batchSize())
        return;
    const core::Result<std::optional<qint64>> next = m_outbox.nextAttemptMs();
    if (!next || !next->has_value()) {
        lookIn(pollMs);
        return;
    }
    lookIn(**next - m_clock.now().toMSecsSinceEpoch());
}

} // namespace sunhall::server
