// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CtlContext.h"

#include <QFile>
#include <QRegularExpression>

namespace sunhall::ctl {

using core::Error;
using core::Result;

CommandLine::CommandLine(CtlContext &context, QString command, QString description)
    : m_context(context)
    , m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

void CommandLine::addPositional(const QString &name, const QString &description,
                                const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("sunhallctl"));
    if (!m_parser.parse(withProgram))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by argv[0]; scripts want the command they typed.
        QString help = m_parser.helpText();
        const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
        const qsizetype usage = help.indexOf(QLatin1Char(' '));
        if (usage > 0 && options > usage)
            help.replace(usage + 1, options - usage - 1, QStringLiteral("sunhallctl ") + m_command);
        m_context.out << help;
        m_context.out.flush();
        return int(ExitOk);
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::required(const QString &option)
{
    if (!m_parser.isSet(option) || m_parser.value(option).isEmpty()) {
        usageError(tr("the option --%1 is required").arg(option));
        return std::nullopt;
    }
    return m_parser.value(option);
}

int CommandLine::usageError(const QString &message)
{
    m_context.err << QStringLiteral("sunhallctl %1: ").arg(m_command) << message << '\n'
                  << tr("Try 'sunhallctl %1 --help'.").arg(m_command) << '\n';
    m_context.err.flush();
    return ExitUsage;
}

int CommandLine::failure(const Error &error)
{
    return failure(error.message);
}

int CommandLine::failure(const QString &message)
{
    m_context.err << QStringLiteral("sunhallctl %1: ").arg(m_command) << message << '\n';
    m_context.err.flush();
    return ExitNo;
}

Result<QDate> parseIsoDate(const QString &text, const QString &option)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid()) {
        return core::makeError(
            QStringLiteral("usage.bad-date"),
            CommandLine::tr("--%1: \"%2\" is not a date of the form YYYY-MM-DD").arg(option, text),
            option);
    }
    return date;
}

Result<int> parseCount(const QString &text, const QString &option, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > max) {
        return core::makeError(QStringLiteral("usage.bad-number"),
                               CommandLine::tr("--%1: \"%2\" is not a whole number from 0 to %3")
                                   .arg(option, text)
                                   .arg(max),
                               option);
    }
    return value;
}

Result<QByteArray> readSecretFile(const QString &path, const QString &option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::makeError(
            QStringLiteral("file.unreadable"),
            CommandLine::tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()),
            option);
    }
    QByteArray secret = file.readLine(4096);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        return core::makeError(QStringLiteral("file.empty-secret"),
                               CommandLine::tr("--%1: %2 is empty").arg(option, path), option);
    }
    return secret;
}

} // namespace sunhall::ctl
