// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace sunhall::ctl {

/// Exit statuses every sunhallctl command keeps to, so scripts can rely on them.
enum ExitCode : int
{
    ExitOk = 0,    // done / the answer is "yes"
    ExitNo = 1,    // the answer is "no", or the input is invalid
    ExitUsage = 2, // the command line itself is wrong
};

/// What a command runs with: the output streams and the clock, passed down from main().
struct CtlContext
{
    QTextStream &out;
    QTextStream &err;
    const core::Clock &clock;
};

/// One sunhallctl command ("due", "catalog import").
struct CtlCommand
{
    QString name;
    QString summary; // translated, one line
    std::function<int(CtlContext &, const QStringList &)> run;
};

/// Shared command-line plumbing: parses the arguments of one command with its options,
/// answers --help, and turns parse errors into a usage error (exit 2) on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine(CtlContext &context, QString command, QString description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax);

    /// Returns an exit code when the command must stop now (help shown: 0; bad usage: 2).
    std::optional<int> parse(const QStringList &arguments);
    /// The value of a required option, or a usage error naming it.
    std::optional<QString> required(const QString &option);

    int usageError(const QString &message);
    int failure(const core::Error &error);
    int failure(const QString &message);

private:
    CtlContext &m_context;
    QString m_command;
    QCommandLineParser m_parser;
};

/// Reads a date given as YYYY-MM-DD; the error names the option.
core::Result<QDate> parseIsoDate(const QString &text, const QString &option);
/// Reads a whole, non-negative number; the error names the option.
core::Result<int> parseCount(const QString &text, const QString &option, int max);
/// Reads a secret from a file: the first line, without its line break.
core::Result<QByteArray> readSecretFile(const QString &path, const QString &option);

QList<CtlCommand> timeCommands();
QList<CtlCommand> valueCommands();
QList<CtlCommand> cryptoCommands();
QList<CtlCommand> catalogCommands();
QList<CtlCommand> hallCommands();

} // namespace sunhall::ctl
