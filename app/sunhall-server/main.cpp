// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhall-server/ServerCommandLine.h"
#include "server/http/HallServer.h"
#include "server/http/ServerLog.h"
#include "server/http/SignalWatcher.h"
#include "translations/Translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace sunhall;
using server::ServerCommandLine;

namespace {

class ServerMain
{
    Q_DECLARE_TR_FUNCTIONS(ServerMain)
public:
    static QString couldNotStart(const QString &reason)
    {
        return tr("cannot start: %1").arg(reason);
    }
    static QString signalReceived(int signalNumber)
    {
        return tr("signal %1 received").arg(signalNumber);
    }
    static QString noSignals() { return tr("cannot install the SIGTERM and SIGINT handlers"); }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sunhall-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUNHALL_VERSION));
    i18n::install(app, i18n::preferredLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = ServerCommandLine::parse(app.arguments().mid(1), out, err);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const auto &options = std::get<server::HallServer::Options>(parsed);

    const core::SystemClock clock;
    server::ServerLog log(clock, stderr);
    server::SignalWatcher signalWatcher;
    if (!signalWatcher.install()) {
        log.error(u"server", ServerMain::couldNotStart(ServerMain::noSignals()));
        return ServerCommandLine::ExitFailure;
    }
    auto created = server::HallServer::create(options, clock, log);
    if (!created) {
        log.error(u"server", ServerMain::couldNotStart(created.error().message));
        return ServerCommandLine::ExitFailure;
    }
    server::HallServer &hallServer = *created.value();
    if (const auto listening = hallServer.listen(); !listening) {
        log.error(u"server", ServerMain::couldNotStart(listening.error().message));
        return ServerCommandLine::ExitFailure;
    }
    QObject::connect(&signalWatcher, &server::SignalWatcher::terminationRequested, &hallServer,
                     [&log, &hallServer](int signalNumber) {
                         log.info(u"server", ServerMain::signalReceived(signalNumber));
                         hallServer.stop();
                     });
    QObject::connect(&hallServer, &server::HallServer::stopped, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    return QCoreApplication::exec();
}
