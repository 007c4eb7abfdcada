// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/Money.h"

#include <QTest>

#include <limits>

using namespace sunhall::core;

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void format_data();
    void format();
    void formatThenParse_data();
    void formatThenParse();
    void arithmetic();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<qint64>("fen");
    const auto row = [](const char *name, const QString &text, bool negative, qint64 fen) {
        QTest::newRow(name) << text << negative << fen;
    };
    row("whole yuan", QStringLiteral("12"), false, 1200);
    row("one decimal", QStringLiteral("12.5"), false, 1250);
    row("two decimals", QStringLiteral("12.50"), false, 1250);
    row("grouped", QStringLiteral("1,234.56"), false, 123456);
    row("grouped millions", QStringLiteral("1,234,567.89"), false, 123456789);
    row("yen sign", QStringLiteral("¥12"), false, 1200);
    row("full-width yen sign", QStringLiteral("￥12.05"), false, 1205);
    row("full-width digits", QStringLiteral("１２.５"), false, 1250);
    row("full-width comma", QStringLiteral("1，234"), false, 123400);
    row("surrounding spaces", QStringLiteral("  12.05 "), false, 1205);
    row("zero", QStringLiteral("0"), false, 0);
    row("one fen", QStringLiteral("0.01"), false, 1);
    row("leading zeros", QStringLiteral("007"), false, 700);
    row("minus zero", QStringLiteral("-0.00"), false, 0);
    row("negative allowed", QStringLiteral("-3.50"), true, -350);
    row("negative before yen", QStringLiteral("-¥1,234.50"), true, -123450);
    row("negative after yen", QStringLiteral("¥-3.50"), true, -350);
    row("largest", QStringLiteral("92233720368547758.07"), false,
        std::numeric_limits<qint64>::max());
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(qint64, fen);
    const Result<Money> money = Money::parseYuan(text, allowNegative);
    QVERIFY2(money.ok(), qPrintable(money ? QString() : money.error().message));
    QCOMPARE(money->fen(), fen);
}

void tst_Money::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");
    const auto row = [](const char *name, const QString &text, bool negative, const char *code,
                        const QStringList &mentions) {
        QTest::newRow(name) << text << negative << QString::fromLatin1(code) << mentions;
    };
    row("empty", QString(), false, "money.empty", {});
    row("only spaces", QStringLiteral("   "), false, "money.empty", {});
    row("only a yen sign", QStringLiteral("¥"), false, "money.empty", {});
    row("letters", QStringLiteral("abc"), false, "money.invalid-character",
        {QStringLiteral("abc"), QStringLiteral("“a”")});
    row("letter inside", QStringLiteral("12O.50"), false, "money.invalid-character",
        {QStringLiteral("12O.50"), QStringLiteral("“O”")});
    row("yuan character", QStringLiteral("12元"), false, "money.invalid-character",
        {QStringLiteral("12元"), QStringLiteral("“元”")});
    row("three decimals", QStringLiteral("1.234"), false, "money.too-many-decimals",
        {QStringLiteral("1.234"), QStringLiteral("3 decimal places")});
    row("negative", QStringLiteral("-5"), false, "money.negative",
        {QStringLiteral("-5"), QStringLiteral("negative")});
    row("negative with yen", QStringLiteral("-¥5.00"), false, "money.negative",
        {QStringLiteral("-¥5.00")});
    row("one fen too large", QStringLiteral("92233720368547758.08"), false, "money.overflow",
        {QStringLiteral("92233720368547758.08"), QStringLiteral("too large")});
    row("twenty digits", QStringLiteral("99999999999999999999"), true, "money.overflow",
        {QStringLiteral("99999999999999999999")});
    row("two points", QStringLiteral("1.2.3"), false, "money.malformed",
        {QStringLiteral("1.2.3"), QStringLiteral("more than one decimal point")});
    row("nothing after the point", QStringLiteral("12."), false, "money.malformed",
        {QStringLiteral("12.")});
    row("nothing before the point", QStringLiteral(".5"), false, "money.malformed",
        {QStringLiteral(".5")});
    row("grouped by two", QStringLiteral("12,34"), false, "money.grouping",
        {QStringLiteral("12,34"), QStringLiteral("thousands separators")});
    row("group of four", QStringLiteral("1,2345.00"), false, "money.grouping",
        {QStringLiteral("1,2345.00")});
    row("leading comma", QStringLiteral(",123"), false, "money.grouping", {QStringLiteral(",123")});
}

void tst_Money::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(bool, allowNegative);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<Money> money = Money::parseYuan(text, allowNegative);
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code, code);
    QCOMPARE(money.error().field, QStringLiteral("amount"));
    QVERIFY(!money.error().message.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(money.error().message.contains(mention), qPrintable(money.error().message));
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("yuan");
    QTest::addColumn<QString>("display");
    const auto row = [](const char *name, qint64 fen, const char *yuan, const char *display) {
        QTest::newRow(name) << fen << QString::fromUtf8(yuan) << QString::fromUtf8(display);
    };
    row("zero", 0, "0.00", "¥0.00");
    row("five fen", 5, "0.05", "¥0.05");
    row("one yuan", 100, "1.00", "¥1.00");
    row("below a thousand", 99999, "999.99", "¥999.99");
    row("a thousand", 100000, "1000.00", "¥1,000.00");
    row("the brief's example", 123450, "1234.50", "¥1,234.50");
    row("a million", 100000000, "1000000.00", "¥1,000,000.00");
    row("negative", -123450, "-1234.50", "-¥1,234.50");
    row("negative fen", -7, "-0.07", "-¥0.07");
    row("largest", std::numeric_limits<qint64>::max(), "92233720368547758.07",
        "¥92,233,720,368,547,758.07");
    row("smallest", std::numeric_limits<qint64>::min(), "-92233720368547758.08",
        "-¥92,233,720,368,547,758.08");
}

void tst_Money::format()
{
    QFETCH(qint64, fen);
    QFETCH(QString, yuan);
    QFETCH(QString, display);
    QCOMPARE(Money::fromFen(fen).toYuanString(), yuan);
    QCOMPARE(Money::fromFen(fen).toDisplayString(), display);
}

void tst_Money::formatThenParse_data()
{
    QTest::addColumn<qint64>("fen");
    for (qint64 fen :
         {qint64(0), qint64(1), qint64(10), qint64(99), qint64(100), qint64(123456),
          qint64(100000000), qint64(-1), qint64(-98765432), std::numeric_limits<qint64>::max()})
        QTest::addRow("%lld", static_cast<long long>(fen)) << fen;
}

void tst_Money::formatThenParse()
{
    QFETCH(qint64, fen);
    const Money money = Money::fromFen(fen);
    const Result<Money> fromYuan = Money::parseYuan(money.toYuanString(), true);
    const Result<Money> fromDisplay = Money::parseYuan(money.toDisplayString(), true);
    QVERIFY(fromYuan.ok());
    QVERIFY(fromDisplay.ok());
    QCOMPARE(fromYuan->fen(), fen);
    QCOMPARE(fromDisplay->fen(), fen);
}

void tst_Money::arithmetic()
{
    const Money fee = Money::fromYuan(12) + Money::fromFen(50);
    QCOMPARE(fee.fen(), 1250);
    QCOMPARE((fee * 3).fen(), 3750);
    QCOMPARE((fee - Money::fromYuan(13)).toYuanString(), QStringLiteral("-0.50"));
    QVERIFY(Money::fromFen(1) > Money());
    Money total;
    total += fee;
    total += fee;
    QCOMPARE(total, Money::fromFen(2500));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
