// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace sunhall::server {

RateLimiter::RateLimiter(double ratePerSecond, int burst, int maxClients)
    : m_rate(std::max(ratePerSecond, 0.001))
    , m_burst(std::max(burst, 1))
    , m_maxClients(std::max(maxClients, 1))
{}

int RateLimiter::take(const QString &client, qint64 nowMs)
{
    auto found = m_buckets.find(client);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= m_maxClients)
            forgetRefilled(nowMs);
        if (m_buckets.size() >= m_maxClients)
            return 1;
        found = m_buckets.insert(client, Bucket{double(m_burst), nowMs});
    }
    Bucket &bucket = *found;
    const double elapsed = double(std::max<qint64>(0, nowMs - bucket.atMs)) / 1000.0;
    bucket.tokens = std::min(double(m_burst), bucket.tokens + elapsed * m_rate);
    bucket.atMs = std::max(bucket.atMs, nowMs);
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_rate)));
}

void RateLimiter::forgetRefilled(qint64 nowMs)
{
    const double refillMs = 1000.0 * m_burst / m_rate;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double full = it->tokens + double(nowMs - it->atMs) * m_rate / 1000.0;
        if (full >= m_burst || double(nowMs - it->atMs) >= refillMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace sunhall::server
