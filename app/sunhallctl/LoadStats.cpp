// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadStats.h"

namespace sunhall::ctl {

void LoadStats::addError(const QString &what, const LoadHttpConnection::Reply &reply)
{
    addError(what + QLatin1Char(' ') + reply.errorKind(),
             reply.status == 0 ? reply.detail : QString::fromUtf8(reply.body.left(300)));
}

void LoadStats::addError(const QString &kind, const QString &detail)
{
    ++errors[kind];
    if (!errorDetails.contains(kind))
        errorDetails.insert(kind, detail);
}

qint64 LoadStats::errorCount() const
{
    qint64 total = 0;
    for (const qint64 count : errors)
        total += count;
    return total;
}

void LoadStats::answered(const LoadHttpConnection::Reply &reply)
{
    ++requests;
    requestLatency.add(reply.micros);
    if (firstSentAt == 0 || reply.sentAt < firstSentAt)
        firstSentAt = reply.sentAt;
    lastAnsweredAt = qMax(lastAnsweredAt, reply.sentAt + reply.micros);
}

void LoadStats::merge(LoadStats &&other)
{
    commandsSent += other.commandsSent;
    applied += other.applied;
    rejected += other.rejected;
    requests += other.requests;
    pulls += other.pulls;
    eventsPulled += other.eventsPulled;
    requestLatency.merge(other.requestLatency);
    commandLatency.merge(other.commandLatency);
    pullLatency.merge(other.pullLatency);
    for (auto it = other.errors.cbegin(); it != other.errors.cend(); ++it)
        errors[it.key()] += it.value();
    for (auto it = other.errorDetails.cbegin(); it != other.errorDetails.cend(); ++it) {
        if (!errorDetails.contains(it.key()))
            errorDetails.insert(it.key(), it.value());
    }
    for (auto it = other.rejections.cbegin(); it != other.rejections.cend(); ++it)
        rejections[it.key()] += it.value();
    pushedAt.insert(other.pushedAt);
    arrivals += std::move(other.arrivals);
    lastServerSeq = qMax(lastServerSeq, other.lastServerSeq);
    if (other.firstSentAt != 0 && (firstSentAt == 0 || other.firstSentAt < firstSentAt))
        firstSentAt = other.firstSentAt;
    lastAnsweredAt = qMax(lastAnsweredAt, other.lastAnsweredAt);
}

LatencySamples LoadStats::propagation() const
{
    LatencySamples samples;
    for (const QHash<qint64, qint64> &screen : arrivals) {
        for (auto it = pushedAt.cbegin(); it != pushedAt.cend(); ++it) {
            const auto arrived = screen.constFind(it.key());
            if (arrived != screen.cend())
                samples.add(arrived.value() - it.value());
        }
    }
    return samples;
}

} // namespace sunhall::ctl
