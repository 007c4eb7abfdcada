// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/LoginDialog.h"

#include "core/sync/SyncEngine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunhall::widgets {

namespace {

const QString errorStyle = QStringLiteral("color: #b3261e;");

} // namespace

LoginDialog::LoginDialog(core::SyncEngine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — Sunhall"));
    createWidgets();
    m_userEdit->setFocus();
}

void LoginDialog::createWidgets()
{
    const core::ClientProfile &profile = m_engine.profile();
    auto *hallLabel =
        new QLabel(profile.hall().isEmpty() ? tr("Service hall") : profile.hall(), this);
    hallLabel->setObjectName(QStringLiteral("hallLabel"));
    hallLabel->setTextFormat(Qt::PlainText);
    hallLabel->setWordWrap(true);
    QFont hallFont = hallLabel->font();
    hallFont.setPointSizeF(hallFont.pointSizeF() * 1.5);
    hallFont.setBold(true);
    hallLabel->setFont(hallFont);
    auto *workstationLabel =
        new QLabel(tr("Workstation %1 · server %2", "workstation, address")
                       .arg(profile.workstation(), profile.server().toString()),
                   this);
    workstationLabel->setObjectName(QStringLiteral("workstationLabel"));
    workstationLabel->setTextFormat(Qt::PlainText);
    workstationLabel->setWordWrap(true);

    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_userEdit->setMaxLength(64);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(256);
    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("loginMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_quitButton = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setAutoDefault(false);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    connect(m_quitButton, &QPushButton::clicked, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hallLabel);
    layout->addWidget(workstationLabel);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void LoginDialog::setUser(const QString &userId)
{
    m_userEdit->setText(userId);
    (userId.isEmpty() ? m_userEdit : m_passwordEdit)->setFocus();
}

void LoginDialog::setRenewal(const QString &userId, const QString &why)
{
    setUser(userId);
    m_userEdit->setReadOnly(true);
    m_quitButton->setText(tr("Log out"));
    showNotice(tr("%1 Nothing of your work is lost: enter your password to go on.").arg(why));
}

QString LoginDialog::userId() const
{
    return m_userEdit->text().trimmed();
}

void LoginDialog::logIn(const QString &userId, const QString &password)
{
    if (!m_userEdit->isReadOnly())
        m_userEdit->setText(userId);
    m_passwordEdit->setText(password);
    attemptLogin();
}

void LoginDialog::attemptLogin()
{
    if (isBusy())
        return;
    if (userId().isEmpty()) {
        showError(tr("Enter your user name."));
        m_userEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        // Enter in the user field simply moves on to the password.
        if (m_passwordEdit->hasFocus())
            showError(tr("Enter your password."));
        m_passwordEdit->setFocus();
        return;
    }
    setBusy(true, tr("Logging in at %1…").arg(m_engine.profile().server().toString()));
    m_operation = m_engine.login(userId(), m_passwordEdit->text());
    connect(m_operation.get(), &core::SyncOperation::finished, this, &LoginDialog::onLoggedIn);
}

void LoginDialog::onLoggedIn(const core::Status &status)
{
    m_operation.reset();
    if (!status) {
        setBusy(false);
        showError(status.error().message);
        m_passwordEdit->clear();
        m_passwordEdit->setFocus();
        return;
    }
    m_passwordEdit->clear();
    m_offline = !m_engine.isOnline();
    // A workstation's very first login brings the hall's catalogue and calendar before the
    // screens open; later ones open at once and sync behind them.
    if (!m_offline && !m_engine.store().latestCatalogueVersion()) {
        setBusy(true, tr("Fetching the hall's item catalogue and calendar…"));
        m_operation = m_engine.sync();
        connect(m_operation.get(), &core::SyncOperation::finished, this, &LoginDialog::finishLogin);
        return;
    }
    finishLogin();
}

void LoginDialog::finishLogin()
{
    m_operation.reset();
    setBusy(false);
    m_messageLabel->hide();
    accept();
}

void LoginDialog::setBusy(bool busy, const QString &message)
{
    m_userEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
    if (busy)
        showNotice(message);
}

void LoginDialog::showNotice(const QString &message)
{
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(message);
    m_messageLabel->show();
}

void LoginDialog::showError(const QString &message)
{
    m_messageLabel->setStyleSheet(errorStyle);
    m_messageLabel->setText(message);
    m_messageLabel->show();
}

} // namespace sunhall::widgets
