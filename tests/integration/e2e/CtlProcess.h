// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The real sunhallctl binary as an operator's script runs it, in English (SUNHALL_LANG=en),
// either to its end (run) or started and left running so that a test can signal it in the
// middle of its work (start, sendSignal, finish). Every wait has a timeout; a process still
// running when its CtlProcess goes away, or when the test process dies, is killed.
namespace e2etest {

class CtlProcess
{
public:
    struct Result
    {
        int exitCode = -1; // -1: crashed, killed or did not finish in time
        QString out;
        QString err;
    };

    CtlProcess() = default;
    ~CtlProcess();
    CtlProcess(const CtlProcess &) = delete;
    CtlProcess &operator=(const CtlProcess &) = delete;

    /// Runs `sunhallctl arguments…` and waits for its end.
    static Result run(const QStringList &arguments, int timeoutMs = 60000);

    bool start(const QStringList &arguments, int timeoutMs = 10000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    void sendSignal(int signalNumber) const;
    /// Waits for the end; the exit status and output, exit status -1 when it was killed.
    Result finish(int timeoutMs = 60000);

private:
    QProcess m_process;
};

} // namespace e2etest
