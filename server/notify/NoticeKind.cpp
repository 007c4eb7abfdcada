// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeKind.h"

#include "core/case/CaseVocabulary.h"

#include <QCoreApplication>

namespace sunhall::server {

namespace {

constexpr char context[] = "sunhall::server::NoticeKind";

struct KindRow
{
    NoticeKind kind;
    const char *id;
    const char *name;
};

constexpr KindRow kindRows[] = {
    {NoticeKind::Accepted, "accepted",
     QT_TRANSLATE_NOOP("sunhall::server::NoticeKind", "Case accepted")},
    {NoticeKind::SupplementNeeded, "supplement",
     QT_TRANSLATE_NOOP("sunhall::server::NoticeKind", "Materials to supplement")},
    {NoticeKind::Approved, "approved",
     QT_TRANSLATE_NOOP("sunhall::server::NoticeKind", "Application approved")},
    {NoticeKind::Denied, "denied",
     QT_TRANSLATE_NOOP("sunhall::server::NoticeKind", "Application denied")},
    {NoticeKind::ReadyForPickup, "pickup",
     QT_TRANSLATE_NOOP("sunhall::server::NoticeKind", "Certificate ready for pickup")},
};

const KindRow &rowOf(NoticeKind kind)
{
    for (const KindRow &row : kindRows) {
        if (row.kind == kind)
            return row;
    }
    return kindRows[0];
}

} // namespace

QString noticeKindId(NoticeKind kind)
{
    return QString::fromLatin1(rowOf(kind).id);
}

std::optional<NoticeKind> noticeKindFromId(const QString &id)
{
    for (const KindRow &row : kindRows) {
        if (id == QLatin1String(row.id))
            return row.kind;
    }
    return std::nullopt;
}

QList<NoticeKind> allNoticeKinds()
{
    QList<NoticeKind> kinds;
    for (const KindRow &row : kindRows)
        kinds.append(row.kind);
    return kinds;
}

QString noticeKindDisplayName(NoticeKind kind)
{
    return QCoreApplication::translate(context, rowOf(kind).name);
}

std::optional<NoticeKind> noticeKindForEvent(const core::Event &event)
{
    using namespace core::EventType;
    if (event.type == accepted)
        return NoticeKind::Accepted;
    if (event.type == supplementRequested)
        return NoticeKind::SupplementNeeded;
    if (event.type == decided) {
        return event.payload.value(QStringLiteral("approved")).toBool() ? NoticeKind::Approved
                                                                        : NoticeKind::Denied;
    }
    if (event.type == certificatePrinted &&
        !event.payload.value(QStringLiteral("reprint")).toBool())
        return NoticeKind::ReadyForPickup;
    return std::nullopt;
}

} // namespace sunhall::server
