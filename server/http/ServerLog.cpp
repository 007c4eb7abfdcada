// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/ServerLog.h"

namespace sunhall::server {

ServerLog::ServerLog(const core::Clock &clock, FILE *stream)
    : m_clock(clock)
    , m_stream(stream)
{}

void ServerLog::write(Level level, QStringView category, const QString &message)
{
    QString clean = message;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    const QLatin1String name = level == Level::Info   ? QLatin1String("INFO ")
                               : level == Level::Warn ? QLatin1String("WARN ")
                                                      : QLatin1String("ERROR");
    const QString line = m_clock.now().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + name +
                         QLatin1Char(' ') + category + QLatin1Char(' ') + clean + QLatin1Char('\n');
    std::fputs(line.toUtf8().constData(), m_stream);
    std::fflush(m_stream);
}

void ServerLog::request(const QByteArray &method, const QString &path, int status, qint64 ms,
                        const QString &workstation, const QString &user)
{
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    write(status >= 500 ? Level::Error : Level::Info, u"http",
          // One multi-argument arg(): a "%1" inside the client's path is never substituted.
          QStringLiteral("%1 %2 %3 %4ms %5 %6")
              .arg(QString::fromLatin1(method), path, QString::number(status), QString::number(ms),
                   orDash(workstation), orDash(user)));
}

} // namespace sunhall::server
