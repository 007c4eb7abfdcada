// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadgenCommands.h"

#include "app/sunhallctl/HallStore.h"
#include "app/sunhallctl/LoadPreparation.h"
#include "app/sunhallctl/LoadPuller.h"
#include "app/sunhallctl/LoadReport.h"
#include "app/sunhallctl/LoadRun.h"
#include "app/sunhallctl/LoadScreen.h"
#include "app/sunhallctl/LoadWindow.h"
#include "app/sunhallctl/PgNotifyProbe.h"

#include "server/store/DatabaseUrl.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <iterator>

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

struct LoadOptions
{
    QString mode;
    QString dir;
    QString databaseUrl;
    QUrl server;
    QUrl staticUrl; // empty-pull against a file instead of the hall
    int windows = 0;
    int screens = 0;
    int clients = 0;
    int durationSecs = 0;
    int rate = 0;
    int casesPerPush = 1;
    int count = 0;
    int timeoutMs = 0;
    int concurrency = 0;
    QString item;
    bool sign = false;
    bool json = false;
};

struct NumberOption
{
    const char *name;
    int LoadOptions::*field;
    int min;
    int max;
    const char *fallback;
};

// The bounds keep a run to this machine's size and to a known end.
const NumberOption numberOptions[] = {
    {"windows", &LoadOptions::windows, 1, 1000, "10"},
    {"screens", &LoadOptions::screens, 0, 200, "2"},
    {"clients", &LoadOptions::clients, 1, 1000, "10"},
    {"duration", &LoadOptions::durationSecs, 1, 3600, "10"},
    {"rate", &LoadOptions::rate, 0, 100000, "0"},
    {"cases-per-push", &LoadOptions::casesPerPush, 1, 250, "1"},
    {"count", &LoadOptions::count, 1, 1000000, "1000"},
    {"timeout", &LoadOptions::timeoutMs, 1, 600, "30"},
    {"concurrency", &LoadOptions::concurrency, 1, 64, "4"},
};

class LoadgenCommand
{
    Q_DECLARE_TR_FUNCTIONS(LoadgenCommand)
public:
    static int run(CtlContext &context, const QStringList &args);

private:
    static void addOptions(CommandLine &cl);
    static std::optional<int> readOptions(CommandLine &cl, LoadOptions &options);
    static std::optional<int> readTarget(CommandLine &cl, LoadOptions &options);
    static Result<QUrl> loopbackUrl(const QString &text, const QString &option, bool withPath);
    static int runPgNotify(CtlContext &context, CommandLine &cl, const LoadOptions &options);
    static int runLoad(CtlContext &context, CommandLine &cl, const LoadOptions &options);
    static Result<QString> engineOf(const LoadIdentity &identity, const QUrl &server,
                                    int timeoutMs);
    static LoadRun::Plan plan(const LoadOptions &options);
    static int finish(CtlContext &context, const LoadOptions &options,
                      const LoadReport::Setup &setup, const LoadStats &stats);
};

void LoadgenCommand::addOptions(CommandLine &cl)
{
    cl.addOption({QStringLiteral("mode"),
                  tr("push (default): windows pushing cases while screens follow them live; "
                     "empty-pull: connections asking for nothing new as fast as answered; "
                     "pg-notify: PostgreSQL LISTEN/NOTIFY round trips."),
                  QStringLiteral("MODE"), QStringLiteral("push")});
    cl.addOption({QStringLiteral("dir"), tr("The hall folder (its CA issues the certificates)."),
                  QStringLiteral("HALL")});
    cl.addOption(HallStore::databaseOption());
    cl.addOption({QStringLiteral("server"),
                  tr("The hall's server on this machine, https://127.0.0.1:PORT. Start it with "
                     "--max-connections-per-peer above the number of clients: all of them "
                     "come from one address."),
                  QStringLiteral("URL")});
    cl.addOption({QStringLiteral("url"),
                  tr("empty-pull: GET this address on this machine instead of the hall's pull, "
                     "with no session (nginx serving a file, for comparison); the clients "
                     "still present certificates from the hall's CA."),
                  QStringLiteral("URL")});
    const QStringList help{
        tr("push: the windows, each a clerk at a workstation of its own (default 10)."),
        tr("push: the supervision screens (default 2)."),
        tr("empty-pull: the connections (default 10)."),
        tr("Seconds of load (default 10)."),
        tr("push: commands per second in all, spread over the windows; 0 (default): each "
           "window pushes again as soon as it is answered."),
        tr("push without --rate: cases (a register and an accept each) per push (default 1)."),
        tr("pg-notify: round trips (default 1000)."),
        tr("Seconds to wait for any one answer (default 30)."),
        tr("Clients logging in at once while preparing (default 4)."),
    };
    for (qsizetype i = 0; i < qsizetype(std::size(numberOptions)); ++i) {
        cl.addOption({QString::fromLatin1(numberOptions[i].name), help.value(i),
                      QStringLiteral("N"), QString::fromLatin1(numberOptions[i].fallback)});
    }
    cl.addOption({QStringLiteral("item"),
                  tr("push: the item the windows register cases for (default: the first that a "
                     "window clerk accepts)."),
                  QStringLiteral("CODE")});
    cl.addOption({QStringLiteral("sign"),
                  tr("push: sign every command with its clerk's SM2 key even when the hall does "
                     "not require signatures (it is always done when it does).")});
    cl.addOption({QStringLiteral("json"), tr("Print the figures as one JSON object.")});
}

Result<QUrl> LoadgenCommand::loopbackUrl(const QString &text, const QString &option, bool withPath)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    const bool pathOk = withPath || url.path().isEmpty() || url.path() == QLatin1String("/");
    if (!url.isValid() || url.scheme() != QLatin1String("https") || !loopback || !pathOk) {
        return makeError(QStringLiteral("loadgen.bad-target"),
                         tr("--%1: \"%2\" is not an https:// address on this machine (127.0.0.1, "
                            "::1 or localhost); loadgen talks to this machine only.")
                             .arg(option, text),
                         option);
    }
    return url;
}

std::optional<int> LoadgenCommand::readOptions(CommandLine &cl, LoadOptions &options)
{
    const QCommandLineParser &parser = cl.parser();
    options.mode = parser.value(QStringLiteral("mode"));
    const QStringList modes{QStringLiteral("push"), QStringLiteral("empty-pull"),
                            QStringLiteral("pg-notify")};
    if (!modes.contains(options.mode)) {
        return cl.usageError(tr("--mode: \"%1\" is not one of %2")
                                 .arg(options.mode, modes.join(QStringLiteral(", "))));
    }
    for (const NumberOption &option : numberOptions) {
        const QString name = QString::fromLatin1(option.name);
        const Result<int> value = parseCount(parser.value(name), name, option.max);
        if (!value || *value < option.min) {
            return cl.usageError(tr("--%1: \"%2\" is not a whole number from %3 to %4")
                                     .arg(name, parser.value(name))
                                     .arg(option.min)
                                     .arg(option.max));
        }
        options.*option.field = *value;
    }
    options.timeoutMs *= 1000;
    options.dir = parser.value(QStringLiteral("dir"));
    options.databaseUrl = parser.value(QStringLiteral("db"));
    options.item = parser.value(QStringLiteral("item"));
    options.sign = parser.isSet(QStringLiteral("sign"));
    options.json = parser.isSet(QStringLiteral("json"));
    return readTarget(cl, options);
}

std::optional<int> LoadgenCommand::readTarget(CommandLine &cl, LoadOptions &options)
{
    const QCommandLineParser &parser = cl.parser();
    if (options.mode == QLatin1String("pg-notify")) {
        if (!cl.required(QStringLiteral("db")))
            return int(ExitUsage);
        return std::nullopt;
    }
    if (!cl.required(QStringLiteral("dir")))
        return int(ExitUsage);
    const bool useUrl =
        options.mode == QLatin1String("empty-pull") && parser.isSet(QStringLiteral("url"));
    const QString option = useUrl ? QStringLiteral("url") : QStringLiteral("server");
    const std::optional<QString> text = cl.required(option);
    if (!text)
        return int(ExitUsage);
    const Result<QUrl> url = loopbackUrl(*text, option, useUrl);
    if (!url)
        return cl.usageError(url.error().message);
    (useUrl ? options.staticUrl : options.server) = *url;
    return std::nullopt;
}

int LoadgenCommand::run(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("loadgen"),
                   tr("Puts a hall's server on this machine under load and measures it "
                      "(DESIGN.md §7). push: windows register and accept cases, pushing real "
                      "commands (signed when the hall requires it or --sign is given) over "
                      "mutual TLS, each with its own workstation certificate, session and "
                      "sequence, while supervision screens hold the live feed open and pull on "
                      "every poke; it reports commands applied per second, push latency per "
                      "request and per command, and how long a change took to reach every "
                      "screen. empty-pull: requests per second of pulls that find nothing new, "
                      "or of a static address (--url). pg-notify: LISTEN/NOTIFY round trips "
                      "of a PostgreSQL server. The workstations (LGW0001…, LGS0001…) and users "
                      "(loadgen.window.0001…, loadgen.screen.0001…) are enrolled and set up in "
                      "the hall each run, with new certificates, a new password and new keys. "
                      "Runs for a bounded time and stops by itself. Exit status 0 when nothing "
                      "failed, 1 otherwise, 2 usage error."));
    addOptions(cl);
    if (auto stop = cl.parse(args))
        return *stop;
    LoadOptions options;
    if (auto stop = readOptions(cl, options))
        return *stop;
    if (options.mode == QLatin1String("pg-notify"))
        return runPgNotify(context, cl, options);
    return runLoad(context, cl, options);
}

int LoadgenCommand::runPgNotify(CtlContext &context, CommandLine &cl, const LoadOptions &options)
{
    const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(options.databaseUrl);
    if (!url)
        return cl.failure(url.error());
    const Result<LoadStats> stats =
        PgNotifyProbe::measure(options.databaseUrl, options.count, options.timeoutMs);
    if (!stats)
        return cl.failure(stats.error());
    LoadReport::Setup setup;
    setup.mode = options.mode;
    setup.target = url->displayName();
    return finish(context, options, setup, *stats);
}

Result<QString> LoadgenCommand::engineOf(const LoadIdentity &identity, const QUrl &server,
                                         int timeoutMs)
{
    LoadHttpConnection http(server.host(), quint16(server.port(443)), identity.ssl, timeoutMs);
    QEventLoop loop;
    LoadHttpConnection::Reply reply;
    http.get("/v1/health", [&](const LoadHttpConnection::Reply &answer) {
        reply = answer;
        loop.quit();
    });
    loop.exec();
    const QJsonObject health = QJsonDocument::fromJson(reply.body).object();
    if (!reply.ok()) {
        return makeError(QStringLiteral("loadgen.server-unreachable"),
                         tr("The server %1 does not answer GET /v1/health: %2 %3")
                             .arg(server.toString(), reply.errorKind(),
                                  reply.status == 0 ? reply.detail : QString()),
                         QStringLiteral("server"));
    }
    return health.value(QStringLiteral("engine")).toString();
}

LoadRun::Plan LoadgenCommand::plan(const LoadOptions &options)
{
    LoadRun::Plan plan;
    plan.durationMs = options.durationSecs * 1000;
    plan.concurrency = options.concurrency;
    // A login waits behind the other logins' Argon2id hashes, a screen's socket behind them.
    plan.prepareTimeoutMs = 2 * options.timeoutMs;
    plan.drainMs = options.timeoutMs + 5000;
    return plan;
}

int LoadgenCommand::runLoad(CtlContext &context, CommandLine &cl, const LoadOptions &options)
{
    const bool push = options.mode == QLatin1String("push");
    const bool isStatic = !options.staticUrl.isEmpty();
    LoadPreparation::Request request{options.dir,
                                     options.databaseUrl,
                                     push ? options.windows : 0,
                                     push ? options.screens : options.clients,
                                     options.item,
                                     options.sign,
                                     !isStatic};
    context.err << tr("loadgen: enrolling %1 workstations in %2…")
                       .arg(request.windows + request.screens)
                       .arg(options.dir)
                << '\n';
    context.err.flush();
    const Result<LoadPreparation::Prepared> prepared =
        LoadPreparation::prepare(request, context.clock.now());
    if (!prepared)
        return cl.failure(prepared.error());
    const LoadTarget target{isStatic ? options.staticUrl : options.server, prepared->password,
                            options.timeoutMs, &context.clock};
    LoadReport::Setup setup;
    setup.mode = options.mode;
    setup.target = target.server.toString();
    if (!isStatic) {
        const LoadIdentity &first = prepared->windows.isEmpty() ? prepared->screens.constFirst()
                                                                : prepared->windows.constFirst();
        const Result<QString> engine = engineOf(first, options.server, options.timeoutMs);
        if (!engine)
            return cl.failure(engine.error());
        setup.engine = *engine;
    }
    QObject owner;
    QList<LoadClient *> load;
    QList<LoadClient *> observers;
    LoadWindow::Pace pace;
    pace.casesPerPush = options.casesPerPush;
    if (options.rate > 0)
        pace.caseIntervalMicros = qint64(2e6 * options.windows / options.rate);
    for (const LoadIdentity &identity : prepared->windows) {
        if (pace.caseIntervalMicros > 0)
            pace.phaseMicros = QRandomGenerator::global()->bounded(pace.caseIntervalMicros);
        load << new LoadWindow(identity, target, prepared->item, pace, &owner);
    }
    for (const LoadIdentity &identity : prepared->screens) {
        if (push)
            observers << new LoadScreen(identity, target, &owner);
        else
            load << new LoadPuller(identity, target, isStatic, &owner);
    }
    LoadRun run(load, observers, plan(options));
    context.err << tr("loadgen: logging %1 clients in, then %2 s of load…")
                       .arg(run.clientCount())
                       .arg(options.durationSecs)
                << '\n';
    context.err.flush();
    QObject::connect(&run, &LoadRun::started, &owner, [&context, &options](int ready) {
        context.err << tr("loadgen: load started with %1 clients ready, for %2 s")
                           .arg(ready)
                           .arg(options.durationSecs)
                    << '\n';
        context.err.flush();
    });
    run.exec();
    setup.windows = int(prepared->windows.size());
    setup.screens = push ? int(prepared->screens.size()) : 0;
    setup.clients = run.clientCount();
    setup.clientsReady = run.readyCount();
    setup.durationSecs = options.durationSecs;
    setup.prepareSecs = run.prepareSecs();
    setup.startedAt = run.startedAt();
    setup.signing = prepared->signing;
    setup.item = prepared->item.code;
    setup.rateTarget = options.rate;
    setup.casesPerPush = options.casesPerPush;
    return finish(context, options, setup, run.takeStats());
}

int LoadgenCommand::finish(CtlContext &context, const LoadOptions &options,
                           const LoadReport::Setup &setup, const LoadStats &stats)
{
    const QJsonObject report = LoadReport::toJson(setup, stats);
    if (options.json)
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    else
        LoadReport::print(context.out, report);
    context.out.flush();
    const bool nothing =
        setup.mode == QLatin1String("push") ? stats.applied == 0 : stats.requests == 0;
    return stats.errorCount() == 0 && !nothing ? ExitOk : ExitNo;
}

} // namespace

QList<CtlCommand> loadgenCommands()
{
    return {
        {QStringLiteral("loadgen"),
         LoadgenCommand::tr("Simulate windows and screens against a server, for benchmarks"),
         &LoadgenCommand::run},
    };
}

} // namespace sunhall::ctl
