// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/server/ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace servertest {

namespace {
QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUNHALL_LANG"), QStringLiteral("en"));
    return env;
}
} // namespace

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(const QString &hallDir, const QStringList &extraArguments, int timeoutMs)
{
    m_process.setProcessEnvironment(environment());
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_logDir.filePath(QStringLiteral("server.log")));
    QStringList arguments = QStringList{QStringLiteral("--dir"), hallDir,
                                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                            extraArguments;
    // SUNHALL_TEST_SERVER_WRAPPER runs the server under a tool, e.g. "valgrind -q".
    QStringList wrapper = qEnvironmentVariable("SUNHALL_TEST_SERVER_WRAPPER")
                              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString program = QStringLiteral(SUNHALL_SERVER_PATH);
    if (!wrapper.isEmpty()) {
        arguments.prepend(program);
        arguments = wrapper.mid(1) + arguments;
        program = wrapper.first();
    }
    // A test that crashes or times out must not leave its server running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on [^ ]+:(\\d+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        const auto match = listening.match(log());
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        m_process.waitForFinished(50);
    }
    return false;
}

void ServerProcess::sendSignal(int signalNumber) const
{
    ::kill(pid_t(m_process.processId()), signalNumber);
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return -1;
    sendSignal(SIGTERM);
    return waitForExit(timeoutMs);
}

int ServerProcess::waitForExit(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ServerProcess::log() const
{
    QFile file(m_logDir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool ServerProcess::waitForLog(const QString &text, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (log().contains(text))
            return true;
        QThread::msleep(50);
    }
    return log().contains(text);
}

ServerRun runServer(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SUNHALL_SERVER_PATH), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace servertest
