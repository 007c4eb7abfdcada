// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/HallStore.h"

#include "core/common/DataPaths.h"
#include "core/pki/PemFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;

namespace {
const QString dirField = QStringLiteral("dir");
}

QString HallStore::storePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("hall.db"));
}

QString HallStore::configPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("hall.json"));
}

QStringList HallStore::ownedEntries()
{
    return {QStringLiteral("hall.json"),
            QStringLiteral("hall.db"),
            QStringLiteral("hall.db-wal"),
            QStringLiteral("hall.db-shm"),
            QStringLiteral("ca"),
            QStringLiteral("server"),
            QStringLiteral("server-sign"),
            QStringLiteral("workstations"),
            QStringLiteral("department-keys"),
            QStringLiteral("demo-password")};
}

QString HallStore::existingEntry(const QString &dir)
{
    for (const QString &entry : ownedEntries()) {
        const QString path = QDir(dir).filePath(entry);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

QCommandLineOption HallStore::databaseOption()
{
    return {QStringLiteral("db"),
            tr("The hall's PostgreSQL database (postgresql://USER:PASSWORD@HOST:PORT/DB) instead "
               "of the one hall.json names, or of SQLite in DIR/hall.db."),
            QStringLiteral("URL")};
}

Result<HallStore::Config> HallStore::readConfig(const QString &dir)
{
    const QString path = configPath(dir);
    if (!QFileInfo::exists(path)) {
        return makeError(QStringLiteral("hall.missing"),
                         tr("%1 holds no hall (no hall.json). Create one first with "
                            "'sunhallctl hall init --dir %1' or 'sunhallctl demo init --dir %1'.")
                             .arg(dir),
                         dirField);
    }
    const Result<QByteArray> bytes = PemFile::read(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    const QJsonObject json = document.object();
    Config config{
        json.value(QStringLiteral("name")).toString(),
        json.value(QStringLiteral("code")).toString(), json.value(QStringLiteral("db")).toString(),
        QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs)};
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        config.name.isEmpty()) {
        return makeError(
            QStringLiteral("hall.config-malformed"),
            tr("%1 is damaged: it is not a JSON object with the hall's \"name\".").arg(path),
            dirField);
    }
    return config;
}

Status HallStore::writeConfig(const QString &dir, const Config &config)
{
    QJsonObject json{{QStringLiteral("name"), config.name},
                     {QStringLiteral("code"), config.code},
                     {QStringLiteral("created"), config.created.toString(Qt::ISODateWithMs)}};
    if (!config.databaseUrl.isEmpty())
        json.insert(QStringLiteral("db"), config.databaseUrl);
    return PemFile::write(configPath(dir), QJsonDocument(json).toJson(),
                          config.databaseUrl.isEmpty() ? PemFile::Access::Public
                                                       : PemFile::Access::OwnerOnly);
}

Result<std::unique_ptr<ServerStore>> HallStore::open(const QString &dir, const QString &databaseUrl)
{
    const Result<Config> config = readConfig(dir);
    if (!config)
        return config.error();
    return ServerStore::open(dir, databaseUrl.isEmpty() ? config->databaseUrl : databaseUrl);
}

Result<WorkingCalendar> HallStore::calendar(const QString &dir, const QString &databaseUrl)
{
    if (dir.isEmpty())
        return WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    Result<std::unique_ptr<ServerStore>> store = open(dir, databaseUrl);
    if (!store)
        return store.error();
    return store.value()->loadCalendar();
}

Status HallStore::checkAdministrator(const ServerStore &store, const QString &userId)
{
    const Result<std::optional<server::UserRecord>> user = store.user(userId);
    if (!user)
        return user.error();
    if (!user.value() || user.value()->disabled ||
        !user.value()->roles.contains(Role::Administrator)) {
        return makeError(QStringLiteral("hall.not-an-administrator"),
                         tr("\"%1\" is not an enabled administrator of this hall; name one "
                            "with --by (see 'sunhallctl user list').")
                             .arg(userId),
                         QStringLiteral("by"));
    }
    return Status::success();
}

QString HallStore::displayTime(const QDateTime &at, const Clock &clock)
{
    // The store may hand times back in UTC; people read them in the hall's zone.
    return at.toTimeZone(clock.now().timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace sunhall::ctl
