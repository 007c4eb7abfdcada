// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Metrics.h"

namespace sunhall::server {

namespace {

QByteArray label(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

} // namespace

void Metrics::recordRequest(const QString &route, int status, qint64 micros)
{
    ++m_requests[{route, status}];
    Histogram &histogram = m_latency[route];
    const double seconds = double(micros) / 1e6;
    for (size_t i = 0; i < bucketBounds.size(); ++i) {
        if (seconds <= bucketBounds[i])
            ++histogram.buckets[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void Metrics::addCommands(int applied, int rejected)
{
    m_applied += quint64(applied);
    m_rejected += quint64(rejected);
}

QByteArray Metrics::render(int liveClients, qint64 eventSeq) const
{
    QByteArray out;
    out += "# HELP sunhall_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE sunhall_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += "sunhall_http_requests_total{route=\"" + label(it.key().first) + "\",status=\"" +
               QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP sunhall_http_request_duration_seconds Time to answer a request, by route.\n"
           "# TYPE sunhall_http_request_duration_seconds histogram\n";
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray route = "route=\"" + label(it.key()) + '"';
        for (size_t i = 0; i < bucketBounds.size(); ++i) {
            out += "sunhall_http_request_duration_seconds_bucket{" + route + ",le=\"" +
                   number(bucketBounds[i]) + "\"} " + QByteArray::number(it->buckets[i]) + '\n';
        }
        out += "sunhall_http_request_duration_seconds_bucket{" + route + ",le=\"+Inf\"} " +
               QByteArray::number(it->count) + '\n';
        out += "sunhall_http_request_duration_seconds_sum{" + route + "} " + number(it->sum) + '\n';
        out += "sunhall_http_request_duration_seconds_count{" + route + "} " +
               QByteArray::number(it->count) + '\n';
    }
    out += "# HELP sunhall_live_clients WebSocket clients connected to /v1/live.\n"
           "# TYPE sunhall_live_clients gauge\n"
           "sunhall_live_clients " +
           QByteArray::number(liveClients) + '\n';
    out += "# HELP sunhall_commands_total Pushed commands handled, by result.\n"
           "# TYPE sunhall_commands_total counter\n"
           "sunhall_commands_total{result=\"applied\"} " +
           QByteArray::number(m_applied) + "\nsunhall_commands_total{result=\"rejected\"} " +
           QByteArray::number(m_rejected) + '\n';
    out += "# HELP sunhall_event_seq The highest stored event sequence (serverSeq).\n"
           "# TYPE sunhall_event_seq gauge\n"
           "sunhall_event_seq " +
           QByteArray::number(eventSeq) + '\n';
    out += "# HELP sunhall_login_failures_total Failed logins, locked attempts included.\n"
           "# TYPE sunhall_login_failures_total counter\n"
           "sunhall_login_failures_total " +
           QByteArray::number(m_loginFailures) + '\n';
    return out;
}

} // namespace sunhall::server
