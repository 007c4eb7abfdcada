// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/IdentityNumber.h"

#include <QStringList>
#include <QStringView>

#include <algorithm>

namespace sunhall::core {

namespace {

constexpr qsizetype numberLength = 18;
constexpr QLatin1StringView creditChars("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int creditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
// 2^(17-i) mod 11: the ISO 7064 MOD 11-2 weights of GB 11643.
constexpr int citizenWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

// GB 32100-2015 appendix A, as amended: the registration authorities and the
// organisation types each of them registers.
struct Authority
{
    char code;
    const char *types;
};
constexpr Authority authorities[] = {
    {'1', "1239"},   // 机构编制: 机关, 事业单位, 群众团体, 其他
    {'2', "19"},     // 外交
    {'3', "123459"}, // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会
    {'4', "19"},     // 文化
    {'5', "1239"},   // 民政: 社会团体, 民办非企业单位, 基金会, 其他
    {'6', "129"},    // 旅游
    {'7', "129"},    // 宗教
    {'8', "19"},     // 工会
    {'9', "123"},    // 工商: 企业, 个体工商户, 农民专业合作社
    {'A', "19"},     // 中央军委改革和编制办公室
    {'N', "1239"},   // 农业: 组级, 村级, 乡镇级集体经济组织
    {'Y', "1"},      // 其他
};

Error identityError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message, QStringLiteral("identityNumber"));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

const Authority *findAuthority(QChar code)
{
    for (const Authority &authority : authorities) {
        if (code == QLatin1Char(authority.code))
            return &authority;
    }
    return nullptr;
}

QString authorityCodes()
{
    QStringList codes;
    for (const Authority &authority : authorities)
        codes << QString(QLatin1Char(authority.code));
    return codes.join(QStringLiteral(", "));
}

// Full-width characters from a Chinese input method become ASCII; spaces are dropped.
QString normalisedNumber(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC).toUpper();
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

std::optional<Error> citizenIdShapeError(const QString &number)
{
    if (number.size() != numberLength)
        return identityError("identity.length",
                             IdentityNumber::tr("“%1” has %2 characters; a citizen ID number "
                                                "has 18.")
                                 .arg(number)
                                 .arg(number.size()));
    for (qsizetype i = 0; i < numberLength; ++i) {
        const QChar c = number.at(i);
        if (!isDigit(c) && !(i == numberLength - 1 && c == QLatin1Char('X')))
            return identityError("identity.character",
                                 IdentityNumber::tr("“%1” is not allowed at position %2 of the "
                                                    "citizen ID number “%3”: it has 17 digits "
                                                    "and then a digit or X.")
                                     .arg(c)
                                     .arg(i + 1)
                                     .arg(number));
    }
    if (number.front() < QLatin1Char('1') || number.front() > QLatin1Char('8'))
        return identityError("identity.region",
                             IdentityNumber::tr("The citizen ID number “%1” starts with %2, "
                                                "which is no region of China: the first digit "
                                                "is 1 to 8.")
                                 .arg(number, QString(number.front())));
    return std::nullopt;
}

Result<QDate> citizenIdBirthDate(const QString &number, const QDate &today)
{
    const QString digits = number.mid(6, 8);
    const QString shown =
        digits.left(4) + QLatin1Char('-') + digits.mid(4, 2) + QLatin1Char('-') + digits.mid(6, 2);
    const QDate date(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
    if (!date.isValid())
        return identityError("identity.birth-date",
                             IdentityNumber::tr("The citizen ID number “%1” gives the birth "
                                                "date %2, which is not a real date.")
                                 .arg(number, shown));
    if (date < QDate(1900, 1, 1))
        return identityError("identity.birth-date-too-early",
                             IdentityNumber::tr("The citizen ID number “%1” gives the birth "
                                                "date %2, which is before 1900.")
                                 .arg(number, shown));
    if (today.isValid() && date > today)
        return identityError("identity.birth-date-future",
                             IdentityNumber::tr("The citizen ID number “%1” gives the birth "
                                                "date %2, which is after today (%3).")
                                 .arg(number, shown, today.toString(Qt::ISODate)));
    return date;
}

std::optional<Error> creditCodeShapeError(const QString &number)
{
    if (number.size() != numberLength)
        return identityError("identity.length",
                             IdentityNumber::tr("“%1” has %2 characters; a unified social "
                                                "credit code has 18.")
                                 .arg(number)
                                 .arg(number.size()));
    for (qsizetype i = 0; i < numberLength; ++i) {
        const QChar c = number.at(i);
        if (!creditChars.contains(c))
            return identityError("identity.character",
                                 IdentityNumber::tr("“%1” is not allowed at position %2 of the "
                                                    "unified social credit code “%3”: it uses "
                                                    "digits and the capital letters A to Y "
                                                    "except I, O, S and V.")
                                     .arg(c)
                                     .arg(i + 1)
                                     .arg(number));
    }
    return std::nullopt;
}

std::optional<Error> creditCodeStructureError(const QString &number)
{
    const Authority *authority = findAuthority(number.at(0));
    if (authority == nullptr)
        return identityError("identity.registration-authority",
                             IdentityNumber::tr("The unified social credit code “%1” starts "
                                                "with %2, which is no registration authority "
                                                "(the first character is one of %3).")
                                 .arg(number, QString(number.at(0)), authorityCodes()));
    const QString types = QString::fromLatin1(authority->types);
    if (!types.contains(number.at(1)))
        return identityError("identity.organisation-type",
                             IdentityNumber::tr("The unified social credit code “%1” has "
                                                "organisation type %2 (second character), "
                                                "which registration authority %3 does not "
                                                "use: its types are %4.")
                                 .arg(number, QString(number.at(1)), QString(number.at(0)), types));
    const QString region = number.mid(2, 6);
    if (!std::all_of(region.cbegin(), region.cend(), isDigit))
        return identityError("identity.region",
                             IdentityNumber::tr("Characters 3 to 8 of the unified social credit "
                                                "code “%1” are a region code of six digits, but "
                                                "they are %2.")
                                 .arg(number, region));
    return std::nullopt;
}

Error checkCharacterError(const QString &number, QChar expected, bool citizen)
{
    const QString message =
        citizen ? IdentityNumber::tr("The last character of the citizen ID number “%1” is %2 "
                                     "but should be %3: the number was mistyped.")
                : IdentityNumber::tr("The last character of the unified social credit code "
                                     "“%1” is %2 but should be %3: the code was mistyped.");
    return identityError("identity.check-character",
                         message.arg(number, QString(number.back()), QString(expected)));
}

} // namespace

QChar IdentityNumber::citizenIdCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !std::all_of(first17.begin(), first17.end(), isDigit))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * citizenWeights[i];
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QLatin1Char('X') : QChar(u'0' + check);
}

QChar IdentityNumber::creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype value = creditChars.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += static_cast<int>(value) * creditWeights[i];
    }
    return creditChars.at((31 - sum % 31) % 31);
}

Result<IdentityNumber> IdentityNumber::parseCitizenId(const QString &text, const QDate &today)
{
    const QString number = normalisedNumber(text);
    if (number.isEmpty())
        return identityError("identity.empty", tr("No identity number was entered."));
    if (const auto error = citizenIdShapeError(number))
        return *error;
    const Result<QDate> birthDate = citizenIdBirthDate(number, today);
    if (!birthDate)
        return birthDate.error();
    const QChar expected = citizenIdCheckCharacter(QStringView(number).left(17));
    if (number.back() != expected)
        return checkCharacterError(number, expected, true);

    IdentityNumber id;
    id.m_kind = Kind::CitizenId;
    id.m_number = number;
    id.m_birthDate = *birthDate;
    id.m_sex = (number.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    return id;
}

Result<IdentityNumber> IdentityNumber::parseCreditCode(const QString &text)
{
    const QString number = normalisedNumber(text);
    if (number.isEmpty())
        return identityError("identity.empty", tr("No identity number was entered."));
    if (auto error = creditCodeShapeError(number))
        return *error;
    if (auto error = creditCodeStructureError(number))
        return *error;
    const QChar expected = creditCodeCheckCharacter(QStringView(number).left(17));
    if (number.back() != expected)
        return checkCharacterError(number, expected, false);

    IdentityNumber id;
    id.m_kind = Kind::CreditCode;
    id.m_number = number;
    return id;
}

Result<IdentityNumber> IdentityNumber::check(const QString &text, const QDate &today)
{
    const QString number = normalisedNumber(text);
    if (number.isEmpty())
        return identityError("identity.empty", tr("No identity number was entered."));
    if (number.size() != numberLength)
        return identityError("identity.length",
                             tr("“%1” has %2 characters; a citizen ID number and a unified "
                                "social credit code both have 18.")
                                 .arg(number)
                                 .arg(number.size()));
    const QStringView first17 = QStringView(number).left(17);
    const bool citizenShaped = std::all_of(first17.begin(), first17.end(), isDigit) &&
                               (isDigit(number.back()) || number.back() == QLatin1Char('X'));
    if (!citizenShaped)
        return parseCreditCode(number);
    // Seventeen digits can also start a credit code (an organisation code may be all digits);
    // the citizen ID's error is shown unless the number is a valid credit code.
    Result<IdentityNumber> citizen = parseCitizenId(number, today);
    if (citizen.ok())
        return citizen;
    Result<IdentityNumber> credit = parseCreditCode(number);
    return credit.ok() ? credit : citizen;
}

QString IdentityNumber::regionCode() const
{
    return m_kind == Kind::CitizenId ? m_number.left(6) : m_number.mid(2, 6);
}

QChar IdentityNumber::registrationAuthority() const
{
    return m_kind == Kind::CreditCode ? m_number.at(0) : QChar();
}

QChar IdentityNumber::organisationType() const
{
    return m_kind == Kind::CreditCode ? m_number.at(1) : QChar();
}

} // namespace sunhall::core
