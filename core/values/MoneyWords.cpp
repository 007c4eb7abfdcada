// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/MoneyWords.h"

namespace sunhall::core {

namespace {

constexpr char16_t digitChars[] = u"零壹贰叁肆伍陆柒捌玖";
constexpr char16_t zeroChar = u'零';

QChar digit(quint64 d)
{
    return QChar(digitChars[d]);
}

// 1..9999 as 仟佰拾 and units. Zeros inside make one 零; zeros at the end are not written
// (the unit after the group, 万/亿/元, already places the digits). Every 拾 has its digit
// before it, so 10 is 壹拾, as the rules write ¥107,000.53 with 壹拾万.
QString groupInCapitals(quint64 group)
{
    static constexpr char16_t unitChars[] = {u'仟', u'佰', u'拾'};
    static constexpr quint64 divisors[] = {1000, 100, 10, 1};
    QString out;
    bool started = false;
    bool zeroPending = false;
    for (int i = 0; i < 4; ++i) {
        const quint64 d = group / divisors[i] % 10;
        if (d == 0) {
            zeroPending = started;
            continue;
        }
        if (zeroPending)
            out += QChar(zeroChar);
        zeroPending = false;
        out += digit(d);
        if (i < 3)
            out += QChar(unitChars[i]);
        started = true;
    }
    return out;
}

// n ≥ 1 in whole yuan. A run of zeros before the lower part gives one 零 when it reaches into
// the lower part's top digit (壹亿零壹万, 壹万零伍佰); when only the upper group's own trailing
// zeros stand between, no 零 is written (壹拾万柒仟), the rules' first form for ¥107,000.53.
QString integerInCapitals(quint64 n)
{
    struct Level
    {
        quint64 size;
        char16_t unit;
    };
    static constexpr Level levels[] = {{100000000, u'亿'}, {10000, u'万'}};
    for (const Level &level : levels) {
        if (n < level.size)
            continue;
        const quint64 lower = n % level.size;
        QString out = integerInCapitals(n / level.size) + QChar(level.unit);
        if (lower != 0) {
            if (lower < level.size / 10)
                out += QChar(zeroChar);
            out += integerInCapitals(lower);
        }
        return out;
    }
    return groupInCapitals(n);
}

// The 元角分 part. With no yuan the amount starts at 角 or 分 (伍角, 伍分). A zero 元 digit
// before 角 is written 零 (the rules' first form: 壹仟陆佰捌拾元零叁角贰分); a zero 角
// before 分 is always written 零 (叁佰贰拾伍元零肆分).
QString fractionInCapitals(quint64 yuan, quint64 jiao, quint64 fen)
{
    QString out;
    if (jiao != 0) {
        if (yuan != 0 && yuan % 10 == 0)
            out += QChar(zeroChar);
        out += digit(jiao) + QChar(u'角');
    } else if (yuan != 0) {
        out += QChar(zeroChar);
    }
    if (fen != 0)
        out += digit(fen) + QChar(u'分');
    return out;
}

} // namespace

QString moneyInCapitals(Money amount)
{
    const qint64 fen = amount.fen();
    const quint64 magnitude = fen < 0 ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
    const quint64 yuan = magnitude / 100;
    const quint64 jiao = magnitude / 10 % 10;
    const quint64 fenDigit = magnitude % 10;

    QString out = fen < 0 ? QStringLiteral("负") : QString();
    if (magnitude == 0)
        return QStringLiteral("零元整");
    if (yuan != 0)
        out += integerInCapitals(yuan) + QChar(u'元');
    if (jiao == 0 && fenDigit == 0)
        return out + QChar(u'整');
    return out + fractionInCapitals(yuan, jiao, fenDigit);
}

} // namespace sunhall::core
