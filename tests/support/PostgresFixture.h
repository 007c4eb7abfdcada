// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sunhall::testing {

/// A real PostgreSQL 15 server for tests: start() runs tests/support/postgres.sh, which starts
/// a throwaway cluster on a free port of 127.0.0.1 (as the `postgres` user when the tests run
/// as root) and prints its URL, `postgresql://sunhall:PASSWORD@127.0.0.1:PORT/sunhall`. The
/// cluster is stopped and deleted by stop() or the destructor, and also when the test process
/// dies. When SUNHALL_TEST_POSTGRES_URL is set, that server is used instead and nothing is
/// started; the databases made by createDatabase() are dropped at stop(). A test that needs
/// PostgreSQL fails, never skips, when start() returns false: errorString() says why.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture();
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;

    bool start();
    void stop();
    bool isRunning() const { return !m_url.isEmpty(); }
    /// The URL of the cluster's own database.
    QString url() const { return m_url; }
    QString errorString() const { return m_error; }

    /// A new, empty database on the server, for one test; its URL, or empty with
    /// errorString() set.
    QString createDatabase();

private:
    bool runScript(const QStringList &arguments, QString *output);
    bool execute(const QString &url, const QString &sql);

    QTemporaryDir m_stateDir;
    QString m_url;
    QString m_error;
    bool m_external = false;
    QStringList m_created;
};

} // namespace sunhall::testing
