// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CtlContext.h"
#include "app/sunhallctl/HallStore.h"

#include "core/catalog/CatalogueJson.h"

#include <QFile>
#include <QSaveFile>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;

namespace {

class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)
public:
    static QCommandLineOption dirOption()
    {
        return {QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")};
    }
    static QCommandLineOption versionOption()
    {
        return {QStringLiteral("version"), tr("A catalogue version (default: the latest)."),
                QStringLiteral("N")};
    }

    static int import(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("catalog import"),
                       tr("Validates a catalogue file (JSON) and publishes it as the hall's "
                          "next catalogue version. Nothing is stored when it is invalid."));
        cl.addOption(dirOption());
        cl.addOption(HallStore::databaseOption());
        cl.addOption({QStringLiteral("by"),
                      tr("The administrator publishing it (a user of the hall with the "
                         "administrator role); recorded with the version."),
                      QStringLiteral("USER"), QStringLiteral("admin")});
        cl.addPositional(QStringLiteral("file"), tr("The catalogue JSON file."),
                         QStringLiteral("FILE"));
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        if (cl.parser().positionalArguments().size() != 1)
            return cl.usageError(tr("give exactly one catalogue file"));
        const QString path = cl.parser().positionalArguments().constFirst();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cl.failure(tr("cannot read %1: %2").arg(path, file.errorString()));
        constexpr qint64 maxSize = 32 * 1024 * 1024;
        if (file.size() > maxSize)
            return cl.failure(tr("%1 is larger than the 32 MiB a catalogue may be").arg(path));
        Result<Catalogue> catalogue = CatalogueJson::parse(file.readAll());
        if (!catalogue)
            return cl.failure(tr("%1: %2").arg(path, catalogue.error().message));
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        const QString by = cl.parser().value(QStringLiteral("by"));
        if (const Status allowed = HallStore::checkAdministrator(*store.value(), by); !allowed)
            return cl.failure(allowed.error());
        const Result<int> version =
            store.value()->publishCatalogue(catalogue.value(), by, context.clock.now());
        if (!version)
            return cl.failure(version.error());
        context.out << tr("Published catalogue version %1: %n item(s).", nullptr,
                          int(catalogue->items.size()))
                           .arg(*version)
                    << '\n';
        return ExitOk;
    }

    static Result<Catalogue> load(CommandLine &cl, const QString &dir)
    {
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return store.error();
        int version = 0;
        if (cl.parser().isSet(QStringLiteral("version"))) {
            const Result<int> wanted = parseCount(cl.parser().value(QStringLiteral("version")),
                                                  QStringLiteral("version"), 1000000);
            if (!wanted)
                return wanted.error();
            version = *wanted;
        } else {
            const std::optional<int> latest = store.value()->latestCatalogueVersion();
            if (!latest) {
                return makeError(QStringLiteral("catalog.none"),
                                 tr("The hall in %1 has no catalogue yet: import one with "
                                    "'sunhallctl catalog import'.")
                                     .arg(dir));
            }
            version = *latest;
        }
        return store.value()->catalogue(version);
    }

    static int exportCatalogue(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("catalog export"),
                       tr("Writes a catalogue version as JSON, to --out or standard output."));
        cl.addOption(dirOption());
        cl.addOption(HallStore::databaseOption());
        cl.addOption(versionOption());
        cl.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        const Result<Catalogue> catalogue = load(cl, *dir);
        if (!catalogue)
            return cl.failure(catalogue.error());
        const QByteArray json = CatalogueJson::write(*catalogue);
        const QString out = cl.parser().value(QStringLiteral("out"));
        if (out.isEmpty()) {
            context.out.flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(json) < 0)
                return cl.failure(tr("cannot write to standard output"));
            return ExitOk;
        }
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return cl.failure(tr("cannot write %1: %2").arg(out, file.errorString()));
        context.out << tr("Catalogue version %1 written to %2.").arg(catalogue->version).arg(out)
                    << '\n';
        return ExitOk;
    }

    static int list(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("catalog list"),
                       tr("Lists the items of a catalogue version: code, name, department, "
                          "kind, promised and legal limits, and standard fee."));
        cl.addOption(dirOption());
        cl.addOption(HallStore::databaseOption());
        cl.addOption(versionOption());
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        const Result<Catalogue> catalogue = load(cl, *dir);
        if (!catalogue)
            return cl.failure(catalogue.error());
        printCatalogue(context.out, *catalogue, context.clock);
        return ExitOk;
    }

    static void printCatalogue(QTextStream &out, const Catalogue &catalogue, const Clock &clock)
    {
        out << tr("%1 — catalogue version %2, published %3 by %4")
                   .arg(catalogue.hallName)
                   .arg(catalogue.version)
                   .arg(HallStore::displayTime(catalogue.publishedAt, clock), catalogue.publishedBy)
            << '\n';
        out << tr("%n department(s), %1 item(s)", nullptr, int(catalogue.departments.size()))
                   .arg(catalogue.items.size())
            << "\n\n";
        for (const Department &department : catalogue.departments) {
            out << department.name << " (" << department.code << ")\n";
            for (const Item &item : catalogue.items) {
                if (item.department != department.code)
                    continue;
                const QString limits = item.kind == ItemKind::Immediate
                                           ? tr("on the spot")
                                           : tr("promised %1 / legal %2 working days")
                                                 .arg(item.promisedLimitDays)
                                                 .arg(item.legalLimitDays);
                const QString fee =
                    item.fees.isEmpty() ? tr("free") : item.standardFee().toDisplayString();
                out << "  " << item.code << "  " << item.name << "  ["
                    << itemKindDisplayName(item.kind) << "]  " << limits << "  " << fee
                    << (item.greenChannelEligible ? QStringLiteral("  ") + tr("green channel")
                                                  : QString())
                    << '\n';
            }
        }
    }
};

} // namespace

QList<CtlCommand> catalogCommands()
{
    return {
        {QStringLiteral("catalog import"), CatalogCommand::tr("Validate and publish a catalogue"),
         &CatalogCommand::import},
        {QStringLiteral("catalog export"), CatalogCommand::tr("Write a catalogue version as JSON"),
         &CatalogCommand::exportCatalogue},
        {QStringLiteral("catalog list"), CatalogCommand::tr("List the items of the catalogue"),
         &CatalogCommand::list},
    };
}

} // namespace sunhall::ctl
