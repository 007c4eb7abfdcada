// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ItemDescription.h"

#include <QStringList>

namespace sunhall::widgets {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString section(const QString &title, const QString &body)
{
    return QStringLiteral("<h3 style=\"margin-top: 14px; margin-bottom: 4px;\">%1</h3>%2")
        .arg(escaped(title), body);
}

/// A ruled table; `headers` and every cell are already escaped. `widths` are the columns'
/// shares of the width in percent, so that long CJK names get the room and short values don't.
QString table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse: collapse;\">"
                                  "<tr style=\"background: #eef1f5;\">");
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>")
                    .arg(QString::number(widths.value(i)), headers.at(i));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign=\"top\" style=\"border-bottom: 1px solid "
                                   "#d5d9df;\">%1</td>")
                        .arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

/// Label and value rows without borders; labels are escaped here, values by the caller.
QString factTable(const QList<std::pair<QString, QString>> &facts)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[label, value] : facts)
        html += QStringLiteral("<tr><td valign=\"top\" style=\"color: #555b63; "
                               "padding-right: 12px;\">%1</td><td valign=\"top\">%2</td></tr>")
                    .arg(escaped(label), value);
    return html + QStringLiteral("</table>");
}

} // namespace

QString ItemDescription::toHtml(const core::Item &item, const core::Catalogue &catalogue)
{
    return facts(item, catalogue) + section(tr("Legal basis"), paragraph(item.legalBasis)) +
           section(tr("Conditions"), paragraph(item.conditions)) +
           section(tr("Materials"), materials(item)) + section(tr("Fees"), fees(item)) +
           section(tr("Flow"), flow(item, catalogue));
}

QString ItemDescription::facts(const core::Item &item, const core::Catalogue &catalogue)
{
    QString certificate = tr("None");
    if (item.certificate) {
        certificate = item.certificate->validityYears > 0
                          ? tr("%1, valid for %n year(s)", nullptr, item.certificate->validityYears)
                                .arg(item.certificate->name)
                          : tr("%1, no expiry").arg(item.certificate->name);
    }
    const QList<std::pair<QString, QString>> rows = {
        {tr("Item code"), escaped(item.code)},
        {tr("Department"), escaped(departmentName(item.department, catalogue))},
        {tr("Category"), escaped(core::itemCategoryDisplayName(item.category))},
        {tr("Kind"), escaped(core::itemKindDisplayName(item.kind))},
        {tr("Promised limit"), escaped(daysText(item.promisedLimitDays))},
        {tr("Legal limit"), escaped(daysText(item.legalLimitDays))},
        {tr("Longest extension"),
         escaped(item.maxExtensionDays > 0 ? daysText(item.maxExtensionDays) : tr("No extension"))},
        {tr("Green channel"),
         escaped(item.greenChannelEligible ? tr("Eligible") : tr("Not eligible"))},
        {tr("Certificate"), escaped(certificate)},
    };
    return factTable(rows);
}

QString ItemDescription::materials(const core::Item &item)
{
    if (item.materials.isEmpty())
        return paragraph(tr("No materials are required."));
    QList<QStringList> rows;
    for (qsizetype i = 0; i < item.materials.size(); ++i) {
        const core::Material &material = item.materials.at(i);
        QStringList notes;
        if (!material.templateName.isEmpty())
            notes << escaped(tr("Form to fill in: %1").arg(material.templateName));
        if (!material.note.isEmpty())
            notes << escaped(material.note);
        rows.append({QString::number(i + 1), escaped(material.name),
                     escaped(material.required ? tr("Required") : tr("Optional")),
                     escaped(core::materialFormDisplayName(material.form)),
                     QString::number(material.copies), notes.join(QStringLiteral("<br/>"))});
    }
    return table({escaped(tr("No.")), escaped(tr("Material")), escaped(tr("Required")),
                  escaped(tr("Form")), escaped(tr("Copies")), escaped(tr("Notes"))},
                 {8, 32, 12, 16, 12, 20}, rows);
}

QString ItemDescription::fees(const core::Item &item)
{
    if (item.fees.isEmpty())
        return paragraph(tr("Free: this item charges no fee."));
    QList<QStringList> rows;
    for (const core::FeeItem &fee : item.fees)
        rows.append({escaped(fee.name), escaped(fee.amount.toDisplayString()), escaped(fee.basis)});
    if (item.fees.size() > 1)
        rows.append({escaped(tr("Total")), escaped(item.standardFee().toDisplayString()), {}});
    return table({escaped(tr("Fee")), escaped(tr("Amount")), escaped(tr("Basis"))}, {40, 20, 40},
                 rows);
}

QString ItemDescription::flow(const core::Item &item, const core::Catalogue &catalogue)
{
    if (item.flow.steps.isEmpty())
        return paragraph(tr("No flow is published for this item."));
    QList<QStringList> rows;
    for (qsizetype i = 0; i < item.flow.steps.size(); ++i) {
        const core::FlowStep &step = item.flow.steps.at(i);
        rows.append({QString::number(i + 1), escaped(step.name),
                     escaped(core::roleDisplayName(step.role)),
                     stepDepartments(step, item, catalogue), escaped(daysText(step.budgetDays))});
    }
    return table({escaped(tr("No.")), escaped(tr("Step")), escaped(tr("Done by")),
                  escaped(tr("Department")), escaped(tr("Time budget"))},
                 {8, 20, 20, 32, 20}, rows);
}

QString ItemDescription::stepDepartments(const core::FlowStep &step, const core::Item &item,
                                         const core::Catalogue &catalogue)
{
    if (step.parallelDepartments.isEmpty()) {
        const QString code = step.department.isEmpty() ? item.department : step.department;
        return escaped(departmentName(code, catalogue));
    }
    QStringList names;
    for (const QString &code : step.parallelDepartments)
        names << departmentName(code, catalogue);
    return escaped(tr("In parallel: %1", "joint review by several departments")
                       .arg(names.join(tr(", ", "separator between department names"))));
}

QString ItemDescription::departmentName(const QString &code, const core::Catalogue &catalogue)
{
    const core::Department *department = catalogue.department(code);
    return department ? department->name : tr("Unknown department %1").arg(code);
}

QString ItemDescription::daysText(int days)
{
    if (days == 0)
        return tr("Same day");
    return tr("%n working day(s)", nullptr, days);
}

QString ItemDescription::paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p style=\"color: #555b63;\">%1</p>").arg(escaped(tr("Not stated")));
    return QStringLiteral("<p style=\"margin-top: 0;\">%1</p>").arg(escaped(text));
}

} // namespace sunhall::widgets
