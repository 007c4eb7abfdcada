// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace sunhall::server {

/// A token bucket per client (by address): each client may make `burst` requests at once and
/// then `ratePerSecond` a second. take() answers how long a refused client must wait, for a
/// 429's Retry-After. The time is a monotonic count of milliseconds the caller passes in, so
/// a test can stand at any instant. At most `maxClients` buckets are kept: a full table first
/// forgets the clients whose buckets have refilled, and while it is still full a new client
/// is refused too, so a flood from many addresses cannot grow it without bound.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, int burst, int maxClients = 10'000);

    /// Takes one request's token from `client` at `nowMs`: 0 when the request may go ahead,
    /// else the whole seconds (at least 1) until the client has a token again.
    int take(const QString &client, qint64 nowMs);
    qsizetype clientCount() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };

    void forgetRefilled(qint64 nowMs);

    double m_rate;
    int m_burst;
    int m_maxClients;
    QHash<QString, Bucket> m_buckets;
};

} // namespace sunhall::server
