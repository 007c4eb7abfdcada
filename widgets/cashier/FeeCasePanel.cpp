// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/FeeCasePanel.h"

#include "core/values/MoneyWords.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sunhall::widgets {

namespace {

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

FeeCasePanel::FeeCasePanel(QWidget *parent)
    : QWidget(parent)
{
    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("feeCaseLabel"));
    m_caseLabel->setWordWrap(true);
    m_caseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = m_caseLabel->font();
    large.setPointSizeF(large.pointSizeF() * 1.2);
    large.setBold(true);
    m_caseLabel->setFont(large);

    m_itemLabel = new QLabel(this);
    m_itemLabel->setObjectName(QStringLiteral("feeItemLabel"));
    m_itemLabel->setWordWrap(true);

    m_linesTable = new QTableWidget(0, 4, this);
    m_linesTable->setObjectName(QStringLiteral("feeLinesTableWidget"));
    m_linesTable->setHorizontalHeaderLabels(
        {tr("Fee"), tr("Code"), tr("Standard amount"), tr("Legal basis")});
    m_linesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_linesTable->setFocusPolicy(Qt::NoFocus);
    m_linesTable->verticalHeader()->hide();
    m_linesTable->setWordWrap(true);
    m_linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_linesTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_linesTable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_moneyLabel = new QLabel(this);
    m_moneyLabel->setObjectName(QStringLiteral("feeMoneyLabel"));
    m_moneyLabel->setWordWrap(true);

    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("feeDueLabel"));
    m_dueLabel->setWordWrap(true);
    m_dueLabel->setFont(large);

    m_receiptsLabel = new QLabel(this);
    m_receiptsLabel->setObjectName(QStringLiteral("caseReceiptsLabel"));
    m_receiptsLabel->setWordWrap(true);
    m_receiptsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caseLabel);
    layout->addWidget(m_itemLabel);
    layout->addWidget(m_linesTable);
    layout->addWidget(m_moneyLabel);
    layout->addWidget(m_dueLabel);
    layout->addWidget(m_receiptsLabel);
    layout->addStretch(1);
    clear();
}

void FeeCasePanel::clear()
{
    m_caseLabel->setText(tr("No case chosen"));
    m_itemLabel->setText(tr("Find the case by its number or the applicant's name or ID number, "
                            "then press Enter."));
    m_linesTable->setRowCount(0);
    m_moneyLabel->clear();
    m_dueLabel->clear();
    m_receiptsLabel->clear();
}

void FeeCasePanel::showCase(const models::FeeCase &feeCase,
                            const QList<models::FeeLedgerEntry> &receipts,
                            const QList<models::FeeLedgerEntry> &voids)
{
    const core::CaseState &state = feeCase.state;
    m_caseLabel->setText(
        tr("%1 · %2", "case number · applicant").arg(state.caseNumber, state.applicant.name));
    m_itemLabel->setText(tr("Item: %1 (%2) · ID number: %3")
                             .arg(feeCase.item.name, state.itemCode, state.applicant.idNumber));
    const QList<models::FeeCaseLine> lines = feeCase.lines();
    m_linesTable->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const models::FeeCaseLine &line = lines.at(row);
        m_linesTable->setItem(row, 0, cell(line.name));
        m_linesTable->setItem(row, 1, cell(line.code));
        m_linesTable->setItem(row, 2, cell(line.amount.toDisplayString(), true));
        m_linesTable->setItem(row, 3, cell(line.basis));
    }
    m_linesTable->resizeRowsToContents();
    m_moneyLabel->setText(tr("Assessed %1 · Paid %2 · Reduced %3")
                              .arg(feeCase.assessed.toDisplayString(),
                                   feeCase.paid.toDisplayString(),
                                   feeCase.reduced.toDisplayString()));
    const core::Money due = feeCase.due();
    m_dueLabel->setText(due > core::Money()
                            ? tr("Due: %1 (%2)", "amount in figures (in capitals)")
                                  .arg(due.toDisplayString(), core::moneyInCapitals(due))
                            : tr("Paid in full"));
    QStringList receiptLines;
    for (const models::FeeLedgerEntry &receipt : receipts) {
        const auto voided = std::find_if(voids.cbegin(), voids.cend(),
                                         [&receipt](const models::FeeLedgerEntry &entry) {
                                             return entry.receiptNumber == receipt.receiptNumber;
                                         });
        QString line = tr("%1 · %2 · %3", "receipt number · amount · method")
                           .arg(receipt.receiptNumber, receipt.amount.toDisplayString(),
                                core::paymentMethodDisplayName(receipt.method));
        if (receipt.reduction.amount > core::Money()) {
            line += tr(" · reduced %1 (%2)", "reduction, legal basis")
                        .arg(receipt.reduction.amount.toDisplayString(), receipt.reduction.basis);
        }
        if (voided != voids.cend())
            line += tr(" · VOID: %1", "void reason").arg(voided->reason);
        receiptLines.append(line);
    }
    m_receiptsLabel->setText(receiptLines.isEmpty()
                                 ? tr("No receipt issued on this case yet.")
                                 : tr("Receipts of this case:") + QLatin1Char('\n') +
                                       receiptLines.join(QLatin1Char('\n')));
}

} // namespace sunhall::widgets
