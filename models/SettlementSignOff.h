// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "models/SettlementFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sunhall::models {

class SettlementReport;

/// A cashier's sign-off of their daily settlement (日结): who, on which workstation, when, and
/// the figures per method they confirmed, so that a later change to the day's books (a late
/// void) shows as a difference from what was signed.
struct SettlementSignOff
{
    Q_DECLARE_TR_FUNCTIONS(SettlementSignOff)
public:
    QDate day;
    QString cashierId;
    QString cashierName;
    QString workstation;
    QDateTime signedAt;
    QList<SettlementLine> lines; // one per method

    /// The sign-off of a daily `report` of one cashier.
    static SettlementSignOff of(const SettlementReport &report, const QString &workstation,
                                const QDateTime &signedAt);
    /// Whether `report` (the same cashier's daily settlement of the same day) still shows the
    /// figures that were signed.
    bool matches(const SettlementReport &report) const;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; "settlement.sign-off-invalid" names the bad field.
    static core::Result<SettlementSignOff> fromJson(const QJsonObject &json);

    friend bool operator==(const SettlementSignOff &, const SettlementSignOff &) = default;
};

} // namespace sunhall::models
