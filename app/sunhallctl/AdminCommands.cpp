// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/AdminCommands.h"

#include "app/sunhallctl/HallSetup.h"
#include "app/sunhallctl/HallStore.h"

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

class AdminCommand
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)
public:
    static constexpr QLatin1String defaultCode{"HALL01"};

    static void addHallInitOptions(CommandLine &cl)
    {
        cl.addOption({QStringLiteral("dir"), tr("The hall folder to create (empty or new)."),
                      QStringLiteral("DIR")});
        cl.addOption({QStringLiteral("name"), tr("The hall's name, e.g. 青岛市行政服务中心."),
                      QStringLiteral("NAME")});
        cl.addOption({QStringLiteral("admin-password-file"),
                      tr("A file whose first line is the password of the administrator "
                         "\"admin\" (at least 8 characters)."),
                      QStringLiteral("FILE")});
        cl.addOption({QStringLiteral("host"),
                      tr("A host name or IP address the server is reached at, besides "
                         "localhost and 127.0.0.1 (repeatable)."),
                      QStringLiteral("HOST")});
        cl.addOption({QStringLiteral("code"),
                      tr("The hall's code in case, receipt and certificate numbers: six of "
                         "0-9 and A-Z (default %1).")
                          .arg(defaultCode),
                      QStringLiteral("CODE"), defaultCode});
        cl.addOption(HallStore::databaseOption());
        cl.addOption({QStringLiteral("demo"),
                      tr("Also publish the demo catalogue and add one demo user per role, "
                         "with the administrator's password.")});
    }

    static int hallInit(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("hall init"),
                       tr("Creates a hall in DIR: its certificate authority (DIR/ca), the "
                          "server's TLS certificate (DIR/server), the server's SM2 checkpoint "
                          "key (DIR/server-sign), the store with the official working-day "
                          "calendars, and the administrator \"admin\". No catalogue is "
                          "published: import one with 'sunhallctl catalog import'. Refuses a "
                          "folder or a database that already holds a hall."));
        addHallInitOptions(cl);
        if (auto stop = cl.parse(args))
            return *stop;
        HallSetup::Options options;
        for (const QString &option : {QStringLiteral("dir"), QStringLiteral("name"),
                                      QStringLiteral("admin-password-file")}) {
            if (!cl.required(option))
                return ExitUsage;
        }
        const Result<QByteArray> password =
            readSecretFile(cl.parser().value(QStringLiteral("admin-password-file")),
                           QStringLiteral("admin-password-file"));
        if (!password)
            return cl.failure(password.error());
        options.dir = cl.parser().value(QStringLiteral("dir"));
        options.name = cl.parser().value(QStringLiteral("name"));
        options.code = cl.parser().value(QStringLiteral("code"));
        options.adminPassword = QString::fromUtf8(*password);
        options.hosts = cl.parser().values(QStringLiteral("host"));
        options.databaseUrl = cl.parser().value(QStringLiteral("db"));
        options.demo = cl.parser().isSet(QStringLiteral("demo"));

        const Result<HallSetup::Created> created = HallSetup::create(options, context.clock.now());
        if (!created)
            return cl.failure(created.error());
        context.out << tr("Hall \"%1\" (code %2) created in %3")
                           .arg(options.name.trimmed(), options.code, options.dir)
                    << '\n';
        HallSetup::printSummary(context.out, options, *created);
        context.out << tr("Next: enroll each workstation with 'sunhallctl workstation enroll "
                          "--dir %1 --name W01 --out PROFILE'.")
                           .arg(options.dir)
                    << '\n';
        return ExitOk;
    }
};

} // namespace

QList<CtlCommand> adminCommands()
{
    QList<CtlCommand> commands{
        {QStringLiteral("hall init"), AdminCommand::tr("Create a hall: its CA, keys and store"),
         &AdminCommand::hallInit},
    };
    commands += workstationCommands();
    commands += userCommands();
    return commands;
}

} // namespace sunhall::ctl
