// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop client's shell with its real widgets, offscreen and in Chinese, against a real
// hall: sunhall-server over mutual TLS with the hall's CA, set up with the real sunhallctl.
// A workstation's first login fills its store; refused logins say why; what a user sees
// follows their roles; an offline login after an online one, work queued offline and sent when
// the server is back; a command the server rejects, listed with its reason; the settings.
#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"
#include "models/RejectedCommandModel.h"
#include "tests/integration/e2e/CtlProcess.h"
#include "tests/integration/e2e/E2eHall.h"
#include "tests/integration/e2e/Workstation.h"
#include "tests/support/CaseFixture.h"
#include "translations/Translations.h"
#include "widgets/CatalogueWindow.h"
#include "widgets/shell/CataloguePage.h"
#include "widgets/shell/ClientShell.h"
#include "widgets/shell/LoginDialog.h"
#include "widgets/shell/MainWindow.h"
#include "widgets/shell/RejectedCommandsDialog.h"
#include "widgets/shell/ScreenContext.h"
#include "widgets/shell/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace e2etest;
using namespace sunhall;
using namespace sunhall::core;
using widgets::ClientShell;
using widgets::LoginDialog;
using widgets::MainWindow;

namespace {

const QString foodLicence = QStringLiteral("370200-SJ-XK-001"); // 食品经营许可, department SJ

QString statusText(const char *source, int n = -1)
{
    return QCoreApplication::translate("sunhall::widgets::SessionStatusBar", source, nullptr, n);
}

// A screen of a later issue, standing in so that the navigation has something of each role:
// it shows what the main window handed it.
widgets::ScreenFactory standIn(const QString &id)
{
    return [id](widgets::ScreenContext &context, QWidget *parent) -> QWidget * {
        auto *label = new QLabel(QStringLiteral("%1 · %2 · catalogue %3 with %4 items")
                                     .arg(id, context.user().userId)
                                     .arg(context.catalogue().version)
                                     .arg(context.catalogue().items.size()),
                                 parent);
        label->setObjectName(id + QStringLiteral("StandInLabel"));
        label->setAlignment(Qt::AlignCenter);
        return label;
    };
}

} // namespace

class tst_ClientShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void firstLoginFillsTheWorkstation();
    void refusedLogin_data();
    void refusedLogin();
    void navigationFollowsRoles_data();
    void navigationFollowsRoles();
    void offlineLoginAndOutbox();
    void rejectedCommandShowsWhy();
    void settingsChooseTheLanguage();
    void endedSessionAsksToLogInAgain();

private:
    bool addUser(const QString &id, const QString &name, const QString &roles, QString *error);
    void registerScreens();
    template<typename T>
    T *loginChild(const char *name) const
    {
        LoginDialog *dialog = m_shell->loginDialog();
        return dialog ? dialog->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    template<typename T>
    T *windowChild(const char *name) const
    {
        MainWindow *window = m_shell->mainWindow();
        return window ? window->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }
    QString windowText(const char *label) const;
    /// Logs out when a session runs; true once the login dialog is shown.
    bool ensureLoggedOut();
    /// Types the user and the password into the login dialog and presses Enter.
    void typeLogin(const QString &user, const QString &password);
    /// Runs `handle` on the next modal dialog as soon as it is open (a modal dialog runs its
    /// own event loop, so the test talks to it from a timer).
    void whenModalOpens(std::function<void(QWidget *)> handle);
    void saveScreenshot(QWidget *widget, const QString &name);

    E2eHall m_hall;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600))};
    QString m_profileDir;
    std::unique_ptr<ClientProfile> m_profile;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ClientShell> m_shell;
    std::unique_ptr<Workstation> m_otherClerk; // W04, zhou.jie, clerk of SJ, driven by the test
    QUuid m_offlineCase;                       // registered by li.na while the server was down
};

bool tst_ClientShell::addUser(const QString &id, const QString &name, const QString &roles,
                              QString *error)
{
    const CtlProcess::Result run = CtlProcess::run(
        {"user", "add", "--dir", m_hall.dir(), "--name", id, "--display-name", name, "--roles",
         roles, "--departments", "SJ", "--password-file", m_hall.passwordFile()});
    *error = run.err + run.out;
    return run.exitCode == 0;
}

void tst_ClientShell::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QCOMPARE(
        i18n::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
        QString("zh_CN"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));

    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    const QList<std::tuple<QString, QString, QString>> people{
        {"li.na", "李娜", "clerk"},       {"zhou.jie", "周杰", "clerk"},
        {"chen.jing", "陈静", "cashier"}, {"zhao.min", "赵敏", "supervisor"},
        {"wu.ting", "吴婷", "clerk"},     {"zheng.hao", "郑浩", "clerk"}};
    for (const auto &[id, name, roles] : people)
        QVERIFY2(addUser(id, name, roles, &error), qPrintable(error));
    const CtlProcess::Result disabled =
        CtlProcess::run({"user", "disable", "--dir", m_hall.dir(), "--name", "wu.ting"});
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));

    m_profileDir = m_hall.enroll("W01", &error);
    QVERIFY2(!m_profileDir.isEmpty(), qPrintable(error));
    const QString otherProfile = m_hall.enroll("W04", &error);
    QVERIFY2(!otherProfile.isEmpty(), qPrintable(error));
    m_otherClerk = std::make_unique<Workstation>(otherProfile, m_clock, testSettings(false));
    QCOMPARE(m_otherClerk->open(), QString());

    // The client as main() makes it, with quick reconnects and a light offline verifier.
    Result<ClientProfile> profile = ClientProfile::load(m_profileDir);
    QVERIFY2(profile, qPrintable(profile.ok() ? QString() : profile.error().message));
    m_profile = std::make_unique<ClientProfile>(std::move(profile).value());
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_profile->storePath());
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_profile, m_clock, testSettings(true));
    m_shell = std::make_unique<ClientShell>(*m_store, *m_engine, m_clock,
                                            widgets::WorkstationSettings::load(m_profileDir));
    registerScreens();
}

void tst_ClientShell::registerScreens()
{
    QStyle *style = QApplication::style();
    m_shell->addScreen({"intake",
                        "受理",
                        style->standardIcon(QStyle::SP_FileDialogNewFolder),
                        {Role::Clerk},
                        standIn("intake")});
    m_shell->addScreen({"cashier",
                        "收费",
                        style->standardIcon(QStyle::SP_DialogSaveButton),
                        {Role::Cashier},
                        standIn("cashier")});
    m_shell->addScreen({"certificates",
                        "制证发证",
                        style->standardIcon(QStyle::SP_FileDialogContentsView),
                        {Role::Clerk},
                        standIn("certificates")});
    // A screen of a later issue without its widget yet: nobody sees an empty page for it.
    m_shell->addScreen({"approval", "审批", QIcon(), {}, nullptr});
    m_shell->addScreen({"supervision",
                        "电子监察",
                        style->standardIcon(QStyle::SP_ComputerIcon),
                        {Role::Supervisor},
                        standIn("supervision")});
    m_shell->addScreen(widgets::CataloguePage::entry());
}

void tst_ClientShell::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_hall.serverLogs();
}

void tst_ClientShell::cleanupTestCase()
{
    m_shell.reset();
    m_engine.reset();
    m_store.reset();
    m_otherClerk.reset();
    if (m_hall.isServerRunning())
        QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
}

QString tst_ClientShell::windowText(const char *label) const
{
    const auto *widget = windowChild<QLabel>(label);
    return widget ? widget->text() : QString();
}

bool tst_ClientShell::ensureLoggedOut()
{
    if (m_shell->mainWindow()) {
        auto *logout = windowChild<QToolButton>("logoutButton");
        if (!logout)
            return false;
        QTest::mouseClick(logout, Qt::LeftButton);
    } else if (!m_shell->loginDialog()) {
        m_shell->showLogin();
    }
    return QTest::qWaitFor(
               [this]() {
                   return !m_shell->mainWindow() && m_shell->loginDialog() &&
                          m_shell->loginDialog()->isVisible();
               },
               waitMs) &&
           QTest::qWaitForWindowActive(m_shell->loginDialog());
}

void tst_ClientShell::typeLogin(const QString &user, const QString &password)
{
    auto *userEdit = loginChild<QLineEdit>("userLineEdit");
    auto *passwordEdit = loginChild<QLineEdit>("passwordLineEdit");
    QVERIFY(userEdit && passwordEdit);
    userEdit->setFocus();
    userEdit->selectAll();
    QTest::keyClicks(userEdit, user);
    QTest::keyClick(userEdit, Qt::Key_Return); // moves on to the password
    QVERIFY(passwordEdit->hasFocus());
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void tst_ClientShell::whenModalOpens(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer(this);
    auto attempts = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [timer, attempts, handle]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++*attempts < 200)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal)
            handle(modal);
    });
    timer->start(50);
}

void tst_ClientShell::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    // Lay out what changed since the last event loop turn, as the screen would show it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = dir + u'/' + name;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_ClientShell::firstLoginFillsTheWorkstation()
{
    QVERIFY(!m_store->latestCatalogueVersion().has_value());
    m_shell->showLogin();
    LoginDialog *dialog = m_shell->loginDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(loginChild<QLabel>("hallLabel")->text(), QString("青岛市行政服务中心"));
    QVERIFY(loginChild<QLabel>("workstationLabel")->text().contains("W01"));
    QVERIFY(loginChild<QLabel>("workstationLabel")->text().contains(m_hall.serverUrl()));
    auto *userEdit = loginChild<QLineEdit>("userLineEdit");
    auto *passwordEdit = loginChild<QLineEdit>("passwordLineEdit");
    QVERIFY(userEdit->hasFocus());

    QTest::keyClicks(userEdit, "li.na");
    QTest::keyClick(userEdit, Qt::Key_Return);
    QVERIFY(passwordEdit->hasFocus());
    QVERIFY(!loginChild<QLabel>("loginMessageLabel")->isVisible());
    QTest::keyClicks(passwordEdit, password);
    saveScreenshot(dialog, "login-dialog.png");
    QTest::keyClick(passwordEdit, Qt::Key_Return);

    // The very first login brings the catalogue before the window opens.
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow(), waitMs);
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(!m_shell->loginDialog());
    QVERIFY(window->context().hasCatalogue());
    QCOMPARE(window->context().catalogue().hallName, QString("青岛市示范行政服务中心"));
    QCOMPARE(window->context().user().userId, QString("li.na"));
    QCOMPARE(window->screenIds(), (QStringList{"intake", "certificates", "catalogue"}));
    QVERIFY(windowText("intakeStandInLabel").contains("li.na"));

    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_hall.port());
    QCOMPARE(windowText("connectionStatusLabel"), statusText("● Online · %1").arg(address));
    QTRY_COMPARE_WITH_TIMEOUT(windowText("liveStatusLabel"), statusText("Live updates on"), waitMs);
    QVERIFY(!windowChild<QLabel>("offlineLoginLabel")->isVisible());
    QCOMPARE(windowText("pendingCommandsLabel"), statusText("Nothing waiting to be sent"));
    QVERIFY(!windowChild<QToolButton>("rejectedCommandsButton")->isEnabled());
    const QString user = windowText("userStatusLabel");
    for (const QString &part :
         {QString("李娜"), QString("li.na"), QString("W01"), roleDisplayName(Role::Clerk)})
        QVERIFY2(user.contains(part), qPrintable(user));
    QCOMPARE(m_shell->settings().lastUser(), QString("li.na"));
    QCOMPARE(widgets::WorkstationSettings::load(m_profileDir).lastUser(), QString("li.na"));
}

void tst_ClientShell::refusedLogin_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("failuresBefore"); // wrong passwords typed first
    QTest::addColumn<QString>("reason");     // the server's words
    const QString wrong = "The user name or password is wrong.";
    QTest::newRow("wrong password") << "li.na"
                                    << "Hall-Pass-2024" << 0 << wrong;
    QTest::newRow("unknown user") << "nobody.here" << QString(password) << 0 << wrong;
    QTest::newRow("disabled user") << "wu.ting" << QString(password) << 0 << wrong;
    QTest::newRow("locked out") << "zheng.hao" << QString(password) << 5
                                << "Too many failed logins.";
}

void tst_ClientShell::refusedLogin()
{
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(int, failuresBefore);
    QFETCH(QString, reason);
    QVERIFY(ensureLoggedOut());
    LoginDialog *dialog = m_shell->loginDialog();
    auto *message = loginChild<QLabel>("loginMessageLabel");
    auto *passwordEdit = loginChild<QLineEdit>("passwordLineEdit");
    for (int i = 0; i <= failuresBefore; ++i) {
        typeLogin(user, i < failuresBefore ? QStringLiteral("not-the-password") : secret);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), waitMs);
    }
    QVERIFY(!m_shell->mainWindow());
    QVERIFY(dialog->isVisible());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(reason), qPrintable(message->text()));
    QVERIFY(passwordEdit->text().isEmpty());
    QVERIFY(passwordEdit->hasFocus());
    QCOMPARE(loginChild<QLineEdit>("userLineEdit")->text(), user);
    if (QByteArray(QTest::currentDataTag()) == "wrong password")
        saveScreenshot(dialog, "login-dialog-refused.png");
}

void tst_ClientShell::navigationFollowsRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("screens");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("screenshot");
    const QString catalogue = widgets::CataloguePage::entry().title;
    QTest::newRow("clerk") << "li.na" << QStringList{"intake", "certificates", "catalogue"}
                           << QStringList{"受理", "制证发证", catalogue} << "main-window-clerk.png";
    QTest::newRow("cashier") << "chen.jing" << QStringList{"cashier", "catalogue"}
                             << QStringList{"收费", catalogue} << "main-window-cashier.png";
    QTest::newRow("supervisor") << "zhao.min" << QStringList{"supervision", "catalogue"}
                                << QStringList{"电子监察", catalogue}
                                << "main-window-supervisor.png";
}

void tst_ClientShell::navigationFollowsRoles()
{
    QFETCH(QString, user);
    QFETCH(QStringList, screens);
    QFETCH(QStringList, titles);
    QFETCH(QString, screenshot);
    QVERIFY(ensureLoggedOut());
    // As `sunhall --user U --password-file F` does it.
    m_shell->logIn(user, QString::fromLatin1(password));
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow(), waitMs);
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QCOMPARE(window->screenIds(), screens);
    auto *navigation = windowChild<QListWidget>("navigationListWidget");
    QStringList shown;
    for (int row = 0; row < navigation->count(); ++row)
        shown << navigation->item(row)->text();
    QCOMPARE(shown, titles);
    QCOMPARE(window->currentScreenId(), screens.first());
    QCOMPARE(navigation->currentRow(), 0);
    QVERIFY(windowText("userStatusLabel").contains(user));

    // Ctrl+N opens the N-th screen; a number with no screen changes nothing.
    for (int n = screens.size(); n >= 1; --n) {
        QTest::keyClick(window, Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QCOMPARE(window->currentScreenId(), screens.at(n - 1));
        QCOMPARE(navigation->currentRow(), n - 1);
    }
    QTest::keyClick(window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window->currentScreenId(), screens.first());
    // A click on the navigation does the same.
    QListWidgetItem *last = navigation->item(navigation->count() - 1);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(last).center());
    QCOMPARE(window->currentScreenId(), QString("catalogue"));
    auto *page = qobject_cast<widgets::CataloguePage *>(window->screen("catalogue"));
    QVERIFY(page && page->browser());
    // An opened screen has the keyboard: the catalogue's search field.
    QCOMPARE(QApplication::focusWidget(),
             page->browser()->findChild<QLineEdit *>("searchLineEdit"));
    QVERIFY(page->browser()->selectItem(foodLicence));
    QVERIFY(window->windowTitle().contains("青岛市行政服务中心"));
    QTRY_COMPARE_WITH_TIMEOUT(windowText("liveStatusLabel"), statusText("Live updates on"), waitMs);
    saveScreenshot(window, screenshot);

    // Logging out comes back to the login dialog, ready for the same user's password.
    QVERIFY(ensureLoggedOut());
    QCOMPARE(loginChild<QLineEdit>("userLineEdit")->text(), user);
    QVERIFY(loginChild<QLineEdit>("passwordLineEdit")->hasFocus());
}

void tst_ClientShell::offlineLoginAndOutbox()
{
    QVERIFY(ensureLoggedOut());
    QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));

    // Someone who never logged in here cannot log in while the server is out of reach.
    typeLogin("zhou.jie", QString::fromLatin1(password));
    LoginDialog *dialog = m_shell->loginDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), waitMs);
    QVERIFY(!m_shell->mainWindow());
    const QString refused = loginChild<QLabel>("loginMessageLabel")->text();
    const QString rule = QCoreApplication::translate(
        "sunhall::core::SyncEngine",
        "%1 Only a user who has logged in on this workstation before can log in while the "
        "server is out of reach, and %2 has not.");
    const QString words = rule.section(QStringLiteral("%1"), 1).section(QStringLiteral("%2"), 0, 0);
    QVERIFY2(refused.contains(words.trimmed()) && refused.contains("zhou.jie"),
             qPrintable(refused));
    QVERIFY(loginChild<QLineEdit>("passwordLineEdit")->text().isEmpty());

    // li.na logged in here before: offline login, clearly marked.
    typeLogin("li.na", QString::fromLatin1(password));
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow(), waitMs);
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(window->context().isOfflineLogin());
    auto *badge = windowChild<QLabel>("offlineLoginLabel");
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), statusText("Offline login"));
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_hall.port());
    QCOMPARE(windowText("connectionStatusLabel"), statusText("● Offline · %1").arg(address));
    QCOMPARE(windowText("liveStatusLabel"), statusText("Live updates off"));
    QCOMPARE(window->screenIds(), (QStringList{"intake", "certificates", "catalogue"}));

    // An application registered offline waits in the outbox, and the status bar says so.
    SyncEngine &engine = window->context().engine();
    const Result<Item> item = engine.currentItem(foodLicence);
    QVERIFY(item.ok());
    RegisterPayload payload;
    payload.applicant.kind = ApplicantKind::Person;
    payload.applicant.idNumber = casefixture::citizenId();
    payload.applicant.name = "王离线";
    payload.itemCode = item->code;
    payload.itemVersion = item->flow.version;
    payload.window = "W01";
    for (const Material &material : item->materials) {
        if (material.required)
            payload.materials << material.id;
    }
    m_offlineCase = QUuid::createUuid();
    QVERIFY(engine.submit(Commands::registerCase(m_offlineCase, payload)).ok());
    QCOMPARE(windowText("pendingCommandsLabel"), statusText("%n command(s) waiting to be sent", 1));
    QVERIFY(QTest::qWaitForWindowActive(window));
    saveScreenshot(window, "main-window-offline.png");

    // The server is back: the engine logs in by itself, sends it, and the marks go.
    QString error;
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(windowText("pendingCommandsLabel"),
                              statusText("Nothing waiting to be sent"), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(windowText("connectionStatusLabel"),
                              statusText("● Online · %1").arg(address), waitMs);
    QVERIFY(!badge->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(windowText("liveStatusLabel"), statusText("Live updates on"), waitMs);
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->caseEvents(m_offlineCase).value().isEmpty());
}

void tst_ClientShell::rejectedCommandShowsWhy()
{
    MainWindow *window = m_shell->mainWindow();
    QVERIFY2(window && !m_offlineCase.isNull(), "needs li.na's session of the offline test");
    SyncEngine &engine = window->context().engine();
    QTRY_VERIFY_WITH_TIMEOUT(engine.isOnline() && engine.pendingCount() == 0, waitMs);
    // Without live pokes li.na's workstation does not hear of what W04 does next.
    engine.stopLive();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isLiveConnected(), waitMs);

    // zhou.jie accepts the application at W04 first …
    Status done = m_otherClerk->logIn("zhou.jie");
    QVERIFY2(done, describe(done).constData());
    QVERIFY(m_otherClerk->row(m_offlineCase).has_value());
    const Result<QString> theirs = m_otherClerk->acceptCase(m_offlineCase);
    QVERIFY(theirs.ok());
    done = m_otherClerk->push();
    QVERIFY2(done, describe(done).constData());

    // … then li.na, whose workstation still allows it; the server rejects hers.
    const Result<QString> mine = engine.takeNumber(DocumentNumber::Kind::Case);
    QVERIFY(mine.ok());
    QVERIFY(engine.submit(Commands::accept(m_offlineCase, *mine)).ok());
    auto *button = windowChild<QToolButton>("rejectedCommandsButton");
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), waitMs);
    QCOMPARE(button->text(), statusText("%n rejected command(s)", 1));
    const QList<OutboxEntry> rejected = engine.rejectedCommands().value();
    QCOMPARE(rejected.size(), 1);
    const Error reason = rejected.first().rejection;
    QCOMPARE(reason.code, QString("case.already-accepted"));

    // A click on the count lists it: what, which case, when, why, and what to do next.
    QStringList cells;
    QString details;
    int rowsAfterDismiss = -1;
    whenModalOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<widgets::RejectedCommandsDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        const auto *table = dialog->findChild<QTableView *>("rejectedTableView");
        for (int column = 0; column < table->model()->columnCount(); ++column)
            cells << table->model()->index(0, column).data().toString();
        details = dialog->findChild<QTextBrowser *>("rejectedDetailsTextBrowser")->toPlainText();
        saveScreenshot(dialog, "rejected-commands-dialog.png");
        QTest::mouseClick(dialog->findChild<QPushButton *>("dismissRejectedButton"),
                          Qt::LeftButton);
        rowsAfterDismiss = table->model()->rowCount();
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);

    using Model = models::RejectedCommandModel;
    QCOMPARE(cells.size(), int(Model::ColumnCount));
    QCOMPARE(cells.at(Model::CommandColumn), commandDisplayName(CommandType::accept));
    QCOMPARE(cells.at(Model::WhenColumn), m_clock.now().toString("yyyy-MM-dd HH:mm"));
    QVERIFY2(cells.at(Model::CaseColumn).startsWith(*mine),
             qPrintable(cells.at(Model::CaseColumn)));
    QVERIFY(cells.at(Model::CaseColumn).contains("王离线"));
    QCOMPARE(cells.at(Model::ReasonColumn), reason.message);
    for (const QString &part : {reason.message, reason.code, Model::nextStep(reason)})
        QVERIFY2(details.contains(part), qPrintable(details));
    QCOMPARE(rowsAfterDismiss, 0);
    QCOMPARE(engine.rejectedCount(), 0);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), statusText("No rejected commands"));
    engine.startLive();
}

void tst_ClientShell::settingsChooseTheLanguage()
{
    if (!m_shell->mainWindow()) {
        QVERIFY(ensureLoggedOut());
        m_shell->logIn("li.na", QString::fromLatin1(password));
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->mainWindow(), waitMs);
    }
    MainWindow *window = m_shell->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(m_shell->settings().language(), widgets::WorkstationSettings::Language::Automatic);

    QString workstation;
    QString note;
    bool saved = false;
    whenModalOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<widgets::SettingsDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        workstation = dialog->findChild<QLabel *>("workstationValueLabel")->text();
        auto *language = dialog->findChild<QComboBox *>("languageComboBox");
        language->setFocus();
        QTest::keyClick(language, Qt::Key_End);
        note = dialog->findChild<QLabel *>("languageNoteLabel")->text();
        saveScreenshot(dialog, "settings-dialog.png");
        QTest::mouseClick(dialog->findChild<QPushButton *>("saveSettingsButton"), Qt::LeftButton);
        saved = dialog->result() == QDialog::Accepted;
    });
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);

    QCOMPARE(workstation, QString("W01"));
    QCOMPARE(note,
             QCoreApplication::translate("sunhall::widgets::SettingsDialog",
                                         "The new language is used the next time Sunhall starts."));
    QVERIFY(saved);
    QCOMPARE(m_shell->settings().language(), widgets::WorkstationSettings::Language::English);
    const widgets::WorkstationSettings stored = widgets::WorkstationSettings::load(m_profileDir);
    QCOMPARE(stored.language(), widgets::WorkstationSettings::Language::English);
    QCOMPARE(stored.lastUser(), QString("li.na"));
}

void tst_ClientShell::endedSessionAsksToLogInAgain()
{
    MainWindow *window = m_shell->mainWindow();
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isOnline() && m_engine->pendingCount() == 0, waitMs);
    // The server forgets li.na's session (as when it expires).
    QString error;
    {
        const auto store = m_hall.openStore(&error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery forget(store->database());
        QVERIFY(forget.exec("DELETE FROM sessions WHERE user_id = 'li.na'"));
    }
    const Status pulled = m_engine->pull()->wait(waitMs);
    QVERIFY(!pulled.ok());
    QCOMPARE(pulled.error().code, QString("auth.session-invalid"));

    // The window stays; a login dialog over it asks li.na, and only her, to log in again.
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<LoginDialog *>("renewLoginDialog"), waitMs);
    auto *renewal = window->findChild<LoginDialog *>("renewLoginDialog");
    QVERIFY(QTest::qWaitForWindowActive(renewal));
    auto *user = renewal->findChild<QLineEdit *>("userLineEdit");
    auto *passwordEdit = renewal->findChild<QLineEdit *>("passwordLineEdit");
    QCOMPARE(user->text(), QString("li.na"));
    QVERIFY(user->isReadOnly());
    QVERIFY(passwordEdit->hasFocus());
    const QString message = renewal->findChild<QLabel *>("loginMessageLabel")->text();
    QVERIFY2(message.contains(pulled.error().message), qPrintable(message));
    saveScreenshot(renewal, "login-dialog-renewal.png");
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<LoginDialog *>("renewLoginDialog"), waitMs);
    QCOMPARE(m_shell->mainWindow(), window);
    QVERIFY(m_engine->session() && !m_engine->session()->token.isEmpty());
    const Status again = m_engine->pull()->wait(waitMs);
    QVERIFY2(again, describe(again).constData());
}

QTEST_MAIN(tst_ClientShell)
#include "tst_clientshell.moc"
