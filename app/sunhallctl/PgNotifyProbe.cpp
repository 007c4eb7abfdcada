// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/PgNotifyProbe.h"

#include "server/store/DatabaseUrl.h"

#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace sunhall::ctl {

using core::Result;

Result<LoadStats> PgNotifyProbe::measure(const QString &databaseUrl, int count, int timeoutMs)
{
    const QString prefix =
        QStringLiteral("sunhallctl-loadgen-%1-").arg(QCoreApplication::applicationPid());
    const QString listenerName = prefix + QStringLiteral("listen");
    const QString notifierName = prefix + QStringLiteral("notify");
    Result<LoadStats> outcome = LoadStats();
    {
        Result<QSqlDatabase> listener = open(databaseUrl, listenerName);
        Result<QSqlDatabase> notifier =
            listener ? open(databaseUrl, notifierName) : Result<QSqlDatabase>(listener.error());
        outcome = !listener   ? Result<LoadStats>(listener.error())
                  : !notifier ? Result<LoadStats>(notifier.error())
                              : roundTrips(listener.value(), notifier.value(), count, timeoutMs);
    }
    // Only once every handle on them is gone.
    QSqlDatabase::removeDatabase(listenerName);
    QSqlDatabase::removeDatabase(notifierName);
    return outcome;
}

Result<QSqlDatabase> PgNotifyProbe::open(const QString &databaseUrl, const QString &name)
{
    const Result<server::DatabaseUrl> url = server::DatabaseUrl::parse(databaseUrl);
    if (!url)
        return url.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return core::makeError(QStringLiteral("store.driver-missing"),
                               tr("The PostgreSQL driver of Qt is not installed, so %1 cannot be "
                                  "opened. Install the package libqt6sql6-psql.")
                                   .arg(url->displayName()),
                               QStringLiteral("db"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url->host());
    db.setPort(url->port());
    db.setDatabaseName(url->database());
    db.setUserName(url->user());
    db.setPassword(url->password());
    db.setConnectOptions(url->connectOptions());
    if (!db.open()) {
        return core::makeError(QStringLiteral("store.cannot-open"),
                               tr("The database %1 cannot be opened: %2")
                                   .arg(url->displayName(), db.lastError().text()),
                               QStringLiteral("db"));
    }
    return db;
}

Result<LoadStats> PgNotifyProbe::roundTrips(QSqlDatabase &listener, QSqlDatabase &notifier,
                                            int count, int timeoutMs)
{
    const QString channel =
        QStringLiteral("sunhall_loadgen_%1").arg(QCoreApplication::applicationPid());
    if (!listener.driver()->subscribeToNotification(channel)) {
        return core::makeError(
            QStringLiteral("loadgen.listen-failed"),
            tr("LISTEN %1 failed: %2").arg(channel, listener.driver()->lastError().text()),
            QStringLiteral("db"));
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QString expected;
    bool arrived = false;
    QObject::connect(
        listener.driver(), &QSqlDriver::notification, &loop,
        [&](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
            if (name != channel || payload.toString() != expected)
                return;
            arrived = true;
            loop.quit();
        });
    LoadStats stats;
    QSqlQuery notify(notifier);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    for (int i = 0; i < count; ++i) {
        expected = QString::number(i);
        arrived = false;
        const qint64 sentAt = monotonicMicros();
        notify.addBindValue(channel);
        notify.addBindValue(expected);
        if (!notify.exec()) {
            stats.addError(QStringLiteral("notify"), notify.lastError().text());
            continue;
        }
        if (!arrived) {
            timeout.start(timeoutMs);
            loop.exec();
            timeout.stop();
        }
        if (!arrived) {
            stats.addError(QStringLiteral("notify timeout"),
                           tr("no notification within %1 ms").arg(timeoutMs));
            continue;
        }
        ++stats.requests;
        stats.requestLatency.add(monotonicMicros() - sentAt);
    }
    listener.driver()->unsubscribeFromNotification(channel);
    return stats;
}

} // namespace sunhall::ctl
