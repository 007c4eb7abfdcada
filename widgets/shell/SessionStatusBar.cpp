// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/SessionStatusBar.h"

#include "core/sync/SyncEngine.h"
#include "widgets/shell/ScreenContext.h"

#include <QFrame>
#include <QLabel>
#include <QToolButton>

namespace sunhall::widgets {

namespace {

const QString goodStyle = QStringLiteral("color: #1e6b30;");
const QString badStyle = QStringLiteral("color: #b3261e;");
const QString quietStyle = QStringLiteral("color: palette(mid);");
const QString offlineBadgeStyle =
    QStringLiteral("QLabel { background-color: #fbe3c0; color: #7a4100; border: 1px solid #e0a555; "
                   "border-radius: 3px; padding: 1px 6px; font-weight: bold; }");
const QString rejectedStyle = QStringLiteral("QToolButton { color: #b3261e; font-weight: bold; }");

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(4, 0, 4, 0);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

SessionStatusBar::SessionStatusBar(ScreenContext &context, QWidget *parent)
    : QStatusBar(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("sessionStatusBar"));
    setSizeGripEnabled(false);
    createWidgets();
    const core::SyncEngine *engine = &m_context.engine();
    connect(engine, &core::SyncEngine::onlineChanged, this, &SessionStatusBar::showConnection);
    connect(engine, &core::SyncEngine::liveConnectedChanged, this,
            &SessionStatusBar::showConnection);
    connect(engine, &core::SyncEngine::pendingCountChanged, this, &SessionStatusBar::showPending);
    connect(engine, &core::SyncEngine::rejectedCountChanged, this, &SessionStatusBar::showRejected);
    connect(&m_context, &ScreenContext::offlineLoginChanged, this,
            &SessionStatusBar::showOfflineLogin);
    showConnection();
    showOfflineLogin();
    showPending();
    showRejected();
}

void SessionStatusBar::createWidgets()
{
    m_connectionLabel = statusLabel(QStringLiteral("connectionStatusLabel"), this);
    m_liveLabel = statusLabel(QStringLiteral("liveStatusLabel"), this);
    m_offlineLoginLabel = statusLabel(QStringLiteral("offlineLoginLabel"), this);
    m_offlineLoginLabel->setText(tr("Offline login"));
    m_offlineLoginLabel->setStyleSheet(offlineBadgeStyle);
    m_offlineLoginLabel->setToolTip(
        tr("You logged in while the hall server could not be reached. Your work is kept on this "
           "workstation and sent as soon as the server answers again."));
    m_pendingLabel = statusLabel(QStringLiteral("pendingCommandsLabel"), this);
    m_rejectedButton = new QToolButton(this);
    m_rejectedButton->setObjectName(QStringLiteral("rejectedCommandsButton"));
    m_rejectedButton->setAutoRaise(true);
    m_rejectedButton->setToolTip(tr("Show the commands the hall server rejected, with the reason "
                                    "and what to do next"));
    connect(m_rejectedButton, &QToolButton::clicked, this,
            &SessionStatusBar::rejectedCommandsRequested);

    m_userLabel = statusLabel(QStringLiteral("userStatusLabel"), this);
    m_userLabel->setText(userText());
    m_logoutButton = new QToolButton(this);
    m_logoutButton->setObjectName(QStringLiteral("logoutButton"));
    m_logoutButton->setText(tr("Log out"));
    m_logoutButton->setAutoRaise(true);
    connect(m_logoutButton, &QToolButton::clicked, this, &SessionStatusBar::logoutRequested);

    addWidget(m_connectionLabel);
    addWidget(separator(this));
    addWidget(m_liveLabel);
    addWidget(m_offlineLoginLabel);
    addWidget(separator(this));
    addWidget(m_pendingLabel);
    addWidget(separator(this));
    addWidget(m_rejectedButton);
    addPermanentWidget(m_userLabel);
    addPermanentWidget(separator(this));
    addPermanentWidget(m_logoutButton);
}

void SessionStatusBar::showConnection()
{
    const core::SyncEngine &engine = m_context.engine();
    const QUrl server = engine.profile().server();
    const QString address = server.host() + u':' + QString::number(server.port());
    if (engine.isOnline()) {
        m_connectionLabel->setText(tr("● Online · %1", "server address").arg(address));
        m_connectionLabel->setStyleSheet(goodStyle);
        m_connectionLabel->setToolTip(tr("The hall server %1 answers.").arg(server.toString()));
    } else {
        m_connectionLabel->setText(tr("● Offline · %1", "server address").arg(address));
        m_connectionLabel->setStyleSheet(badStyle);
        m_connectionLabel->setToolTip(
            tr("The hall server %1 cannot be reached. Work goes on here and is sent once it "
               "answers again.")
                .arg(server.toString()));
    }
    const bool live = engine.isLiveConnected();
    m_liveLabel->setText(live ? tr("Live updates on") : tr("Live updates off"));
    m_liveLabel->setStyleSheet(live ? goodStyle : quietStyle);
    m_liveLabel->setToolTip(live ? tr("Changes made at other windows arrive at once.")
                                 : tr("Changes made at other windows arrive when this workstation "
                                      "next reaches the server."));
}

void SessionStatusBar::showOfflineLogin()
{
    m_offlineLoginLabel->setVisible(m_context.isOfflineLogin());
}

void SessionStatusBar::showPending()
{
    const int pending = m_context.engine().pendingCount();
    m_pendingLabel->setText(pending == 0
                                ? tr("Nothing waiting to be sent")
                                : tr("%n command(s) waiting to be sent", nullptr, pending));
    m_pendingLabel->setStyleSheet(pending == 0 ? quietStyle : QString());
}

void SessionStatusBar::showRejected()
{
    const int rejected = m_context.engine().rejectedCount();
    m_rejectedButton->setText(rejected == 0 ? tr("No rejected commands")
                                            : tr("%n rejected command(s)", nullptr, rejected));
    m_rejectedButton->setEnabled(rejected > 0);
    m_rejectedButton->setStyleSheet(rejected > 0 ? rejectedStyle : QString());
}

QString SessionStatusBar::userText() const
{
    const core::Actor &user = m_context.user();
    QStringList roles;
    for (const core::Role role : user.roles)
        roles << core::roleDisplayName(role);
    const QString who = user.name.isEmpty() || user.name == user.userId
                            ? user.userId
                            : tr("%1 (%2)", "display name (user id)").arg(user.name, user.userId);
    return tr("%1 · %2 · Workstation %3", "user, roles, workstation")
        .arg(who, roles.join(tr(", ", "between role names")), m_context.profile().workstation());
}

} // namespace sunhall::widgets
