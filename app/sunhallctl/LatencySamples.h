// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <chrono>
#include <vector>

namespace sunhall::ctl {

/// Microseconds on the steady clock: comparable between every client of one loadgen run,
/// unaffected by changes of the wall clock.
inline qint64 monotonicMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

/// Durations measured by `sunhallctl loadgen`, in microseconds, and their percentiles. Every
/// sample is kept (a run of minutes holds a few million at most), so the percentiles are
/// exact: the nearest-rank value, not an estimate from buckets.
class LatencySamples
{
public:
    void add(qint64 micros)
    {
        m_micros.push_back(micros);
        m_sorted = false;
    }
    void merge(const LatencySamples &other);
    qsizetype count() const { return qsizetype(m_micros.size()); }

    /// The p-th percentile (0 < p ≤ 100) in milliseconds, by nearest rank; 0 with no sample.
    double percentileMs(double p) const;
    double maxMs() const { return percentileMs(100); }
    double meanMs() const;

    /// {"samples":N,"p50":…,"p90":…,"p99":…,"max":…,"mean":…}, times in milliseconds.
    QJsonObject toJson() const;

private:
    void sort() const;

    mutable std::vector<qint64> m_micros;
    mutable bool m_sorted = true;
};

} // namespace sunhall::ctl
