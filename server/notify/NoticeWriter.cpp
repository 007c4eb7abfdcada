// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeWriter.h"

#include "core/case/CaseState.h"
#include "server/notify/NoticeComposer.h"
#include "server/notify/NoticeOutbox.h"
#include "server/notify/NoticeTemplates.h"
#include "server/store/ServerStore.h"

namespace sunhall::server {

using core::Result;
using core::Status;

NoticeWriter::NoticeWriter(ServerStore &store, NoticeOutbox &outbox, QString hallName)
    : m_store(store)
    , m_outbox(outbox)
    , m_hallName(std::move(hallName))
{}

Result<int> NoticeWriter::writeNew(const QDateTime &now, int pageSize)
{
    int written = 0;
    for (;;) {
        const Result<qint64> cursor = m_outbox.cursor();
        if (!cursor)
            return cursor.error();
        const Result<QList<core::Event>> page =
            m_store.eventsAfter(*cursor, PullScope{true, {}}, pageSize);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return written;
        const Result<QList<Notice>> notices = compose(*page);
        m_caseEvents.clear();
        if (!notices)
            return notices.error();
        if (Status added = m_outbox.add(*notices, page->last().serverSeq, now); !added)
            return added.error();
        written += int(notices->size());
        if (page->size() < pageSize)
            return written;
    }
}

Result<QList<Notice>> NoticeWriter::compose(const QList<core::Event> &page)
{
    QList<Notice> notices;
    std::optional<NoticeComposer> composer;
    for (const core::Event &event : page) {
        if (!noticeKindForEvent(event))
            continue;
        if (!composer) {
            if (Status read = refreshCalendar(); !read)
                return read.error();
            composer.emplace(m_hallName, m_calendar, NoticeTemplates::all(m_store));
        }
        const Result<QList<core::Event>> history = caseEvents(event.caseId);
        if (!history)
            return history.error();
        const core::CaseState current = core::CaseState::fold(*history);
        const core::CaseState then = core::CaseState::fold(history->mid(0, event.caseSeq));
        const Result<core::Item> item = m_store.item(then.itemCode, then.itemVersion);
        if (!item && item.error().code.startsWith(QLatin1String("store.")))
            return item.error();
        std::optional<Notice> notice = composer->compose(event, then, item ? *item : core::Item{});
        if (!notice)
            continue;
        if (!item) {
            notice->skipReason = tr("The item %1 (version %2) of the case is not in the hall's "
                                    "catalogue.")
                                     .arg(then.itemCode)
                                     .arg(then.itemVersion);
        } else if (notice->kind == NoticeKind::ReadyForPickup && current.certificate &&
                   current.certificate->isIssued()) {
            notice->skipReason = tr("The certificate was handed over before the notice was "
                                    "written.");
        }
        if (notice->isSkipped())
            notice->phone.clear();
        notices.append(*notice);
    }
    return notices;
}

Result<QList<core::Event>> NoticeWriter::caseEvents(const QUuid &caseId)
{
    if (const auto known = m_caseEvents.constFind(caseId); known != m_caseEvents.cend())
        return *known;
    Result<QList<core::Event>> events = m_store.caseEvents(caseId);
    if (events)
        m_caseEvents.insert(caseId, *events);
    return events;
}

Status NoticeWriter::refreshCalendar()
{
    const int version = m_store.referenceVersions().calendar;
    if (version == m_calendarVersion)
        return Status::success();
    Result<core::WorkingCalendar> calendar = m_store.loadCalendar();
    if (!calendar)
        return calendar.error();
    m_calendar = std::move(calendar).value();
    m_calendarVersion = version;
    return Status::success();
}

} // namespace sunhall::server
