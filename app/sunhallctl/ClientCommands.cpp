// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/ClientCommands.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/store/LocalStore.h"
#include "core/sync/ClientProfile.h"
#include "core/sync/SyncEngine.h"
#include "core/values/DocumentNumber.h"
#include "core/values/IdentityNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

/// The profile, its store and a sync engine driven step by step (no automatic sync).
struct Workstation
{
    std::unique_ptr<ClientProfile> profile;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncEngine> engine;
    int timeoutMs = 30000;
};

class ClientCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientCommand)
public:
    static void addCommonOptions(CommandLine &cl)
    {
        cl.addOption({QStringLiteral("profile"),
                      tr("The workstation's profile folder (made by 'sunhallctl workstation "
                         "enroll')."),
                      QStringLiteral("PROFILE")});
        cl.addOption({QStringLiteral("server"),
                      tr("The server to use instead of the one in the profile."),
                      QStringLiteral("https://HOST:PORT")});
        cl.addOption({QStringLiteral("timeout"),
                      tr("How long to wait for the server, in seconds (default 30)."),
                      QStringLiteral("SECONDS"), QStringLiteral("30")});
    }

    /// Opens the workstation of the common options; an exit code when it cannot.
    static std::optional<int> open(CtlContext &context, CommandLine &cl, Workstation &ws)
    {
        const auto dir = cl.required(QStringLiteral("profile"));
        if (!dir)
            return int(ExitUsage);
        const Result<int> seconds = parseCount(cl.parser().value(QStringLiteral("timeout")),
                                               QStringLiteral("timeout"), 3600);
        if (!seconds || *seconds == 0)
            return cl.usageError(seconds ? tr("--timeout must be at least 1 second")
                                         : seconds.error().message);
        ws.timeoutMs = *seconds * 1000;
        Result<ClientProfile> profile =
            ClientProfile::load(*dir, cl.parser().value(QStringLiteral("server")));
        if (!profile)
            return cl.failure(profile.error());
        ws.profile = std::make_unique<ClientProfile>(std::move(profile).value());
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(ws.profile->storePath());
        if (!store)
            return cl.failure(store.error());
        ws.store = std::move(store).value();
        SyncSettings settings;
        settings.autoSync = false;
        settings.requestTimeoutMs = ws.timeoutMs;
        ws.engine = std::make_unique<SyncEngine>(*ws.store, *ws.profile, context.clock, settings);
        return std::nullopt;
    }

    static std::optional<int> needSession(CommandLine &cl, const Workstation &ws)
    {
        if (ws.engine->session())
            return std::nullopt;
        return cl.failure(tr("Nobody is logged in on this workstation: run 'sunhallctl client "
                             "login' first."));
    }

    static QString userLabel(const LocalSession &session)
    {
        return session.user.name.isEmpty()
                   ? session.user.userId
                   : QStringLiteral("%1 (%2)").arg(session.user.userId, session.user.name);
    }

    static qint64 caseNumbersLeft(const Workstation &ws, const Clock &clock)
    {
        const std::optional<QString> hall = ws.store->syncValue(QStringLiteral("hall.code"));
        if (!hall)
            return 0;
        const Result<qint64> left =
            ws.store->remainingSerials(QStringLiteral("case"), *hall, clock.today().year());
        return left ? *left : 0;
    }

    /// An application for `item` with every required material handed in.
    static RegisterPayload application(const Item &item, const IdentityNumber &id,
                                       const QString &name, const QString &phone,
                                       const QString &window)
    {
        RegisterPayload payload;
        payload.applicant.kind = id.kind() == IdentityNumber::Kind::CitizenId
                                     ? ApplicantKind::Person
                                     : ApplicantKind::Organisation;
        payload.applicant.idNumber = id.number();
        payload.applicant.name = name;
        payload.applicant.phone = phone;
        payload.itemCode = item.code;
        payload.itemVersion = item.flow.version;
        payload.window = window;
        for (const Material &material : item.materials) {
            if (material.required)
                payload.materials << material.id;
        }
        return payload;
    }

    static int login(CtlContext &context, const QStringList &args);
    static int caseAccept(CtlContext &context, const QStringList &args);
    static int sync(CtlContext &context, const QStringList &args);
    static int cases(CtlContext &context, const QStringList &args);
    static int status(CtlContext &context, const QStringList &args);
    static int dispatch(CtlContext &context, const QStringList &args);
};

int ClientCommand::login(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("client login"),
                   tr("Logs USER in at the hall's server from this workstation and keeps the "
                      "session in the profile; leases number ranges and fetches the catalogue, "
                      "calendar and users, so that work can go on offline. When the server "
                      "cannot be reached, a user who has logged in here before is logged in "
                      "offline: their work waits until the server answers again."));
    addCommonOptions(cl);
    cl.addOption({QStringLiteral("user"), tr("The user name."), QStringLiteral("USER")});
    cl.addOption({QStringLiteral("password-file"), tr("A file whose first line is the password."),
                  QStringLiteral("FILE")});
    if (auto stop = cl.parse(args))
        return *stop;
    const auto user = cl.required(QStringLiteral("user"));
    const auto passwordFile = user ? cl.required(QStringLiteral("password-file")) : std::nullopt;
    if (!user || !passwordFile)
        return ExitUsage;
    const Result<QByteArray> password =
        readSecretFile(*passwordFile, QStringLiteral("password-file"));
    if (!password)
        return cl.failure(password.error());
    Workstation ws;
    if (auto stop = open(context, cl, ws))
        return *stop;
    const Status loggedIn =
        ws.engine->login(*user, QString::fromUtf8(*password))->wait(ws.timeoutMs);
    if (!loggedIn)
        return cl.failure(loggedIn.error());
    const LocalSession session = *ws.engine->session();
    if (session.isOffline()) {
        context.out << tr("Logged in offline as %1 on %2: the server %3 cannot be reached; "
                          "work waits on this workstation until it can.")
                           .arg(userLabel(session), ws.profile->workstation(),
                                ws.profile->server().toString())
                    << '\n';
        return ExitOk;
    }
    for (const SyncOperationPtr &step : {ws.engine->topUpLeases(), ws.engine->pull()}) {
        if (const Status done = step->wait(ws.timeoutMs); !done)
            return cl.failure(done.error());
    }
    context.out << tr("Logged in as %1 on %2 at %3; %4 case numbers leased.")
                       .arg(userLabel(session), ws.profile->workstation(),
                            ws.profile->server().toString())
                       .arg(caseNumbersLeft(ws, context.clock))
                << '\n';
    return ExitOk;
}

int ClientCommand::caseAccept(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("client case-accept"),
                   tr("Registers an application for item CODE with every required material "
                      "ticked, as a window clerk does after checking them, and accepts it with "
                      "a case number from this workstation's leased range. Prints the case "
                      "number. Works offline: the commands wait in the outbox until 'sunhallctl "
                      "client sync'."));
    addCommonOptions(cl);
    cl.addOption({QStringLiteral("item"), tr("The item's code."), QStringLiteral("CODE")});
    cl.addOption({QStringLiteral("applicant-id"),
                  tr("The applicant's citizen ID number or unified social credit code."),
                  QStringLiteral("ID")});
    cl.addOption(
        {QStringLiteral("applicant-name"), tr("The applicant's name."), QStringLiteral("NAME")});
    cl.addOption(
        {QStringLiteral("phone"), tr("The applicant's phone number."), QStringLiteral("PHONE")});
    cl.addOption({QStringLiteral("window"),
                  tr("The window taking the application (default: the workstation's name)."),
                  QStringLiteral("WINDOW")});
    if (auto stop = cl.parse(args))
        return *stop;
    std::optional<QString> required[3];
    const QString names[] = {QStringLiteral("item"), QStringLiteral("applicant-id"),
                             QStringLiteral("applicant-name")};
    for (int i = 0; i < 3; ++i) {
        required[i] = cl.required(names[i]);
        if (!required[i])
            return ExitUsage;
    }
    Workstation ws;
    if (auto stop = open(context, cl, ws))
        return *stop;
    if (auto stop = needSession(cl, ws))
        return *stop;
    const Result<Item> item = ws.engine->currentItem(*required[0]);
    if (!item)
        return cl.failure(item.error());
    const Result<IdentityNumber> id = IdentityNumber::check(*required[1], context.clock.today());
    if (!id)
        return cl.failure(id.error());

    const QString window = cl.parser().isSet(QStringLiteral("window"))
                               ? cl.parser().value(QStringLiteral("window"))
                               : ws.profile->workstation();
    const RegisterPayload payload =
        application(*item, *id, *required[2], cl.parser().value(QStringLiteral("phone")), window);
    Result<QString> number = ws.engine->takeNumber(DocumentNumber::Kind::Case);
    if (!number && ws.engine->topUpLeases()->wait(ws.timeoutMs))
        number = ws.engine->takeNumber(DocumentNumber::Kind::Case);
    if (!number)
        return cl.failure(number.error());
    const QUuid caseId = QUuid::createUuid();
    if (Result<Command> registered = ws.engine->submit(Commands::registerCase(caseId, payload));
        !registered)
        return cl.failure(registered.error());
    if (Result<Command> accepted = ws.engine->submit(Commands::accept(caseId, *number)); !accepted)
        return cl.failure(accepted.error());
    context.out << *number << '\n';
    return ExitOk;
}

int ClientCommand::sync(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("client sync"),
                   tr("Sends the commands waiting on this workstation to the server, fetches "
                      "what changed there and tops up the leased number ranges. Prints the "
                      "counts and every command the server rejected, with its reason. Exit "
                      "status 0 only when nothing is left unsent and nothing was rejected."));
    addCommonOptions(cl);
    cl.addOption({QStringLiteral("dismiss-rejected"),
                  tr("After printing the rejected commands, mark them as seen, so that the "
                     "next sync does not report them again.")});
    if (auto stop = cl.parse(args))
        return *stop;
    Workstation ws;
    if (auto stop = open(context, cl, ws))
        return *stop;
    if (auto stop = needSession(cl, ws))
        return *stop;
    Status synced = ws.engine->sync()->wait(ws.timeoutMs);
    if (synced)
        synced = ws.engine->topUpLeases()->wait(ws.timeoutMs);
    const Result<QList<OutboxEntry>> rejected = ws.engine->rejectedCommands();
    if (!rejected)
        return cl.failure(rejected.error());
    context.out << tr("waiting: %1, rejected: %2, pulled up to: %3")
                       .arg(ws.engine->pendingCount())
                       .arg(rejected->size())
                       .arg(ws.store->pullCursor())
                << '\n';
    for (const OutboxEntry &entry : *rejected) {
        const Result<std::optional<CaseRow>> found = ws.store->caseRow(entry.caseId);
        const std::optional<CaseRow> row = found ? *found : std::nullopt;
        const QString label = row && !row->caseNumber.isEmpty()
                                  ? row->caseNumber
                                  : entry.caseId.toString(QUuid::WithoutBraces);
        context.out << tr("rejected: %1 of case %2 (command %3): %4 [%5]")
                           .arg(commandDisplayName(entry.type), label)
                           .arg(entry.seq)
                           .arg(entry.rejection.message, entry.rejection.code)
                    << '\n';
        if (cl.parser().isSet(QStringLiteral("dismiss-rejected")))
            (void)ws.engine->dismissRejected(entry.commandId);
    }
    context.out.flush();
    if (!synced)
        return cl.failure(synced.error());
    return ws.engine->pendingCount() == 0 && rejected->isEmpty() ? ExitOk : ExitNo;
}

QJsonValue instant(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject caseJson(const CaseRow &row, bool pending)
{
    return QJsonObject{
        {QStringLiteral("caseId"), row.caseId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("caseNumber"), row.caseNumber},
        {QStringLiteral("itemCode"), row.itemCode},
        {QStringLiteral("itemVersion"), row.itemVersion},
        {QStringLiteral("itemName"), row.itemName},
        {QStringLiteral("department"), row.department},
        {QStringLiteral("applicantName"), row.applicantName},
        {QStringLiteral("applicantIdNumber"), row.applicantIdNumber},
        {QStringLiteral("status"), row.status},
        {QStringLiteral("colour"), row.colour},
        {QStringLiteral("greenChannel"), row.greenChannel},
        {QStringLiteral("acceptedAt"), instant(row.acceptedAt)},
        {QStringLiteral("nextDue"), instant(row.nextDue)},
        {QStringLiteral("lastCaseSeq"), row.lastCaseSeq},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("summary"), QJsonDocument::fromJson(row.summaryJson).object()},
    };
}

int ClientCommand::cases(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("client cases"),
                   tr("Lists the cases this workstation holds: its read model, with the work "
                      "not yet confirmed by the server marked as pending. Needs no server."));
    addCommonOptions(cl);
    cl.addOption({QStringLiteral("json"),
                  tr("Print a JSON array of the read model's rows (each with \"pending\" and "
                     "the whole \"summary\").")});
    if (auto stop = cl.parse(args))
        return *stop;
    Workstation ws;
    if (auto stop = open(context, cl, ws))
        return *stop;
    const Result<QList<CaseRow>> rows = ws.store->caseRows();
    const Result<QSet<QUuid>> pending = ws.store->casesWithPendingEvents();
    if (!rows || !pending)
        return cl.failure(rows ? pending.error() : rows.error());
    if (cl.parser().isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CaseRow &row : *rows)
            list.append(caseJson(row, pending->contains(row.caseId)));
        context.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const CaseRow &row : *rows) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5%6")
                           .arg(row.caseNumber.isEmpty() ? QStringLiteral("-").repeated(21)
                                                         : row.caseNumber,
                                row.status.leftJustified(18), row.itemCode, row.applicantName,
                                row.itemName,
                                pending->contains(row.caseId) ? tr("  (pending)") : QString())
                    << '\n';
    }
    context.out << tr("%n case(s)", nullptr, int(rows->size())) << '\n';
    return ExitOk;
}

int ClientCommand::status(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("client status"),
                   tr("Shows whether the server answers (GET /v1/health), who is logged in, how "
                      "many commands wait or were rejected, how far the workstation has pulled "
                      "and how many case numbers are left. Exit status 0 when the server "
                      "answers, 1 when it does not."));
    addCommonOptions(cl);
    cl.addOption({QStringLiteral("json"), tr("Print the status as a JSON object.")});
    if (auto stop = cl.parse(args))
        return *stop;
    Workstation ws;
    if (auto stop = open(context, cl, ws))
        return *stop;
    const Status health = ws.engine->checkHealth()->wait(ws.timeoutMs);
    const QJsonObject answer = ws.engine->lastHealth();
    const std::optional<LocalSession> session = ws.engine->session();
    const Result<QList<OutboxEntry>> rejected = ws.store->rejectedCommands();
    QJsonObject json{
        {QStringLiteral("online"), health.ok()},
        {QStringLiteral("server"), ws.profile->server().toString()},
        {QStringLiteral("hall"), answer.value(QStringLiteral("hall")).toString(ws.profile->hall())},
        {QStringLiteral("workstation"), ws.profile->workstation()},
        {QStringLiteral("user"), session ? session->user.userId : QString()},
        {QStringLiteral("offlineLogin"), session && session->isOffline()},
        {QStringLiteral("pending"), ws.engine->pendingCount()},
        {QStringLiteral("rejected"), rejected ? int(rejected->size()) : 0},
        {QStringLiteral("cursor"), ws.store->pullCursor()},
        {QStringLiteral("serverSeq"), answer.value(QStringLiteral("serverSeq"))},
        {QStringLiteral("caseNumbersLeft"), caseNumbersLeft(ws, context.clock)},
        {QStringLiteral("error"), health ? QString() : health.error().message},
    };
    if (cl.parser().isSet(QStringLiteral("json"))) {
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        context.out
            << tr("server: %1 (%2)")
                   .arg(ws.profile->server().toString(),
                        health ? tr("online") : tr("offline: %1").arg(health.error().message))
            << '\n'
            << tr("hall: %1, workstation: %2")
                   .arg(json.value(QStringLiteral("hall")).toString(), ws.profile->workstation())
            << '\n'
            << tr("user: %1")
                   .arg(!session ? tr("nobody is logged in")
                        : session->isOffline()
                            ? tr("%1, logged in offline").arg(userLabel(*session))
                            : userLabel(*session))
            << '\n'
            << tr("waiting: %1, rejected: %2")
                   .arg(ws.engine->pendingCount())
                   .arg(json.value(QStringLiteral("rejected")).toInt())
            << '\n'
            << tr("pulled up to: %1%2")
                   .arg(ws.store->pullCursor())
                   .arg(health ? tr(" (server at %1)")
                                     .arg(answer.value(QStringLiteral("serverSeq")).toInteger())
                               : QString())
            << '\n'
            << tr("case numbers left: %1").arg(caseNumbersLeft(ws, context.clock)) << '\n';
    }
    return health ? ExitOk : ExitNo;
}

QList<CtlCommand> subcommands()
{
    return {
        {QStringLiteral("client login"),
         ClientCommand::tr("Log in at the server from a workstation"), &ClientCommand::login},
        {QStringLiteral("client case-accept"),
         ClientCommand::tr("Register and accept a case at a workstation (offline too)"),
         &ClientCommand::caseAccept},
        {QStringLiteral("client sync"), ClientCommand::tr("Send waiting work, fetch what changed"),
         &ClientCommand::sync},
        {QStringLiteral("client cases"), ClientCommand::tr("List the cases a workstation holds"),
         &ClientCommand::cases},
        {QStringLiteral("client status"),
         ClientCommand::tr("Show a workstation's connection and sync state"),
         &ClientCommand::status},
    };
}

int ClientCommand::dispatch(CtlContext &context, const QStringList &args)
{
    // The options may come before the subcommand: find the first word that is not an option
    // or an option's value.
    static const QSet<QString> valued{
        QStringLiteral("profile"),      QStringLiteral("server"),         QStringLiteral("timeout"),
        QStringLiteral("user"),         QStringLiteral("password-file"),  QStringLiteral("item"),
        QStringLiteral("applicant-id"), QStringLiteral("applicant-name"), QStringLiteral("phone"),
        QStringLiteral("window")};
    const QList<CtlCommand> commands = subcommands();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            QString name = arg;
            while (name.startsWith(QLatin1Char('-')))
                name.remove(0, 1);
            if (valued.contains(name))
                ++i;
            continue;
        }
        for (const CtlCommand &command : commands) {
            if (command.name == QStringLiteral("client ") + arg) {
                QStringList rest = args;
                rest.removeAt(i);
                return command.run(context, rest);
            }
        }
        context.err << tr("sunhallctl client: unknown command \"%1\"").arg(arg) << '\n';
        return ExitUsage;
    }
    const bool help =
        args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    QTextStream &stream = help ? context.out : context.err;
    stream << tr("Usage: sunhallctl client --profile PROFILE [--server https://HOST:PORT] COMMAND "
                 "[options]")
           << "\n\n"
           << tr("Commands:") << '\n';
    for (const CtlCommand &command : commands)
        stream << "  " << command.name.mid(7).leftJustified(14) << command.summary << '\n';
    stream << '\n'
           << tr("Run 'sunhallctl client COMMAND --help' for the options of a command.") << '\n';
    stream.flush();
    return help ? ExitOk : ExitUsage;
}

} // namespace

QList<CtlCommand> clientCommands()
{
    QList<CtlCommand> commands{
        {QStringLiteral("client"),
         ClientCommand::tr("Work as a workstation: login, case-accept, sync, cases, status"),
         &ClientCommand::dispatch},
    };
    commands += subcommands();
    return commands;
}

} // namespace sunhall::ctl
