// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop client's composition root: it finds the hall, opens its store, reads the latest
// catalogue and the calendar, and hands them with the wall clock to the first screen.

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

/// What the client reads from a hall folder at start.
struct Hall
{
    std::unique_ptr<core::LocalStore> store;
    core::Catalogue catalogue;
    core::WorkingCalendar calendar;
};

core::Result<Hall> openHall(const QString &dir)
{
    if (dir.isEmpty())
        return core::makeError(
            QStringLiteral("client.hall-missing"),
            QCoreApplication::translate(
                "sunhall::app::Client",
                "No hall folder was given. Start sunhall with --hall DIR or set "
                "SUNHALL_HALL to the hall's folder (an administrator creates one "
                "with \"sunhallctl demo init --dir DIR\")."),
            dir);
    if (!QFileInfo(dir).isDir())
        return core::makeError(
            QStringLiteral("client.hall-folder-missing"),
            QCoreApplication::translate("sunhall::app::Client",
                                        "The hall folder %1 does not exist. Check the folder given "
                                        "with --hall or SUNHALL_HALL.")
                .arg(QDir::toNativeSeparators(dir)),
            dir);
    const QString path = QDir(dir).filePath(QStringLiteral("hall.db"));
    if (!QFileInfo::exists(path))
        return core::makeError(QStringLiteral("client.hall-not-found"),
                               QCoreApplication::translate(
                                   "sunhall::app::Client",
                                   "%1 holds no hall (there is no hall.db in it). Check the folder "
                                   "given with --hall or SUNHALL_HALL.")
                                   .arg(QDir::toNativeSeparators(dir)),
                               dir);
    auto store = core::LocalStore::open(path);
    if (!store)
        return store.error();
    const std::optional<int> version = (*store)->latestCatalogueVersion();
    if (!version)
        return core::makeError(
            QStringLiteral("client.catalogue-missing"),
            QCoreApplication::translate("sunhall::app::Client",
                                        "The hall in %1 has no published item catalogue yet. An "
                                        "administrator must publish one first.")
                .arg(QDir::toNativeSeparators(dir)),
            dir);
    auto catalogue = (*store)->catalogue(*version);
    if (!catalogue)
        return catalogue.error();
    auto calendar = (*store)->loadCalendar();
    if (!calendar)
        return calendar.error();
    return Hall{std::move(store).value(), std::move(catalogue).value(),
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
    const QCommandLineOption hallOption(
        QStringLiteral("hall"),
        QCoreApplication::translate("sunhall::app::Client",
                                    "The hall folder holding hall.db (default: $SUNHALL_HALL)."),
        QStringLiteral("DIR"));
    parser.addOption(hallOption);
    parser.process(app);

    const QString dir =
        parser.isSet(hallOption) ? parser.value(hallOption) : qEnvironmentVariable("SUNHALL_HALL");
    core::Result<Hall> hall = openHall(dir);
    if (!hall)
        return fail(hall.error());

    const core::SystemClock clock;
    widgets::CatalogueWindow window(std::move(hall.value().catalogue), hall->calendar, clock);
    window.show();
    return app.exec();
}
