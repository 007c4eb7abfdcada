// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadReport.h"

#include <cmath>

namespace sunhall::ctl {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject counts(const QMap<QString, qint64> &map)
{
    QJsonObject json;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QString number(const QJsonValue &value, int decimals = 1)
{
    return QString::number(value.toDouble(), 'f', decimals);
}

} // namespace

QJsonObject LoadReport::toJson(const Setup &setup, const LoadStats &stats)
{
    const double seconds = setup.startedAt > 0 && stats.lastAnsweredAt > setup.startedAt
                               ? double(stats.lastAnsweredAt - setup.startedAt) / 1e6
                               : 0;
    QJsonObject json{
        {QStringLiteral("mode"), setup.mode},
        {QStringLiteral("target"), setup.target},
        {QStringLiteral("clients"), setup.clients},
        {QStringLiteral("clientsReady"), setup.clientsReady},
        {QStringLiteral("durationSecs"), setup.durationSecs},
        {QStringLiteral("prepareSecs"), rounded(setup.prepareSecs, 1)},
        {QStringLiteral("measuredSecs"), rounded(seconds, 3)},
        {QStringLiteral("requests"),
         QJsonObject{{QStringLiteral("count"), stats.requests},
                     {QStringLiteral("perSecond"),
                      seconds > 0 ? rounded(double(stats.requests) / seconds, 1) : 0.0},
                     {QStringLiteral("latencyMs"), stats.requestLatency.toJson()}}},
        {QStringLiteral("errorCount"), stats.errorCount()},
        {QStringLiteral("errors"), counts(stats.errors)},
    };
    if (!setup.engine.isEmpty())
        json.insert(QStringLiteral("engine"), setup.engine);
    QJsonObject details;
    for (auto it = stats.errorDetails.cbegin(); it != stats.errorDetails.cend(); ++it)
        details.insert(it.key(), it.value());
    json.insert(QStringLiteral("errorDetails"), details);
    if (setup.mode == QLatin1String("push")) {
        const QJsonObject push = pushFigures(setup, stats, seconds);
        for (auto it = push.begin(); it != push.end(); ++it)
            json.insert(it.key(), it.value());
    }
    return json;
}

QJsonObject LoadReport::pushFigures(const Setup &setup, const LoadStats &stats, double seconds)
{
    const LatencySamples propagation = stats.propagation();
    QJsonObject propagationJson = propagation.toJson();
    propagationJson.insert(QStringLiteral("missed"),
                           qint64(stats.pushedAt.size()) * stats.arrivals.size() -
                               propagation.count());
    return QJsonObject{
        {QStringLiteral("windows"), setup.windows},
        {QStringLiteral("screens"), setup.screens},
        {QStringLiteral("signed"), setup.signing},
        {QStringLiteral("item"), setup.item},
        {QStringLiteral("rateTarget"), setup.rateTarget},
        {QStringLiteral("casesPerPush"), setup.casesPerPush},
        {QStringLiteral("commands"),
         QJsonObject{
             {QStringLiteral("sent"), stats.commandsSent},
             {QStringLiteral("applied"), stats.applied},
             {QStringLiteral("rejected"), stats.rejected},
             {QStringLiteral("unanswered"), stats.commandsSent - stats.applied - stats.rejected},
             {QStringLiteral("appliedPerSecond"),
              seconds > 0 ? rounded(double(stats.applied) / seconds, 1) : 0.0},
         }},
        {QStringLiteral("rejections"), counts(stats.rejections)},
        {QStringLiteral("commandLatencyMs"), stats.commandLatency.toJson()},
        {QStringLiteral("propagationMs"), propagationJson},
        {QStringLiteral("pulls"),
         QJsonObject{{QStringLiteral("count"), stats.pulls},
                     {QStringLiteral("events"), stats.eventsPulled},
                     {QStringLiteral("latencyMs"), stats.pullLatency.toJson()}}},
    };
}

QString LoadReport::latencyLine(const QJsonObject &latency)
{
    return tr("p50 %1, p90 %2, p99 %3, max %4 ms")
        .arg(number(latency.value(QStringLiteral("p50")), 2),
             number(latency.value(QStringLiteral("p90")), 2),
             number(latency.value(QStringLiteral("p99")), 2),
             number(latency.value(QStringLiteral("max")), 2));
}

void LoadReport::print(QTextStream &out, const QJsonObject &report)
{
    const QString mode = report.value(QStringLiteral("mode")).toString();
    const QJsonObject requests = report.value(QStringLiteral("requests")).toObject();
    const QJsonObject latency = requests.value(QStringLiteral("latencyMs")).toObject();
    const QString target = report.value(QStringLiteral("target")).toString();
    if (mode == QLatin1String("pg-notify")) {
        out << tr("loadgen pg-notify: %1 LISTEN/NOTIFY round trips on %2")
                   .arg(requests.value(QStringLiteral("count")).toInteger())
                   .arg(target)
            << '\n'
            << tr("  round trip: %1").arg(latencyLine(latency)) << '\n';
        printErrors(out, report);
        return;
    }
    if (mode == QLatin1String("push")) {
        printPush(out, report);
        return;
    }
    out << tr("loadgen empty-pull: %1 connections for %2 s against %3")
               .arg(report.value(QStringLiteral("clients")).toInt())
               .arg(number(report.value(QStringLiteral("durationSecs")), 0), target)
        << '\n'
        << tr("  ready: %1 of %2 clients, prepared in %3 s")
               .arg(report.value(QStringLiteral("clientsReady")).toInt())
               .arg(report.value(QStringLiteral("clients")).toInt())
               .arg(number(report.value(QStringLiteral("prepareSecs"))))
        << '\n'
        << tr("  requests: %1 in %2 s, %3 per second; %4")
               .arg(requests.value(QStringLiteral("count")).toInteger())
               .arg(number(report.value(QStringLiteral("measuredSecs")), 2),
                    number(requests.value(QStringLiteral("perSecond"))), latencyLine(latency))
        << '\n';
    printErrors(out, report);
}

void LoadReport::printPush(QTextStream &out, const QJsonObject &report)
{
    const QJsonObject commands = report.value(QStringLiteral("commands")).toObject();
    const QJsonObject requests = report.value(QStringLiteral("requests")).toObject();
    const QJsonObject propagation = report.value(QStringLiteral("propagationMs")).toObject();
    const QJsonObject pulls = report.value(QStringLiteral("pulls")).toObject();
    const double rate = report.value(QStringLiteral("rateTarget")).toDouble();
    out << tr("loadgen push: %1 windows and %2 screens for %3 s against %4 (%5), %6 commands, "
              "item %7")
               .arg(report.value(QStringLiteral("windows")).toInt())
               .arg(report.value(QStringLiteral("screens")).toInt())
               .arg(number(report.value(QStringLiteral("durationSecs")), 0),
                    report.value(QStringLiteral("target")).toString(),
                    report.value(QStringLiteral("engine")).toString(),
                    report.value(QStringLiteral("signed")).toBool() ? tr("signed") : tr("unsigned"),
                    report.value(QStringLiteral("item")).toString())
        << '\n'
        << tr("  ready: %1 of %2 clients, prepared in %3 s")
               .arg(report.value(QStringLiteral("clientsReady")).toInt())
               .arg(report.value(QStringLiteral("clients")).toInt())
               .arg(number(report.value(QStringLiteral("prepareSecs"))))
        << '\n'
        << tr("  commands: %1 sent, %2 applied, %3 rejected, %4 unanswered")
               .arg(commands.value(QStringLiteral("sent")).toInteger())
               .arg(commands.value(QStringLiteral("applied")).toInteger())
               .arg(commands.value(QStringLiteral("rejected")).toInteger())
               .arg(commands.value(QStringLiteral("unanswered")).toInteger())
        << '\n'
        << tr("  applied: %1 commands per second over %2 s (%3)")
               .arg(number(commands.value(QStringLiteral("appliedPerSecond"))),
                    number(report.value(QStringLiteral("measuredSecs")), 2),
                    rate > 0 ? tr("paced at %1 commands per second").arg(rate)
                             : tr("each window pushing as soon as answered"))
        << '\n'
        << tr("  push requests: %1, %2 per second; %3")
               .arg(requests.value(QStringLiteral("count")).toInteger())
               .arg(number(requests.value(QStringLiteral("perSecond"))),
                    latencyLine(requests.value(QStringLiteral("latencyMs")).toObject()))
        << '\n'
        << tr("  per command, made to answered: %1")
               .arg(latencyLine(report.value(QStringLiteral("commandLatencyMs")).toObject()))
        << '\n'
        << tr("  propagation, window to screen: %1 (%2 samples, %3 missed)")
               .arg(latencyLine(propagation))
               .arg(propagation.value(QStringLiteral("samples")).toInteger())
               .arg(propagation.value(QStringLiteral("missed")).toInteger())
        << '\n'
        << tr("  screen pulls: %1 with %2 events; %3")
               .arg(pulls.value(QStringLiteral("count")).toInteger())
               .arg(pulls.value(QStringLiteral("events")).toInteger())
               .arg(latencyLine(pulls.value(QStringLiteral("latencyMs")).toObject()))
        << '\n';
    const QJsonObject rejections = report.value(QStringLiteral("rejections")).toObject();
    for (auto it = rejections.begin(); it != rejections.end(); ++it)
        out << tr("  rejected %1: %2").arg(it.key()).arg(it.value().toInteger()) << '\n';
    printErrors(out, report);
}

void LoadReport::printErrors(QTextStream &out, const QJsonObject &report)
{
    const QJsonObject errors = report.value(QStringLiteral("errors")).toObject();
    const QJsonObject details = report.value(QStringLiteral("errorDetails")).toObject();
    if (errors.isEmpty()) {
        out << tr("  errors: none") << '\n';
        return;
    }
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        out << tr("  error %1: %2 (the first: %3)")
                   .arg(it.key())
                   .arg(it.value().toInteger())
                   .arg(details.value(it.key()).toString())
            << '\n';
    }
}

} // namespace sunhall::ctl
