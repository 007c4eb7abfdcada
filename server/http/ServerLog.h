// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"

#include <QString>

#include <cstdio>

namespace sunhall::server {

/// The server's log: one readable line per event on a stream (stderr), flushed at once,
///
///     2025-03-03T09:00:00.123+08:00 INFO  http POST /v1/sync/push 200 12ms W01 li.na
///
/// the hall's time with milliseconds and offset, the level padded to five characters, a
/// category ("server", "tls", "http", "live", "audit"), then the message. Control characters
/// in a message (a path a client sent, say) are written as "?" so a line stays one line.
class ServerLog
{
public:
    enum class Level
    {
        Info,
        Warn,
        Error,
    };

    ServerLog(const core::Clock &clock, FILE *stream);

    void write(Level level, QStringView category, const QString &message);
    void info(QStringView category, const QString &message)
    {
        write(Level::Info, category, message);
    }
    void warn(QStringView category, const QString &message)
    {
        write(Level::Warn, category, message);
    }
    void error(QStringView category, const QString &message)
    {
        write(Level::Error, category, message);
    }
    /// "POST /v1/sync/push 200 12ms W01 li.na"; "-" for an unknown workstation or user.
    void request(const QByteArray &method, const QString &path, int status, qint64 ms,
                 const QString &workstation, const QString &user);

private:
    const core::Clock &m_clock;
    FILE *m_stream;
};

} // namespace sunhall::server
