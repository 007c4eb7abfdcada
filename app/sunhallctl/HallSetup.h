// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"
#include "core/common/Result.h"
#include "core/time/WorkingCalendar.h"
#include "server/store/ServerStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace sunhall::ctl {

/// Creates a hall in a folder (`hall init`, `demo init`): its certificate authority, the
/// server's TLS certificate and checkpoint-signing key, the store with the shipped calendars
/// and the hall's settings, the administrator "admin", and hall.json last. With `demo`, it
/// also publishes the demo catalogue and adds one demo user per role. A folder that already
/// holds a hall, or a database that does, is refused untouched; when a later step fails, what
/// this run created in the folder is removed again.
class HallSetup
{
    Q_DECLARE_TR_FUNCTIONS(HallSetup)
public:
    struct Options
    {
        QString dir;
        QString name;
        QString code;
        QString adminPassword;
        QStringList hosts;
        QString databaseUrl;
        bool demo = false;
    };

    /// What was made, for the summary printed to the administrator.
    struct Created
    {
        QString storeDescription; // "sqlite HALL/hall.db" or "postgresql host:5432/db"
        int schemaVersion = 0;
        QString caName;
        QString caFingerprint;
        QStringList serverAltNames;
        QList<int> calendarYears;
        std::optional<int> catalogueVersion;
        qsizetype items = 0;
        qsizetype departments = 0;
        QList<server::UserRecord> demoUsers;
    };

    static constexpr int minPasswordLength = 8;
    static QString administratorId() { return QStringLiteral("admin"); }

    static core::Result<Created> create(const Options &options, const QDateTime &now);

    /// The demo catalogue shipped in the data folder.
    static core::Result<core::Catalogue> demoCatalogue();
    /// A password a person may be given: at least minPasswordLength characters. The error
    /// names `option`.
    static core::Status checkPassword(const QString &password, const QString &option);
    /// The demo users, one per role, in departments the catalogue has; no password hashes.
    static QList<server::UserRecord> demoUsers(const core::Catalogue &catalogue);

    static void printSummary(QTextStream &out, const Options &options, const Created &created);
    /// Removes every file and folder a hall owns in dir (HallStore::ownedEntries), keys
    /// included, and the departments' certificate keys; for `demo init --force`.
    static void removeHall(const QString &dir);

private:
    static core::Status validate(const Options &options);
    static core::Status writeKeys(const Options &options, const QDateTime &now, Created &created);
    static core::Status build(const Options &options, const core::WorkingCalendar &calendar,
                              std::optional<core::Catalogue> catalogue, const QDateTime &now,
                              Created &created);
    static core::Status fillStore(server::ServerStore &store, const Options &options,
                                  const core::WorkingCalendar &calendar,
                                  std::optional<core::Catalogue> catalogue, const QDateTime &now,
                                  Created &created);
    static core::Status addUser(server::ServerStore &store, server::UserRecord user,
                                const QString &password, const QDateTime &now);
    static void removeOwnedEntries(const QString &dir);
    static void removeCreated(const QString &dir, bool dirWasCreated);
};

} // namespace sunhall::ctl
