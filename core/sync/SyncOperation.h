// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QObject>

#include <memory>

namespace sunhall::core {

/// One asynchronous sync operation (log in, push, pull, …) of a SyncEngine: it finishes once,
/// with success or an Error, and says so with finished(). The desktop client connects to the
/// signal; scripts and tests, which have no event loop of their own running, call wait().
class SyncOperation : public QObject
{
    Q_OBJECT
public:
    explicit SyncOperation(QString name, QObject *parent = nullptr);

    /// "login", "push", "pull", "sync", "leases", "health", "logout".
    QString name() const { return m_name; }
    bool isFinished() const { return m_finished; }
    /// The outcome; meaningful once finished.
    const Status &status() const { return m_status; }

    /// Runs an event loop until the operation finishes or `timeoutMs` pass, then returns its
    /// outcome ("sync.timeout" when it is still running). For the command line and tests:
    /// never call it on a user interface thread.
    Status wait(int timeoutMs);

    /// Called by the engine, once.
    void finish(Status status);

signals:
    void finished(const sunhall::core::Status &status);

private:
    QString m_name;
    bool m_finished = false;
    Status m_status;
};

using SyncOperationPtr = std::shared_ptr<SyncOperation>;

} // namespace sunhall::core
