// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CtlContext.h"
#include "app/sunhallctl/HallSetup.h"
#include "app/sunhallctl/HallStore.h"

#include "core/pki/PemFile.h"

#include <QDir>
#include <QRandomGenerator>

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

class HallCommand
{
    Q_DECLARE_TR_FUNCTIONS(HallCommand)
public:
    static constexpr QLatin1String demoCode{"QD0001"};

    // Letters and digits that cannot be mistaken for one another when read off a screen.
    static QString generatePassword()
    {
        static const QString alphabet =
            QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        QString password;
        for (int i = 0; i < 16; ++i)
            password += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
        return password;
    }

    static int demoInit(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("demo init"),
                       tr("Creates the demo hall in DIR, as 'hall init --demo' does: its "
                          "certificate authority and server keys, a store with the official "
                          "working-day calendars, the demo catalogue, the administrator "
                          "\"admin\" and one demo user per role. The password of all of them "
                          "is generated and written to DIR/demo-password."));
        cl.addOption(
            {QStringLiteral("dir"), tr("The hall folder to create."), QStringLiteral("DIR")});
        cl.addOption(HallStore::databaseOption());
        cl.addOption({QStringLiteral("force"), tr("Replace a hall already in DIR.")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        if (!HallStore::existingEntry(*dir).isEmpty()) {
            if (!cl.parser().isSet(QStringLiteral("force")))
                return cl.failure(
                    tr("%1 already holds a hall; use --force to replace it.").arg(*dir));
            HallSetup::removeHall(*dir);
        }
        const Result<Catalogue> catalogue = HallSetup::demoCatalogue();
        if (!catalogue)
            return cl.failure(catalogue.error());

        HallSetup::Options options;
        options.dir = *dir;
        options.name = catalogue->hallName;
        options.code = demoCode;
        options.adminPassword = generatePassword();
        options.databaseUrl = cl.parser().value(QStringLiteral("db"));
        options.demo = true;
        const Result<HallSetup::Created> created = HallSetup::create(options, context.clock.now());
        if (!created)
            return cl.failure(created.error());
        const QString passwordPath = QDir(*dir).filePath(QStringLiteral("demo-password"));
        if (const Status written =
                PemFile::writeSecret(passwordPath, options.adminPassword.toUtf8() + '\n');
            !written)
            return cl.failure(written.error());

        context.out << tr("Demo hall \"%1\" created in %2").arg(options.name, *dir) << '\n';
        HallSetup::printSummary(context.out, options, *created);
        context.out << tr("  password of admin and the demo users: in %1").arg(passwordPath)
                    << '\n';
        return ExitOk;
    }
};

} // namespace

QList<CtlCommand> hallCommands()
{
    return {
        {QStringLiteral("demo init"), HallCommand::tr("Create the demo hall"),
         &HallCommand::demoInit},
    };
}

} // namespace sunhall::ctl
