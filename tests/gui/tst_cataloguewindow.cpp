// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"
#include "models/CatalogueModel.h"
#include "tests/gui/CatalogueFixture.h"
#include "translations/Translations.h"
#include "widgets/CatalogueWindow.h"
#include "widgets/ItemDetailPanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace sunhall;
using namespace Qt::StringLiterals;
using models::CatalogueModel;

class tst_CatalogueWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void layoutAndTitle();
    void searchSelectAndShow();
    void chineseFromInputMethod();
    void keyboardRoundTrip();
    void departmentRowShowsHint();
    void selectItemByCode();
    void jointItemScreenshot();
    void shippedDemoCatalogue();
    void demoCatalogueInChinese();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    QStringList shownItemCodes() const;
    QString detailsText() const;
    void saveScreenshot(const QString &name);

    core::WorkingCalendar m_calendar;
    std::unique_ptr<core::FixedClock> m_clock;
    std::unique_ptr<widgets::CatalogueWindow> m_window;
};

void tst_CatalogueWindow::initTestCase()
{
    auto calendar = core::WorkingCalendar::loadDirectory(core::DataPaths::calendarsDir());
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
    m_calendar = calendar.value();
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_CatalogueWindow::init()
{
    m_clock = std::make_unique<core::FixedClock>(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    m_window =
        std::make_unique<widgets::CatalogueWindow>(tests::sampleCatalogue(), m_calendar, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_CatalogueWindow::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

QStringList tst_CatalogueWindow::shownItemCodes() const
{
    const QAbstractItemModel *model = child<QTreeView>("catalogueTreeView")->model();
    QStringList codes;
    for (int d = 0; d < model->rowCount(); ++d) {
        const QModelIndex department = model->index(d, 0);
        for (int row = 0; row < model->rowCount(department); ++row)
            codes << model->index(row, 0, department).data(CatalogueModel::ItemCodeRole).toString();
    }
    return codes;
}

QString tst_CatalogueWindow::detailsText() const
{
    return child<QTextBrowser>("itemDetailsTextBrowser")->toPlainText();
}

void tst_CatalogueWindow::saveScreenshot(const QString &name)
{
    const QString dir = QDir::currentPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u'/' + name;
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_CatalogueWindow::layoutAndTitle()
{
    QVERIFY(child<QLineEdit>("searchLineEdit"));
    auto *tree = child<QTreeView>("catalogueTreeView");
    auto *panel = child<widgets::ItemDetailPanel>("itemDetailPanel");
    auto *splitter = child<QSplitter>("catalogueSplitter");
    QVERIFY(tree && panel && splitter);
    QCOMPARE(splitter->indexOf(tree), 0);
    QCOMPARE(splitter->indexOf(panel), 1);
    QVERIFY(m_window->windowTitle().contains(u"青岛市示范行政服务中心"_s));

    const QString status = child<QLabel>("catalogueStatusLabel")->text();
    QCOMPARE(status, u"青岛市示范行政服务中心 · Catalogue version 3 · 6 item(s)"_s);
    QVERIFY(child<QLineEdit>("searchLineEdit")->hasFocus());
    QCOMPARE(shownItemCodes().size(), 6);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
}

void tst_CatalogueWindow::searchSelectAndShow()
{
    auto *search = child<QLineEdit>("searchLineEdit");
    auto *tree = child<QTreeView>("catalogueTreeView");
    QTest::keyClicks(search, u"zg-xk"_s);
    QCOMPARE(search->text(), u"zg-xk"_s);
    QCOMPARE(shownItemCodes(), QStringList{u"370200-ZG-XK-003"_s});
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), u"自然资源和规划局 (1 of 1)"_s);
    QCOMPARE(child<QLabel>("catalogueStatusLabel")->text(),
             u"青岛市示范行政服务中心 · Catalogue version 3 · 1 of 6 item(s) match"_s);

    const QModelIndex itemIndex = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(itemIndex).center());
    QCOMPARE(tree->currentIndex().data(CatalogueModel::ItemCodeRole).toString(),
             u"370200-ZG-XK-003"_s);

    auto *panel = child<widgets::ItemDetailPanel>("itemDetailPanel");
    QCOMPARE(panel->itemCode(), u"370200-ZG-XK-003"_s);
    QCOMPARE(child<QLabel>("itemNameLabel")->text(), u"建设工程规划许可证核发"_s);
    QVERIFY2(child<QLabel>("dueDateLabel")->text().contains(u"2025-03-31"_s),
             qPrintable(child<QLabel>("dueDateLabel")->text()));
    const QString details = detailsText();
    for (const QString &material : {u"建设工程规划许可申请表"_s, u"建设用地规划许可证"_s,
                                    u"建设工程设计方案总平面图"_s, u"授权委托书"_s})
        QVERIFY2(details.contains(material), qPrintable(material));
    QVERIFY(details.contains(u"¥80.00"_s));
    saveScreenshot(u"catalogue-window.png"_s);
}

void tst_CatalogueWindow::chineseFromInputMethod()
{
    // Chinese arrives from the input method as committed text, not as key presses.
    auto *search = child<QLineEdit>("searchLineEdit");
    QInputMethodEvent commit;
    commit.setCommitString(u"规划许可"_s);
    QApplication::sendEvent(search, &commit);
    QCOMPARE(search->text(), u"规划许可"_s);
    QCOMPARE(shownItemCodes(), QStringList{u"370200-ZG-XK-003"_s});
    QCOMPARE(child<widgets::ItemDetailPanel>("itemDetailPanel")->itemCode(), u"370200-ZG-XK-003"_s);
}

void tst_CatalogueWindow::keyboardRoundTrip()
{
    auto *search = child<QLineEdit>("searchLineEdit");
    auto *tree = child<QTreeView>("catalogueTreeView");
    QTest::keyClicks(search, u"sj-"_s);
    QCOMPARE(shownItemCodes().size(), 2);
    QVERIFY(child<widgets::ItemDetailPanel>("itemDetailPanel")->itemCode().isEmpty());

    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(tree->hasFocus());
    QCOMPARE(child<widgets::ItemDetailPanel>("itemDetailPanel")->itemCode(), u"370200-SJ-XK-001"_s);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(child<widgets::ItemDetailPanel>("itemDetailPanel")->itemCode(), u"370200-SJ-DJ-002"_s);
    QVERIFY(child<QLabel>("dueDateLabel")->text().contains(u"decided on the spot: 2025-03-03"_s));

    // Typing in the list goes on with the search; Escape goes back to the field.
    QTest::keyClicks(tree, u"dj"_s);
    QVERIFY(search->hasFocus());
    QCOMPARE(search->text(), u"sj-dj"_s);
    QCOMPARE(shownItemCodes(), QStringList{u"370200-SJ-DJ-002"_s});
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Escape);
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(shownItemCodes().size(), 6);
    QTest::keyClick(search, Qt::Key_Tab);
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
}

void tst_CatalogueWindow::departmentRowShowsHint()
{
    auto *tree = child<QTreeView>("catalogueTreeView");
    QVERIFY(m_window->selectItem(u"370200-GA-QR-001"_s));
    QCOMPARE(child<widgets::ItemDetailPanel>("itemDetailPanel")->itemCode(), u"370200-GA-QR-001"_s);
    tree->setCurrentIndex(tree->model()->index(1, 0));
    QVERIFY(child<widgets::ItemDetailPanel>("itemDetailPanel")->itemCode().isEmpty());
    QVERIFY(child<QLabel>("itemPlaceholderLabel")->isVisible());
}

void tst_CatalogueWindow::selectItemByCode()
{
    auto *search = child<QLineEdit>("searchLineEdit");
    QTest::keyClicks(search, u"sj-xk"_s);
    QVERIFY(m_window->selectItem(u"370200-HB-XK-002"_s));
    QVERIFY(search->text().isEmpty());
    QCOMPARE(child<widgets::ItemDetailPanel>("itemDetailPanel")->itemCode(), u"370200-HB-XK-002"_s);
    QVERIFY(!m_window->selectItem(u"370200-XX-XK-999"_s));
}

void tst_CatalogueWindow::jointItemScreenshot()
{
    QVERIFY(m_window->selectItem(u"370200-FG-XK-010"_s));
    QVERIFY(detailsText().contains(u"In parallel: 自然资源和规划局, 生态环境局"_s));
    saveScreenshot(u"catalogue-window-joint-item.png"_s);
}

void tst_CatalogueWindow::shippedDemoCatalogue()
{
    QFile file(core::DataPaths::catalogDir() + u"/demo-catalog.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    auto catalogue = core::CatalogueJson::parse(file.readAll());
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.ok() ? QString() : catalogue.error().message));
    const int items = int(catalogue->items.size());
    const QString hall = catalogue->hallName;
    m_window = std::make_unique<widgets::CatalogueWindow>(catalogue.value(), m_calendar, *m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(shownItemCodes().size(), items);
    QVERIFY(child<QLabel>("catalogueStatusLabel")->text().startsWith(hall));

    // 食品经营许可: 7 working days promised.
    QTest::keyClicks(child<QLineEdit>("searchLineEdit"), u"sj-xk-001"_s);
    QCOMPARE(shownItemCodes(), QStringList{u"370200-SJ-XK-001"_s});
    QVERIFY2(child<QLabel>("dueDateLabel")->text().contains(u"2025-03-12"_s),
             qPrintable(child<QLabel>("dueDateLabel")->text()));
    QVERIFY(detailsText().contains(u"食品经营许可申请书"_s));
    saveScreenshot(u"catalogue-window-demo.png"_s);
}

// The screen as a clerk sees it: Chinese is the main language.
void tst_CatalogueWindow::demoCatalogueInChinese()
{
    QCOMPARE(
        i18n::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
        u"zh_CN"_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QFile file(core::DataPaths::catalogDir() + u"/demo-catalog.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto catalogue = core::CatalogueJson::parse(file.readAll());
    QVERIFY(catalogue.ok());
    m_window = std::make_unique<widgets::CatalogueWindow>(catalogue.value(), m_calendar, *m_clock);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClicks(child<QLineEdit>("searchLineEdit"), u"sj-xk-001"_s);
    const QString due = child<QLabel>("dueDateLabel")->text();
    QVERIFY2(due.contains(u"2025-03-12"_s) && due.contains(u"星期三"_s), qPrintable(due));
    QVERIFY2(!due.contains(u"Accepted"_s), qPrintable(due));
    QVERIFY(!child<QLabel>("catalogueStatusLabel")->text().contains(u"item(s)"_s));
    saveScreenshot(u"catalogue-window-zh_CN.png"_s);

    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English));
}

QTEST_MAIN(tst_CatalogueWindow)
#include "tst_cataloguewindow.moc"
