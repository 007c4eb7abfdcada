// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/AuditCommands.h"

#include "core/crypto/Sm2PublicKey.h"
#include "server/store/ServerStore.h"
#include "server/sync/AuditChain.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::AuditChain;
using server::AuditReport;
using server::ServerStore;

namespace {

// A hall on PostgreSQL records its database in hall.json (written by 'hall init --db').
QString databaseOfHall(const QString &dir)
{
    QFile file(QDir(dir).filePath(QStringLiteral("hall.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(64 * 1024))
        .object()
        .value(QStringLiteral("db"))
        .toString();
}

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
public:
    static int verify(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("audit verify"),
                       tr("Verifies the hall's audit chain: recomputes the SM3 chain over every "
                          "stored event and checks each signed checkpoint with the server's "
                          "public key. Names the first bad serverSeq when a byte was changed, a "
                          "row deleted or rows reordered."));
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("HALL")});
        cl.addOption({QStringLiteral("db"),
                      tr("The hall's PostgreSQL store, "
                         "postgresql://USER:PASSWORD@HOST:PORT/DATABASE (default: HALL/hall.db)."),
                      QStringLiteral("URL")});
        cl.addOption({QStringLiteral("key"),
                      tr("The server's SM2 public key (default: HALL/server-sign/public.pem)."),
                      QStringLiteral("PUB")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto dir = cl.required(QStringLiteral("dir"));
        if (!dir)
            return ExitUsage;
        QString db = cl.parser().value(QStringLiteral("db"));
        if (db.isEmpty())
            db = databaseOfHall(*dir);

        const Result<std::optional<Sm2PublicKey>> key =
            publicKey(*dir, cl.parser().value(QStringLiteral("key")));
        if (!key)
            return cl.failure(key.error());
        if (db.isEmpty() && !QFile::exists(QDir(*dir).filePath(QStringLiteral("hall.db"))))
            return cl.failure(tr("%1 holds no hall store (hall.db).").arg(*dir));

        const Result<std::unique_ptr<ServerStore>> store = ServerStore::open(*dir, db);
        if (!store)
            return cl.failure(store.error());
        const Result<AuditReport> report =
            AuditChain::verify(*store.value(), key->has_value() ? &key->value() : nullptr);
        if (!report)
            return cl.failure(report.error());
        return printReport(context, *report);
    }

private:
    // The key given with --key, else HALL/server-sign/public.pem when there is one.
    static Result<std::optional<Sm2PublicKey>> publicKey(const QString &dir, const QString &given)
    {
        const QString path =
            given.isEmpty() ? QDir(dir).filePath(QStringLiteral("server-sign/public.pem")) : given;
        QFile file(path);
        if (given.isEmpty() && !file.exists())
            return std::optional<Sm2PublicKey>();
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(QStringLiteral("file.unreadable"),
                             tr("cannot read the public key %1: %2").arg(path, file.errorString()),
                             QStringLiteral("key"));
        }
        const Result<Sm2PublicKey> key = Sm2PublicKey::fromPem(file.readAll());
        if (!key) {
            return makeError(
                key.error().code,
                tr("%1 is not the server's SM2 public key: %2").arg(path, key.error().message),
                QStringLiteral("key"));
        }
        return std::optional<Sm2PublicKey>(*key);
    }

    static int printReport(CtlContext &context, const AuditReport &report)
    {
        if (!report.ok) {
            context.out << tr("Audit chain broken at serverSeq %1: %2")
                               .arg(report.firstBadServerSeq)
                               .arg(report.problem.message)
                        << '\n';
            context.out.flush();
            return ExitNo;
        }
        context.out << tr("Audit chain verified: %1 events, %2 checkpoints")
                           .arg(report.events)
                           .arg(report.checkpoints)
                    << '\n';
        if (!report.signaturesChecked && report.checkpoints > 0) {
            context.out << tr("The checkpoints' signatures were not checked: no public key "
                              "(give --key, or put it at HALL/server-sign/public.pem).")
                        << '\n';
        }
        context.out.flush();
        return ExitOk;
    }
};

} // namespace

QList<CtlCommand> auditCommands()
{
    return {
        {QStringLiteral("audit verify"), AuditCommand::tr("Verify the hall's audit chain"),
         &AuditCommand::verify},
    };
}

} // namespace sunhall::ctl
