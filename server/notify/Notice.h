// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/notify/NoticeKind.h"

#include <QString>
#include <QUuid>

namespace sunhall::server {

/// One SMS notice as it goes into the outbox: for one case event, whose server sequence is
/// the notice's id (so that an event never gets a second notice, however often it is looked
/// at), to the applicant's mobile number, with the text rendered from the hall's template. A
/// notice that cannot be sent (the applicant gave no mobile number) is kept as skipped, with
/// the reason, and never handed to a gateway.
struct Notice
{
    qint64 serverSeq = 0;
    QUuid caseId;
    int caseSeq = 0;
    NoticeKind kind = NoticeKind::Accepted;
    QString phone; // eleven digits; empty when skipped
    QString text;
    QString skipReason; // not empty: recorded as skipped

    bool isSkipped() const { return !skipReason.isEmpty(); }
};

} // namespace sunhall::server
