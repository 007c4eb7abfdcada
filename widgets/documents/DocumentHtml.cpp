// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/DocumentHtml.h"

namespace sunhall::widgets {

QString DocumentHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString DocumentHtml::heading(const QString &hallName, const QString &title, PaperFormat paper)
{
    const bool roll = paper == PaperFormat::ReceiptRoll80mm;
    return QStringLiteral("<p align=\"center\" style=\"font-size: %1pt; margin-bottom: 2px;\">"
                          "%2</p><p align=\"center\" style=\"font-size: %3pt; font-weight: bold; "
                          "margin-top: 0; margin-bottom: %4px;\">%5</p>")
        .arg(roll ? QStringLiteral("9") : QStringLiteral("12"), escaped(hallName),
             roll ? QStringLiteral("14") : QStringLiteral("20"),
             roll ? QStringLiteral("6") : QStringLiteral("14"), escaped(title));
}

QString DocumentHtml::facts(const QList<Fact> &rows, PaperFormat paper)
{
    const bool roll = paper == PaperFormat::ReceiptRoll80mm;
    return factTable(rows, roll ? 36 : 22, roll ? 1 : 3, 0);
}

QString DocumentHtml::largeFacts(const QList<Fact> &rows, qreal points)
{
    return factTable(rows, 24, 7, points);
}

QString DocumentHtml::factTable(const QList<Fact> &rows, int labelPercent, int padding,
                                qreal points)
{
    // Qt's rich text sizes the text of a cell from a span inside it, not from the cell.
    const auto cell = [points](const QString &text) {
        if (points <= 0)
            return escaped(text);
        return QStringLiteral("<span style=\"font-size: %1pt;\">%2</span>")
            .arg(QString::number(points), escaped(text));
    };
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">").arg(padding);
    for (const auto &[label, value] : rows) {
        html += QStringLiteral("<tr><td valign=\"top\" width=\"%1%\" style=\"color: #33383e;\">"
                               "%2</td><td valign=\"top\">%3</td></tr>")
                    .arg(QString::number(labelPercent), cell(label), cell(value));
    }
    return html + QStringLiteral("</table>");
}

QString DocumentHtml::table(const QStringList &headers, const QList<int> &widths,
                            const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" style=\"border-collapse: collapse; "
                                  "border-color: #000000; border-style: solid;\"><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        html += QStringLiteral("<th align=\"left\" width=\"%1%\" style=\"background: "
                               "#e8e8e8;\">%2</th>")
                    .arg(QString::number(widths.value(i)), escaped(headers.at(i)));
    }
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td valign=\"top\">%1</td>").arg(escaped(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString DocumentHtml::section(const QString &title)
{
    return QStringLiteral("<p style=\"font-weight: bold; margin-top: 10px; margin-bottom: "
                          "4px;\">%1</p>")
        .arg(escaped(title));
}

QString DocumentHtml::paragraph(const QString &text, bool indented)
{
    return QStringLiteral("<p style=\"margin-top: 4px; margin-bottom: 4px; text-indent: %1px; "
                          "line-height: 130%;\">%2</p>")
        .arg(indented ? 28 : 0)
        .arg(escaped(text));
}

QString DocumentHtml::signature(const QStringList &lines, qreal points)
{
    QString html = spacer(points > 0 ? points : 12);
    for (const QString &line : lines) {
        html += QStringLiteral("<p align=\"right\" style=\"margin: 2px 0;\">%1</p>")
                    .arg(points > 0 ? QStringLiteral("<span style=\"font-size: %1pt;\">%2</span>")
                                          .arg(QString::number(points), escaped(line))
                                    : escaped(line));
    }
    return html;
}

QString DocumentHtml::spacer(qreal points)
{
    return QStringLiteral("<p style=\"font-size: %1pt; margin: 0;\">&nbsp;</p>")
        .arg(QString::number(points));
}

QString DocumentHtml::centredQr(const QString &qrPlaceholder, const QString &caption)
{
    return QStringLiteral("<p align=\"center\" style=\"margin-top: 6px; margin-bottom: 0;\">%1"
                          "</p><p align=\"center\" style=\"margin-top: 0; font-size: 8pt;\">%2"
                          "</p>")
        .arg(qrPlaceholder, escaped(caption));
}

} // namespace sunhall::widgets
