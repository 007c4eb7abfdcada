// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/ReceiptListPage.h"

#include "models/CashierBook.h"
#include "models/CashierReceiptModel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sunhall::widgets {

ReceiptListPage::ReceiptListPage(const models::CashierBook &book, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
{
    setObjectName(QStringLiteral("receiptListPage"));
    m_model = new models::CashierReceiptModel(this);
    m_model->setObjectName(QStringLiteral("cashierReceiptModel"));

    m_dayEdit = new QDateEdit(today, this);
    m_dayEdit->setObjectName(QStringLiteral("receiptDayDateEdit"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &ReceiptListPage::refresh);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("receiptSummaryLabel"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("receiptTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::CashierReceiptModel::StatusColumn,
                                                     QHeaderView::Stretch);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReceiptListPage::updateButtons);

    const auto button = [this](const QString &name, const QString &text,
                               void (ReceiptListPage::*signal)(const QString &)) {
        auto *made = new QPushButton(text, this);
        made->setObjectName(name);
        connect(made, &QPushButton::clicked, this,
                [this, signal]() { emit(this->*signal)(currentReceipt()); });
        return made;
    };
    m_voidButton = button(QStringLiteral("voidReceiptButton"), tr("&Void… (Ctrl+D)"),
                          &ReceiptListPage::voidRequested);
    m_printButton = button(QStringLiteral("printReceiptButton"), tr("&Print (Ctrl+P)"),
                           &ReceiptListPage::printRequested);
    m_previewButton =
        button(QStringLiteral("previewReceiptButton"), tr("Print pre&view (Ctrl+Shift+P)"),
               &ReceiptListPage::previewRequested);
    m_pdfButton = button(QStringLiteral("saveReceiptPdfButton"), tr("&Save as PDF (Ctrl+Shift+S)"),
                         &ReceiptListPage::savePdfRequested);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("receiptMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_dayEdit);
    top->addWidget(dayLabel);
    top->addWidget(m_dayEdit);
    top->addWidget(m_summaryLabel, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *made : {m_voidButton, m_printButton, m_previewButton, m_pdfButton})
        buttons->addWidget(made);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    refresh();
}

void ReceiptListPage::refresh()
{
    const QString chosen = currentReceipt();
    const QDate shown = day();
    m_model->setReceipts(models::CashierReceiptModel::receiptsOf(m_book, shown, shown));
    int voided = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        voided += m_model->receipt(row)->isVoided() ? 1 : 0;
    m_summaryLabel->setText(
        tr("%n receipt(s), %1 voided", nullptr, m_model->rowCount()).arg(voided));
    if (!selectReceipt(chosen) && m_model->rowCount() > 0)
        selectReceipt(m_model->receipt(m_model->rowCount() - 1)->issued.receiptNumber);
    updateButtons();
}

QDate ReceiptListPage::day() const
{
    return m_dayEdit->date();
}

void ReceiptListPage::setDay(const QDate &day)
{
    m_dayEdit->setDate(day);
}

QString ReceiptListPage::currentReceipt() const
{
    const models::CashierReceipt *receipt = m_model->receipt(m_view->currentIndex().row());
    return receipt ? receipt->issued.receiptNumber : QString();
}

bool ReceiptListPage::selectReceipt(const QString &receiptNumber)
{
    const int row = receiptNumber.isEmpty() ? -1 : m_model->rowOf(receiptNumber);
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void ReceiptListPage::updateButtons()
{
    const models::CashierReceipt *receipt = m_model->receipt(m_view->currentIndex().row());
    for (QPushButton *button : {m_printButton, m_previewButton, m_pdfButton})
        button->setEnabled(receipt != nullptr);
    m_voidButton->setEnabled(receipt && !receipt->isVoided());
    m_voidButton->setToolTip(receipt && receipt->isVoided() ? tr("This receipt is already voided.")
                                                            : QString());
}

void ReceiptListPage::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b00020;")
                                          : QStringLiteral("color: #1b5e20;"));
    m_messageLabel->setText(text);
}

bool ReceiptListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<const QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        if (m_voidButton->isEnabled())
            emit voidRequested(currentReceipt());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sunhall::widgets
