// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LoadStats.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace sunhall::ctl {

/// What `sunhallctl loadgen` reports: one JSON object (with --json, for scripts and
/// BENCHMARKS.md) and the same figures as lines for a person. Latencies are in milliseconds,
/// rates per second of the measured time — from the start of the load to the last answer.
class LoadReport
{
    Q_DECLARE_TR_FUNCTIONS(LoadReport)
public:
    /// How the run was set up, besides what its statistics say.
    struct Setup
    {
        QString mode; // "push", "empty-pull", "pg-notify"
        QString target;
        QString engine; // the hall's, from /v1/health; empty for nginx or PostgreSQL
        int windows = 0;
        int screens = 0;
        int clients = 0; // all the simulated clients
        int clientsReady = 0;
        double durationSecs = 0;
        double prepareSecs = 0;
        qint64 startedAt = 0; // monotonicMicros() when the load began
        bool signing = false;
        QString item;
        double rateTarget = 0; // commands/s asked for; 0: as fast as answered
        int casesPerPush = 1;
    };

    static QJsonObject toJson(const Setup &setup, const LoadStats &stats);
    static void print(QTextStream &out, const QJsonObject &report);

private:
    static QJsonObject pushFigures(const Setup &setup, const LoadStats &stats, double seconds);
    static void printPush(QTextStream &out, const QJsonObject &report);
    static void printErrors(QTextStream &out, const QJsonObject &report);
    static QString latencyLine(const QJsonObject &latency);
};

} // namespace sunhall::ctl
