// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/DocumentNumber.h"

#include <algorithm>

namespace sunhall::core {

namespace {

constexpr QLatin1StringView alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
constexpr int firstYear = 1000;
constexpr int lastYear = 9999;

struct KindRow
{
    DocumentNumber::Kind kind;
    const char *prefix;
    const char *id;
    const char *name;
};

// The names are marked here and translated in kindDisplayName().
constexpr KindRow kindRows[] = {
    {DocumentNumber::Kind::Case, "SL", "case", QT_TRANSLATE_NOOP("DocumentNumber", "case number")},
    {DocumentNumber::Kind::Receipt, "PJ", "receipt",
     QT_TRANSLATE_NOOP("DocumentNumber", "receipt number")},
    {DocumentNumber::Kind::Certificate, "ZZ", "certificate",
     QT_TRANSLATE_NOOP("DocumentNumber", "certificate number")},
};

const KindRow &rowOf(DocumentNumber::Kind kind)
{
    for (const KindRow &row : kindRows) {
        if (row.kind == kind)
            return row;
    }
    return kindRows[0];
}

Error numberError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message, QStringLiteral("documentNumber"));
}

bool isAlphanumeric(QChar c)
{
    return alphabet.contains(c);
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

// Full-width characters become ASCII; spaces and the dashes of the grouped form are dropped.
QString normalisedNumber(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC).toUpper();
    out.removeIf([](QChar c) { return c.isSpace() || c == QLatin1Char('-'); });
    return out;
}

std::optional<Error> shapeError(const QString &number)
{
    if (number.size() != DocumentNumber::length)
        return numberError("number.length",
                           DocumentNumber::tr("“%1” has %2 characters; a case, receipt or "
                                              "certificate number has 21.")
                               .arg(number)
                               .arg(number.size()));
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (!isAlphanumeric(number.at(i)))
            return numberError("number.character",
                               DocumentNumber::tr("“%1” is not allowed at position %2 of the "
                                                  "number “%3”: it has only digits and "
                                                  "capital letters.")
                                   .arg(number.at(i))
                                   .arg(i + 1)
                                   .arg(number));
    }
    return std::nullopt;
}

std::optional<DocumentNumber::Kind> kindFromPrefix(QStringView prefix)
{
    for (const KindRow &row : kindRows) {
        if (prefix == QLatin1StringView(row.prefix))
            return row.kind;
    }
    return std::nullopt;
}

} // namespace

QChar DocumentNumber::checkCharacter(QStringView payload)
{
    constexpr int modulus = 36;
    int product = modulus;
    for (QChar c : payload) {
        const qsizetype value = alphabet.indexOf(c);
        if (value < 0)
            return {};
        int sum = (product + static_cast<int>(value)) % modulus;
        if (sum == 0)
            sum = modulus;
        product = sum * 2 % (modulus + 1);
    }
    return alphabet.at((modulus + 1 - product) % modulus);
}

Status DocumentNumber::checkHallCode(const QString &hallCode)
{
    if (hallCode.size() == hallCodeLength &&
        std::all_of(hallCode.cbegin(), hallCode.cend(), isAlphanumeric))
        return Status::success();
    return numberError("number.hall-code",
                       tr("The hall code “%1” cannot stand in a number: it must be six digits "
                          "or capital letters.")
                           .arg(hallCode));
}

Result<DocumentNumber> DocumentNumber::make(Kind kind, const QString &hallCode, int year,
                                            int serial)
{
    const QString hall = hallCode.toUpper();
    if (const Status status = checkHallCode(hall); !status)
        return status.error();
    if (year < firstYear || year > lastYear)
        return numberError(
            "number.year",
            tr("The year %1 cannot stand in a number: it must have four digits.").arg(year));
    if (serial < 1 || serial > maxSerial)
        return numberError("number.serial", tr("The serial %1 cannot stand in a number: it must "
                                               "be from 1 to %2.")
                                                .arg(serial)
                                                .arg(maxSerial));
    DocumentNumber number;
    number.m_kind = kind;
    number.m_hallCode = hall;
    number.m_year = year;
    number.m_serial = serial;
    return number;
}

Result<DocumentNumber> DocumentNumber::parse(const QString &text)
{
    const QString number = normalisedNumber(text);
    if (number.isEmpty())
        return numberError("number.empty", tr("No number was entered."));
    if (const auto error = shapeError(number))
        return *error;
    const QStringView view(number);
    const std::optional<Kind> kind = kindFromPrefix(view.left(2));
    if (!kind)
        return numberError("number.kind", tr("“%1” does not start with SL (case), PJ (receipt) "
                                             "or ZZ (certificate).")
                                              .arg(number));
    if (!allDigits(view.mid(8, 4)) || !allDigits(view.mid(12, 8)))
        return numberError("number.digits", tr("In “%1” the year (characters 9 to 12) and the "
                                               "serial (13 to 20) must be digits.")
                                                .arg(number));
    if (checkCharacter(view.left(length - 1)) != number.back())
        return numberError("number.check-character",
                           tr("“%1” is not a valid number: its check character does not match, "
                              "so the number was mistyped.")
                               .arg(number));
    return make(*kind, number.mid(2, 6), view.mid(8, 4).toInt(), view.mid(12, 8).toInt());
}

QString DocumentNumber::prefix(Kind kind)
{
    return QString::fromLatin1(rowOf(kind).prefix);
}

QString DocumentNumber::kindId(Kind kind)
{
    return QString::fromLatin1(rowOf(kind).id);
}

std::optional<DocumentNumber::Kind> DocumentNumber::kindFromId(const QString &id)
{
    for (const KindRow &row : kindRows) {
        if (id == QLatin1StringView(row.id))
            return row.kind;
    }
    return std::nullopt;
}

QString DocumentNumber::kindDisplayName(Kind kind)
{
    return tr(rowOf(kind).name);
}

QString DocumentNumber::payload() const
{
    return prefix(m_kind) + m_hallCode + QString::number(m_year) +
           QStringLiteral("%1").arg(m_serial, 8, 10, QLatin1Char('0'));
}

QString DocumentNumber::toString() const
{
    const QString text = payload();
    return text + checkCharacter(text);
}

QString DocumentNumber::toGroupedString() const
{
    const QString text = toString();
    const QLatin1Char dash('-');
    return text.left(2) + dash + text.mid(2, 6) + dash + text.mid(8, 4) + dash + text.mid(12, 8) +
           dash + text.back();
}

} // namespace sunhall::core
