// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/Event.h"
#include "core/catalog/Item.h"
#include "core/time/WorkingCalendar.h"
#include "server/notify/Notice.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace sunhall::server {

/// Turns a case event into the SMS notice it calls for: picks the kind (NoticeKind), fills
/// the hall's template for it with the case's values, and takes the applicant's mobile
/// number, or records why the notice is skipped. Pure: what it needs is passed in.
class NoticeComposer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeComposer)
public:
    /// `templates` holds the text in effect per kind (NoticeTemplates::all); `calendar` gives
    /// the promised date of {dueDate}.
    NoticeComposer(QString hallName, const core::WorkingCalendar &calendar,
                   QMap<NoticeKind, QString> templates);

    /// The notice of `event`, given the case as it stood right after it and its item; none
    /// for an event that tells the applicant nothing.
    std::optional<Notice> compose(const core::Event &event, const core::CaseState &state,
                                  const core::Item &item) const;

    /// A mainland mobile number as eleven digits ("13800138000" from "138 0013 8000" or
    /// "+86-138-0013-8000"); none for anything else, such as a landline.
    static std::optional<QString> mobileNumber(const QString &phone);
    /// "138****8000": a number as logs and listings show it.
    static QString maskedPhone(const QString &phone);
    /// "2025年3月31日".
    static QString chineseDate(const QDate &date);

private:
    QString dueDate(const core::CaseState &state, const core::Item &item) const;
    static QString materials(const core::CaseState &state, const core::Item &item);

    QString m_hallName;
    const core::WorkingCalendar &m_calendar;
    QMap<NoticeKind, QString> m_templates;
};

} // namespace sunhall::server
