// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/FeeCase.h"
#include "models/FeeLedgerEntry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sunhall::widgets {

/// What the cashier reads of the chosen case before collecting: case number, applicant and
/// item; each fee with its standard amount and legal basis (from the item); the fee assessed,
/// what was paid and reduced on valid receipts, and what is due, in figures and in capitals;
/// and the case's receipts so far, voided ones included.
class FeeCasePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FeeCasePanel(QWidget *parent = nullptr);

    void showCase(const models::FeeCase &feeCase, const QList<models::FeeLedgerEntry> &receipts,
                  const QList<models::FeeLedgerEntry> &voids);
    void clear();

private:
    QLabel *m_caseLabel = nullptr;
    QLabel *m_itemLabel = nullptr;
    QTableWidget *m_linesTable = nullptr;
    QLabel *m_moneyLabel = nullptr;
    QLabel *m_dueLabel = nullptr;
    QLabel *m_receiptsLabel = nullptr;
};

} // namespace sunhall::widgets
