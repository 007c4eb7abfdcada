// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop client's composition root: it reads the workstation profile, opens its local
// store, makes the sync engine with the wall clock and hands them to the client shell, which
// shows the login dialog and then the main window with the screens of the user's roles.

#include "app/sunhall/ClientScreens.h"
#include "core/common/Clock.h"
#include "core/store/LocalStore.h"
#include "core/sync/ClientProfile.h"
#include "core/sync/SyncEngine.h"
#include "translations/Translations.h"
#include "widgets/shell/ClientShell.h"
#include "widgets/shell/WorkstationSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace sunhall;

namespace {

/// The profile folder, found before the command line is parsed: its settings choose the
/// language in which the command line's own help is written.
QString profileDirectory(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == QLatin1String("--profile") || argument == QLatin1String("-profile")) &&
            i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--profile=")))
            return argument.mid(10);
    }
    return qEnvironmentVariable("SUNHALL_PROFILE");
}

void installLanguage(QApplication &app, const widgets::WorkstationSettings &settings)
{
    // SUNHALL_LANG, for one run, wins over the workstation's setting.
    const QLocale wanted = qEnvironmentVariableIsSet("SUNHALL_LANG")
                               ? i18n::preferredLocale()
                               : settings.locale(QLocale::system());
    const QString language = i18n::install(app, wanted);
    // Dates and weekday names follow the language of the screens, not the system's.
    QLocale::setDefault(language == QLatin1String("en")
                            ? QLocale(QLocale::English)
                            : QLocale(QLocale::Chinese, QLocale::China));
}

int fail(const core::Error &error)
{
    std::fprintf(stderr, "sunhall: %s\n", qUtf8Printable(error.message));
    // A dialog nobody can see would never close: only ask a real screen.
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("sunhall::app::Client", "Sunhall cannot start"),
            error.message);
    return 1;
}

core::Result<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::makeError(
            QStringLiteral("client.password-file-unreadable"),
            QCoreApplication::translate("sunhall::app::Client",
                                        "The password file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("password-file"));
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        return core::makeError(
            QStringLiteral("client.password-file-empty"),
            QCoreApplication::translate("sunhall::app::Client", "The password file %1 is empty.")
                .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("password-file"));
    }
    return QString::fromUtf8(line);
}

core::Result<core::ClientProfile> loadProfile(const QString &dir)
{
    if (dir.isEmpty()) {
        return core::makeError(
            QStringLiteral("client.profile-missing"),
            QCoreApplication::translate(
                "sunhall::app::Client",
                "No workstation profile was given. Start sunhall with --profile DIR or set "
                "SUNHALL_PROFILE to the profile folder (an administrator creates one with "
                "\"sunhallctl workstation enroll\")."),
            QStringLiteral("profile"));
    }
    return core::ClientProfile::load(dir);
}

struct Options
{
    QString user;
    QString passwordFile;
    bool quitAfterLoginShown = false;
};

std::optional<Options> parseOptions(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("sunhall::app::Client", "Sunhall service hall desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("profile"),
         QCoreApplication::translate("sunhall::app::Client",
                                     "The workstation profile folder (default: $SUNHALL_PROFILE)."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("user"),
         QCoreApplication::translate("sunhall::app::Client",
                                     "Log in as this user without waiting for the login dialog "
                                     "(needs --password-file)."),
         QStringLiteral("USER")});
    parser.addOption(
        {QStringLiteral("password-file"),
         QCoreApplication::translate("sunhall::app::Client",
                                     "A file whose first line is the password of --user."),
         QStringLiteral("FILE")});
    QCommandLineOption quitAfterLogin(
        QStringLiteral("quit-after-login-shown"),
        QCoreApplication::translate(
            "sunhall::app::Client",
            "Quit as soon as the login dialog is shown, printing how long the start took."));
    quitAfterLogin.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterLogin);
    parser.process(app);
    if (parser.isSet(QStringLiteral("user")) != parser.isSet(QStringLiteral("password-file"))) {
        std::fprintf(stderr, "sunhall: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                         "sunhall::app::Client", "--user and --password-file go together.")));
        return std::nullopt;
    }
    return Options{parser.value(QStringLiteral("user")),
                   parser.value(QStringLiteral("password-file")), parser.isSet(quitAfterLogin)};
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sunhall"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sunhall"));
    QApplication::setApplicationVersion(QStringLiteral(SUNHALL_VERSION));
    // Between logging out and the login dialog no window is open; the shell says when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    const QString dir = profileDirectory(QApplication::arguments());
    const widgets::WorkstationSettings settings =
        dir.isEmpty() ? widgets::WorkstationSettings() : widgets::WorkstationSettings::load(dir);
    installLanguage(app, settings);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    core::Result<core::ClientProfile> profile = loadProfile(dir);
    if (!profile)
        return fail(profile.error());
    // A profile that never reached the server gets an empty store here; the first login fills it.
    core::Result<std::unique_ptr<core::LocalStore>> store =
        core::LocalStore::open(profile->storePath());
    if (!store)
        return fail(store.error());
    std::optional<QString> password;
    if (!options->user.isEmpty()) {
        const core::Result<QString> read = readPasswordFile(options->passwordFile);
        if (!read)
            return fail(read.error());
        password = *read;
    }

    const core::SystemClock clock;
    core::SyncEngine engine(**store, *profile, clock);
    widgets::ClientShell shell(**store, engine, clock, settings);
    app::registerScreens(shell);
    QObject::connect(&shell, &widgets::ClientShell::quitRequested, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    if (options->quitAfterLoginShown) {
        QObject::connect(&shell, &widgets::ClientShell::loginShown, &app, [&sinceStart]() {
            // Once the dialog's first paint has gone through the event loop.
            QTimer::singleShot(0, qApp, [&sinceStart]() {
                std::fprintf(stderr, "sunhall: login dialog shown %lld ms after start\n",
                             static_cast<long long>(sinceStart.elapsed()));
                QApplication::quit();
            });
        });
    }
    if (password)
        shell.logIn(options->user, *password);
    else
        shell.showLogin();
    return app.exec();
}
