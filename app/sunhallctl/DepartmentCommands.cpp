// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CertCommands.h"
#include "app/sunhallctl/HallStore.h"

#include "core/certificate/CertificateRevocations.h"
#include "core/certificate/DepartmentKeyFolder.h"

#include <QRegularExpression>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;

namespace {

class DepartmentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentCommand)
public:
    static void addHallOptions(CommandLine &cl)
    {
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption(HallStore::databaseOption());
    }

    static Result<Catalogue> latestCatalogue(const ServerStore &store, const QString &dir)
    {
        const std::optional<int> latest = store.latestCatalogueVersion();
        if (!latest) {
            return makeError(QStringLiteral("catalog.none"),
                             tr("The hall in %1 has no catalogue yet, so it has no departments: "
                                "import one with 'sunhallctl catalog import'.")
                                 .arg(dir));
        }
        return store.catalogue(*latest);
    }

    // The departments asked for, each checked against the catalogue; with --all, every
    // department of the catalogue that has no key yet.
    static Result<QList<Department>> chosenDepartments(CommandLine &cl, const Catalogue &catalogue,
                                                       const DepartmentKeyFolder &folder)
    {
        QList<Department> chosen;
        if (cl.parser().isSet(QStringLiteral("all"))) {
            for (const Department &department : catalogue.departments) {
                if (!folder.hasKey(department.code))
                    chosen.append(department);
            }
            return chosen;
        }
        QStringList known;
        for (const Department &department : catalogue.departments)
            known << department.code;
        for (const QString &code : cl.parser().values(QStringLiteral("department"))) {
            const Department *department = catalogue.department(code);
            if (!department) {
                return makeError(QStringLiteral("certificate.department-unknown"),
                                 tr("--department: the hall's catalogue (version %1) has no "
                                    "department \"%2\"; its departments are %3.")
                                     .arg(catalogue.version)
                                     .arg(code, known.join(QStringLiteral(", "))),
                                 QStringLiteral("department"));
            }
            chosen.append(*department);
        }
        return chosen;
    }

    static int keygen(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("department keygen"),
                       tr("Creates the SM2 key a department signs its certificates with, in "
                          "DIR/department-keys/CODE: private.pem encrypted under a random "
                          "passphrase kept beside it, both readable by you only, and "
                          "public.pem. The department must be in the hall's catalogue. A "
                          "department that has a key keeps it: revoke it first with "
                          "'sunhallctl department revoke-key'."));
        addHallOptions(cl);
        cl.addOption({QStringLiteral("department"),
                      tr("The department's code in the catalogue, e.g. SJ (repeatable)."),
                      QStringLiteral("CODE")});
        cl.addOption({QStringLiteral("all"),
                      tr("Create a key for every department of the catalogue that has none.")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        if (cl.parser().isSet(QStringLiteral("all")) ==
            cl.parser().isSet(QStringLiteral("department")))
            return cl.usageError(tr("give either --department CODE or --all"));
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        const Result<Catalogue> catalogue = latestCatalogue(*store.value(), *dir);
        if (!catalogue)
            return cl.failure(catalogue.error());
        const DepartmentKeyFolder folder(*dir);
        const Result<QList<Department>> chosen = chosenDepartments(cl, *catalogue, folder);
        if (!chosen)
            return cl.failure(chosen.error());
        if (chosen->isEmpty()) {
            context.out << tr("Every department of the catalogue already has a certificate key.")
                        << '\n';
            return ExitOk;
        }
        for (const Department &department : *chosen) {
            const Result<Sm2PublicKey> key = folder.create(department.code);
            if (!key)
                return cl.failure(key.error());
            context.out << tr("Certificate key of %1 (%2) created in %3")
                               .arg(department.name, department.code,
                                    folder.departmentPath(department.code))
                        << '\n'
                        << tr("  fingerprint (SM3): %1").arg(key->fingerprint()) << '\n';
            context.out.flush();
        }
        return ExitOk;
    }

    static void printKeys(QTextStream &out, const CertificateKeySet &keySet, const Clock &clock)
    {
        if (keySet.keys().isEmpty()) {
            out << tr("No department has a certificate key yet; create them with 'sunhallctl "
                      "department keygen --all'.")
                << '\n';
        }
        for (const DepartmentKey &key : keySet.keys()) {
            const QString state =
                key.isRevoked()
                    ? tr("revoked from %1: %2")
                          .arg(HallStore::displayTime(key.revokedAt, clock), key.revokedReason)
                    : tr("in use");
            out << key.departmentCode.leftJustified(6) << ' '
                << keySet.departmentName(key.departmentCode) << "  " << key.fingerprint << "  "
                << state << '\n';
        }
        const QList<RevokedCertificate> revoked = keySet.revokedCertificates();
        out << tr("Revoked certificates: %1").arg(revoked.size()) << '\n';
        for (const RevokedCertificate &certificate : revoked) {
            out << "  " << certificate.number << "  "
                << HallStore::displayTime(certificate.revokedAt, clock) << "  "
                << certificate.reason << '\n';
        }
    }

    static int keys(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("department keys"),
                       tr("Prints the hall's certificate key set: every department's public "
                          "keys, in use or revoked, and the revoked certificates. With --json, "
                          "prints it as the JSON key set that 'sunhallctl cert verify --keys' "
                          "and the clients verify with (docs/certificate-qr.md)."));
        addHallOptions(cl);
        cl.addOption({QStringLiteral("json"), tr("Print the key set as JSON.")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        const Result<CertificateKeySet> keySet =
            hallCertificateKeySet(*dir, cl.parser().value(QStringLiteral("db")));
        if (!keySet)
            return cl.failure(keySet.error());
        if (cl.parser().isSet(QStringLiteral("json")))
            context.out << QString::fromUtf8(keySet->toJson());
        else
            printKeys(context.out, *keySet, context.clock);
        return ExitOk;
    }

    // A date (the start of that day in the hall's time zone) or a date and time, with or
    // without a UTC offset.
    static Result<QDateTime> parseSince(const QString &text, const Clock &clock)
    {
        static const QRegularExpression shape(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?)?$"));
        QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (shape.match(text).hasMatch() && !at.isValid())
            at = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
        if (!shape.match(text).hasMatch() || !at.isValid()) {
            return makeError(QStringLiteral("usage.bad-instant"),
                             tr("--since: \"%1\" is not a date (2025-07-01) or a date and time "
                                "(2025-07-01T08:00 or 2025-07-01T08:00:00+08:00)")
                                 .arg(text),
                             QStringLiteral("since"));
        }
        if (at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), clock.now().timeZone());
        return at;
    }

    static int revokeKey(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("department revoke-key"),
                       tr("Withdraws a department's certificate key: certificates it signed from "
                          "--since on no longer verify, those signed before stay valid. Its "
                          "private key and passphrase are deleted and its public key kept in "
                          "DIR/department-keys/CODE/revoked. Then create its successor with "
                          "'sunhallctl department keygen'."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption({QStringLiteral("department"), tr("The department's code, e.g. SJ."),
                      QStringLiteral("CODE")});
        cl.addOption({QStringLiteral("reason"),
                      tr("Why: routine replacement, or the key may have been stolen."),
                      QStringLiteral("TEXT")});
        cl.addOption({QStringLiteral("since"),
                      tr("From when the key is no longer valid (default: now); for a stolen "
                         "key, the earliest moment it may have been misused."),
                      QStringLiteral("WHEN")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        const auto code = dir ? cl.required(QStringLiteral("department")) : std::nullopt;
        const auto reason = code ? cl.required(QStringLiteral("reason")) : std::nullopt;
        if (!reason)
            return ExitUsage;
        QDateTime since = context.clock.now();
        if (cl.parser().isSet(QStringLiteral("since"))) {
            const Result<QDateTime> parsed =
                parseSince(cl.parser().value(QStringLiteral("since")), context.clock);
            if (!parsed)
                return cl.usageError(parsed.error().message);
            since = *parsed;
        }
        if (const Result<HallStore::Config> config = HallStore::readConfig(*dir); !config)
            return cl.failure(config.error());
        const Result<DepartmentKey> revoked =
            DepartmentKeyFolder(*dir).revoke(*code, since, *reason);
        if (!revoked)
            return cl.failure(revoked.error());
        context.out << tr("Certificate key %1 of department %2 revoked from %3.")
                           .arg(revoked->fingerprint, *code,
                                HallStore::displayTime(revoked->revokedAt, context.clock))
                    << '\n'
                    << tr("Certificates it signed before then stay valid. Create its successor "
                          "with 'sunhallctl department keygen --dir %1 --department %2'.")
                           .arg(*dir, *code)
                    << '\n';
        return ExitOk;
    }
};

} // namespace

Result<CertificateKeySet> hallCertificateKeySet(const QString &dir, const QString &databaseUrl)
{
    Result<std::unique_ptr<ServerStore>> store = HallStore::open(dir, databaseUrl);
    if (!store)
        return store.error();
    QMap<QString, QString> names;
    if (const std::optional<int> latest = store.value()->latestCatalogueVersion()) {
        const Result<Catalogue> catalogue = store.value()->catalogue(*latest);
        if (!catalogue)
            return catalogue.error();
        for (const Department &department : catalogue->departments)
            names.insert(department.code, department.name);
    }
    Result<CertificateKeySet> keySet = DepartmentKeyFolder(dir).keySet(names);
    if (!keySet)
        return keySet.error();
    CertificateRevocations revocations;
    const Status read = store.value()->forEachStoredEvent([&](const server::StoredEvent &stored) {
        revocations.apply(stored.event);
        return Status::success();
    });
    if (!read)
        return read.error();
    if (const Status added = revocations.addTo(keySet.value()); !added)
        return added.error();
    return keySet;
}

QList<CtlCommand> departmentCommands()
{
    return {
        {QStringLiteral("department keygen"),
         DepartmentCommand::tr("Create a department's certificate key"),
         &DepartmentCommand::keygen},
        {QStringLiteral("department keys"),
         DepartmentCommand::tr("Print the certificate key set (--json for clients)"),
         &DepartmentCommand::keys},
        {QStringLiteral("department revoke-key"),
         DepartmentCommand::tr("Withdraw a department's certificate key"),
         &DepartmentCommand::revokeKey},
    };
}

} // namespace sunhall::ctl
