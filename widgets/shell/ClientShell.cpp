// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/ClientShell.h"

#include "core/sync/SyncEngine.h"
#include "widgets/shell/LoginDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/ScreenContext.h"
#include "widgets/shell/SettingsDialog.h"

#include <QLoggingCategory>

namespace sunhall::widgets {

namespace {
Q_LOGGING_CATEGORY(clientShellLog, "sunhall.shell")
} // namespace

ClientShell::ClientShell(core::LocalStore &store, core::SyncEngine &engine,
                         const core::Clock &clock, WorkstationSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
    connect(&m_engine, &core::SyncEngine::loginRequired, this, &ClientShell::renewSession);
}

ClientShell::~ClientShell()
{
    delete m_renewal;
    delete m_login;
    m_window.reset();
    m_context.reset();
}

LoginDialog *ClientShell::loginDialog() const
{
    return m_login;
}

void ClientShell::addScreen(ScreenEntry entry)
{
    if (m_window)
        m_window->addScreen(entry);
    m_screens.append(std::move(entry));
}

LoginDialog *ClientShell::makeLoginDialog()
{
    if (m_login)
        return m_login;
    m_login = new LoginDialog(m_engine);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    m_login->setUser(m_settings.lastUser());
    connect(m_login, &LoginDialog::accepted, this, &ClientShell::startSession);
    connect(m_login, &LoginDialog::rejected, this, &ClientShell::quitRequested);
    return m_login;
}

void ClientShell::showLogin()
{
    LoginDialog *dialog = makeLoginDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    emit loginShown();
}

void ClientShell::logIn(const QString &userId, const QString &password)
{
    showLogin();
    m_login->logIn(userId, password);
}

void ClientShell::startSession()
{
    // The dialog closes and deletes itself once accepted.
    const bool offline = m_login && m_login->isOfflineLogin();
    m_login = nullptr;
    const std::optional<core::LocalSession> session = m_engine.session();
    if (!session)
        return showLogin();
    m_settings.setLastUser(session->user.userId);
    if (const core::Status saved = m_settings.save(); !saved)
        qCWarning(clientShellLog, "%s", qUtf8Printable(saved.error().message));

    m_context = std::make_unique<ScreenContext>(m_store, m_engine, m_clock, session->user, offline);
    m_window = std::make_unique<MainWindow>(*m_context);
    for (const ScreenEntry &entry : std::as_const(m_screens))
        m_window->addScreen(entry);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &ClientShell::logOut);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &ClientShell::showSettings);
    connect(m_window.get(), &MainWindow::quitRequested, this, &ClientShell::quitRequested);
    m_window->show();
    emit sessionStarted();
}

void ClientShell::logOut()
{
    if (!m_window)
        return;
    if (m_logout)
        return;
    m_window->setEnabled(false);
    m_logout = m_engine.logout();
    connect(m_logout.get(), &core::SyncOperation::finished, this,
            [this](const core::Status &status) {
                if (!status)
                    qCWarning(clientShellLog, "%s", qUtf8Printable(status.error().message));
                endSession();
            });
}

void ClientShell::endSession()
{
    m_logout.reset();
    delete m_renewal;
    m_window.reset();
    m_context.reset();
    emit sessionEnded();
    showLogin();
    if (const QString notice = pendingNotice(); !notice.isEmpty())
        m_login->showNotice(notice);
}

QString ClientShell::pendingNotice() const
{
    const int pending = m_engine.pendingCount();
    if (pending == 0)
        return {};
    return tr("%n command(s) made at this workstation have not reached the hall server yet. "
              "They are kept here and sent when the user who made them logs in here again.",
              nullptr, pending);
}

void ClientShell::showSettings()
{
    SettingsDialog dialog(m_settings, m_engine.profile(), m_window.get());
    if (dialog.exec() == QDialog::Accepted)
        m_settings = dialog.settings();
}

void ClientShell::renewSession(const core::Error &why)
{
    if (!m_window || m_renewal)
        return;
    m_renewal = new LoginDialog(m_engine, m_window.get());
    m_renewal->setObjectName(QStringLiteral("renewLoginDialog"));
    m_renewal->setAttribute(Qt::WA_DeleteOnClose);
    m_renewal->setRenewal(m_context->user().userId, why.message);
    connect(m_renewal, &LoginDialog::rejected, this, &ClientShell::logOut);
    m_renewal->open();
}

} // namespace sunhall::widgets
