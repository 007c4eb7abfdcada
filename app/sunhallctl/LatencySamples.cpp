// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LatencySamples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace sunhall::ctl {

namespace {

double rounded(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

} // namespace

void LatencySamples::merge(const LatencySamples &other)
{
    m_micros.insert(m_micros.end(), other.m_micros.begin(), other.m_micros.end());
    m_sorted = m_micros.size() <= 1;
}

void LatencySamples::sort() const
{
    if (m_sorted)
        return;
    std::sort(m_micros.begin(), m_micros.end());
    m_sorted = true;
}

double LatencySamples::percentileMs(double p) const
{
    if (m_micros.empty())
        return 0;
    sort();
    const auto n = double(m_micros.size());
    const auto rank = qBound<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * n)), count());
    return double(m_micros[size_t(rank - 1)]) / 1000.0;
}

double LatencySamples::meanMs() const
{
    if (m_micros.empty())
        return 0;
    const double total = std::accumulate(m_micros.begin(), m_micros.end(), 0.0);
    return total / double(m_micros.size()) / 1000.0;
}

QJsonObject LatencySamples::toJson() const
{
    return QJsonObject{
        {QStringLiteral("samples"), count()},
        {QStringLiteral("p50"), rounded(percentileMs(50))},
        {QStringLiteral("p90"), rounded(percentileMs(90))},
        {QStringLiteral("p99"), rounded(percentileMs(99))},
        {QStringLiteral("max"), rounded(maxMs())},
        {QStringLiteral("mean"), rounded(meanMs())},
    };
}

} // namespace sunhall::ctl
