// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/Money.h"

#include <QCoreApplication>

#include <limits>

namespace sunhall::core {

namespace {

constexpr char16_t yenSign = u'\u00A5';
constexpr quint64 maxFen = static_cast<quint64>(std::numeric_limits<qint64>::max());

Error moneyError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message, QStringLiteral("amount"));
}

// Full-width digits, commas and the full-width yen sign typed with a Chinese input method
// become their ASCII forms; spaces are dropped.
QString normalised(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QLatin1Char(' '));
    return out;
}

bool isMinus(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(u'\u2212');
}

// Thousands separators, when there are any, must group the integer digits by three: "1,234"
// but not "12,34", which is more likely a mistyped decimal point.
bool groupingIsValid(const QString &integerPart)
{
    if (!integerPart.contains(QLatin1Char(',')))
        return true;
    const QStringList groups = integerPart.split(QLatin1Char(','));
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

std::optional<QChar> firstInvalidCharacter(const QString &integerPart, const QString &fraction)
{
    for (QChar c : integerPart) {
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && c != QLatin1Char(','))
            return c;
    }
    for (QChar c : fraction) {
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            return c;
    }
    return std::nullopt;
}

// Accumulates digits into fen, refusing anything above the largest qint64.
std::optional<quint64> digitsToFen(const QString &integerPart, const QString &fraction)
{
    quint64 yuan = 0;
    for (QChar c : integerPart) {
        if (c == QLatin1Char(','))
            continue;
        const quint64 digit = static_cast<quint64>(c.unicode() - u'0');
        if (yuan > (maxFen / 100 - digit) / 10)
            return std::nullopt;
        yuan = yuan * 10 + digit;
    }
    quint64 fen = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        const quint64 digit =
            i < fraction.size() ? static_cast<quint64>(fraction.at(i).unicode() - u'0') : 0;
        fen = fen * 10 + digit;
    }
    if (yuan > (maxFen - fen) / 100)
        return std::nullopt;
    return yuan * 100 + fen;
}

struct SignedText
{
    bool negative = false;
    QString digits;
};

// Strips one minus sign and one yen sign, in either order ("-¥12", "¥-12").
SignedText splitSign(QString text)
{
    SignedText out;
    for (int pass = 0; pass < 2 && !text.isEmpty(); ++pass) {
        if (!out.negative && isMinus(text.front())) {
            out.negative = true;
            text.remove(0, 1);
        }
        if (!text.isEmpty() && text.front() == QChar(yenSign))
            text.remove(0, 1);
    }
    out.digits = text;
    return out;
}

QString groupedDigits(const QString &digits)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits.at(i);
    }
    return out;
}

struct Parts
{
    bool negative = false;
    QString yuan;
    QString fen;
};

Parts parts(qint64 amount)
{
    const bool negative = amount < 0;
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(amount) : static_cast<quint64>(amount);
    return {negative, QString::number(magnitude / 100),
            QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'))};
}

// Reads the text of an amount in steps; each step that fails names what is wrong.
class AmountReader
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    explicit AmountReader(const QString &text);
    std::optional<Error> syntaxError() const;
    Result<Money> value(bool allowNegative) const;

private:
    QString m_shown;
    bool m_negative = false;
    QString m_body;
    QString m_integerPart;
    QString m_fraction;
    bool m_hasPoint = false;
};

AmountReader::AmountReader(const QString &text)
    : m_shown(text.trimmed())
{
    const SignedText sign = splitSign(normalised(text));
    m_negative = sign.negative;
    m_body = sign.digits;
    const qsizetype point = m_body.indexOf(QLatin1Char('.'));
    m_hasPoint = point >= 0;
    m_integerPart = m_hasPoint ? m_body.left(point) : m_body;
    m_fraction = m_hasPoint ? m_body.mid(point + 1) : QString();
}

std::optional<Error> AmountReader::syntaxError() const
{
    if (m_body.isEmpty())
        return moneyError("money.empty", tr("No amount was entered."));
    if (m_body.count(QLatin1Char('.')) > 1)
        return moneyError(
            "money.malformed",
            tr("“%1” is not an amount: it has more than one decimal point.").arg(m_shown));
    if (const auto bad = firstInvalidCharacter(m_integerPart, m_fraction))
        return moneyError("money.invalid-character",
                          tr("“%1” is not an amount: “%2” is not allowed. Write digits, with at "
                             "most one decimal point.")
                              .arg(m_shown, QString(*bad)));
    if (m_integerPart.isEmpty() || (m_hasPoint && m_fraction.isEmpty()))
        return moneyError(
            "money.malformed",
            tr("“%1” is not an amount: write digits on both sides of the decimal point.")
                .arg(m_shown));
    if (m_fraction.size() > 2)
        return moneyError("money.too-many-decimals",
                          tr("“%1” has %2 decimal places; an amount in yuan has at most two "
                             "(jiao and fen).")
                              .arg(m_shown)
                              .arg(m_fraction.size()));
    if (!groupingIsValid(m_integerPart))
        return moneyError(
            "money.grouping",
            tr("“%1” is not an amount: the thousands separators are misplaced.").arg(m_shown));
    return std::nullopt;
}

Result<Money> AmountReader::value(bool allowNegative) const
{
    const std::optional<quint64> fen = digitsToFen(m_integerPart, m_fraction);
    if (!fen)
        return moneyError("money.overflow", tr("“%1” is too large for an amount.").arg(m_shown));
    if (m_negative && *fen != 0 && !allowNegative)
        return moneyError("money.negative",
                          tr("“%1” is negative; the amount must not be below zero.").arg(m_shown));
    const qint64 magnitude = static_cast<qint64>(*fen);
    return Money::fromFen(m_negative ? -magnitude : magnitude);
}

} // namespace

Result<Money> Money::parseYuan(const QString &text, bool allowNegative)
{
    const AmountReader reader(text);
    if (const std::optional<Error> error = reader.syntaxError())
        return *error;
    return reader.value(allowNegative);
}

QString Money::toYuanString() const
{
    const Parts p = parts(m_fen);
    return (p.negative ? QStringLiteral("-") : QString()) + p.yuan + QLatin1Char('.') + p.fen;
}

QString Money::toDisplayString() const
{
    const Parts p = parts(m_fen);
    return (p.negative ? QStringLiteral("-") : QString()) + QChar(yenSign) + groupedDigits(p.yuan) +
           QLatin1Char('.') + p.fen;
}

} // namespace sunhall::core
