// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/VoidReceiptDialog.h"

#include "models/FeeCollection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunhall::widgets {

VoidReceiptDialog::VoidReceiptDialog(const models::FeeLedgerEntry &receipt, VoidReceipt voidReceipt,
                                     QWidget *parent)
    : QDialog(parent)
    , m_voidReceipt(std::move(voidReceipt))
{
    setObjectName(QStringLiteral("voidReceiptDialog"));
    setWindowTitle(tr("Void receipt %1").arg(receipt.receiptNumber));

    auto *facts = new QFormLayout;
    facts->addRow(tr("Receipt number:"), new QLabel(receipt.receiptNumber, this));
    facts->addRow(tr("Case number:"), new QLabel(receipt.caseNumber, this));
    facts->addRow(tr("Payer:"), new QLabel(receipt.payerName, this));
    facts->addRow(tr("Method:"), new QLabel(core::paymentMethodDisplayName(receipt.method), this));
    facts->addRow(tr("Amount:"), new QLabel(receipt.amount.toDisplayString(), this));

    auto *explanation = new QLabel(
        tr("A voided receipt is never deleted: its number stays recorded and the receipt prints "
           "as VOID. The fee is due again on the case. Write why it is voided."),
        this);
    explanation->setWordWrap(true);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("voidReasonTextEdit"));
    m_reasonEdit->setPlaceholderText(tr("Reason for voiding (required)"));
    m_reasonEdit->setTabChangesFocus(true);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &VoidReceiptDialog::updateButton);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("voidMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_voidButton = buttons->addButton(tr("&Void receipt"), QDialogButtonBox::AcceptRole);
    m_voidButton->setObjectName(QStringLiteral("voidConfirmButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VoidReceiptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VoidReceiptDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(explanation);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonEdit);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    // Wide enough for a receipt number and a sentence of Chinese, whatever the font.
    setMinimumWidth(fontMetrics().horizontalAdvance(QString(32, QChar(0x4E2D))));
    updateButton();
    m_reasonEdit->setFocus();
}

QString VoidReceiptDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void VoidReceiptDialog::updateButton()
{
    const bool hasReason = !reason().isEmpty();
    m_voidButton->setEnabled(hasReason);
    m_voidButton->setToolTip(hasReason ? QString()
                                       : tr("Write the reason first: a receipt is never voided "
                                            "without one."));
}

void VoidReceiptDialog::accept()
{
    if (reason().isEmpty()) {
        m_messageLabel->setText(tr("Write why the receipt is voided: a receipt is never voided "
                                   "without a reason."));
        return;
    }
    if (core::Status voided = m_voidReceipt(reason()); !voided) {
        m_messageLabel->setText(models::FeeCollection::explain(voided.error()));
        return;
    }
    QDialog::accept();
}

} // namespace sunhall::widgets
