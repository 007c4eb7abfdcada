// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ApplicantCheck.h"

#include <algorithm>

namespace sunhall::models {

namespace {

const QString phoneField = QStringLiteral("phone");

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

bool isMobile(const QString &digits)
{
    return digits.size() == 11 && digits.at(0) == QLatin1Char('1') &&
           digits.at(1) >= QLatin1Char('3');
}

// Area code 0 plus two or three digits, then seven or eight local digits.
bool isLandline(const QString &digits)
{
    return digits.size() >= 10 && digits.size() <= 12 && digits.at(0) == QLatin1Char('0') &&
           digits.at(1) != QLatin1Char('0');
}

core::Error phoneError(const QString &code, const QString &message)
{
    return core::makeError(code, message, phoneField);
}

} // namespace

core::Result<core::IdentityNumber> ApplicantCheck::identity(core::ApplicantKind kind,
                                                            const QString &text, const QDate &today)
{
    const bool person = kind == core::ApplicantKind::Person;
    const core::Result<core::IdentityNumber> either = core::IdentityNumber::check(text, today);
    if (either) {
        const bool citizen = either->kind() == core::IdentityNumber::Kind::CitizenId;
        if (citizen == person)
            return either;
        return core::makeError(
            QStringLiteral("applicant.wrong-kind"),
            citizen ? tr("%1 is a citizen ID number, but the applicant is set as an "
                         "organisation.")
                          .arg(either->number())
                    : tr("%1 is the unified social credit code of an organisation, but the "
                         "applicant is set as a person.")
                          .arg(either->number()),
            QStringLiteral("identityNumber"));
    }
    // The reason in terms of the kind the clerk chose, not of the kind the text looks like.
    return person ? core::IdentityNumber::parseCitizenId(text, today)
                  : core::IdentityNumber::parseCreditCode(text);
}

QString ApplicantCheck::describe(const core::IdentityNumber &number)
{
    if (number.kind() == core::IdentityNumber::Kind::CreditCode)
        return tr("Unified social credit code · region %1").arg(number.regionCode());
    const QString sex = number.sex() == core::IdentityNumber::Sex::Male ? tr("male") : tr("female");
    return tr("Citizen ID number · born %1 · %2", "birth date, sex")
        .arg(number.birthDate().toString(Qt::ISODate), sex);
}

core::Result<QString> ApplicantCheck::phone(const QString &text)
{
    const QString shown = text.trimmed();
    QString plain = shown.normalized(QString::NormalizationForm_KC);
    if (plain.isEmpty())
        return phoneError(QStringLiteral("phone.empty"), tr("No phone number was entered."));
    for (const QLatin1String prefix : {QLatin1String("+86"), QLatin1String("0086")}) {
        if (plain.startsWith(prefix))
            plain = plain.mid(prefix.size());
    }
    plain.remove(QLatin1Char(' '));
    plain.remove(QLatin1Char('('));
    plain.remove(QLatin1Char(')'));
    QStringList parts = plain.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    const QString digits = parts.join(QString());
    if (!allDigits(digits)) {
        return phoneError(QStringLiteral("phone.characters"),
                          tr("“%1” is not a phone number: it may hold only digits, spaces and "
                             "hyphens.")
                              .arg(shown));
    }
    if (isMobile(digits) || isLandline(digits))
        return digits;
    if (parts.size() >= 2 && parts.last().size() <= 5) {
        const QString extension = parts.takeLast();
        const QString number = parts.join(QString());
        if (isLandline(number))
            return QString(number + QLatin1Char('-') + extension);
    }
    if (digits.startsWith(QLatin1Char('1'))) {
        return phoneError(QStringLiteral("phone.mobile"),
                          tr("“%1” has %2 digits; a mobile number has 11 and starts with 13 to "
                             "19.")
                              .arg(shown)
                              .arg(digits.size()));
    }
    if (digits.startsWith(QLatin1Char('0'))) {
        return phoneError(QStringLiteral("phone.landline"),
                          tr("“%1” is not a landline number: after the area code (0 and two or "
                             "three digits) it needs seven or eight digits.")
                              .arg(shown));
    }
    return phoneError(QStringLiteral("phone.shape"),
                      tr("“%1” is not a phone number: a mobile number starts with 1 and has 11 "
                         "digits, a landline starts with its area code (0…).")
                          .arg(shown));
}

} // namespace sunhall::models
