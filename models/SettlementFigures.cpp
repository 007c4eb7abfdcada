// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SettlementFigures.h"

#include "models/FeeLedgerEntry.h"

namespace sunhall::models {

void SettlementFigures::add(const FeeLedgerEntry &entry)
{
    if (entry.kind == FeeLedgerEntry::Kind::Voided) {
        ++voidedCount;
        voided += entry.amount;
        return;
    }
    ++collectedCount;
    collected += entry.amount;
    if (entry.reduction.amount > core::Money()) {
        ++reducedCount;
        reduced += entry.reduction.amount;
    }
}

SettlementFigures &SettlementFigures::operator+=(const SettlementFigures &other)
{
    collectedCount += other.collectedCount;
    collected += other.collected;
    voidedCount += other.voidedCount;
    voided += other.voided;
    reducedCount += other.reducedCount;
    reduced += other.reduced;
    return *this;
}

QJsonObject SettlementFigures::toJson() const
{
    return QJsonObject{{QStringLiteral("collectedCount"), collectedCount},
                       {QStringLiteral("collectedFen"), collected.fen()},
                       {QStringLiteral("voidedCount"), voidedCount},
                       {QStringLiteral("voidedFen"), voided.fen()},
                       {QStringLiteral("reducedCount"), reducedCount},
                       {QStringLiteral("reducedFen"), reduced.fen()}};
}

SettlementFigures SettlementFigures::fromJson(const QJsonObject &json)
{
    SettlementFigures figures;
    figures.collectedCount = json.value(QStringLiteral("collectedCount")).toInt();
    figures.collected =
        core::Money::fromFen(json.value(QStringLiteral("collectedFen")).toInteger());
    figures.voidedCount = json.value(QStringLiteral("voidedCount")).toInt();
    figures.voided = core::Money::fromFen(json.value(QStringLiteral("voidedFen")).toInteger());
    figures.reducedCount = json.value(QStringLiteral("reducedCount")).toInt();
    figures.reduced = core::Money::fromFen(json.value(QStringLiteral("reducedFen")).toInteger());
    return figures;
}

} // namespace sunhall::models
