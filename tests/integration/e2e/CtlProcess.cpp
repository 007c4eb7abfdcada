// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/e2e/CtlProcess.h"

#include <csignal>

#include <sys/prctl.h>

namespace e2etest {

CtlProcess::~CtlProcess()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

CtlProcess::Result CtlProcess::run(const QStringList &arguments, int timeoutMs)
{
    CtlProcess process;
    if (!process.start(arguments))
        return {};
    return process.finish(timeoutMs);
}

bool CtlProcess::start(const QStringList &arguments, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUNHALL_LANG"), QStringLiteral("en"));
    m_process.setProcessEnvironment(env);
    // Should the test itself die (a crash, ctest's timeout), no sunhallctl outlives it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(QStringLiteral(SUNHALLCTL_PATH), arguments);
    return m_process.waitForStarted(timeoutMs);
}

void CtlProcess::sendSignal(int signalNumber) const
{
    if (isRunning())
        ::kill(pid_t(m_process.processId()), signalNumber);
}

CtlProcess::Result CtlProcess::finish(int timeoutMs)
{
    if (isRunning() && !m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    Result result;
    result.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    result.out = QString::fromUtf8(m_process.readAllStandardOutput());
    result.err = QString::fromUtf8(m_process.readAllStandardError());
    return result;
}

} // namespace e2etest
