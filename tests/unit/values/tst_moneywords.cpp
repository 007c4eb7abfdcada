// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/MoneyWords.h"

#include <QTest>

#include <limits>

using namespace sunhall::core;

namespace {

// Reads capitals back into fen, independently of how they were written, so that every
// generated amount can be checked to mean what it says.
qint64 integerValue(QStringView text)
{
    if (const qsizetype yi = text.lastIndexOf(u'亿'); yi >= 0)
        return integerValue(text.left(yi)) * 100000000 + integerValue(text.mid(yi + 1));
    if (const qsizetype wan = text.lastIndexOf(u'万'); wan >= 0)
        return integerValue(text.left(wan)) * 10000 + integerValue(text.mid(wan + 1));
    const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    qint64 value = 0;
    qint64 digit = 0;
    for (QChar c : text) {
        if (digits.contains(c))
            digit = digits.indexOf(c);
        else if (c == u'拾' || c == u'佰' || c == u'仟') {
            value += digit * (c == u'拾' ? 10 : c == u'佰' ? 100 : 1000);
            digit = 0;
        }
    }
    return value + digit;
}

qint64 capitalsValue(QString text)
{
    const bool negative = text.startsWith(u'负');
    if (negative)
        text.remove(0, 1);
    qint64 fen = 0;
    const qsizetype yuan = text.indexOf(u'元');
    if (yuan >= 0)
        fen = integerValue(QStringView(text).left(yuan)) * 100;
    const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) == u'角')
            fen += digits.indexOf(text.at(i - 1)) * 10;
        if (text.at(i) == u'分')
            fen += digits.indexOf(text.at(i - 1));
    }
    return negative ? -fen : fen;
}

} // namespace

class tst_MoneyWords : public QObject
{
    Q_OBJECT
private slots:
    void capitals_data();
    void capitals();
    void rulesHold_data();
    void rulesHold();
};

void tst_MoneyWords::capitals_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("capitals");
    const auto row = [](const char *name, qint64 fen, const char *capitals) {
        QTest::newRow(name) << fen << QString::fromUtf8(capitals);
    };
    // The examples of 《正确填写票据和结算凭证的基本规定》, first form.
    row("rules 1409.50", 140950, "壹仟肆佰零玖元伍角");
    row("rules 6007.14", 600714, "陆仟零柒元壹角肆分");
    row("rules 1680.32", 168032, "壹仟陆佰捌拾元零叁角贰分");
    row("rules 107000.53", 10700053, "壹拾万柒仟元零伍角叁分");
    row("rules 16409.02", 1640902, "壹万陆仟肆佰零玖元零贰分");
    row("rules 325.04", 32504, "叁佰贰拾伍元零肆分");

    row("zero", 0, "零元整");
    row("fen only", 5, "伍分");
    row("jiao only", 50, "伍角");
    row("jiao and fen, no yuan", 55, "伍角伍分");
    row("one yuan", 100, "壹元整");
    row("yuan and jiao", 150, "壹元伍角");
    row("zero jiao before fen", 105, "壹元零伍分");
    row("ten", 1000, "壹拾元整");
    row("eleven", 1100, "壹拾壹元整");
    row("ten yuan five jiao", 1050, "壹拾元零伍角");
    row("eleven yuan five jiao", 1150, "壹拾壹元伍角");
    row("twenty", 2000, "贰拾元整");
    row("hundred", 10000, "壹佰元整");
    row("hundred and one", 10100, "壹佰零壹元整");
    row("hundred and ten", 11000, "壹佰壹拾元整");
    row("thousand", 100000, "壹仟元整");
    row("thousand and one", 100100, "壹仟零壹元整");
    row("thousand and ten", 101000, "壹仟零壹拾元整");
    row("thousand and one fen", 100001, "壹仟元零壹分");
    row("thousand and one jiao", 100010, "壹仟元零壹角");
    row("thousand, one jiao one fen", 100011, "壹仟元零壹角壹分");
    row("ten thousand", 1000000, "壹万元整");
    row("ten thousand and one", 1000100, "壹万零壹元整");
    row("ten thousand and ten", 1001000, "壹万零壹拾元整");
    row("ten thousand one hundred", 1010000, "壹万零壹佰元整");
    row("wan digit zero", 2010000000, "贰仟零壹拾万元整");
    row("hundred thousand", 10000000, "壹拾万元整");
    row("two hundred thousand", 20000000, "贰拾万元整");
    row("zeros across wan", 30000500, "叁拾万零伍元整");
    row("wan tail zero before qian", 100500000, "壹佰万伍仟元整");
    row("million", 100000000, "壹佰万元整");
    row("ten million", 1000000000, "壹仟万元整");
    row("ten million and one fen", 1000000001, "壹仟万元零壹分");
    row("yi", 10000000000, "壹亿元整");
    row("yi and one wan", 10001000000, "壹亿零壹万元整");
    row("yi and five qian", 10000500000, "壹亿零伍仟元整");
    row("yi and one qian wan", 11000000000, "壹亿壹仟万元整");
    row("ten yi", 100000000000, "壹拾亿元整");
    row("hundred yi", 1000000000000, "壹佰亿元整");
    row("wan yi", 100000000000000, "壹万亿元整");
    row("wan yi and one wan", 100000001000000, "壹万亿零壹万元整");
    row("yi yi", 1000000000000000000, "壹亿亿元整");
    row("1010101.01", 101010101, "壹佰零壹万零壹佰零壹元零壹分");
    row("101010101.01", 10101010101, "壹亿零壹佰零壹万零壹佰零壹元零壹分");
    row("all nines", 99999999, "玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
    row("every digit", 12345678900, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整");
    row("negative", -12345, "负壹佰贰拾叁元肆角伍分");
    row("negative jiao", -50, "负伍角");
    row("largest", std::numeric_limits<qint64>::max(),
        "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分");
    row("smallest", std::numeric_limits<qint64>::min(),
        "负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分");
}

void tst_MoneyWords::capitals()
{
    QFETCH(qint64, fen);
    QFETCH(QString, capitals);
    QCOMPARE(moneyInCapitals(Money::fromFen(fen)), capitals);
    QCOMPARE(capitalsValue(capitals), fen);
}

// Every pattern of zero and non-zero digits up to the hundred millions, each with no
// jiao/fen, with fen only, with jiao only and with both: the words must mean the amount and
// keep the rules' form.
void tst_MoneyWords::rulesHold_data()
{
    QTest::addColumn<qint64>("fen");
    for (int pattern = 0; pattern < (1 << 10); ++pattern) {
        qint64 yuan = 0;
        for (int position = 9; position >= 0; --position)
            yuan = yuan * 10 + ((pattern >> position) & 1 ? (position % 9) + 1 : 0);
        for (qint64 cents : {0, 7, 30, 68})
            QTest::addRow("%lld.%02lld", static_cast<long long>(yuan),
                          static_cast<long long>(cents))
                << yuan * 100 + cents;
    }
}

void tst_MoneyWords::rulesHold()
{
    QFETCH(qint64, fen);
    const QString words = moneyInCapitals(Money::fromFen(fen));
    QCOMPARE(capitalsValue(words), fen);
    QCOMPARE(words.endsWith(u'整'), fen % 100 == 0);
    QVERIFY2(!words.contains(QStringLiteral("零零")), qPrintable(words));
    for (QChar unit : QStringLiteral("拾佰仟万亿元角分整"))
        QVERIFY2(!words.contains(QString(u'零') + unit) || fen == 0, qPrintable(words));
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (QStringLiteral("拾佰仟").contains(words.at(i)))
            QVERIFY2(i > 0 && QStringLiteral("壹贰叁肆伍陆柒捌玖").contains(words.at(i - 1)),
                     qPrintable(words));
    }
    // 角 is written with its digit, and a zero 元 digit before it is written 零.
    const qint64 yuan = fen / 100;
    if (fen % 100 >= 10 && yuan % 10 == 0 && yuan != 0)
        QVERIFY2(words.contains(QStringLiteral("元零")), qPrintable(words));
    if (fen % 100 != 0 && fen % 100 < 10 && yuan != 0)
        QVERIFY2(words.contains(QStringLiteral("元零")), qPrintable(words));
}

QTEST_GUILESS_MAIN(tst_MoneyWords)
#include "tst_moneywords.moc"
