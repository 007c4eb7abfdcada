// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/PullPage.h"

#include "core/case/PayloadReader.h"

#include <QCoreApplication>

#include <limits>

namespace sunhall::core {

namespace {

constexpr qint64 maxSeq = std::numeric_limits<qint64>::max();

Error outOfOrder(qsizetype index, qint64 seq)
{
    return makeError(QStringLiteral("sync.bad-page"),
                     QCoreApplication::translate("sunhall::core::PullPage",
                                                 "The server sent event %1 (server sequence %2) "
                                                 "out of order.")
                         .arg(index)
                         .arg(seq),
                     QStringLiteral("events[%1].serverSeq").arg(index));
}

} // namespace

Result<PullPage> PullPage::fromJson(const QJsonObject &json, qint64 after)
{
    PayloadReader reader(json);
    PullPage page;
    page.serverSeq = reader.integer64(QStringLiteral("serverSeq"), 0, maxSeq);
    page.more = reader.boolean(QStringLiteral("more"), false);
    PayloadReader reference =
        reader.nested(QStringLiteral("reference"), PayloadReader::Presence::Optional);
    const int maxVersion = std::numeric_limits<int>::max();
    page.reference.catalog =
        reference.optionalInteger(QStringLiteral("catalogVersion"), 0, 0, maxVersion);
    page.reference.calendar =
        reference.optionalInteger(QStringLiteral("calendarVersion"), 0, 0, maxVersion);
    page.reference.users =
        reference.optionalInteger(QStringLiteral("usersVersion"), 0, 0, maxVersion);
    page.reference.certificateKeys = reference.text(QStringLiteral("certificateKeysVersion"),
                                                    PayloadReader::Presence::Optional, 64);
    const QList<QJsonObject> events = reader.objectList(QStringLiteral("events"));
    if (!reader.ok())
        return reader.error();
    qint64 previous = after;
    for (qsizetype i = 0; i < events.size(); ++i) {
        Result<Event> event = Event::fromJson(events.at(i));
        if (!event) {
            Error error = event.error();
            error.field = QStringLiteral("events[%1].%2").arg(i).arg(error.field);
            return error;
        }
        if (event->serverSeq <= previous || event->serverSeq > page.serverSeq)
            return outOfOrder(i, event->serverSeq);
        previous = event->serverSeq;
        page.events.append(std::move(event).value());
    }
    return page;
}

} // namespace sunhall::core
