// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/MainWindow.h"

#include "core/store/LocalStore.h"
#include "core/sync/ClientProfile.h"
#include "widgets/shell/RejectedCommandsDialog.h"
#include "widgets/shell/ScreenContext.h"
#include "widgets/shell/SessionStatusBar.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>

#include <algorithm>

namespace sunhall::widgets {

namespace {

constexpr int shortcutCount = 9; // Ctrl+1 … Ctrl+9

QKeySequence screenShortcut(int index)
{
    return index < shortcutCount ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index))
                                 : QKeySequence();
}

} // namespace

MainWindow::MainWindow(ScreenContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    createWidgets();
    createMenus();
    updateTitle();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("mainCentralWidget"));
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            &MainWindow::onNavigationRowChanged);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("screenStackedWidget"));
    m_noScreensLabel = new QLabel(
        tr("Your roles give you no screens on this workstation. Ask the administrator to check "
           "the roles of your account."),
        m_stack);
    m_noScreensLabel->setObjectName(QStringLiteral("noScreensLabel"));
    m_noScreensLabel->setWordWrap(true);
    m_noScreensLabel->setAlignment(Qt::AlignCenter);
    m_noScreensLabel->setMargin(24);
    m_stack->addWidget(m_noScreensLabel);

    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_statusBar = new SessionStatusBar(m_context, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &SessionStatusBar::rejectedCommandsRequested, this,
            &MainWindow::showRejectedCommands);
    connect(m_statusBar, &SessionStatusBar::logoutRequested, this, &MainWindow::logoutRequested);
}

void MainWindow::createMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    QAction *rejected = session->addAction(tr("&Rejected commands…"));
    rejected->setObjectName(QStringLiteral("rejectedCommandsAction"));
    connect(rejected, &QAction::triggered, this, &MainWindow::showRejectedCommands);
    QAction *settings = session->addAction(tr("S&ettings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    session->addSeparator();
    QAction *logout = session->addAction(tr("&Log out"));
    logout->setObjectName(QStringLiteral("logoutAction"));
    logout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    QAction *quit = session->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
}

bool MainWindow::addScreen(ScreenEntry entry)
{
    if (!entry.factory || entry.id.isEmpty() || indexOf(entry.id) >= 0 ||
        !entry.isAllowedFor(m_context.user()))
        return false;
    const int index = int(m_screens.size());
    auto *item = new QListWidgetItem(entry.icon, entry.title);
    item->setData(Qt::UserRole, entry.id);
    if (const QKeySequence shortcut = screenShortcut(index); !shortcut.isEmpty())
        item->setToolTip(shortcut.toString(QKeySequence::NativeText));
    m_screens.append(Screen{std::move(entry), nullptr});
    m_navigation->addItem(item);
    // Wide enough for the longest title, whatever the language.
    const int width = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 16;
    m_navigation->setFixedWidth(std::max(width, 120));
    rebuildGoMenu();
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
    return true;
}

void MainWindow::rebuildGoMenu()
{
    m_goMenu->clear();
    for (int i = 0; i < m_screens.size(); ++i) {
        const ScreenEntry &entry = m_screens.at(i).entry;
        QAction *action = m_goMenu->addAction(entry.icon, entry.title);
        action->setObjectName(entry.id + QStringLiteral("ScreenAction"));
        action->setShortcut(screenShortcut(i));
        connect(action, &QAction::triggered, this, [this, id = entry.id]() { showScreen(id); });
    }
}

bool MainWindow::showScreen(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    Screen &screen = m_screens[index];
    if (!screen.widget) {
        screen.widget = screen.entry.factory(m_context, m_stack);
        if (!screen.widget)
            return false;
        if (screen.widget->objectName().isEmpty())
            screen.widget->setObjectName(id + QStringLiteral("Screen"));
        m_stack->addWidget(screen.widget);
    }
    m_stack->setCurrentWidget(screen.widget);
    // Into the screen's first field (its focus proxy), ready for the keyboard.
    screen.widget->setFocus(Qt::ShortcutFocusReason);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    updateTitle();
    return true;
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (row >= 0 && row < m_screens.size())
        showScreen(m_screens.at(row).entry.id);
}

QStringList MainWindow::screenIds() const
{
    QStringList ids;
    for (const Screen &screen : m_screens)
        ids << screen.entry.id;
    return ids;
}

QString MainWindow::currentScreenId() const
{
    for (const Screen &screen : m_screens) {
        if (screen.widget && screen.widget == m_stack->currentWidget())
            return screen.entry.id;
    }
    return {};
}

QWidget *MainWindow::screen(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : m_screens.at(index).widget;
}

int MainWindow::indexOf(const QString &id) const
{
    for (int i = 0; i < m_screens.size(); ++i) {
        if (m_screens.at(i).entry.id == id)
            return i;
    }
    return -1;
}

void MainWindow::showRejectedCommands()
{
    RejectedCommandsDialog dialog(m_context.engine(), m_context.store(), this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    const QString hall = m_context.profile().hall();
    const int index = indexOf(currentScreenId());
    const QString place = hall.isEmpty()
                              ? tr("Workstation %1").arg(m_context.profile().workstation())
                              : tr("%1 · workstation %2", "hall, workstation")
                                    .arg(hall, m_context.profile().workstation());
    setWindowTitle(
        index < 0 ? place
                  : tr("%1 — %2", "screen, place").arg(m_screens.at(index).entry.title, place));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit quitRequested();
    event->accept();
}

} // namespace sunhall::widgets
