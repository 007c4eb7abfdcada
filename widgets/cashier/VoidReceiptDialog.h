// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "models/FeeLedgerEntry.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sunhall::widgets {

/// Asks why a fee receipt is voided (作废) and voids it. The receipt is shown (number, case,
/// payer, method, amount); the reason is required, so the Void button stays disabled until
/// one is written, and the core refuses a blank one too. `voidReceipt` records the void; when
/// it fails, its error is shown and the dialog stays open. The number stays on record.
class VoidReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    using VoidReceipt = std::function<core::Status(const QString &reason)>;

    VoidReceiptDialog(const models::FeeLedgerEntry &receipt, VoidReceipt voidReceipt,
                      QWidget *parent = nullptr);

    QString reason() const;

    void accept() override;

private:
    void updateButton();

    VoidReceipt m_voidReceipt;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_voidButton = nullptr;
};

} // namespace sunhall::widgets
