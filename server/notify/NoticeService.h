// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "server/notify/NoticeOptions.h"
#include "server/notify/NoticeOutbox.h"
#include "server/notify/NoticeSender.h"
#include "server/notify/NoticeWriter.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace sunhall::server {

class ServerStore;

/// The SMS notices of one sunhall-server (DOMAIN.md §10): after each commit that applied
/// something (afterCommit()) and once at start-up, the NoticeWriter writes the notices of the
/// new case events into the outbox, and the NoticeSender hands them to the gateway chosen by
/// the NoticeOptions: the file gateway in HALL/sms-outbox, or the HTTP gateway. The writer runs
/// right after the commits of one turn of the event loop, together, never inside a push.
class NoticeService : public QObject
{
    Q_OBJECT
public:
    /// Builds the gateway and its parts; an error names an unreadable CA file.
    static core::Result<std::unique_ptr<NoticeService>>
    create(ServerStore &store, const QString &hallDir, const QString &hallName,
           const NoticeOptions &options, const core::Clock &clock);
    ~NoticeService() override;

    /// Writes what the events committed while the server was down call for, and starts
    /// sending.
    void start();
    void stop();
    /// New events were committed.
    void afterCommit();

    NoticeOutbox &outbox() { return m_outbox; }
    /// "the file gateway (HALL/sms-outbox)" or "the HTTP gateway at URL", for the log.
    QString gatewayDescription() const { return m_description; }

signals:
    void warning(const QString &message);

private:
    NoticeService(ServerStore &store, const QString &hallName, const core::Clock &clock);
    void writeNew();

    const core::Clock &m_clock;
    NoticeOutbox m_outbox;
    NoticeWriter m_writer;
    std::unique_ptr<NoticeSender> m_sender;
    QString m_description;
    QTimer m_writeTimer;
};

} // namespace sunhall::server
