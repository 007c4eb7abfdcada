// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PostgresFixture.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace sunhall::testing {

PostgresFixture::PostgresFixture() = default;

PostgresFixture::~PostgresFixture()
{
    stop();
}

bool PostgresFixture::start()
{
    if (isRunning())
        return true;
    const QString external = qEnvironmentVariable("SUNHALL_TEST_POSTGRES_URL");
    if (!external.isEmpty()) {
        m_url = external;
        m_external = true;
        return true;
    }
    if (!m_stateDir.isValid()) {
        m_error =
            QStringLiteral("cannot create a temporary folder: %1").arg(m_stateDir.errorString());
        return false;
    }
    QString output;
    if (!runScript({QStringLiteral("start"), m_stateDir.path(), QStringLiteral("--watch"),
                    QString::number(QCoreApplication::applicationPid())},
                   &output))
        return false;
    const QString url = output.trimmed().section(QLatin1Char('\n'), -1);
    if (!url.startsWith(QLatin1String("postgresql://"))) {
        m_error = QStringLiteral("postgres.sh printed no URL: %1").arg(output);
        runScript({QStringLiteral("stop"), m_stateDir.path()}, nullptr);
        return false;
    }
    m_url = url;
    return true;
}

void PostgresFixture::stop()
{
    if (!isRunning())
        return;
    if (m_external) {
        for (const QString &name : std::as_const(m_created))
            execute(m_url, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    } else {
        runScript({QStringLiteral("stop"), m_stateDir.path()}, nullptr);
    }
    m_created.clear();
    m_url.clear();
}

QString PostgresFixture::createDatabase()
{
    if (!isRunning()) {
        m_error = QStringLiteral("PostgreSQL is not started");
        return {};
    }
    // Only the test picks the name (letters, digits, "_"), so it can stand in the statement.
    const QString name =
        QStringLiteral("sunhall_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!execute(m_url, QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    m_created.append(name);
    return m_url.left(m_url.lastIndexOf(QLatin1Char('/')) + 1) + name;
}

bool PostgresFixture::runScript(const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(QStringLiteral("bash"),
                  QStringList{QStringLiteral(SUNHALL_POSTGRES_SCRIPT)} + arguments);
    if (!process.waitForFinished(180'000)) {
        m_error = QStringLiteral("postgres.sh %1 did not finish: %2")
                      .arg(arguments.value(0), process.errorString());
        process.kill();
        process.waitForFinished();
        return false;
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("postgres.sh %1 failed (exit %2): %3")
                      .arg(arguments.value(0))
                      .arg(process.exitCode())
                      .arg(err.trimmed());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

bool PostgresFixture::execute(const QString &url, const QString &sql)
{
    const QUrl parsed(url);
    const QString connection =
        QStringLiteral("pg-fixture-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(parsed.userName(QUrl::FullyDecoded));
        db.setPassword(parsed.password(QUrl::FullyDecoded));
        if (!db.open()) {
            m_error = QStringLiteral("cannot connect to %1: %2")
                          .arg(parsed.host(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                m_error = QStringLiteral("%1 failed: %2").arg(sql, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace sunhall::testing
