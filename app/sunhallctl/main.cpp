// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/AdminCommands.h"
#include "app/sunhallctl/AuditCommands.h"
#include "app/sunhallctl/CertCommands.h"
#include "app/sunhallctl/ClientCommands.h"
#include "app/sunhallctl/CtlContext.h"
#include "app/sunhallctl/LoadgenCommands.h"
#include "app/sunhallctl/NotifyCommands.h"
#include "translations/Translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sunhall;

namespace {

class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)
public:
    static QList<ctl::CtlCommand> commands()
    {
        QList<ctl::CtlCommand> all;
        all += ctl::timeCommands();
        all += ctl::valueCommands();
        all += ctl::cryptoCommands();
        all += ctl::catalogCommands();
        all += ctl::hallCommands();
        all += ctl::adminCommands();
        all += ctl::auditCommands();
        all += ctl::certCommands();
        all += ctl::clientCommands();
        all += ctl::loadgenCommands();
        all += ctl::notifyCommands();
        return all;
    }

    static void printHelp(QTextStream &stream, const QList<ctl::CtlCommand> &commands)
    {
        stream << tr("Usage: sunhallctl COMMAND [options]") << "\n\n"
               << tr("The administrators' and scripts' interface to a Sunhall hall.") << "\n\n"
               << tr("Commands:") << '\n';
        for (const auto &command : commands)
            stream << "  " << command.name.leftJustified(22) << command.summary << '\n';
        stream << '\n'
               << tr("Run 'sunhallctl COMMAND --help' for the options of a command.") << '\n'
               << tr("Exit status: 0 done, 1 no or invalid, 2 usage error.") << '\n';
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sunhallctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUNHALL_VERSION));
    i18n::install(app, i18n::preferredLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const core::SystemClock clock;
    ctl::CtlContext context{out, err, clock};

    const QList<ctl::CtlCommand> commands = Ctl::commands();
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        Ctl::printHelp(err, commands);
        return ctl::ExitUsage;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        Ctl::printHelp(out, commands);
        return ctl::ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "sunhallctl " << QCoreApplication::applicationVersion() << '\n';
        return ctl::ExitOk;
    }

    // Commands are one word ("due") or two ("catalog import"); the longest match wins.
    for (int words = 2; words >= 1; --words) {
        if (args.size() < words)
            continue;
        const QString name = args.mid(0, words).join(QLatin1Char(' '));
        for (const auto &command : commands) {
            if (command.name == name)
                return command.run(context, args.mid(words));
        }
    }
    err << Ctl::tr("sunhallctl: unknown command \"%1\"").arg(args.first()) << '\n';
    Ctl::printHelp(err, commands);
    return ctl::ExitUsage;
}
