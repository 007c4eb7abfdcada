// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseVocabulary.h"
#include "core/common/Result.h"
#include "core/values/Money.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The payloads of fees (统一收费) and certificates (证照). Each is a command's payload, an
// event's payload, or both; `fromJson` checks every field and names the bad one.
namespace sunhall::core {

/// One fee of an assessment: the item's fee code and the amount.
struct FeeLine
{
    QString code;
    Money amount;

    friend bool operator==(const FeeLine &, const FeeLine &) = default;
};

/// "assess-fee" and the "fee-assessed" event. Amounts travel as integer fen ("amountFen").
struct FeeAssessment
{
    QList<FeeLine> fees;

    Money total() const;
    QJsonObject toJson() const;
    static Result<FeeAssessment> fromJson(const QJsonObject &json);
};

/// "pay-fee" and the "fee-paid" event: one machine-printed receipt (机打票据). A reduction or
/// exemption (减免) of the fee due travels beside the amount with its legal basis
/// ("reductionFen", "reductionBasis"); a payment without one carries neither key, so its bytes
/// are those of a payment before reductions existed.
struct PaymentPayload
{
    QString receiptNumber;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    Money reduction;
    QString reductionBasis;

    QJsonObject toJson() const;
    static Result<PaymentPayload> fromJson(const QJsonObject &json);
};

/// "void-receipt" and the "receipt-voided" event; the event also records the amount voided.
struct VoidPayload
{
    QString receiptNumber;
    QString reason;
    Money amount;

    QJsonObject toJson() const;
    static Result<VoidPayload> fromJson(const QJsonObject &json);
};

/// "print-certificate", "issue-certificate" and their events; `reprint` marks a print after
/// the first one.
struct CertificatePayload
{
    QString certificateNumber;
    bool reprint = false;

    QJsonObject toJson() const;
    static Result<CertificatePayload> fromJson(const QJsonObject &json);
};

} // namespace sunhall::core
