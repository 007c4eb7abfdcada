// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/SignOffDialog.h"

#include "core/crypto/PasswordHasher.h"
#include "core/store/LocalStore.h"
#include "core/values/MoneyWords.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunhall::widgets {

SignOffDialog::SignOffDialog(const models::SettlementReport &daily, const core::LocalStore &store,
                             core::Actor cashier, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_cashier(std::move(cashier))
{
    setObjectName(QStringLiteral("signOffDialog"));
    setWindowTitle(tr("Sign off the daily settlement of %1").arg(daily.periodText()));
    m_worker.setMaxThreadCount(1);

    auto *figures = new QFormLayout;
    for (const core::PaymentMethod method : models::SettlementReport::methods()) {
        const core::Money net = daily.total(method).net();
        figures->addRow(
            tr("%1:", "payment method label").arg(core::paymentMethodDisplayName(method)),
            new QLabel(tr("%1 (%2)", "amount in figures (in capitals)")
                           .arg(net.toDisplayString(), core::moneyInCapitals(net)),
                       this));
    }
    const core::Money total = daily.total().net();
    auto *totalLabel = new QLabel(tr("%1 (%2)", "amount in figures (in capitals)")
                                      .arg(total.toDisplayString(), core::moneyInCapitals(total)),
                                  this);
    totalLabel->setObjectName(QStringLiteral("signOffTotalLabel"));
    QFont bold = totalLabel->font();
    bold.setBold(true);
    totalLabel->setFont(bold);
    figures->addRow(tr("Net total:"), totalLabel);

    auto *explanation = new QLabel(tr("By signing off, %1 confirms that the money in hand and "
                                      "on the accounts matches these figures.")
                                       .arg(m_cashier.name),
                                   this);
    explanation->setWordWrap(true);

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("signOffPasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Your password"));
    auto *passwordForm = new QFormLayout;
    passwordForm->addRow(tr("&Password:"), m_passwordEdit);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("signOffMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signButton = buttons->addButton(tr("&Sign off"), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(QStringLiteral("signOffConfirmButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignOffDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(figures);
    layout->addWidget(explanation);
    layout->addLayout(passwordForm);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    // Room for a total in capitals and the confirmation sentence, whatever the font.
    setMinimumWidth(fontMetrics().horizontalAdvance(QString(30, QChar(0x4E2D))));
    m_passwordEdit->setFocus();
}

SignOffDialog::~SignOffDialog()
{
    m_worker.waitForDone();
}

void SignOffDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_signButton->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    if (busy)
        m_messageLabel->setText(tr("Checking the password…"));
}

void SignOffDialog::accept()
{
    if (m_busy)
        return;
    const core::Result<std::optional<core::LocalUser>> user = m_store.user(m_cashier.userId);
    if (!user)
        return checked(user.error());
    if (!user->has_value() || (*user)->verifier.isEmpty() || (*user)->disabled) {
        return checked(core::makeError(
            QStringLiteral("auth.offline-unknown"),
            tr("Your password cannot be checked on this workstation: log in once while the "
               "hall server is reachable, then sign off.")));
    }
    setBusy(true);
    const QString verifier = (*user)->verifier;
    const QString password = m_passwordEdit->text();
    m_worker.start([this, verifier, password]() {
        const core::Result<bool> matches = core::PasswordHasher().verify(password, verifier);
        QMetaObject::invokeMethod(
            this, [this, matches]() { checked(matches); }, Qt::QueuedConnection);
    });
}

void SignOffDialog::checked(const core::Result<bool> &matches)
{
    setBusy(false);
    if (matches && *matches) {
        m_messageLabel->clear();
        QDialog::accept();
        return;
    }
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_messageLabel->setText(matches ? tr("The password is not correct. The settlement is not "
                                         "signed off.")
                                    : matches.error().message);
    m_passwordEdit->selectAll();
    m_passwordEdit->setFocus();
}

} // namespace sunhall::widgets
