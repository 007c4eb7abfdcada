// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"

#include <QList>
#include <QString>

#include <optional>

namespace sunhall::server {

/// What an SMS notice tells the applicant (DOMAIN.md §10), and the case event that calls for
/// it: the case was accepted ("accepted"), materials must be supplemented
/// ("supplement-requested"), the application was approved or denied ("decided"), or the
/// certificate is ready to be collected (its first "certificate-printed"; a reprint is not
/// news).
enum class NoticeKind
{
    Accepted,
    SupplementNeeded,
    Approved,
    Denied,
    ReadyForPickup,
};

/// "accepted", "supplement", "approved", "denied", "pickup".
QString noticeKindId(NoticeKind kind);
std::optional<NoticeKind> noticeKindFromId(const QString &id);
QList<NoticeKind> allNoticeKinds();
/// In words for an administrator ("Case accepted"), translated.
QString noticeKindDisplayName(NoticeKind kind);
/// The notice an event calls for, if any.
std::optional<NoticeKind> noticeKindForEvent(const core::Event &event);

} // namespace sunhall::server
