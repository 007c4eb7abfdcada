// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/ServerStore.h"
#include "tests/integration/e2e/CtlProcess.h"
#include "tests/integration/server/ServerProcess.h"
#include "tests/support/PostgresFixture.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

// A hall set up the way an administrator does it, with the real sunhallctl binary (`hall
// init`, `catalog import` of the demo catalogue, `user add`, `workstation enroll`), on the
// engine the test runs on (SUNHALL_TEST_ENGINE): SQLite in the hall folder, or a database of a
// throwaway PostgreSQL cluster (tests/support/postgres.sh) given to `hall init --db`. Its real
// sunhall-server runs on 127.0.0.1; once started it keeps its port, so a server stopped or
// killed comes back at the address the profiles name.
namespace e2etest {

/// The password of the administrator and of every user added by a test.
inline constexpr char password[] = "Hall-Pass-2025";
inline constexpr char hallCode[] = "QD0001";

class E2eHall
{
public:
    E2eHall() = default;
    ~E2eHall();
    E2eHall(const E2eHall &) = delete;
    E2eHall &operator=(const E2eHall &) = delete;

    /// Makes the hall with its catalogue; on failure the message says why.
    bool create(QString *error);
    /// `sunhallctl user add`; `roles` and `departments` are comma-separated lists.
    bool addUser(const QString &id, const QString &roles, const QString &departments,
                 QString *error);
    /// `sunhallctl workstation enroll` into a new profile folder naming this server; its path.
    /// Needs the server's port, so the server must have been started once.
    QString enroll(const QString &workstation, QString *error);

    /// Starts sunhall-server: the first time on a free port, afterwards on the same one.
    bool startServer(QString *error);
    /// SIGTERM and wait: true when it stopped cleanly (exit status 0).
    bool stopServer();
    /// SIGKILL and wait.
    void killServer();
    void signalServer(int signalNumber) const;
    bool isServerRunning() const;
    quint16 port() const { return m_port; }
    QString serverUrl() const;
    /// Extra options for the next starts (e.g. a shorter checkpoint interval).
    void setServerOptions(const QStringList &options) { m_serverOptions = options; }
    /// The logs of every run of the server, oldest first.
    QString serverLogs() const;

    QString engine() const { return m_engine; }
    QString dir() const;
    QString databaseUrl() const { return m_databaseUrl; }
    QString passwordFile() const;
    /// A connection of the test's own to the hall's store.
    std::unique_ptr<sunhall::server::ServerStore> openStore(QString *error) const;
    /// `sunhallctl audit verify --dir HALL [--db URL]`.
    CtlProcess::Result verifyAudit() const;

private:
    QString ctl(const QStringList &arguments) const;

    QString m_engine;
    sunhall::testing::PostgresFixture m_postgres;
    QTemporaryDir m_root;
    QString m_databaseUrl;
    QStringList m_serverOptions;
    quint16 m_port = 0;
    std::vector<std::unique_ptr<servertest::ServerProcess>> m_runs;
};

} // namespace e2etest
