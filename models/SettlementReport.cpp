// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SettlementReport.h"

#include <QMap>

#include <utility>

namespace sunhall::models {

QList<core::PaymentMethod> SettlementReport::methods()
{
    return {core::PaymentMethod::Cash, core::PaymentMethod::Card, core::PaymentMethod::Transfer,
            core::PaymentMethod::Wire};
}

QDate SettlementReport::periodStart(SettlementPeriod period, const QDate &day)
{
    switch (period) {
    case SettlementPeriod::Day:
        return day;
    case SettlementPeriod::Week:
        return day.addDays(1 - day.dayOfWeek());
    case SettlementPeriod::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate SettlementReport::periodEnd(SettlementPeriod period, const QDate &day)
{
    switch (period) {
    case SettlementPeriod::Day:
        return day;
    case SettlementPeriod::Week:
        return day.addDays(7 - day.dayOfWeek());
    case SettlementPeriod::Month:
        return QDate(day.year(), day.month(), day.daysInMonth());
    }
    return day;
}

SettlementReport SettlementReport::build(const QList<FeeLedgerEntry> &entries,
                                         SettlementPeriod period, const QDate &day,
                                         const QString &cashierId)
{
    SettlementReport report;
    report.m_period = period;
    report.m_from = periodStart(period, day);
    report.m_to = periodEnd(period, day);
    report.m_cashierId = cashierId;
    QMap<std::pair<QDate, int>, SettlementFigures> figures;
    for (const FeeLedgerEntry &entry : entries) {
        if (entry.day < report.m_from || entry.day > report.m_to)
            continue;
        if (!cashierId.isEmpty() && entry.cashierId != cashierId)
            continue;
        if (!cashierId.isEmpty())
            report.m_cashierName = entry.cashierName;
        report.m_entries.append(entry);
        figures[{entry.day, int(entry.method)}].add(entry);
    }
    if (period == SettlementPeriod::Day) {
        for (const core::PaymentMethod method : methods())
            report.m_lines.append({day, method, figures.value({day, int(method)})});
        return report;
    }
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        report.m_lines.append({it.key().first, core::PaymentMethod(it.key().second), it.value()});
    }
    return report;
}

QList<QDate> SettlementReport::days() const
{
    QList<QDate> days;
    for (const SettlementLine &line : m_lines) {
        if (!line.figures.isEmpty() && !days.contains(line.day))
            days.append(line.day);
    }
    return days;
}

SettlementFigures SettlementReport::total(core::PaymentMethod method) const
{
    SettlementFigures sum;
    for (const SettlementLine &line : m_lines) {
        if (line.method == method)
            sum += line.figures;
    }
    return sum;
}

SettlementFigures SettlementReport::total() const
{
    SettlementFigures sum;
    for (const SettlementLine &line : m_lines)
        sum += line.figures;
    return sum;
}

SettlementFigures SettlementReport::dayTotal(const QDate &day) const
{
    SettlementFigures sum;
    for (const SettlementLine &line : m_lines) {
        if (line.day == day)
            sum += line.figures;
    }
    return sum;
}

QString SettlementReport::periodName(SettlementPeriod period)
{
    switch (period) {
    case SettlementPeriod::Day:
        return tr("Daily settlement");
    case SettlementPeriod::Week:
        return tr("Weekly reconciliation");
    case SettlementPeriod::Month:
        return tr("Monthly summary");
    }
    return {};
}

QString SettlementReport::periodText() const
{
    const QString format = QStringLiteral("yyyy-MM-dd");
    switch (m_period) {
    case SettlementPeriod::Day:
        return m_from.toString(format);
    case SettlementPeriod::Week:
        return tr("%1 to %2", "a week: first and last day")
            .arg(m_from.toString(format), m_to.toString(format));
    case SettlementPeriod::Month:
        return m_from.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

} // namespace sunhall::models
