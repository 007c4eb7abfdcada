// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncOperation.h"

#include <QEventLoop>
#include <QTimer>

namespace sunhall::core {

SyncOperation::SyncOperation(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{}

Status SyncOperation::wait(int timeoutMs)
{
    if (m_finished)
        return m_status;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &SyncOperation::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    if (m_finished)
        return m_status;
    return makeError(QStringLiteral("sync.timeout"),
                     tr("The server did not finish \"%1\" within %2 seconds; it goes on in the "
                        "background.")
                         .arg(m_name)
                         .arg(timeoutMs / 1000.0));
}

void SyncOperation::finish(Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = std::move(status);
    emit finished(m_status);
}

} // namespace sunhall::core
