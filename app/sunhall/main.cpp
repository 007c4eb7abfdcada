// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop client's composition root: it opens the workstation profile's store, reads the
// latest catalogue and the calendar, and hands them with the wall clock to the first screen.

#include "core/common/Clock.h"
#include "core/store/LocalStore.h"
#include "translations/Translations.h"
#include "widgets/CatalogueWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace sunhall;

namespace {

/// What the client reads from its workstation profile at start: the local store that the
/// sync engine fills with the hall's catalogue and calendar.
struct Profile
{
    std::unique_ptr<core::LocalStore> store;
    core::Catalogue catalogue;
    core::WorkingCalendar calendar;
};

core::Result<Profile> openProfile(const QString &dir)
{
    if (dir.isEmpty())
        return core::makeError(
            QStringLiteral("client.profile-missing"),
            QCoreApplication::translate(
                "sunhall::app::Client",
                "No workstation profile was given. Start sunhall with --profile DIR or set "
                "SUNHALL_PROFILE to the profile folder (an administrator creates one with "
                "\"sunhallctl workstation enroll\")."),
            dir);
    if (!QFileInfo(dir).isDir())
        return core::makeError(QStringLiteral("client.profile-folder-missing"),
                               QCoreApplication::translate(
                                   "sunhall::app::Client",
                                   "The profile folder %1 does not exist. Check the folder given "
                                   "with --profile or SUNHALL_PROFILE.")
                                   .arg(QDir::toNativeSeparators(dir)),
                               dir);
    const QString path = QDir(dir).filePath(QStringLiteral("local.db"));
    if (!QFileInfo::exists(path))
        return core::makeError(QStringLiteral("client.profile-not-synced"),
                               QCoreApplication::translate(
                                   "sunhall::app::Client",
                                   "The profile %1 has not been connected to the hall yet: log in "
                                   "once with \"sunhallctl client login --profile %1\" while the "
                                   "server is reachable.")
                                   .arg(QDir::toNativeSeparators(dir)),
                               dir);
    auto store = core::LocalStore::open(path);
    if (!store)
        return store.error();
    const std::optional<int> version = (*store)->latestCatalogueVersion();
    if (!version)
        return core::makeError(QStringLiteral("client.catalogue-missing"),
                               QCoreApplication::translate(
                                   "sunhall::app::Client",
                                   "The profile %1 holds no item catalogue yet: the hall has not "
                                   "published one, or the profile has not synchronised since.")
                                   .arg(QDir::toNativeSeparators(dir)),
                               dir);
    auto catalogue = (*store)->catalogue(*version);
    if (!catalogue)
        return catalogue.error();
    auto calendar = (*store)->loadCalendar();
    if (!calendar)
        return calendar.error();
    return Profile{std::move(store).value(), std::move(catalogue).value(),
                   std::move(calendar).value()};
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sunhall"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sunhall"));
    QApplication::setApplicationVersion(QStringLiteral(SUNHALL_VERSION));
    const QString language = i18n::install(app, i18n::preferredLocale());
    // Dates and weekday names follow the language of the screens, not the system's.
    QLocale::setDefault(language == QLatin1String("en")
                            ? QLocale(QLocale::English)
                            : QLocale(QLocale::Chinese, QLocale::China));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("sunhall::app::Client", "Sunhall service hall desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("sunhall::app::Client",
                                    "The workstation profile folder (default: $SUNHALL_PROFILE)."),
        QStringLiteral("DIR"));
    parser.addOption(profileOption);
    parser.process(app);

    const QString dir = parser.isSet(profileOption) ? parser.value(profileOption)
                                                    : qEnvironmentVariable("SUNHALL_PROFILE");
    core::Result<Profile> profile = openProfile(dir);
    if (!profile)
        return fail(profile.error());

    const core::SystemClock clock;
    widgets::CatalogueWindow window(std::move(profile.value().catalogue), profile->calendar, clock);
    window.show();
    return app.exec();
}
