// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/e2e/E2eHall.h"

#include "core/common/DataPaths.h"
#include "tests/integration/server/TestHall.h"

#include <QFile>

#include <csignal>

namespace e2etest {

E2eHall::~E2eHall()
{
    for (const auto &run : m_runs) {
        if (run->isRunning())
            run->stop(10000);
    }
}

QString E2eHall::dir() const
{
    return m_root.filePath(QStringLiteral("hall"));
}

QString E2eHall::passwordFile() const
{
    return m_root.filePath(QStringLiteral("password"));
}

QString E2eHall::serverUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString E2eHall::ctl(const QStringList &arguments) const
{
    const CtlProcess::Result run = CtlProcess::run(arguments);
    if (run.exitCode == 0)
        return {};
    return QStringLiteral("sunhallctl %1 failed (exit %2): %3%4")
        .arg(arguments.mid(0, 2).join(QLatin1Char(' ')))
        .arg(run.exitCode)
        .arg(run.err, run.out);
}

bool E2eHall::create(QString *error)
{
    m_engine = servertest::testEngine();
    if (!m_root.isValid()) {
        *error = QStringLiteral("no temporary folder: %1").arg(m_root.errorString());
        return false;
    }
    if (m_engine == QLatin1String("postgresql")) {
        if (!m_postgres.start()) {
            *error = m_postgres.errorString();
            return false;
        }
        m_databaseUrl = m_postgres.createDatabase();
        if (m_databaseUrl.isEmpty()) {
            *error = m_postgres.errorString();
            return false;
        }
    }
    QFile file(passwordFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(password) < 0) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    file.close();
    QStringList init{QStringLiteral("hall"),
                     QStringLiteral("init"),
                     QStringLiteral("--dir"),
                     dir(),
                     QStringLiteral("--name"),
                     QStringLiteral("青岛市行政服务中心"),
                     QStringLiteral("--code"),
                     QString::fromLatin1(hallCode),
                     QStringLiteral("--admin-password-file"),
                     passwordFile()};
    if (!m_databaseUrl.isEmpty())
        init << QStringLiteral("--db") << m_databaseUrl;
    *error = ctl(init);
    if (error->isEmpty()) {
        *error = ctl(
            {QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--dir"), dir(),
             sunhall::core::DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json")});
    }
    return error->isEmpty();
}

bool E2eHall::addUser(const QString &id, const QString &roles, const QString &departments,
                      QString *error)
{
    QStringList arguments{QStringLiteral("user"),
                          QStringLiteral("add"),
                          QStringLiteral("--dir"),
                          dir(),
                          QStringLiteral("--name"),
                          id,
                          QStringLiteral("--roles"),
                          roles,
                          QStringLiteral("--password-file"),
                          passwordFile()};
    if (!departments.isEmpty())
        arguments << QStringLiteral("--departments") << departments;
    *error = ctl(arguments);
    return error->isEmpty();
}

QString E2eHall::enroll(const QString &workstation, QString *error)
{
    if (m_port == 0) {
        *error = QStringLiteral("start the server before enrolling %1").arg(workstation);
        return {};
    }
    const QString profile = m_root.filePath(QStringLiteral("profiles/") + workstation);
    *error = ctl({QStringLiteral("workstation"), QStringLiteral("enroll"), QStringLiteral("--dir"),
                  dir(), QStringLiteral("--name"), workstation, QStringLiteral("--out"), profile,
                  QStringLiteral("--server"), serverUrl()});
    return error->isEmpty() ? profile : QString();
}

bool E2eHall::startServer(QString *error)
{
    if (isServerRunning()) {
        *error = QStringLiteral("the server is already running");
        return false;
    }
    QStringList options = m_serverOptions;
    if (m_port != 0)
        options << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(m_port);
    auto run = std::make_unique<servertest::ServerProcess>();
    // Should the test itself die (a crash, ctest's timeout), the server must not outlive it:
    // setpriv gives it a parent-death signal, unless another wrapper was asked for.
    const char *wrapper = "SUNHALL_TEST_SERVER_WRAPPER";
    const bool ownWrapper = !qEnvironmentVariableIsSet(wrapper);
    if (ownWrapper)
        qputenv(wrapper, "setpriv --pdeathsig KILL");
    const bool started = run->start(dir(), options);
    if (ownWrapper)
        qunsetenv(wrapper);
    servertest::ServerProcess &server = *run;
    m_runs.push_back(std::move(run));
    if (!started) {
        *error = QStringLiteral("sunhall-server did not start: %1").arg(server.log());
        server.stop(5000);
        return false;
    }
    m_port = server.port();
    // The PostgreSQL run must not pass on SQLite by mistake: the server names its engine.
    if (!server.log().contains(QStringLiteral("(%1, ").arg(m_engine))) {
        *error =
            QStringLiteral("sunhall-server does not run on %1: %2").arg(m_engine, server.log());
        return false;
    }
    return true;
}

bool E2eHall::isServerRunning() const
{
    return !m_runs.empty() && m_runs.back()->isRunning();
}

bool E2eHall::stopServer()
{
    return isServerRunning() && m_runs.back()->stop() == 0;
}

void E2eHall::killServer()
{
    if (!isServerRunning())
        return;
    m_runs.back()->sendSignal(SIGKILL);
    m_runs.back()->waitForExit(10000);
}

void E2eHall::signalServer(int signalNumber) const
{
    if (isServerRunning())
        m_runs.back()->sendSignal(signalNumber);
}

QString E2eHall::serverLogs() const
{
    QString logs;
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        logs += QStringLiteral("--- sunhall-server run %1 ---\n").arg(i + 1) + m_runs[i]->log();
    return logs;
}

std::unique_ptr<sunhall::server::ServerStore> E2eHall::openStore(QString *error) const
{
    auto store = sunhall::server::ServerStore::open(dir(), m_databaseUrl);
    if (!store) {
        *error = store.error().message;
        return nullptr;
    }
    return std::move(store).value();
}

CtlProcess::Result E2eHall::verifyAudit() const
{
    QStringList arguments{QStringLiteral("audit"), QStringLiteral("verify"),
                          QStringLiteral("--dir"), dir()};
    if (!m_databaseUrl.isEmpty())
        arguments << QStringLiteral("--db") << m_databaseUrl;
    return CtlProcess::run(arguments);
}

} // namespace e2etest
