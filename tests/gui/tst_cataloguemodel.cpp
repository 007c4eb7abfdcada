// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CatalogueFilterModel.h"
#include "models/CatalogueModel.h"
#include "tests/gui/CatalogueFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sunhall;
using namespace Qt::StringLiterals;
using models::CatalogueFilterModel;
using models::CatalogueModel;

class tst_CatalogueModel : public QObject
{
    Q_OBJECT
private slots:
    void departmentsWithCounts();
    void itemColumns_data();
    void itemColumns();
    void itemLookup();
    void unknownDepartmentKeepsItsItems();
    void filter_data();
    void filter();
    void filterShowsMatchingOfAll();
    void testerOverModelAndProxy();

private:
    static QStringList shownItemCodes(const QAbstractItemModel &model);
};

QStringList tst_CatalogueModel::shownItemCodes(const QAbstractItemModel &model)
{
    QStringList codes;
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex department = model.index(d, 0);
        for (int row = 0; row < model.rowCount(department); ++row)
            codes << model.index(row, 0, department).data(CatalogueModel::ItemCodeRole).toString();
    }
    return codes;
}

void tst_CatalogueModel::departmentsWithCounts()
{
    CatalogueModel model;
    model.setCatalogue(tests::sampleCatalogue());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(CatalogueModel::ColumnCount));

    const QList<std::pair<QString, int>> expected = {
        {QStringLiteral("市场监督管理局"), 2},   {QStringLiteral("公安局"), 1},
        {QStringLiteral("自然资源和规划局"), 1}, {QStringLiteral("发展和改革委员会"), 1},
        {QStringLiteral("生态环境局"), 1},       {QStringLiteral("卫生健康委员会"), 0},
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex department = model.index(row, CatalogueModel::NameColumn);
        QVERIFY(model.isDepartment(department));
        QCOMPARE(model.rowCount(department), expected.at(row).second);
        QCOMPARE(department.data(CatalogueModel::ItemCountRole).toInt(), expected.at(row).second);
        QCOMPARE(department.data().toString(),
                 QStringLiteral("%1 (%2)").arg(expected.at(row).first,
                                               QString::number(expected.at(row).second)));
        QCOMPARE(model.item(department), nullptr);
    }
    QCOMPARE(model.index(0, 0).data(CatalogueModel::DepartmentCodeRole).toString(),
             QStringLiteral("SJ"));
}

void tst_CatalogueModel::itemColumns_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("promised");
    QTest::addColumn<QString>("legal");
    QTest::addColumn<QString>("fee");

    QTest::newRow("promised, one fee") << "370200-ZG-XK-003"
                                       << "建设工程规划许可证核发"
                                       << "Promised item"
                                       << "20 working day(s)"
                                       << "20 working day(s)"
                                       << "¥80.00";
    QTest::newRow("immediate, free") << "370200-SJ-DJ-002"
                                     << "营业执照核发（企业设立登记）"
                                     << "Immediate item"
                                     << "Same day"
                                     << "15 working day(s)"
                                     << "Free";
    QTest::newRow("escalated, two fees summed") << "370200-GA-QR-001"
                                                << "居民身份证换领"
                                                << "Escalated item"
                                                << "15 working day(s)"
                                                << "20 working day(s)"
                                                << "¥30.50";
    QTest::newRow("joint")
        << "370200-FG-XK-010"
        << "企业投资项目核准（国家规定权限内的固定资产投资项目及外商投资项目，含变更与延期）"
        << "Joint item"
        << "30 working day(s)"
        << "45 working day(s)"
        << "Free";
}

void tst_CatalogueModel::itemColumns()
{
    QFETCH(QString, code);
    CatalogueModel model;
    model.setCatalogue(tests::sampleCatalogue());
    const QModelIndex name = model.indexOfItem(code);
    QVERIFY(name.isValid());
    const auto cell = [&](CatalogueModel::Column column) {
        return name.siblingAtColumn(column).data().toString();
    };
    QTEST(cell(CatalogueModel::NameColumn), "name");
    QCOMPARE(cell(CatalogueModel::CodeColumn), code);
    QTEST(cell(CatalogueModel::KindColumn), "kind");
    QTEST(cell(CatalogueModel::PromisedLimitColumn), "promised");
    QTEST(cell(CatalogueModel::LegalLimitColumn), "legal");
    QTEST(cell(CatalogueModel::FeeColumn), "fee");
    for (int column = 0; column < CatalogueModel::ColumnCount; ++column)
        QCOMPARE(name.siblingAtColumn(column).data(CatalogueModel::ItemCodeRole).toString(), code);
}

void tst_CatalogueModel::itemLookup()
{
    CatalogueModel model;
    model.setCatalogue(tests::sampleCatalogue());
    const QModelIndex index = model.indexOfItem(QStringLiteral("370200-SJ-DJ-002"));
    QCOMPARE(index.parent(), model.index(0, 0));
    QCOMPARE(index.row(), 1);
    QVERIFY(model.item(index));
    QCOMPARE(model.item(index.siblingAtColumn(CatalogueModel::FeeColumn))->code,
             QStringLiteral("370200-SJ-DJ-002"));
    QVERIFY(!model.indexOfItem(QStringLiteral("370200-XX-XK-999")).isValid());
    QCOMPARE(model.headerData(CatalogueModel::PromisedLimitColumn, Qt::Horizontal).toString(),
             QStringLiteral("Promised limit"));
}

void tst_CatalogueModel::unknownDepartmentKeepsItsItems()
{
    core::Catalogue catalogue = tests::sampleCatalogue();
    catalogue.items.append(tests::item("370200-JT-XK-001", QStringLiteral("道路运输经营许可"), "JT",
                                       core::ItemKind::Promised, 15, 20));
    CatalogueModel model;
    model.setCatalogue(catalogue);
    QCOMPARE(model.rowCount(), 7);
    const QModelIndex orphanGroup = model.index(6, 0);
    QCOMPARE(orphanGroup.data(CatalogueModel::DepartmentCodeRole).toString(), QStringLiteral("JT"));
    QVERIFY(orphanGroup.data(CatalogueModel::DepartmentNameRole).toString().contains(u"JT"));
    QCOMPARE(model.rowCount(orphanGroup), 1);
    QCOMPARE(model.indexOfItem(QStringLiteral("370200-JT-XK-001")).parent(), orphanGroup);
}

void tst_CatalogueModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<int>("departments");

    const QStringList all = {u"370200-SJ-XK-001"_s, u"370200-SJ-DJ-002"_s, u"370200-GA-QR-001"_s,
                             u"370200-ZG-XK-003"_s, u"370200-FG-XK-010"_s, u"370200-HB-XK-002"_s};
    QTest::newRow("empty shows everything, empty departments too") << "" << all << 6;
    QTest::newRow("spaces only") << "   " << all << 6;
    QTest::newRow("part of a name") << "规划许可" << QStringList{u"370200-ZG-XK-003"_s} << 1;
    QTest::newRow("name part in two items")
        << "建设" << QStringList{u"370200-ZG-XK-003"_s, u"370200-HB-XK-002"_s} << 2;
    QTest::newRow("name part, surrounding spaces")
        << "  身份证 " << QStringList{u"370200-GA-QR-001"_s} << 1;
    QTest::newRow("whole code") << "370200-FG-XK-010" << QStringList{u"370200-FG-XK-010"_s} << 1;
    QTest::newRow("part of a code, lower case")
        << "sj-" << QStringList{u"370200-SJ-XK-001"_s, u"370200-SJ-DJ-002"_s} << 1;
    QTest::newRow("code part across departments")
        << "xk-00"
        << QStringList{u"370200-SJ-XK-001"_s, u"370200-ZG-XK-003"_s, u"370200-HB-XK-002"_s} << 3;
    QTest::newRow("nothing matches") << "不存在的事项" << QStringList{} << 0;
}

void tst_CatalogueModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, codes);
    QFETCH(int, departments);

    CatalogueModel model;
    model.setCatalogue(tests::sampleCatalogue());
    CatalogueFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(text);
    QCOMPARE(shownItemCodes(proxy), codes);
    QCOMPARE(proxy.rowCount(), departments);
    QCOMPARE(proxy.matchingItemCount(), codes.size());
    QCOMPARE(proxy.firstItemIndex().data(CatalogueModel::ItemCodeRole).toString(), codes.value(0));

    proxy.setFilterText({});
    QCOMPARE(shownItemCodes(proxy).size(), 6);
    QCOMPARE(proxy.rowCount(), 6);
}

void tst_CatalogueModel::filterShowsMatchingOfAll()
{
    CatalogueModel model;
    model.setCatalogue(tests::sampleCatalogue());
    CatalogueFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("食品"));
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("市场监督管理局 (1 of 2)"));
    proxy.setFilterText({});
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("市场监督管理局 (2)"));
}

void tst_CatalogueModel::testerOverModelAndProxy()
{
    CatalogueModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogueFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalogue(tests::sampleCatalogue());
    for (const char *text : {"建设", "sj", "不存在", "370200", "", "许可证"}) {
        proxy.setFilterText(QString::fromUtf8(text));
        if (QTest::currentTestFailed())
            return;
    }
    model.setCatalogue(core::Catalogue{});
    QCOMPARE(proxy.rowCount(), 0);
    model.setCatalogue(tests::sampleCatalogue());
    QCOMPARE(proxy.matchingItemCount(), 2);
}

QTEST_MAIN(tst_CatalogueModel)
#include "tst_cataloguemodel.moc"
