// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

class QLabel;
class QToolButton;

namespace sunhall::widgets {

class ScreenContext;

/// The main window's status bar, always visible: whether the workstation reaches the hall
/// server (with its address) and holds the live connection, a clear "offline login" mark while
/// the session has not reached the server yet, how many commands wait to be sent, how many the
/// server rejected (a button: clicking it asks for the list), and who is logged in at which
/// workstation, with a button to log out. It follows the sync engine's signals.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SessionStatusBar(ScreenContext &context, QWidget *parent = nullptr);

signals:
    void rejectedCommandsRequested();
    void logoutRequested();

private:
    void createWidgets();
    void showConnection();
    void showOfflineLogin();
    void showPending();
    void showRejected();
    QString userText() const;

    ScreenContext &m_context;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_offlineLoginLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QToolButton *m_rejectedButton = nullptr;
    QLabel *m_userLabel = nullptr;
    QToolButton *m_logoutButton = nullptr;
};

} // namespace sunhall::widgets
