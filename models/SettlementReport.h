// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseVocabulary.h"
#include "models/FeeLedgerEntry.h"
#include "models/SettlementFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sunhall::models {

/// The three settlements of DOMAIN.md §5: the daily settlement (日结), the weekly
/// reconciliation (周对账, Monday to Sunday) and the monthly summary (月汇总).
enum class SettlementPeriod
{
    Day,
    Week,
    Month
};

/// A cashier's books over a day, a week or a month, by day and method: receipts issued and
/// voided, their counts and totals, and the net per method (collected less voided). A void
/// counts on the day it was recorded, against the method of the receipt it cancels, and for
/// the cashier who recorded it; a receipt issued and voided on the same day therefore nets to
/// nothing. Built from the ledger entries of a CashierBook; with an empty cashier id it sums
/// every cashier. A plain value: the screens show it, SettlementDocument prints it,
/// SettlementCsv exports it.
class SettlementReport
{
    Q_DECLARE_TR_FUNCTIONS(SettlementReport)
public:
    /// The report of the period of `period` that holds `day`, from `entries` (other days and
    /// other cashiers are left out).
    static SettlementReport build(const QList<FeeLedgerEntry> &entries, SettlementPeriod period,
                                  const QDate &day, const QString &cashierId = {});
    static QDate periodStart(SettlementPeriod period, const QDate &day);
    static QDate periodEnd(SettlementPeriod period, const QDate &day);
    /// The methods in the order every settlement lists them.
    static QList<core::PaymentMethod> methods();

    SettlementPeriod period() const { return m_period; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    /// Empty when the report sums every cashier.
    QString cashierId() const { return m_cashierId; }
    QString cashierName() const { return m_cashierName; }
    void setCashierName(const QString &name) { m_cashierName = name; }

    /// For a day: one line per method, in methods() order, zeros included. For a week or a
    /// month: one line per day and method with anything recorded, by day then method.
    const QList<SettlementLine> &lines() const { return m_lines; }
    /// The days with anything recorded.
    QList<QDate> days() const;
    SettlementFigures total(core::PaymentMethod method) const;
    SettlementFigures total() const;
    SettlementFigures dayTotal(const QDate &day) const;
    /// The entries the report was built from, in the order they happened.
    const QList<FeeLedgerEntry> &entries() const { return m_entries; }

    /// "Daily settlement", "Weekly reconciliation", "Monthly summary".
    static QString periodName(SettlementPeriod period);
    /// "2025-03-03", "2025-03-03 – 2025-03-09", "2025-03".
    QString periodText() const;

private:
    SettlementPeriod m_period = SettlementPeriod::Day;
    QDate m_from;
    QDate m_to;
    QString m_cashierId;
    QString m_cashierName;
    QList<SettlementLine> m_lines;
    QList<FeeLedgerEntry> m_entries;
};

} // namespace sunhall::models
