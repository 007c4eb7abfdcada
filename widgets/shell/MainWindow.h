// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/shell/ScreenEntry.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace sunhall::widgets {

class ScreenContext;
class SessionStatusBar;

/// The desktop client's one window for a session: a navigation list on the left whose entries
/// follow the user's roles, the chosen screen on the right, and the session's status bar.
/// Screens plug in with addScreen(): an entry appears only when the user holds one of its roles
/// and it has a factory, so there is never an empty page. A screen is made the first time it
/// is opened and kept for the session; opening it gives it the keyboard focus (a screen sets
/// a focus proxy to say which field). Ctrl+1 … Ctrl+9 open the first nine screens (the Go
/// menu lists them); the Session menu holds the rejected commands, the settings, logging out
/// and quitting. The window does not log out or save settings itself: it asks with signals,
/// and the client shell answers.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ScreenContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Adds `entry` to the navigation, after those added before, when the user may open it.
    /// True when it was added; false when the user's roles do not allow it, it has no factory,
    /// or a screen with the same id is already there.
    bool addScreen(ScreenEntry entry);
    /// Opens the screen with `id` (making it when it is opened the first time); false when
    /// there is no such screen in the navigation or its factory made nothing.
    bool showScreen(const QString &id);
    /// The ids of the screens in the navigation, in order.
    QStringList screenIds() const;
    QString currentScreenId() const;
    /// The screen with `id` once it has been made, otherwise nullptr.
    QWidget *screen(const QString &id) const;

    ScreenContext &context() const { return m_context; }
    SessionStatusBar *sessionStatusBar() const { return m_statusBar; }
    /// Opens the list of the user's rejected commands (modal).
    void showRejectedCommands();

signals:
    void logoutRequested();
    void settingsRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Screen
    {
        ScreenEntry entry;
        QWidget *widget = nullptr;
    };

    void createWidgets();
    void createMenus();
    void rebuildGoMenu();
    void onNavigationRowChanged(int row);
    void updateTitle();
    int indexOf(const QString &id) const;

    ScreenContext &m_context;
    QList<Screen> m_screens;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_noScreensLabel = nullptr;
    SessionStatusBar *m_statusBar = nullptr;
    QMenu *m_goMenu = nullptr;
};

} // namespace sunhall::widgets
