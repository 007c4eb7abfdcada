// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeComposer.h"

#include "core/case/CaseClocks.h"
#include "core/time/DeadlineClock.h"
#include "server/notify/NoticeTemplates.h"

#include <QRegularExpression>

namespace sunhall::server {

NoticeComposer::NoticeComposer(QString hallName, const core::WorkingCalendar &calendar,
                               QMap<NoticeKind, QString> templates)
    : m_hallName(std::move(hallName))
    , m_calendar(calendar)
    , m_templates(std::move(templates))
{}

std::optional<Notice> NoticeComposer::compose(const core::Event &event,
                                              const core::CaseState &state,
                                              const core::Item &item) const
{
    const std::optional<NoticeKind> kind = noticeKindForEvent(event);
    if (!kind)
        return std::nullopt;
    Notice notice;
    notice.serverSeq = event.serverSeq;
    notice.caseId = event.caseId;
    notice.caseSeq = event.caseSeq;
    notice.kind = *kind;
    const QHash<QString, QString> values{
        {QStringLiteral("applicant"), state.applicant.name},
        {QStringLiteral("caseNumber"), state.caseNumber},
        {QStringLiteral("item"), item.name},
        {QStringLiteral("dueDate"), dueDate(state, item)},
        {QStringLiteral("hall"), m_hallName},
        {QStringLiteral("window"), state.window},
        {QStringLiteral("materials"), materials(state, item)},
    };
    const QString text = m_templates.value(*kind, NoticeTemplates::defaultText(*kind));
    notice.text = NoticeTemplates::render(text, values);
    if (const std::optional<QString> mobile = mobileNumber(state.applicant.phone)) {
        notice.phone = *mobile;
    } else if (state.applicant.phone.trimmed().isEmpty()) {
        notice.skipReason = tr("The applicant gave no phone number.");
    } else {
        notice.skipReason = tr("The applicant's phone number %1 is not a mobile number.")
                                .arg(state.applicant.phone.trimmed());
    }
    return notice;
}

std::optional<QString> NoticeComposer::mobileNumber(const QString &phone)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()]"));
    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    QString digits = phone;
    digits.remove(separators);
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    if (!mobile.match(digits).hasMatch())
        return std::nullopt;
    return digits;
}

QString NoticeComposer::maskedPhone(const QString &phone)
{
    if (phone.size() < 8)
        return phone;
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

QString NoticeComposer::chineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

// The promised date while it can be read: a case not yet accepted, or stopped by a
// suspension, has none to promise.
QString NoticeComposer::dueDate(const core::CaseState &state, const core::Item &item) const
{
    const std::optional<core::ClockSpec> promised = core::CaseClocks(state, item).promised();
    if (!promised)
        return {};
    const core::Result<QDate> due = core::DeadlineClock(m_calendar).dueDate(*promised);
    return due ? chineseDate(*due) : QString();
}

QString NoticeComposer::materials(const core::CaseState &state, const core::Item &item)
{
    if (state.supplements.isEmpty())
        return {};
    QStringList lines;
    for (const core::MaterialProblem &problem : state.supplements.last().materials) {
        QString name = problem.materialId;
        for (const core::Material &material : item.materials) {
            if (material.id == problem.materialId)
                name = material.name;
        }
        const QString why = problem.problem.trimmed();
        lines.append(why.isEmpty() ? name
                                   : name + QStringLiteral("（") + why + QStringLiteral("）"));
    }
    return lines.join(QStringLiteral("、"));
}

} // namespace sunhall::server
