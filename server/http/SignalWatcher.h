// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace sunhall::server {

/// Turns SIGTERM and SIGINT into a Qt signal on the event loop, through a self-pipe: the
/// handler only writes one byte to a socket pair, which is safe in a signal handler, and a
/// QSocketNotifier reads it. One per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// Installs the handlers; false when the pipe or a handler cannot be set up.
    bool install();

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace sunhall::server
