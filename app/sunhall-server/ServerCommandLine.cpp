// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhall-server/ServerCommandLine.h"

#include <QCommandLineParser>

#include <algorithm>
#include <array>

#include <cmath>
#include <iterator>

namespace sunhall::server {

namespace {

struct LimitOption
{
    const char *name;
    int HttpLimits::*millis;
};

// Limits in seconds on the command line, milliseconds inside.
const LimitOption timeOptions[] = {
    {"handshake-timeout", &HttpLimits::handshakeMs},
    {"request-timeout", &HttpLimits::requestMs},
    {"idle-timeout", &HttpLimits::idleMs},
    {"write-timeout", &HttpLimits::writeStallMs},
    {"shutdown-grace", &HttpLimits::shutdownGraceMs},
};

QString withDefault(const QString &help, const QString &value)
{
    return help + QLatin1Char(' ') +
           QCoreApplication::translate("ServerCommandLine", "(default: %1)").arg(value);
}

std::optional<int> positiveMillis(const QString &seconds)
{
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > 86400)
        return std::nullopt;
    return int(std::lround(value * 1000));
}

std::optional<int> positiveCount(const QString &text, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<std::pair<QHostAddress, quint16>> ServerCommandLine::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                  : host);
    if (!ok || port > 65535 || address.isNull())
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

void ServerCommandLine::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("The Sunhall hall server: the hall's store, sync, live feed and audit chain over "
           "HTTPS with mutual TLS. Logs one line per event to stderr; stops cleanly on SIGTERM "
           "or SIGINT. Exit status: 0 stopped cleanly, 1 could not start or stop cleanly, 2 "
           "usage error."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    parser.addOption({QStringLiteral("version"), tr("Show the version.")});
    parser.addOption({QStringLiteral("dir"),
                      tr("The hall folder made by 'sunhallctl hall init' (required)."),
                      QStringLiteral("HALL")});
    parser.addOption({QStringLiteral("listen"),
                      tr("The address and port to listen on; port 0 picks a free one (the log "
                         "names it)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443")});
    parser.addOption({QStringLiteral("db"),
                      tr("The hall's PostgreSQL database (postgresql://USER:PASS@HOST:PORT/DB) "
                         "instead of the one hall.json names, or of SQLite in HALL/hall.db."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("public-verify"),
                      tr("Also answer certificate verification (GET /v1/verify?qr=…) on this "
                         "address and port, over HTTPS without a client certificate, read-only "
                         "and rate-limited; port 0 picks a free one (the log names it). Off "
                         "unless given."),
                      QStringLiteral("HOST:PORT")});
    addLimitOptions(parser);
    addNoticeOptions(parser);
}

void ServerCommandLine::addNoticeOptions(QCommandLineParser &parser)
{
    const NoticeOptions defaults;
    parser.addOption({QStringLiteral("sms-gateway"),
                      withDefault(tr("Where SMS notices to applicants go: \"file\" appends them "
                                     "to HALL/sms-outbox/YYYY-MM-DD.jsonl, \"http\" posts them "
                                     "to --sms-url."),
                                  QStringLiteral("file")),
                      QStringLiteral("file|http"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("sms-url"),
                      tr("The address the HTTP gateway posts each SMS notice to (http:// or "
                         "https://)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("sms-ca"),
                      tr("The CA certificate(s) the HTTPS gateway is trusted by (default: the "
                         "hall's CA, HALL/ca/ca.pem)."),
                      QStringLiteral("FILE")});
    const QList<std::array<QString, 4>> more{
        {QStringLiteral("sms-timeout"), tr("Seconds the SMS gateway has to answer."),
         QStringLiteral("SECS"), QString::number(defaults.timeoutMs / 1000.0)},
        {QStringLiteral("sms-retry"),
         tr("Seconds before an SMS notice the gateway did not take is tried again; the wait "
            "doubles with each attempt."),
         QStringLiteral("SECS"), QString::number(defaults.retryInitialMs / 1000.0)},
        {QStringLiteral("sms-retry-max"), tr("The longest wait between two attempts, in seconds."),
         QStringLiteral("SECS"), QString::number(defaults.retryMaxMs / 1000.0)},
        {QStringLiteral("sms-attempts"),
         tr("Attempts before an SMS notice is given up (it stays on record as failed)."),
         QStringLiteral("N"), QString::number(defaults.maxAttempts)},
    };
    for (const auto &[name, help, valueName, value] : more)
        parser.addOption({name, withDefault(help, value), valueName, value});
}

bool ServerCommandLine::readNoticeOptions(const QCommandLineParser &parser, NoticeOptions &options,
                                          QString *problem)
{
    const QString gateway = parser.value(QStringLiteral("sms-gateway"));
    const std::optional<NoticeOptions::Gateway> kind = NoticeOptions::gatewayFromId(gateway);
    if (!kind) {
        *problem = tr("--sms-gateway: \"%1\" is neither \"file\" nor \"http\"").arg(gateway);
        return false;
    }
    options.gateway = *kind;
    options.caFile = parser.value(QStringLiteral("sms-ca"));
    const QString url = parser.value(QStringLiteral("sms-url"));
    options.url = QUrl(url, QUrl::StrictMode);
    const bool web = options.url.scheme() == QLatin1String("http") ||
                     options.url.scheme() == QLatin1String("https");
    if (options.gateway == NoticeOptions::Gateway::Http &&
        (!options.url.isValid() || !web || options.url.host().isEmpty())) {
        *problem = url.isEmpty()
                       ? tr("--sms-gateway http needs --sms-url")
                       : tr("--sms-url: \"%1\" is not an http:// or https:// address").arg(url);
        return false;
    }
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("sms-timeout"), &options.timeoutMs},
          std::pair{QStringLiteral("sms-retry"), &options.retryInitialMs},
          std::pair{QStringLiteral("sms-retry-max"), &options.retryMaxMs}}) {
        const auto millis = positiveMillis(parser.value(name));
        if (!millis) {
            *problem = tr("--%1: \"%2\" is not a number of seconds").arg(name, parser.value(name));
            return false;
        }
        *target = *millis;
    }
    const auto attempts = positiveCount(parser.value(QStringLiteral("sms-attempts")), 1000);
    if (!attempts) {
        *problem = tr("--sms-attempts: \"%1\" is not a whole number from 1 to 1000")
                       .arg(parser.value(QStringLiteral("sms-attempts")));
        return false;
    }
    options.maxAttempts = *attempts;
    options.retryMaxMs = std::max(options.retryMaxMs, options.retryInitialMs);
    // A notice being sent must not be taken by another sender before its answer can come.
    options.claimMs = std::max(options.claimMs, 2 * options.timeoutMs);
    return true;
}

void ServerCommandLine::addLimitOptions(QCommandLineParser &parser)
{
    const HttpLimits defaults;
    const QStringList timeHelp{
        tr("Seconds a client has to finish the TLS handshake."),
        tr("Seconds a client has to send a whole request."),
        tr("Seconds an idle keep-alive connection stays open."),
        tr("Seconds a response may wait for a client that stops reading."),
        tr("Seconds requests in flight get to finish when stopping."),
    };
    for (qsizetype i = 0; i < qsizetype(std::size(timeOptions)); ++i) {
        const QString seconds = QString::number(defaults.*timeOptions[i].millis / 1000.0);
        parser.addOption({QString::fromLatin1(timeOptions[i].name),
                          withDefault(timeHelp.value(i), seconds), QStringLiteral("SECS"),
                          seconds});
    }
    const QList<std::array<QString, 4>> more{
        {QStringLiteral("max-connections"), tr("Connections open at once, in all."),
         QStringLiteral("N"), QString::number(defaults.maxConnections)},
        {QStringLiteral("max-connections-per-peer"),
         tr("Connections open at once from one address."), QStringLiteral("N"),
         QString::number(defaults.maxConnectionsPerPeer)},
        {QStringLiteral("checkpoint-every"), tr("Events between two signed audit checkpoints."),
         QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("revocation-check"),
         tr("Seconds between two sweeps that close the connections of revoked workstations."),
         QStringLiteral("SECS"), QStringLiteral("5")},
    };
    for (const auto &[name, help, valueName, value] : more)
        parser.addOption({name, withDefault(help, value), valueName, value});
}

std::variant<HallServer::Options, int> ServerCommandLine::parse(const QStringList &arguments,
                                                                QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    const auto usage = [&err](const QString &message) {
        err << "sunhall-server: " << message << '\n' << tr("Try 'sunhall-server --help'.") << '\n';
        err.flush();
        return int(ExitUsage);
    };
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("sunhall-server"));
    if (!parser.parse(withProgram))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by the path it was started with; the help names the program.
        QString help = parser.helpText();
        const qsizetype program = help.indexOf(QLatin1Char(' '));
        const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
        if (program > 0 && options > program)
            help.replace(program + 1, options - program - 1, QStringLiteral("sunhall-server"));
        out << help;
        out.flush();
        return int(ExitOk);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "sunhall-server " << QStringLiteral(SUNHALL_VERSION) << '\n';
        out.flush();
        return int(ExitOk);
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    QString problem;
    const std::optional<HallServer::Options> options = readOptions(parser, &problem);
    if (!options)
        return usage(problem);
    return *options;
}

std::optional<HallServer::Options> ServerCommandLine::readOptions(const QCommandLineParser &parser,
                                                                  QString *problem)
{
    HallServer::Options options;
    options.hallDir = parser.value(QStringLiteral("dir"));
    if (options.hallDir.isEmpty()) {
        *problem = tr("the option --dir is required");
        return std::nullopt;
    }
    const QString listenText = parser.value(QStringLiteral("listen"));
    const auto listen = parseListen(listenText);
    if (!listen) {
        *problem = tr("--listen: \"%1\" is not HOST:PORT").arg(listenText);
        return std::nullopt;
    }
    options.address = listen->first;
    options.port = listen->second;
    options.databaseUrl = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("public-verify"))) {
        const QString text = parser.value(QStringLiteral("public-verify"));
        options.publicVerify = parseListen(text);
        if (!options.publicVerify) {
            *problem = tr("--public-verify: \"%1\" is not HOST:PORT").arg(text);
            return std::nullopt;
        }
    }
    QList<std::pair<QString, int *>> times;
    for (const LimitOption &option : timeOptions)
        times.append({QString::fromLatin1(option.name), &(options.limits.*option.millis)});
    times.append({QStringLiteral("revocation-check"), &options.revocationCheckMs});
    for (const auto &[name, target] : times) {
        const auto millis = positiveMillis(parser.value(name));
        if (!millis) {
            *problem = tr("--%1: \"%2\" is not a number of seconds").arg(name, parser.value(name));
            return std::nullopt;
        }
        *target = *millis;
    }
    const QList<std::pair<QString, int *>> counts{
        {QStringLiteral("max-connections"), &options.limits.maxConnections},
        {QStringLiteral("max-connections-per-peer"), &options.limits.maxConnectionsPerPeer},
        {QStringLiteral("checkpoint-every"), &options.checkpointEvery},
    };
    for (const auto &[name, target] : counts) {
        const auto value = positiveCount(parser.value(name), 1'000'000);
        if (!value) {
            *problem = tr("--%1: \"%2\" is not a whole number from 1 to 1000000")
                           .arg(name, parser.value(name));
            return std::nullopt;
        }
        *target = *value;
    }
    if (!readNoticeOptions(parser, options.notices, problem))
        return std::nullopt;
    return options;
}

} // namespace sunhall::server
