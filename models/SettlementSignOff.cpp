// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SettlementSignOff.h"

#include "models/SettlementReport.h"

#include <QJsonArray>

namespace sunhall::models {

namespace {

core::Error invalid(const QString &field)
{
    return core::makeError(QStringLiteral("settlement.sign-off-invalid"),
                           SettlementSignOff::tr("A recorded settlement sign-off has no valid "
                                                 "%1.")
                               .arg(field),
                           field);
}

} // namespace

SettlementSignOff SettlementSignOff::of(const SettlementReport &report, const QString &workstation,
                                        const QDateTime &signedAt)
{
    SettlementSignOff signOff;
    signOff.day = report.from();
    signOff.cashierId = report.cashierId();
    signOff.cashierName = report.cashierName();
    signOff.workstation = workstation;
    signOff.signedAt = signedAt;
    signOff.lines = report.lines();
    return signOff;
}

bool SettlementSignOff::matches(const SettlementReport &report) const
{
    return report.period() == SettlementPeriod::Day && report.from() == day &&
           report.cashierId() == cashierId && report.lines() == lines;
}

QJsonObject SettlementSignOff::toJson() const
{
    QJsonArray methods;
    for (const SettlementLine &line : lines) {
        QJsonObject object = line.figures.toJson();
        object.insert(QStringLiteral("method"), core::paymentMethodId(line.method));
        methods.append(object);
    }
    return QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("cashierId"), cashierId},
                       {QStringLiteral("cashierName"), cashierName},
                       {QStringLiteral("workstation"), workstation},
                       {QStringLiteral("signedAt"), signedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("methods"), methods}};
}

core::Result<SettlementSignOff> SettlementSignOff::fromJson(const QJsonObject &json)
{
    SettlementSignOff signOff;
    signOff.day = QDate::fromString(json.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (!signOff.day.isValid())
        return invalid(QStringLiteral("day"));
    signOff.cashierId = json.value(QStringLiteral("cashierId")).toString();
    if (signOff.cashierId.isEmpty())
        return invalid(QStringLiteral("cashierId"));
    signOff.cashierName = json.value(QStringLiteral("cashierName")).toString();
    signOff.workstation = json.value(QStringLiteral("workstation")).toString();
    signOff.signedAt =
        QDateTime::fromString(json.value(QStringLiteral("signedAt")).toString(), Qt::ISODateWithMs);
    if (!signOff.signedAt.isValid())
        return invalid(QStringLiteral("signedAt"));
    for (const QJsonValue &value : json.value(QStringLiteral("methods")).toArray()) {
        const QJsonObject object = value.toObject();
        const std::optional<core::PaymentMethod> method =
            core::paymentMethodFromId(object.value(QStringLiteral("method")).toString());
        if (!method)
            return invalid(QStringLiteral("methods"));
        signOff.lines.append({signOff.day, *method, SettlementFigures::fromJson(object)});
    }
    return signOff;
}

} // namespace sunhall::models
