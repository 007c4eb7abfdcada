// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/AdminCommands.h"
#include "app/sunhallctl/HallStore.h"

#include "core/pki/HallCa.h"
#include "core/pki/PemFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;
using server::WorkstationRecord;

namespace {

class WorkstationCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationCommand)
public:
    static QString archiveDir(const QString &dir)
    {
        return QDir(dir).filePath(QStringLiteral("workstations"));
    }

    static void addCommonOptions(CommandLine &cl)
    {
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption(HallStore::databaseOption());
    }

    static Result<HallCa> loadCa(const QString &dir)
    {
        const QDir hall(dir);
        const Result<QByteArray> certificate =
            PemFile::read(hall.filePath(QStringLiteral("ca/ca.pem")));
        if (!certificate)
            return certificate.error();
        const Result<QByteArray> key =
            PemFile::read(hall.filePath(QStringLiteral("ca/ca-key.pem")));
        if (!key)
            return key.error();
        return HallCa::fromPem(*certificate, *key);
    }

    static Status checkServerUrl(const QString &text)
    {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
            !url.path().isEmpty() || url.hasQuery() || url.hasFragment()) {
            return makeError(QStringLiteral("workstation.bad-server"),
                             tr("--server: \"%1\" is not a server address of the form "
                                "https://HOST:PORT.")
                                 .arg(text),
                             QStringLiteral("server"));
        }
        return Status::success();
    }

    /// Refuses a name that is enrolled and not revoked: one certificate per workstation.
    static Status checkNotEnrolled(const ServerStore &store, const QString &name,
                                   const Clock &clock)
    {
        const Result<std::optional<WorkstationRecord>> existing = store.workstation(name);
        if (!existing)
            return existing.error();
        if (existing.value() && !existing.value()->isRevoked()) {
            return makeError(
                QStringLiteral("workstation.exists"),
                tr("The workstation %1 is already enrolled (since %2); revoke it "
                   "first with 'sunhallctl workstation revoke' to issue a new "
                   "certificate.")
                    .arg(name, HallStore::displayTime(existing.value()->enrolledAt, clock)),
                QStringLiteral("name"));
        }
        return Status::success();
    }

    struct Profile
    {
        QString dir;
        QString workstation;
        QString server;
        QString hall;
    };

    static QStringList profileFiles()
    {
        return {QStringLiteral("cert.pem"), QStringLiteral("key.pem"), QStringLiteral("ca.pem"),
                QStringLiteral("profile.json")};
    }

    static Status checkProfileFree(const QString &dir)
    {
        for (const QString &name : profileFiles()) {
            const QString path = QDir(dir).filePath(name);
            if (QFile::exists(path)) {
                return makeError(QStringLiteral("workstation.profile-exists"),
                                 tr("--out: %1 already exists; give a new folder for the "
                                    "profile.")
                                     .arg(path),
                                 QStringLiteral("out"));
            }
        }
        return Status::success();
    }

    static Status writeProfile(const Profile &profile, const IssuedCertificate &issued,
                               const QByteArray &caPem)
    {
        if (!QDir().mkpath(profile.dir)) {
            return makeError(QStringLiteral("file.unwritable"),
                             tr("Cannot create the folder %1.").arg(profile.dir),
                             QStringLiteral("out"));
        }
        const QDir dir(profile.dir);
        const QJsonObject json{{QStringLiteral("workstation"), profile.workstation},
                               {QStringLiteral("server"), profile.server},
                               {QStringLiteral("hall"), profile.hall}};
        using Access = PemFile::Access;
        const QList<std::tuple<QString, QByteArray, Access>> files{
            {QStringLiteral("cert.pem"), issued.certificatePem, Access::Public},
            {QStringLiteral("key.pem"), issued.privateKeyPem, Access::OwnerOnly},
            {QStringLiteral("ca.pem"), caPem, Access::Public},
            {QStringLiteral("profile.json"), QJsonDocument(json).toJson(), Access::Public},
        };
        for (const auto &[name, data, access] : files) {
            if (const Status written = PemFile::write(dir.filePath(name), data, access); !written)
                return written;
        }
        return Status::success();
    }

    static void removeProfile(const QString &dir)
    {
        for (const QString &name : profileFiles())
            QFile::remove(QDir(dir).filePath(name));
    }

    static int enroll(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("workstation enroll"),
                       tr("Issues a workstation's client certificate from the hall's CA, "
                          "records the workstation, and writes its profile to PROFILE: "
                          "cert.pem, key.pem (readable by you only), ca.pem and profile.json. "
                          "Copy the folder to the workstation over a safe channel."));
        addCommonOptions(cl);
        cl.addOption({QStringLiteral("name"),
                      tr("The workstation's name: 1 to 32 of A-Z, a-z, 0-9, _ and -."),
                      QStringLiteral("NAME")});
        cl.addOption(
            {QStringLiteral("out"), tr("The profile folder to write."), QStringLiteral("PROFILE")});
        cl.addOption({QStringLiteral("server"),
                      tr("The address the workstation reaches the server at."),
                      QStringLiteral("URL"), QStringLiteral("https://localhost:8443")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        const auto name = dir ? cl.required(QStringLiteral("name")) : std::nullopt;
        const auto out = name ? cl.required(QStringLiteral("out")) : std::nullopt;
        if (!out)
            return ExitUsage;
        const QString server = cl.parser().value(QStringLiteral("server"));
        for (const Status &checked : {HallCa::checkWorkstationName(*name), checkServerUrl(server),
                                      checkProfileFree(*out)}) {
            if (!checked)
                return cl.failure(checked.error());
        }
        const Result<HallStore::Config> config = HallStore::readConfig(*dir);
        if (!config)
            return cl.failure(config.error());
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        if (const Status free = checkNotEnrolled(*store.value(), *name, context.clock); !free)
            return cl.failure(free.error());
        const Result<HallCa> ca = loadCa(*dir);
        if (!ca)
            return cl.failure(ca.error());
        const QDateTime now = context.clock.now();
        const Result<IssuedCertificate> issued = ca->issueWorkstationCertificate(*name, now);
        if (!issued)
            return cl.failure(issued.error());
        return record(cl, context, *store.value(), Profile{*out, *name, server, config->name},
                      *issued, ca->certificatePem(), *dir);
    }

    /// Writes the profile and the hall's copy of the certificate, then records the
    /// workstation; on failure, the profile written is removed again.
    static int record(CommandLine &cl, CtlContext &context, ServerStore &store,
                      const Profile &profile, const IssuedCertificate &issued,
                      const QByteArray &caPem, const QString &dir)
    {
        QDir().mkpath(archiveDir(dir));
        const QString archived =
            QDir(archiveDir(dir))
                .filePath(QStringLiteral("%1-%2.pem").arg(profile.workstation, issued.serial));
        Status done = writeProfile(profile, issued, caPem);
        if (done)
            done = PemFile::write(archived, issued.certificatePem, PemFile::Access::Public);
        if (done) {
            done = store.addWorkstation(WorkstationRecord{
                profile.workstation, issued.serial, issued.fingerprint, context.clock.now(), {}});
        }
        if (!done) {
            removeProfile(profile.dir);
            QFile::remove(archived);
            return cl.failure(done.error());
        }
        context.out << tr("Workstation %1 enrolled; its profile is in %2")
                           .arg(profile.workstation, profile.dir)
                    << '\n'
                    << tr("  certificate serial %1, SHA-256 fingerprint %2, valid until %3")
                           .arg(issued.serial, issued.fingerprint,
                                issued.notAfter.toString(QStringLiteral("yyyy-MM-dd")))
                    << '\n'
                    << tr("  server: %1").arg(profile.server) << '\n';
        return ExitOk;
    }

    static int revoke(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("workstation revoke"),
                       tr("Revokes a workstation's certificate: the server refuses it from its "
                          "next request on, and closes its live connection."));
        addCommonOptions(cl);
        cl.addOption(
            {QStringLiteral("name"), tr("The workstation's name."), QStringLiteral("NAME")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        const auto name = dir ? cl.required(QStringLiteral("name")) : std::nullopt;
        if (!name)
            return ExitUsage;
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        const Result<std::optional<WorkstationRecord>> existing = store.value()->workstation(*name);
        if (!existing)
            return cl.failure(existing.error());
        if (!existing.value())
            return cl.failure(
                tr("No workstation named \"%1\" is enrolled in this hall.").arg(*name));
        if (existing.value()->isRevoked()) {
            context.out << tr("The workstation %1 was already revoked on %2.")
                               .arg(*name, HallStore::displayTime(existing.value()->revokedAt,
                                                                  context.clock))
                        << '\n';
            return ExitOk;
        }
        const QDateTime now = context.clock.now();
        if (const Status revoked = store.value()->revokeWorkstation(*name, now); !revoked)
            return cl.failure(revoked.error());
        context.out << tr("Workstation %1 revoked on %2: the server refuses its certificate "
                          "(serial %3) from now on.")
                           .arg(*name, HallStore::displayTime(now, context.clock),
                                existing.value()->certificateSerial)
                    << '\n';
        return ExitOk;
    }

    static int list(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("workstation list"),
                       tr("Lists the hall's workstations: name, state, certificate serial and "
                          "when it was enrolled or revoked."));
        addCommonOptions(cl);
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        Result<std::unique_ptr<ServerStore>> store =
            HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
        if (!store)
            return cl.failure(store.error());
        const Result<QList<WorkstationRecord>> workstations = enrolled(*store.value(), *dir);
        if (!workstations)
            return cl.failure(workstations.error());
        if (workstations->isEmpty()) {
            context.out << tr("No workstation is enrolled yet.") << '\n';
            return ExitOk;
        }
        for (const WorkstationRecord &workstation : *workstations) {
            const QString state =
                workstation.isRevoked()
                    ? tr("revoked %1")
                          .arg(HallStore::displayTime(workstation.revokedAt, context.clock))
                    : tr("active");
            context.out << workstation.name.leftJustified(34) << state.leftJustified(26)
                        << workstation.certificateSerial << "  "
                        << tr("enrolled %1")
                               .arg(HallStore::displayTime(workstation.enrolledAt, context.clock))
                        << '\n';
        }
        return ExitOk;
    }

    // The store answers by name; the names are those of the certificates this hall's CA
    // issued, whose copies enroll keeps in DIR/workstations.
    static Result<QList<WorkstationRecord>> enrolled(const ServerStore &store, const QString &dir)
    {
        QStringList names;
        const QStringList files =
            QDir(archiveDir(dir)).entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString name = file.section(QLatin1Char('-'), 0, -2);
            if (!names.contains(name))
                names.append(name);
        }
        QList<WorkstationRecord> records;
        for (const QString &name : names) {
            const Result<std::optional<WorkstationRecord>> record = store.workstation(name);
            if (!record)
                return record.error();
            if (record.value())
                records.append(*record.value());
        }
        return records;
    }
};

} // namespace

QList<CtlCommand> workstationCommands()
{
    return {
        {QStringLiteral("workstation enroll"),
         WorkstationCommand::tr("Issue a workstation's certificate and profile"),
         &WorkstationCommand::enroll},
        {QStringLiteral("workstation revoke"),
         WorkstationCommand::tr("Shut a workstation out at once"), &WorkstationCommand::revoke},
        {QStringLiteral("workstation list"), WorkstationCommand::tr("List the workstations"),
         &WorkstationCommand::list},
    };
}

} // namespace sunhall::ctl
