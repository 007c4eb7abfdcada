// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncOperation.h"
#include "widgets/shell/ScreenEntry.h"
#include "widgets/shell/WorkstationSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sunhall::core {
class Clock;
class LocalStore;
class SyncEngine;
struct Error;
} // namespace sunhall::core

namespace sunhall::widgets {

class LoginDialog;
class MainWindow;
class ScreenContext;

/// The desktop client's sessions, one after another: the login dialog, then the main window
/// with the screens registered here for the user's roles, and back to the login dialog after
/// logging out. It also opens the settings, and asks the user to log in again when the server
/// ends a session. What it works with is made by main() and borrowed; the windows it makes are
/// its own. It never quits the program itself: quitRequested() asks main() to.
class ClientShell : public QObject
{
    Q_OBJECT
public:
    ClientShell(core::LocalStore &store, core::SyncEngine &engine, const core::Clock &clock,
                WorkstationSettings settings, QObject *parent = nullptr);
    ~ClientShell() override;

    /// Registers a screen for the main window of every session, after those registered before.
    void addScreen(ScreenEntry entry);
    /// Shows the login dialog, the last user of this workstation filled in.
    void showLogin();
    /// Shows the login dialog and logs in with these credentials at once (for scripts and the
    /// demo); when the login is refused the dialog shows why and waits for the user.
    void logIn(const QString &userId, const QString &password);
    /// Ends the session (also at the server when it answers) and shows the login dialog.
    void logOut();
    /// Opens the settings dialog over the main window.
    void showSettings();

    /// The login dialog while it is shown, otherwise nullptr.
    LoginDialog *loginDialog() const;
    /// The session's main window, nullptr while nobody is logged in.
    MainWindow *mainWindow() const { return m_window.get(); }
    const WorkstationSettings &settings() const { return m_settings; }

signals:
    void loginShown();
    void sessionStarted();
    void sessionEnded();
    void quitRequested();

private:
    LoginDialog *makeLoginDialog();
    void startSession();
    void endSession();
    void renewSession(const core::Error &why);
    QString pendingNotice() const;

    core::LocalStore &m_store;
    core::SyncEngine &m_engine;
    const core::Clock &m_clock;
    WorkstationSettings m_settings;
    QList<ScreenEntry> m_screens;
    QPointer<LoginDialog> m_login;
    QPointer<LoginDialog> m_renewal;
    core::SyncOperationPtr m_logout; // while logging out
    std::unique_ptr<ScreenContext> m_context;
    std::unique_ptr<MainWindow> m_window; // destroyed before the context it borrows
};

} // namespace sunhall::widgets
