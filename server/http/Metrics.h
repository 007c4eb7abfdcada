// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>

namespace sunhall::server {

/// The server's counters, rendered in the Prometheus text format 0.0.4 for GET /metrics:
/// requests by route and status, request latency as a histogram by route, commands applied
/// and rejected, failed logins; the live clients and the event sequence are read at render
/// time. Routes are the patterns ("/v1/attachments/{}"), never raw paths, so a client cannot
/// grow the table.
class Metrics
{
public:
    static constexpr std::array<double, 11> bucketBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                         0.5,   1.0,  2.5,   5.0,  10.0};

    void recordRequest(const QString &route, int status, qint64 micros);
    void addCommands(int applied, int rejected);
    void addLoginFailure() { ++m_loginFailures; }

    QByteArray render(int liveClients, qint64 eventSeq) const;

private:
    struct Histogram
    {
        std::array<quint64, bucketBounds.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };

    QMap<std::pair<QString, int>, quint64> m_requests;
    QMap<QString, Histogram> m_latency;
    quint64 m_applied = 0;
    quint64 m_rejected = 0;
    quint64 m_loginFailures = 0;
};

} // namespace sunhall::server
