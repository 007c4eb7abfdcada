// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"
#include "models/CashierBook.h"
#include "models/CashierCaseModel.h"
#include "models/CashierReceiptModel.h"
#include "models/FeeCollection.h"
#include "models/SettlementModel.h"
#include "tests/gui/cashier/CashierWorkstation.h"
#include "tests/support/CaseFixture.h"
#include "tests/unit/sync/TestPki.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall;
using namespace Qt::StringLiterals;
using core::Money;
using core::PaymentMethod;

namespace {

QDateTime monday(int hour = 9)
{
    return QDateTime(QDate(2025, 3, 3), QTime(hour, 0), QTimeZone(8 * 3600));
}

} // namespace

class tst_CashierModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bookHoldsCasesWithFeesDue();
    void queueSearches_data();
    void queueSearches();
    void wrongAmountTakesNoNumber();
    void collectionTakesTheNextLeasedNumber();
    void voidKeepsTheNumberAndMakesTheFeeDueAgain();
    void voidNeedsAReason();
    void receiptListShowsVoidedReceipts();
    void settlementModelRows();

private:
    models::FeeCollection collection();
    qint64 receiptsLeft() const;

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<tests::CashierWorkstation> m_ws;
    std::unique_ptr<models::CashierBook> m_book;
    QUuid m_first;
    QUuid m_second;
};

void tst_CashierModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(u"pki"_s));
    TestPki pki(m_dir.filePath(u"pki"_s));
    const QString made = pki.make();
    QVERIFY2(made.isEmpty(), qPrintable(made));
}

void tst_CashierModels::init()
{
    m_ws = std::make_unique<tests::CashierWorkstation>(
        m_dir.filePath(u"ws%1"_s.arg(++m_run)), m_dir.filePath(u"pki"_s),
        tests::CashierWorkstation::cashierActor(), monday());
    QVERIFY2(m_ws->error().isEmpty(), qPrintable(m_ws->error()));
    m_first = m_ws->addCaseWithFee(11, u"陈申请"_s);
    m_second = m_ws->addCaseWithFee(12, u"刘小梅"_s);
    QVERIFY2(!m_first.isNull() && !m_second.isNull(), qPrintable(m_ws->error()));
    m_book = std::make_unique<models::CashierBook>(m_ws->store(), QTimeZone(8 * 3600));
    QVERIFY(m_book->reload().ok());
}

void tst_CashierModels::cleanup()
{
    m_book.reset();
    m_ws.reset();
}

models::FeeCollection tst_CashierModels::collection()
{
    core::SyncEngine &engine = m_ws->engine();
    return models::FeeCollection(
        [&engine](core::Command command) { return engine.submit(std::move(command)); },
        [&engine]() { return engine.takeNumber(core::DocumentNumber::Kind::Receipt); },
        m_ws->clock(), m_ws->cashier(), u"W01"_s);
}

qint64 tst_CashierModels::receiptsLeft() const
{
    return m_ws->store().remainingSerials(u"receipt"_s, u"HALL01"_s, 2025).value();
}

void tst_CashierModels::bookHoldsCasesWithFeesDue()
{
    const QList<models::FeeCase> due = m_book->casesWithFeeDue();
    QCOMPARE(due.size(), 2);
    const models::FeeCase first = *m_book->feeCase(m_first);
    QCOMPARE(first.assessed, Money::fromFen(6250));
    QCOMPARE(first.due(), Money::fromFen(6250));
    QCOMPARE(first.state.caseNumber, casefixture::caseNumber(11));
    const QList<models::FeeCaseLine> lines = first.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).name, u"许可费"_s);
    QCOMPARE(lines.at(0).amount, Money::fromFen(5000));
    QVERIFY(lines.at(0).basis.contains(u"示例价〔2025〕1号"_s));
    QCOMPARE(lines.at(1).name, u"工本费"_s);

    models::CashierCaseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(due);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, models::CashierCaseModel::DueColumn).data().toString(), u"¥62.50"_s);
    QCOMPARE(model.index(0, models::CashierCaseModel::ItemColumn).data().toString(),
             u"食品经营许可"_s);
}

void tst_CashierModels::queueSearches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("applicants");
    const QString grouped =
        core::DocumentNumber::parse(casefixture::caseNumber(12))->toGroupedString();
    QTest::newRow("nothing typed") << QString() << QStringList{u"陈申请"_s, u"刘小梅"_s};
    QTest::newRow("applicant") << u"小梅"_s << QStringList{u"刘小梅"_s};
    QTest::newRow("number as stored") << casefixture::caseNumber(11) << QStringList{u"陈申请"_s};
    QTest::newRow("number grouped, lower case") << grouped.toLower() << QStringList{u"刘小梅"_s};
    QTest::newRow("end of the number") << grouped.right(6) << QStringList{u"刘小梅"_s};
    QTest::newRow("ID number") << u"19800101011"_s << QStringList{u"陈申请"_s};
    QTest::newRow("item") << u"食品"_s << QStringList{u"陈申请"_s, u"刘小梅"_s};
    QTest::newRow("no match") << u"王五"_s << QStringList{};
}

void tst_CashierModels::queueSearches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, applicants);
    models::CashierCaseModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(m_book->casesWithFeeDue());
    model.setFilterText(text);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.feeCase(row)->state.applicant.name);
    QCOMPARE(shown, applicants);
    QCOMPARE(model.totalCount(), 2);
}

void tst_CashierModels::wrongAmountTakesNoNumber()
{
    models::FeeCollection fees = collection();
    const qint64 before = receiptsLeft();
    const core::Result<QString> refused =
        fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Cash, Money::fromFen(6000), {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"case.fee-amount-wrong"_s);
    QCOMPARE(refused.error().field, u"amountFen"_s);
    QVERIFY(refused.error().message.contains(u"¥60.00"_s));
    QVERIFY(refused.error().message.contains(u"¥62.50"_s));
    QVERIFY(!models::FeeCollection::advice(refused.error()).isEmpty());
    QCOMPARE(receiptsLeft(), before);
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 0);
}

void tst_CashierModels::collectionTakesTheNextLeasedNumber()
{
    models::FeeCollection fees = collection();
    const core::Result<QString> receipt =
        fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Card, Money::fromFen(6250), {}});
    QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().message));
    QCOMPARE(*receipt, casefixture::receiptNumber(1));
    QCOMPARE(receiptsLeft(), 99);
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 1);
    QVERIFY(m_book->refresh({m_first}).ok());
    QCOMPARE(m_book->feeCase(m_first)->due(), Money());
    QCOMPARE(m_book->casesWithFeeDue().size(), 1);
    const models::FeeLedgerEntry entry = *m_book->receipt(*receipt);
    QCOMPARE(entry.method, PaymentMethod::Card);
    QCOMPARE(entry.amount, Money::fromFen(6250));
    QCOMPARE(entry.cashierName, u"钱收费"_s);
    QCOMPARE(entry.payerName, u"陈申请"_s);
    QCOMPARE(entry.day, QDate(2025, 3, 3));
    const core::Result<QString> again =
        fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Cash, Money::fromFen(6250), {}});
    QCOMPARE(again.error().code, u"case.fee-nothing-due"_s);
}

void tst_CashierModels::voidKeepsTheNumberAndMakesTheFeeDueAgain()
{
    models::FeeCollection fees = collection();
    const QString number =
        fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Cash, Money::fromFen(6250), {}})
            .value();
    QVERIFY(m_book->refresh({m_first}).ok());
    m_ws->clock().advanceSecs(600);
    QVERIFY(fees.voidReceipt(*m_book->feeCase(m_first), number, u"金额打印错误"_s).ok());
    QVERIFY(m_book->refresh({m_first}).ok());
    QCOMPARE(m_book->feeCase(m_first)->due(), Money::fromFen(6250));
    QCOMPARE(m_book->voidOf(number)->reason, u"金额打印错误"_s);
    QCOMPARE(m_book->voidOf(number)->method, PaymentMethod::Cash);
    QCOMPARE(m_book->voidOf(number)->amount, Money::fromFen(6250));
    const core::Result<QString> next =
        fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Cash, Money::fromFen(6250), {}});
    QVERIFY(next.ok());
    QVERIFY(*next != number);
    QCOMPARE(m_book->receiptsOf(m_first).size(), 1); // not refreshed yet
    QVERIFY(m_book->refresh({m_first}).ok());
    QCOMPARE(m_book->receiptsOf(m_first).size(), 2);
}

void tst_CashierModels::voidNeedsAReason()
{
    models::FeeCollection fees = collection();
    const QString number =
        fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Cash, Money::fromFen(6250), {}})
            .value();
    QVERIFY(m_book->refresh({m_first}).ok());
    const core::Status refused = fees.voidReceipt(*m_book->feeCase(m_first), number, u"  "_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"case.reason-required"_s);
    QCOMPARE(m_ws->store().pendingCommandCount().value(), 1);
}

void tst_CashierModels::receiptListShowsVoidedReceipts()
{
    models::FeeCollection fees = collection();
    const QString first =
        fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Cash, Money::fromFen(6250), {}})
            .value();
    const QString second =
        fees.collect(*m_book->feeCase(m_second), {PaymentMethod::Wire, Money::fromFen(6250), {}})
            .value();
    QVERIFY(m_book->refresh({m_first, m_second}).ok());
    QVERIFY(fees.voidReceipt(*m_book->feeCase(m_first), first, u"重复收费"_s).ok());
    QVERIFY(m_book->refresh({m_first}).ok());

    models::CashierReceiptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReceipts(
        models::CashierReceiptModel::receiptsOf(*m_book, QDate(2025, 3, 3), QDate(2025, 3, 3)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(first), 0);
    QCOMPARE(model.rowOf(second), 1);
    QVERIFY(model.index(0, 0).data(models::CashierReceiptModel::VoidedRole).toBool());
    QVERIFY(model.index(0, models::CashierReceiptModel::StatusColumn)
                .data()
                .toString()
                .contains(u"重复收费"_s));
    QVERIFY(!model.index(1, 0).data(models::CashierReceiptModel::VoidedRole).toBool());
    QCOMPARE(model.index(1, models::CashierReceiptModel::MethodColumn).data().toString(),
             core::paymentMethodDisplayName(PaymentMethod::Wire));
}

void tst_CashierModels::settlementModelRows()
{
    models::FeeCollection fees = collection();
    (void)fees.collect(*m_book->feeCase(m_first), {PaymentMethod::Cash, Money::fromFen(6250), {}});
    (void)fees.collect(*m_book->feeCase(m_second), {PaymentMethod::Card, Money::fromFen(6250), {}});
    QVERIFY(m_book->refresh({m_first, m_second}).ok());
    const QString cashier = m_ws->cashier().userId;
    models::SettlementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(
        models::SettlementReport::build(m_book->entries(QDate(2025, 3, 3), QDate(2025, 3, 3)),
                                        models::SettlementPeriod::Day, QDate(2025, 3, 3), cashier));
    QCOMPARE(model.rowCount(), 5); // four methods and the total
    QCOMPARE(model.index(0, models::SettlementModel::NetColumn).data().toString(), u"¥62.50"_s);
    QCOMPARE(model.index(4, models::SettlementModel::NetColumn).data().toString(), u"¥125.00"_s);
    QCOMPARE(model.index(4, models::SettlementModel::NetInCapitalsColumn).data().toString(),
             u"壹佰贰拾伍元整"_s);
    QVERIFY(model.index(4, 0).data(models::SettlementModel::IsTotalRole).toBool());

    model.setReport(models::SettlementReport::build(
                        m_book->entries(QDate(2025, 3, 1), QDate(2025, 3, 31)),
                        models::SettlementPeriod::Month, QDate(2025, 3, 3), cashier),
                    {{QDate(2025, 3, 3), u"signed"_s}});
    QCOMPARE(model.rowCount(), 2 + 4 + 1);
    QCOMPARE(model.index(0, models::SettlementModel::SignOffColumn).data().toString(), u"signed"_s);
}

QTEST_GUILESS_MAIN(tst_CashierModels)
#include "tst_cashiermodels.moc"
