// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/DocumentText.h"

#include <QLocale>

namespace sunhall::widgets {

QString DocumentText::maskedIdNumber(const QString &idNumber, core::ApplicantKind kind)
{
    constexpr int shown = 4;
    if (kind == core::ApplicantKind::Organisation || idNumber.size() <= 2 * shown)
        return idNumber;
    return idNumber.left(shown) + QString(idNumber.size() - 2 * shown, QLatin1Char('*')) +
           idNumber.right(shown);
}

QString DocumentText::date(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString DocumentText::dateWithWeekday(const QDate &date)
{
    if (!date.isValid())
        return tr("Not known");
    return tr("%1 (%2)", "date and weekday")
        .arg(date.toString(Qt::ISODate), QLocale().dayName(date.dayOfWeek()));
}

QString DocumentText::dateTime(const QDateTime &dateTime)
{
    return dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DocumentText::materialForm(core::MaterialForm form, int copies)
{
    return tr("%1 × %2", "material form and how many copies")
        .arg(core::materialFormDisplayName(form))
        .arg(copies);
}

core::Material DocumentText::material(const core::Item &item, const QString &id)
{
    for (const core::Material &material : item.materials) {
        if (material.id == id)
            return material;
    }
    core::Material unknown;
    unknown.id = id;
    unknown.name = id;
    return unknown;
}

QString DocumentText::caseLabel(const core::CaseState &state)
{
    if (!state.caseNumber.isEmpty())
        return state.caseNumber;
    return tr("of %1 for %2", "a case without a number: applicant, item")
        .arg(state.applicant.name, state.itemCode);
}

core::Status DocumentText::checkItem(const core::CaseState &state, const core::Item &item)
{
    if (state.itemCode == item.code)
        return core::Status::success();
    return core::makeError(QStringLiteral("document.item-mismatch"),
                           tr("Item %1 is not the item of case %2 (%3); the document was not "
                              "made.")
                               .arg(item.code, caseLabel(state), state.itemCode),
                           QStringLiteral("item"));
}

} // namespace sunhall::widgets
