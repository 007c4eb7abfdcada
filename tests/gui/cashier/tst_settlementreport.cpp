// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/MoneyWords.h"
#include "models/FeeReceiptPrintLog.h"
#include "models/FeeReduction.h"
#include "models/SettlementCsv.h"
#include "models/SettlementReport.h"
#include "models/SettlementSignOff.h"
#include "models/SettlementSignOffLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall;
using namespace Qt::StringLiterals;
using core::Money;
using core::PaymentMethod;
using models::FeeLedgerEntry;
using models::SettlementPeriod;
using models::SettlementReport;

namespace {

QDateTime at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

FeeLedgerEntry entry(FeeLedgerEntry::Kind kind, const QString &number, PaymentMethod method,
                     qint64 fen, const QDateTime &when, const QString &cashier = u"cashier-1"_s)
{
    FeeLedgerEntry made;
    made.kind = kind;
    made.receiptNumber = number;
    made.method = method;
    made.amount = Money::fromFen(fen);
    made.at = when;
    made.day = when.date();
    made.cashierId = cashier;
    made.cashierName = cashier == u"cashier-1"_s ? u"钱收费"_s : u"孙出纳"_s;
    made.caseNumber = u"SL-"_s + number;
    made.payerName = u"陈申请"_s;
    if (kind == FeeLedgerEntry::Kind::Voided)
        made.reason = u"金额打印错误"_s;
    return made;
}

FeeLedgerEntry paid(const QString &number, PaymentMethod method, qint64 fen, const QDateTime &when,
                    const QString &cashier = u"cashier-1"_s)
{
    return entry(FeeLedgerEntry::Kind::Collected, number, method, fen, when, cashier);
}

FeeLedgerEntry voided(const QString &number, PaymentMethod method, qint64 fen,
                      const QDateTime &when, const QString &cashier = u"cashier-1"_s)
{
    return entry(FeeLedgerEntry::Kind::Voided, number, method, fen, when, cashier);
}

// A week of one hall: two cashiers, every method, a same-day void and a next-day void.
QList<FeeLedgerEntry> week()
{
    return {paid(u"R1"_s, PaymentMethod::Cash, 6250, at(3, 3, 9)),
            paid(u"R2"_s, PaymentMethod::Cash, 2000, at(3, 3, 10)),
            paid(u"R3"_s, PaymentMethod::Card, 55000, at(3, 3, 11)),
            voided(u"R2"_s, PaymentMethod::Cash, 2000, at(3, 3, 12)),
            paid(u"R4"_s, PaymentMethod::Transfer, 9000, at(3, 3, 14), u"cashier-2"_s),
            paid(u"R5"_s, PaymentMethod::Wire, 100000, at(3, 4, 9)),
            voided(u"R3"_s, PaymentMethod::Card, 55000, at(3, 4, 10)),
            paid(u"R6"_s, PaymentMethod::Cash, 1250, at(3, 10, 9))};
}

} // namespace

class tst_SettlementReport : public QObject
{
    Q_OBJECT
private slots:
    void periods_data();
    void periods();
    void dailyTotalsPerMethod_data();
    void dailyTotalsPerMethod();
    void voidCountsOnTheDayItWasRecorded();
    void weekByDayAndMethod();
    void monthSumsTheWeeks();
    void allCashiersSumsEveryone();
    void reductionsAreCounted();
    void csvOpensWithBomAndHoldsTheTotals();
    void csvQuotesAndDisarmsText();
    void signOffRoundTripAndMatch();
    void signOffLogKeepsEverySignOff();
    void signOffLogRefusesADamagedFile();
    void printLogCountsOutputs();
    void reductionTravelsInThePayload();
};

void tst_SettlementReport::periods_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("day") << int(SettlementPeriod::Day) << QDate(2025, 3, 5) << QDate(2025, 3, 5)
                         << QDate(2025, 3, 5);
    QTest::newRow("week from Wednesday") << int(SettlementPeriod::Week) << QDate(2025, 3, 5)
                                         << QDate(2025, 3, 3) << QDate(2025, 3, 9);
    QTest::newRow("week from Sunday") << int(SettlementPeriod::Week) << QDate(2025, 3, 9)
                                      << QDate(2025, 3, 3) << QDate(2025, 3, 9);
    QTest::newRow("week over the year end") << int(SettlementPeriod::Week) << QDate(2025, 1, 1)
                                            << QDate(2024, 12, 30) << QDate(2025, 1, 5);
    QTest::newRow("February") << int(SettlementPeriod::Month) << QDate(2025, 2, 14)
                              << QDate(2025, 2, 1) << QDate(2025, 2, 28);
    QTest::newRow("leap February") << int(SettlementPeriod::Month) << QDate(2024, 2, 29)
                                   << QDate(2024, 2, 1) << QDate(2024, 2, 29);
}

void tst_SettlementReport::periods()
{
    QFETCH(int, period);
    QFETCH(QDate, day);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QCOMPARE(SettlementReport::periodStart(SettlementPeriod(period), day), from);
    QCOMPARE(SettlementReport::periodEnd(SettlementPeriod(period), day), to);
}

void tst_SettlementReport::dailyTotalsPerMethod_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("collectedCount");
    QTest::addColumn<qint64>("collectedFen");
    QTest::addColumn<int>("voidedCount");
    QTest::addColumn<qint64>("voidedFen");
    QTest::addColumn<qint64>("netFen");
    // Cashier 1 on Monday: R1 and R2 in cash, R2 voided the same day, R3 by card.
    QTest::newRow("cash") << int(PaymentMethod::Cash) << 2 << qint64(8250) << 1 << qint64(2000)
                          << qint64(6250);
    QTest::newRow("card") << int(PaymentMethod::Card) << 1 << qint64(55000) << 0 << qint64(0)
                          << qint64(55000);
    QTest::newRow("transfer: the other cashier's")
        << int(PaymentMethod::Transfer) << 0 << qint64(0) << 0 << qint64(0) << qint64(0);
    QTest::newRow("wire: another day")
        << int(PaymentMethod::Wire) << 0 << qint64(0) << 0 << qint64(0) << qint64(0);
}

void tst_SettlementReport::dailyTotalsPerMethod()
{
    QFETCH(int, method);
    QFETCH(int, collectedCount);
    QFETCH(qint64, collectedFen);
    QFETCH(int, voidedCount);
    QFETCH(qint64, voidedFen);
    QFETCH(qint64, netFen);
    const SettlementReport report =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 3), u"cashier-1"_s);
    QCOMPARE(report.lines().size(), 4);
    QCOMPARE(report.cashierName(), u"钱收费"_s);
    const models::SettlementFigures figures = report.total(PaymentMethod(method));
    QCOMPARE(figures.collectedCount, collectedCount);
    QCOMPARE(figures.collected.fen(), collectedFen);
    QCOMPARE(figures.voidedCount, voidedCount);
    QCOMPARE(figures.voided.fen(), voidedFen);
    QCOMPARE(figures.net().fen(), netFen);
    QCOMPARE(report.total().net(), Money::fromFen(61250));
}

void tst_SettlementReport::voidCountsOnTheDayItWasRecorded()
{
    const SettlementReport tuesday =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 4), u"cashier-1"_s);
    QCOMPARE(tuesday.total(PaymentMethod::Card).voidedCount, 1);
    QCOMPARE(tuesday.total(PaymentMethod::Card).net(), Money::fromFen(-55000));
    QCOMPARE(tuesday.total(PaymentMethod::Wire).net(), Money::fromFen(100000));
    QCOMPARE(tuesday.total().net(), Money::fromFen(45000));
    QCOMPARE(core::moneyInCapitals(tuesday.total(PaymentMethod::Card).net()), u"负伍佰伍拾元整"_s);
}

void tst_SettlementReport::weekByDayAndMethod()
{
    const SettlementReport report =
        SettlementReport::build(week(), SettlementPeriod::Week, QDate(2025, 3, 6), u"cashier-1"_s);
    QCOMPARE(report.from(), QDate(2025, 3, 3));
    QCOMPARE(report.to(), QDate(2025, 3, 9));
    QCOMPARE(report.days(), (QList<QDate>{QDate(2025, 3, 3), QDate(2025, 3, 4)}));
    QCOMPARE(report.lines().size(), 4); // Mon cash, Mon card, Tue card, Tue wire
    QCOMPARE(report.lines().at(0).day, QDate(2025, 3, 3));
    QCOMPARE(report.lines().at(0).method, PaymentMethod::Cash);
    QCOMPARE(report.dayTotal(QDate(2025, 3, 3)).net(), Money::fromFen(61250));
    QCOMPARE(report.dayTotal(QDate(2025, 3, 4)).net(), Money::fromFen(45000));
    QCOMPARE(report.total(PaymentMethod::Card).net(), Money());
    QCOMPARE(report.total().net(), Money::fromFen(106250));
    QCOMPARE(report.periodText(), u"2025-03-03 to 2025-03-09"_s);
}

void tst_SettlementReport::monthSumsTheWeeks()
{
    const SettlementReport month = SettlementReport::build(week(), SettlementPeriod::Month,
                                                           QDate(2025, 3, 20), u"cashier-1"_s);
    Money weeks;
    for (const QDate monday : {QDate(2025, 3, 3), QDate(2025, 3, 10)}) {
        weeks += SettlementReport::build(week(), SettlementPeriod::Week, monday, u"cashier-1"_s)
                     .total()
                     .net();
    }
    QCOMPARE(month.total().net(), weeks);
    QCOMPARE(month.total().net(), Money::fromFen(107500));
    QCOMPARE(month.total().collectedCount, 5);
    QCOMPARE(month.total().voidedCount, 2);
    QCOMPARE(month.periodText(), u"2025-03"_s);
}

void tst_SettlementReport::allCashiersSumsEveryone()
{
    const SettlementReport all =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 3));
    QVERIFY(all.cashierId().isEmpty());
    QCOMPARE(all.total(PaymentMethod::Transfer).net(), Money::fromFen(9000));
    QCOMPARE(all.total().net(), Money::fromFen(70250));
    const SettlementReport second =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 3), u"cashier-2"_s);
    QCOMPARE(second.total().net(), Money::fromFen(9000));
    QCOMPARE(second.cashierName(), u"孙出纳"_s);
}

void tst_SettlementReport::reductionsAreCounted()
{
    FeeLedgerEntry reduced = paid(u"R9"_s, PaymentMethod::Cash, 1250, at(3, 5));
    reduced.reduction = {Money::fromFen(5000), u"小微企业免征"_s};
    const SettlementReport report = SettlementReport::build({reduced}, SettlementPeriod::Day,
                                                            QDate(2025, 3, 5), u"cashier-1"_s);
    QCOMPARE(report.total().reducedCount, 1);
    QCOMPARE(report.total().reduced, Money::fromFen(5000));
    QCOMPARE(report.total().net(), Money::fromFen(1250));
}

void tst_SettlementReport::csvOpensWithBomAndHoldsTheTotals()
{
    const SettlementReport report =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 3), u"cashier-1"_s);
    const QByteArray bytes = models::SettlementCsv::toBytes(report);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4 + 4 + 1);
    QCOMPARE(lines.first(), models::SettlementCsv::headers().join(u','));
    const QString cash = core::paymentMethodDisplayName(PaymentMethod::Cash);
    QCOMPARE(lines.at(1),
             u"2025-03-03,钱收费,%1,2,82.50,1,20.00,0.00,62.50,陆拾贰元伍角"_s.arg(cash));
    QVERIFY2(lines.last().endsWith(u",3,632.50,1,20.00,0.00,612.50,陆佰壹拾贰元伍角"_s),
             qPrintable(lines.last()));
}

void tst_SettlementReport::csvQuotesAndDisarmsText()
{
    QList<FeeLedgerEntry> entries{paid(u"R1"_s, PaymentMethod::Cash, 100, at(3, 3))};
    entries.first().cashierId = u"evil"_s;
    entries.first().cashierName = u"=HYPERLINK(\"x\",\"y\")"_s;
    const SettlementReport report =
        SettlementReport::build(entries, SettlementPeriod::Day, QDate(2025, 3, 3), u"evil"_s);
    const QString text = QString::fromUtf8(models::SettlementCsv::toBytes(report).mid(3));
    QVERIFY2(text.contains(u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s), qPrintable(text));
}

void tst_SettlementReport::signOffRoundTripAndMatch()
{
    const SettlementReport daily =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 3), u"cashier-1"_s);
    const models::SettlementSignOff signOff =
        models::SettlementSignOff::of(daily, u"W01"_s, at(3, 3, 17));
    QVERIFY(signOff.matches(daily));
    const core::Result<models::SettlementSignOff> read =
        models::SettlementSignOff::fromJson(signOff.toJson());
    QVERIFY(read.ok());
    QCOMPARE(*read, signOff);
    QList<FeeLedgerEntry> later = week();
    later.append(voided(u"R1"_s, PaymentMethod::Cash, 6250, at(3, 3, 18)));
    QVERIFY(!signOff.matches(
        SettlementReport::build(later, SettlementPeriod::Day, QDate(2025, 3, 3), u"cashier-1"_s)));
    QVERIFY(!models::SettlementSignOff::fromJson(QJsonObject{{u"day"_s, u"yesterday"_s}}).ok());
}

void tst_SettlementReport::signOffLogKeepsEverySignOff()
{
    QTemporaryDir dir;
    models::SettlementSignOffLog log(dir.filePath(u"profile"_s));
    QVERIFY(log.read().ok());
    QVERIFY(log.read()->isEmpty());
    const SettlementReport daily =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 3), u"cashier-1"_s);
    const auto first = models::SettlementSignOff::of(daily, u"W01"_s, at(3, 3, 17));
    const auto second = models::SettlementSignOff::of(daily, u"W01"_s, at(3, 3, 18));
    QVERIFY(log.record(first).ok());
    QVERIFY(log.record(second).ok());
    QCOMPARE(models::SettlementSignOffLog(dir.filePath(u"profile"_s)).read()->size(), 2);
    QCOMPARE(log.latest(QDate(2025, 3, 3), u"cashier-1"_s)->signedAt, at(3, 3, 18));
    QVERIFY(!log.latest(QDate(2025, 3, 4), u"cashier-1"_s));
    QVERIFY(!log.latest(QDate(2025, 3, 3), u"cashier-2"_s));
}

void tst_SettlementReport::signOffLogRefusesADamagedFile()
{
    QTemporaryDir dir;
    models::SettlementSignOffLog log(dir.path());
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"day\":");
    file.close();
    QCOMPARE(log.read().error().code, u"settlement.log-unreadable"_s);
    const SettlementReport daily =
        SettlementReport::build(week(), SettlementPeriod::Day, QDate(2025, 3, 3), u"cashier-1"_s);
    const core::Status recorded =
        log.record(models::SettlementSignOff::of(daily, u"W01"_s, at(3, 3, 17)));
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().code, u"settlement.log-unreadable"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("[{\"day\":")); // left as it was, for IT to restore
}

void tst_SettlementReport::printLogCountsOutputs()
{
    QTemporaryDir dir;
    models::FeeReceiptPrintLog log(dir.path());
    QVERIFY(log.load().ok());
    QCOMPARE(log.count(u"R1"_s), 0);
    QVERIFY(log.record(u"R1"_s).ok());
    QVERIFY(log.record(u"R1"_s).ok());
    models::FeeReceiptPrintLog again(dir.path());
    QVERIFY(again.load().ok());
    QCOMPARE(again.count(u"R1"_s), 2);
    QCOMPARE(again.count(u"R2"_s), 0);
}

void tst_SettlementReport::reductionTravelsInThePayload()
{
    QJsonObject payload{{u"amountFen"_s, 1250}};
    models::FeeReduction{}.addTo(payload);
    QCOMPARE(payload.size(), 1); // no reduction, the same bytes as ever
    const models::FeeReduction reduction{Money::fromFen(5000), u"  小微企业免征  "_s};
    reduction.addTo(payload);
    QCOMPARE(payload.value(u"reductionFen"_s).toInteger(), 5000);
    const models::FeeReduction read = models::FeeReduction::fromPayload(payload);
    QCOMPARE(read.amount, Money::fromFen(5000));
    QCOMPARE(read.basis, u"小微企业免征"_s);
    QVERIFY(models::FeeReduction::fromPayload({}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SettlementReport)
#include "tst_settlementreport.moc"
