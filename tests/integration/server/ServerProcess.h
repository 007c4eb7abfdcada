// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// The real sunhall-server binary, started on a free port of 127.0.0.1 with its log going to a
// file (a pipe nobody drains could stall it), stopped with SIGTERM. Every wait has a timeout.
namespace servertest {

class ServerProcess
{
public:
    ~ServerProcess();

    /// Starts the server on the hall and waits until its log names the port it listens on.
    bool start(const QString &hallDir, const QStringList &extraArguments = {},
               int timeoutMs = 30000);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// Sends SIGTERM and waits; the exit status, or -1 when it did not exit normally in time.
    int stop(int timeoutMs = 30000);
    void sendSignal(int signalNumber) const;
    /// Waits for the process to end by itself; the exit status, or -1.
    int waitForExit(int timeoutMs);
    QString log() const;
    /// Waits until the log holds `text`.
    bool waitForLog(const QString &text, int timeoutMs) const;

private:
    QProcess m_process;
    QTemporaryDir m_logDir;
    quint16 m_port = 0;
};

/// Runs sunhall-server to its end (for start-up failures); exit status and log.
struct ServerRun
{
    int exitCode = -1;
    QString log;
};
ServerRun runServer(const QStringList &arguments, int timeoutMs = 30000);

} // namespace servertest
