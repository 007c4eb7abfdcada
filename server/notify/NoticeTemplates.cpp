// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeTemplates.h"

#include "server/store/ServerStore.h"

namespace sunhall::server {

using core::makeError;
using core::Status;

namespace {

// The defaults are what the applicant reads, so they are Chinese whatever language the
// server's administrators use; a hall words its own with `sunhallctl notify template set`.
QString defaultFor(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Accepted:
        return QStringLiteral("【{hall}】{applicant}您好：您申请的“{item}”已受理，受理编号"
                              "{caseNumber}，承诺办结日期{dueDate}。可凭受理编号查询办理进度。");
    case NoticeKind::SupplementNeeded:
        return QStringLiteral("【{hall}】{applicant}您好：您申请的“{item}”需补正以下材料："
                              "{materials}。请一次性补齐后到受理窗口提交。");
    case NoticeKind::Approved:
        return QStringLiteral("【{hall}】{applicant}您好：您申请的“{item}”（受理编号{caseNumber}）"
                              "已审批通过。");
    case NoticeKind::Denied:
        return QStringLiteral("【{hall}】{applicant}您好：您申请的“{item}”（受理编号{caseNumber}）"
                              "未予许可，书面决定及理由请到受理窗口领取。");
    case NoticeKind::ReadyForPickup:
        return QStringLiteral("【{hall}】{applicant}您好：您申请的“{item}”（受理编号{caseNumber}）"
                              "证照已制作完成，请携带本人身份证件及受理回执到窗口领取。");
    }
    return {};
}

} // namespace

QString NoticeTemplates::settingKey(NoticeKind kind)
{
    return QStringLiteral("notify.template.") + noticeKindId(kind);
}

QString NoticeTemplates::defaultText(NoticeKind kind)
{
    return defaultFor(kind);
}

QStringList NoticeTemplates::placeholders()
{
    return {QStringLiteral("applicant"), QStringLiteral("caseNumber"), QStringLiteral("item"),
            QStringLiteral("dueDate"),   QStringLiteral("hall"),       QStringLiteral("window"),
            QStringLiteral("materials")};
}

Status NoticeTemplates::validate(const QString &text)
{
    const QString field = QStringLiteral("text");
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("notify.template-empty"),
                         tr("The template is empty: write the text of the message."), field);
    if (text.size() > maxLength)
        return makeError(QStringLiteral("notify.template-too-long"),
                         tr("The template has %1 characters; at most %2 are allowed.")
                             .arg(text.size())
                             .arg(maxLength),
                         field);
    const QString known =
        QStringLiteral("{") + placeholders().join(QStringLiteral("}, {")) + QStringLiteral("}");
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        const qsizetype close = text.indexOf(QLatin1Char('}'), from);
        if (open < 0 && close < 0)
            break;
        const qsizetype end = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < open || end < 0)
            return makeError(QStringLiteral("notify.template-braces"),
                             tr("The braces in the template do not pair up: each placeholder "
                                "is a name between { and }, such as {applicant}."),
                             field);
        const QString name = text.mid(open + 1, end - open - 1);
        if (!placeholders().contains(name))
            return makeError(QStringLiteral("notify.template-placeholder"),
                             tr("The template uses {%1}, which is not a placeholder. The "
                                "placeholders are %2.")
                                 .arg(name, known),
                             field);
        from = end + 1;
    }
    return Status::success();
}

QString NoticeTemplates::render(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += QStringView(text).mid(from);
            break;
        }
        out += QStringView(text).mid(from, open - from);
        const QString name = text.mid(open + 1, close - open - 1);
        if (placeholders().contains(name))
            out += values.value(name);
        else
            out += QStringView(text).mid(open, close - open + 1);
        from = close + 1;
    }
    return out;
}

QString NoticeTemplates::text(const ServerStore &store, NoticeKind kind)
{
    const QString own = store.setting(settingKey(kind)).value_or(QString());
    return own.trimmed().isEmpty() ? defaultText(kind) : own;
}

bool NoticeTemplates::isCustom(const ServerStore &store, NoticeKind kind)
{
    return !store.setting(settingKey(kind)).value_or(QString()).trimmed().isEmpty();
}

QMap<NoticeKind, QString> NoticeTemplates::all(const ServerStore &store)
{
    QMap<NoticeKind, QString> texts;
    for (const NoticeKind kind : allNoticeKinds())
        texts.insert(kind, text(store, kind));
    return texts;
}

Status NoticeTemplates::set(ServerStore &store, NoticeKind kind, const QString &text)
{
    if (!text.isEmpty()) {
        if (Status valid = validate(text); !valid)
            return valid;
    }
    return store.setSetting(settingKey(kind), text);
}

} // namespace sunhall::server
