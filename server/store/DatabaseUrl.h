// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sunhall::server {

/// Where a hall's PostgreSQL store lives, read from the `--db` address
/// `postgresql://USER:PASSWORD@HOST:PORT/DATABASE` (scheme `postgres` too; the port defaults
/// to 5432). User and password are percent-decoded, so a password with `@`, `:` or `/` is
/// written `%40`, `%3A`, `%2F`. The query may set `sslmode`, `connect_timeout` and
/// `application_name`; anything else is refused. Every error ("store.bad-url", field "db")
/// says which part of the address is wrong and never repeats the password.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    static core::Result<DatabaseUrl> parse(const QString &text);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    /// Options for QSqlDatabase::setConnectOptions ("connect_timeout=10;sslmode=require").
    QString connectOptions() const { return m_connectOptions; }
    /// The address without the password, for messages and logs.
    QString displayName() const;

private:
    DatabaseUrl() = default;
    static core::Error badUrl(const QString &message);

    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_connectOptions;
};

} // namespace sunhall::server
