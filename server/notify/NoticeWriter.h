// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/common/Result.h"
#include "core/time/WorkingCalendar.h"
#include "server/notify/Notice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace sunhall::server {

class NoticeComposer;
class NoticeOutbox;
class ServerStore;

/// Writes the SMS notices of the case events committed since it last looked: reads the events
/// after the outbox's cursor a page at a time, composes each notice from the case as it stood
/// right after its event (NoticeComposer, with the hall's templates as they are now), and adds
/// the page's notices and the moved cursor to the outbox in one transaction. Run after each
/// commit and at start-up, it writes every notice once, also after a crash between a commit
/// and its notices. A "ready for pickup" notice of a certificate already handed over by then
/// is kept as skipped.
class NoticeWriter
{
    Q_DECLARE_TR_FUNCTIONS(NoticeWriter)
public:
    NoticeWriter(ServerStore &store, NoticeOutbox &outbox, QString hallName);

    /// Writes what is new; the number of notices written (skipped ones included).
    core::Result<int> writeNew(const QDateTime &now, int pageSize = 500);

private:
    core::Result<QList<Notice>> compose(const QList<core::Event> &page);
    core::Result<QList<core::Event>> caseEvents(const QUuid &caseId);
    core::Status refreshCalendar();

    ServerStore &m_store;
    NoticeOutbox &m_outbox;
    QString m_hallName;
    core::WorkingCalendar m_calendar;
    int m_calendarVersion = -1;
    QHash<QUuid, QList<core::Event>> m_caseEvents; // of the page being written
};

} // namespace sunhall::server
