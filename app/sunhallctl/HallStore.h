// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/time/WorkingCalendar.h"
#include "server/store/ServerStore.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace sunhall::ctl {

/// A hall folder as sunhallctl sees it: `hall.json` (name, code, where the store is), the
/// hall's store (SQLite `hall.db` beside it, or the PostgreSQL database hall.json or `--db`
/// names), and the CA and server keys in ca/, server/ and server-sign/.
class HallStore
{
    Q_DECLARE_TR_FUNCTIONS(HallStore)
public:
    /// What HALL/hall.json records.
    struct Config
    {
        QString name;
        QString code;
        QString databaseUrl; // empty: SQLite in hall.db
        QDateTime created;
    };

    static QString storePath(const QString &dir);
    static QString configPath(const QString &dir);
    /// The files and folders a hall owns in its folder, relative to it.
    static QStringList ownedEntries();
    /// The first entry of a hall already in dir, or empty when there is none.
    static QString existingEntry(const QString &dir);

    /// The `--db URL` option of every command that takes `--dir`.
    static QCommandLineOption databaseOption();

    static core::Result<Config> readConfig(const QString &dir);
    /// Writes hall.json; owner-only when it holds a database address (it has a password).
    static core::Status writeConfig(const QString &dir, const Config &config);

    /// Opens the store of an existing hall: PostgreSQL at databaseUrl when given, else at the
    /// address in hall.json, else SQLite. An error when the folder holds no hall.
    static core::Result<std::unique_ptr<server::ServerStore>> open(const QString &dir,
                                                                   const QString &databaseUrl = {});
    /// The hall's calendar when `dir` is given, else the shipped calendars alone.
    static core::Result<core::WorkingCalendar> calendar(const QString &dir,
                                                        const QString &databaseUrl = {});
    /// Whether `userId` names an enabled administrator of the hall: who publishes a catalogue
    /// or closes the hall is recorded, so it must be someone who may.
    static core::Status checkAdministrator(const server::ServerStore &store, const QString &userId);
    /// A time the store recorded, in the hall's time zone (the clock's), to the minute.
    static QString displayTime(const QDateTime &at, const core::Clock &clock);
};

} // namespace sunhall::ctl
