// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace sunhall::core {

Backoff::Backoff(int initialMs, int maxMs, Random random)
    : m_initialMs(std::max(1, initialMs))
    , m_maxMs(std::max(m_initialMs, maxMs))
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

int Backoff::nextDelayMs()
{
    return delayFor(m_attempt++, m_initialMs, m_maxMs, m_random());
}

int Backoff::delayFor(int attempt, int initialMs, int maxMs, double random)
{
    double nominal = initialMs;
    for (int i = 0; i < attempt && nominal < maxMs; ++i)
        nominal *= 2;
    nominal = std::min<double>(nominal, maxMs);
    const double spread = std::clamp(random, 0.0, 1.0) * 0.5 - 0.25;
    return int(std::min<double>(maxMs, nominal * (1.0 + spread)));
}

} // namespace sunhall::core
