// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/DataPaths.h"
#include "tests/gui/CatalogueFixture.h"
#include "widgets/ItemDetailPanel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

using namespace sunhall;
using namespace Qt::StringLiterals;

class tst_ItemDetailPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void dueDates_data();
    void dueDates();
    void weekdayFollowsLocale();
    void yearMissingShowsCalendarError();
    void describesEverything();
    void freeItemSaysFree();
    void jointStepNamesParallelDepartments();
    void clearShowsHint();

private:
    QString text(const widgets::ItemDetailPanel &panel, const char *labelName) const;
    QString details(const widgets::ItemDetailPanel &panel) const;

    core::WorkingCalendar m_calendar;
};

void tst_ItemDetailPanel::initTestCase()
{
    auto calendar = core::WorkingCalendar::loadDirectory(core::DataPaths::calendarsDir());
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
    m_calendar = calendar.value();
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_ItemDetailPanel::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

QString tst_ItemDetailPanel::text(const widgets::ItemDetailPanel &panel,
                                  const char *labelName) const
{
    const auto *label = panel.findChild<QLabel *>(QString::fromLatin1(labelName));
    return label ? label->text() : u"<no %1>"_s.arg(QString::fromLatin1(labelName));
}

QString tst_ItemDetailPanel::details(const widgets::ItemDetailPanel &panel) const
{
    const auto *browser = panel.findChild<QTextBrowser *>(u"itemDetailsTextBrowser"_s);
    return browser ? browser->toPlainText() : QString();
}

void tst_ItemDetailPanel::dueDates_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("promised");
    QTest::addColumn<int>("legal");
    QTest::addColumn<QString>("promisedText");
    QTest::addColumn<QString>("legalText");

    QTest::newRow("20 working days from Monday 3 March")
        << QDate(2025, 3, 3) << 20 << 20 << "Accepted today, due on 2025-03-31 (Monday)"
        << "Legal limit ends on 2025-03-31 (Monday)";
    QTest::newRow("immediate item is decided today")
        << QDate(2025, 3, 3) << 0 << 15
        << "Accepted today, decided on the spot: 2025-03-03 (Monday)"
        << "Legal limit ends on 2025-03-24 (Monday)";
    // National Day 1–8 Oct 2025 is off; Saturday 11 Oct is worked.
    QTest::newRow("over National Day and a make-up Saturday")
        << QDate(2025, 9, 30) << 5 << 20 << "Accepted today, due on 2025-10-14 (Tuesday)"
        << "Legal limit ends on 2025-11-04 (Tuesday)";
}

void tst_ItemDetailPanel::dueDates()
{
    QFETCH(QDate, today);
    QFETCH(int, promised);
    QFETCH(int, legal);

    core::FixedClock clock(QDateTime(today, QTime(9, 0)));
    widgets::ItemDetailPanel panel(m_calendar, clock);
    core::Item item = tests::planningPermit();
    item.promisedLimitDays = promised;
    item.legalLimitDays = legal;
    panel.showItem(item, tests::sampleCatalogue());
    QTEST(text(panel, "dueDateLabel"), "promisedText");
    QTEST(text(panel, "legalDueDateLabel"), "legalText");
}

void tst_ItemDetailPanel::weekdayFollowsLocale()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    core::FixedClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    widgets::ItemDetailPanel panel(m_calendar, clock);
    panel.showItem(tests::planningPermit(), tests::sampleCatalogue());
    QVERIFY2(text(panel, "dueDateLabel").contains(u"2025-03-31 (星期一)"),
             qPrintable(text(panel, "dueDateLabel")));
}

void tst_ItemDetailPanel::yearMissingShowsCalendarError()
{
    core::FixedClock clock(QDateTime(QDate(2031, 3, 3), QTime(9, 0)));
    widgets::ItemDetailPanel panel(m_calendar, clock);
    panel.showItem(tests::planningPermit(), tests::sampleCatalogue());
    const auto error = m_calendar.addWorkingDays(QDate(2031, 3, 3), 20);
    QVERIFY(!error.ok());
    QCOMPARE(text(panel, "dueDateLabel"), error.error().message);
    QVERIFY(text(panel, "dueDateLabel").contains(u"2031"));
    QVERIFY(!panel.findChild<QLabel *>(u"legalDueDateLabel"_s)->isVisibleTo(&panel));
}

void tst_ItemDetailPanel::describesEverything()
{
    core::FixedClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    widgets::ItemDetailPanel panel(m_calendar, clock);
    panel.showItem(tests::planningPermit(), tests::sampleCatalogue());
    QCOMPARE(panel.itemCode(), u"370200-ZG-XK-003"_s);
    QCOMPARE(text(panel, "itemNameLabel"), u"建设工程规划许可证核发"_s);
    QCOMPARE(text(panel, "itemSummaryLabel"),
             u"370200-ZG-XK-003 · 自然资源和规划局 · Promised item"_s);

    const QString shown = details(panel);
    const QStringList expected = {
        u"Administrative licensing"_s,
        u"《中华人民共和国城乡规划法》第四十条"_s,
        u"已取得建设用地规划许可证"_s,
        u"建设工程规划许可申请表"_s,
        u"Form to fill in: 申请表"_s,
        u"建设用地规划许可证"_s,
        u"建设工程设计方案总平面图"_s,
        u"Original and copy"_s,
        u"授权委托书"_s,
        u"Optional"_s,
        u"规划许可证工本费"_s,
        u"¥80.00"_s,
        u"鲁价费发〔2019〕12号"_s,
        u"10 working day(s)"_s, // the longest extension
        u"Not eligible"_s,
        u"建设工程规划许可证, no expiry"_s,
        u"Chief approver"_s,
    };
    for (const QString &piece : expected)
        QVERIFY2(shown.contains(piece), qPrintable(u"missing: "_s + piece));
    QVERIFY(shown.indexOf(u"受理"_s) < shown.indexOf(u"审核"_s));
    QVERIFY(shown.indexOf(u"审核"_s) < shown.indexOf(u"审批"_s));
    QVERIFY(shown.indexOf(u"审批"_s) < shown.indexOf(u"制证"_s));
}

void tst_ItemDetailPanel::freeItemSaysFree()
{
    core::FixedClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    widgets::ItemDetailPanel panel(m_calendar, clock);
    const core::Catalogue catalogue = tests::sampleCatalogue();
    panel.showItem(*catalogue.item(u"370200-SJ-XK-001"_s), catalogue);
    QVERIFY(details(panel).contains(u"Free: this item charges no fee."_s));
    QVERIFY(!details(panel).contains(u"¥"_s));
    QVERIFY(details(panel).contains(u"食品经营许可证, valid for 5 year(s)"_s));

    panel.showItem(*catalogue.item(u"370200-GA-QR-001"_s), catalogue);
    QVERIFY(details(panel).contains(u"¥20.00"_s));
    QVERIFY(details(panel).contains(u"¥10.50"_s));
    QVERIFY(details(panel).contains(u"¥30.50"_s));
}

void tst_ItemDetailPanel::jointStepNamesParallelDepartments()
{
    core::FixedClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    widgets::ItemDetailPanel panel(m_calendar, clock);
    panel.showItem(tests::investmentApproval(), tests::sampleCatalogue());
    const QString shown = details(panel);
    QVERIFY2(shown.contains(u"In parallel: 自然资源和规划局, 生态环境局"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"并联审查"_s));
    QVERIFY(shown.contains(u"Eligible"_s));
    QVERIFY(shown.contains(u"15 working day(s)"_s)); // longest extension of a joint item
    QVERIFY(shown.contains(u"发展和改革委员会"_s));  // steps without a department: the item's
}

void tst_ItemDetailPanel::clearShowsHint()
{
    core::FixedClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    widgets::ItemDetailPanel panel(m_calendar, clock);
    auto *pages = panel.findChild<QStackedWidget *>(u"itemDetailStackedWidget"_s);
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), u"itemPlaceholderLabel"_s);
    panel.showItem(tests::planningPermit(), tests::sampleCatalogue());
    QCOMPARE(pages->currentWidget()->objectName(), u"itemDetailPageWidget"_s);
    panel.clear();
    QCOMPARE(pages->currentWidget()->objectName(), u"itemPlaceholderLabel"_s);
    QVERIFY(panel.itemCode().isEmpty());
}

QTEST_MAIN(tst_ItemDetailPanel)
#include "tst_itemdetailpanel.moc"
