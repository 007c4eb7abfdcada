// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HallServer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <variant>

class QCommandLineParser;

namespace sunhall::server {

/// The command line of sunhall-server: --dir, --listen, --db, --public-verify, the SMS gateway
/// (--sms-*), and the limits that tests shorten. parse() answers --help and --version itself and
/// reports usage errors (exit 2).
class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)
public:
    enum ExitCode : int
    {
        ExitOk = 0,
        ExitFailure = 1,
        ExitUsage = 2,
    };

    /// The server's options, or the exit status when the program must stop now.
    static std::variant<HallServer::Options, int> parse(const QStringList &arguments,
                                                        QTextStream &out, QTextStream &err);

private:
    static void addOptions(QCommandLineParser &parser);
    static void addLimitOptions(QCommandLineParser &parser);
    static void addNoticeOptions(QCommandLineParser &parser);
    static bool readNoticeOptions(const QCommandLineParser &parser, NoticeOptions &options,
                                  QString *problem);
    static std::optional<HallServer::Options> readOptions(const QCommandLineParser &parser,
                                                          QString *problem);
    static std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
};

} // namespace sunhall::server
