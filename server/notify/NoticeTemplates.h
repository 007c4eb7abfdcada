// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "server/notify/NoticeKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sunhall::server {

class ServerStore;

/// The texts of the SMS notices, one per NoticeKind: the hall's own, kept in the hall store's
/// settings under "notify.template.<kind>" (edited with `sunhallctl notify template set`), or
/// the Chinese default. A template is text with placeholders in braces, filled in per case:
/// {applicant} the applicant's name, {caseNumber} the case number (受理编号), {item} the item's
/// name, {dueDate} the promised date (承诺办结日期), {hall} the hall's name, {window} the
/// window that took the application, {materials} the materials to supplement.
class NoticeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(NoticeTemplates)
public:
    /// Longest template, in characters: a few SMS segments.
    static constexpr int maxLength = 500;

    static QString settingKey(NoticeKind kind);
    static QString defaultText(NoticeKind kind);
    /// "applicant", "caseNumber", …: the names a template may use.
    static QStringList placeholders();
    /// Refuses a blank or too long template, braces that do not pair, and a placeholder not
    /// in placeholders(); the error names the field "text".
    static core::Status validate(const QString &text);
    /// Fills in the placeholders; a name without a value becomes empty text.
    static QString render(const QString &text, const QHash<QString, QString> &values);

    /// The template in effect for `kind`: the hall's own, or the default.
    static QString text(const ServerStore &store, NoticeKind kind);
    static bool isCustom(const ServerStore &store, NoticeKind kind);
    /// Every kind's template in effect.
    static QMap<NoticeKind, QString> all(const ServerStore &store);
    /// Validates and stores the hall's own template; an empty `text` goes back to the default.
    static core::Status set(ServerStore &store, NoticeKind kind, const QString &text);
};

} // namespace sunhall::server
