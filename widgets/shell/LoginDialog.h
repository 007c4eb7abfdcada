// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncOperation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sunhall::core {
class SyncEngine;
} // namespace sunhall::core

namespace sunhall::widgets {

/// Logging in at a workstation: the hall and the workstation (from the profile) on top, user
/// and password below, made for the keyboard (Enter logs in; in the user field with no password
/// typed yet it moves on to the password). It logs in with the sync engine: at the server, or,
/// when the server cannot be reached, offline against the verifier cached by an earlier login
/// of the same user here. A refused login shows the server's or the engine's reason, clears
/// the password and puts the cursor back in it. After an online login to a workstation that
/// holds no catalogue yet (its very first login), the dialog waits for the first sync so that
/// the screens open with the hall's catalogue and calendar. The dialog is accepted once the
/// user is logged in.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(core::SyncEngine &engine, QWidget *parent = nullptr);

    /// Fills in the user name and puts the cursor in the password field.
    void setUser(const QString &userId);
    /// For a session the server ended: only `userId` may log in again, `why` is shown, and
    /// the dialog's other button logs out instead of quitting.
    void setRenewal(const QString &userId, const QString &why);
    /// Logs in with these credentials as if they had been typed and Enter pressed.
    void logIn(const QString &userId, const QString &password);
    /// Shows `message` as an error under the fields.
    void showError(const QString &message);
    /// Shows `message` as a notice under the fields.
    void showNotice(const QString &message);

    QString userId() const;
    /// After acceptance: true when the login was made offline.
    bool isOfflineLogin() const { return m_offline; }
    bool isBusy() const { return m_operation != nullptr; }

private:
    void createWidgets();
    void attemptLogin();
    void onLoggedIn(const core::Status &status);
    void finishLogin();
    void setBusy(bool busy, const QString &message = {});

    core::SyncEngine &m_engine;
    core::SyncOperationPtr m_operation;
    bool m_offline = false;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_quitButton = nullptr;
};

} // namespace sunhall::widgets
