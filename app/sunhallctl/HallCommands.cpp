// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CtlContext.h"
#include "app/sunhallctl/HallStore.h"

#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"

#include <QDir>
#include <QFile>

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

class HallCommand
{
    Q_DECLARE_TR_FUNCTIONS(HallCommand)
public:
    static int demoInit(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("demo init"),
                       tr("Creates the demo hall in DIR: a local store with the official "
                          "working-day calendars and the demo catalogue."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder to create."),
                      QStringLiteral("DIR")});
        cl.addOption({QStringLiteral("force"), tr("Replace a hall already in DIR.")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;

        const QString storePath = HallStore::storePath(*dir);
        if (QFile::exists(storePath)) {
            if (!cl.parser().isSet(QStringLiteral("force")))
                return cl.failure(tr("%1 already holds a hall; use --force to replace it.")
                                      .arg(*dir));
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(storePath + suffix);
        }
        if (!QDir().mkpath(*dir))
            return cl.failure(tr("cannot create the folder %1").arg(*dir));

        const Result<WorkingCalendar> shipped =
            WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
        if (!shipped)
            return cl.failure(shipped.error());
        QFile catalogueFile(DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json"));
        if (!catalogueFile.open(QIODevice::ReadOnly)) {
            return cl.failure(tr("cannot read the demo catalogue %1: %2")
                                  .arg(catalogueFile.fileName(), catalogueFile.errorString()));
        }
        const Result<Catalogue> catalogue = CatalogueJson::parse(catalogueFile.readAll());
        if (!catalogue)
            return cl.failure(catalogue.error());

        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(storePath);
        if (!opened)
            return cl.failure(opened.error());
        LocalStore &store = *opened.value();
        const QDateTime now = context.clock.now();
        for (const int year : shipped->years()) {
            if (const Status put = store.putCalendarYear(*shipped->schedule(year), now); !put)
                return cl.failure(put.error());
        }
        const Result<int> version =
            store.publishCatalogue(*catalogue, QStringLiteral("demo"), now);
        if (!version)
            return cl.failure(version.error());
        if (const Status named = store.setMeta(QStringLiteral("hall.name"), catalogue->hallName);
            !named)
            return cl.failure(named.error());

        QStringList years;
        for (const int year : shipped->years())
            years << QString::number(year);
        context.out << tr("Demo hall \"%1\" created in %2").arg(catalogue->hallName, *dir) << '\n'
                    << tr("  store: %1 (schema %2)").arg(storePath).arg(store.schemaVersion())
                    << '\n'
                    << tr("  calendars: %1").arg(years.join(QStringLiteral(", "))) << '\n'
                    << tr("  catalogue version %1: %2 items in %3 departments")
                           .arg(*version)
                           .arg(catalogue->items.size())
                           .arg(catalogue->departments.size())
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
