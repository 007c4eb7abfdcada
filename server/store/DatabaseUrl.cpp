// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/DatabaseUrl.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace sunhall::server {

namespace {

const QString shape = QStringLiteral("postgresql://USER:PASSWORD@HOST:PORT/DATABASE");

} // namespace

core::Error DatabaseUrl::badUrl(const QString &message)
{
    return core::makeError(QStringLiteral("store.bad-url"), message, QStringLiteral("db"));
}

core::Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        return badUrl(tr("The database address is not a valid URL (%1). Write it as %2.")
                          .arg(url.errorString(), shape));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return badUrl(tr("The database address must start with postgresql:// (it starts with "
                         "\"%1:\"). Write it as %2.")
                          .arg(url.scheme(), shape));
    }
    DatabaseUrl parsed;
    parsed.m_host = url.host(QUrl::FullyDecoded);
    if (parsed.m_host.isEmpty())
        return badUrl(tr("The database address names no host. Write it as %1.").arg(shape));
    parsed.m_port = url.port(5432);
    if (parsed.m_port < 1)
        return badUrl(tr("The database address has port 0; give a port from 1 to 65535."));
    const QString path = url.path(QUrl::FullyDecoded);
    const QString database = path.startsWith(QLatin1Char('/')) ? path.mid(1) : path;
    if (database.isEmpty()) {
        return badUrl(tr("The database address names no database after the host. Write it as "
                         "%1.")
                          .arg(shape));
    }
    if (database.contains(QLatin1Char('/'))) {
        return badUrl(tr("The database address names the database \"%1\", which contains "
                         "\"/\"; a database name is one word after the host.")
                          .arg(database));
    }
    parsed.m_database = database;
    parsed.m_user = url.userName(QUrl::FullyDecoded);
    if (parsed.m_user.isEmpty())
        return badUrl(tr("The database address names no user. Write it as %1.").arg(shape));
    parsed.m_password = url.password(QUrl::FullyDecoded);
    if (url.hasFragment())
        return badUrl(tr("The database address has a part after \"#\", which means nothing "
                         "to PostgreSQL; remove it."));

    static const QStringList allowed = {QStringLiteral("sslmode"),
                                        QStringLiteral("connect_timeout"),
                                        QStringLiteral("application_name")};
    static const QRegularExpression plainValue(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    QStringList options = {QStringLiteral("connect_timeout=10")};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key)) {
            return badUrl(tr("The database address sets \"%1\", which Sunhall does not pass on; "
                             "only %2 may be set after \"?\".")
                              .arg(key, allowed.join(QStringLiteral(", "))));
        }
        if (!plainValue.match(value).hasMatch()) {
            return badUrl(tr("The database address sets %1 to \"%2\"; use letters, digits, "
                             "\".\", \"-\" and \"_\" only.")
                              .arg(key, value));
        }
        const QString setting = key + QLatin1Char('=');
        options.removeIf([&](const QString &option) { return option.startsWith(setting); });
        options.append(setting + value);
    }
    parsed.m_connectOptions = options.join(QLatin1Char(';'));
    return parsed;
}

QString DatabaseUrl::displayName() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toDisplayString();
}

} // namespace sunhall::server
