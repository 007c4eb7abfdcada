// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/FeePayloads.h"

#include "core/case/PayloadReader.h"

#include <QJsonArray>

namespace sunhall::core {

namespace {

using Presence = PayloadReader::Presence;

// A single fee above a hundred million yuan is a typing error, not a fee.
constexpr qint64 maxFen = 10'000'000'000;

} // namespace

Money FeeAssessment::total() const
{
    Money sum;
    for (const FeeLine &line : fees)
        sum += line.amount;
    return sum;
}

QJsonObject FeeAssessment::toJson() const
{
    QJsonArray array;
    for (const FeeLine &line : fees) {
        array.append(QJsonObject{{QStringLiteral("code"), line.code},
                                 {QStringLiteral("amountFen"), line.amount.fen()}});
    }
    return QJsonObject{{QStringLiteral("fees"), array}};
}

Result<FeeAssessment> FeeAssessment::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    FeeAssessment payload;
    const QString key = QStringLiteral("fees");
    const QList<QJsonObject> objects = reader.objectList(key, Presence::Required);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        PayloadReader element = reader.element(key, i, objects.at(i));
        FeeLine line;
        line.code = element.text(QStringLiteral("code"), Presence::Required, 64);
        line.amount = Money::fromFen(element.integer64(QStringLiteral("amountFen"), 0, maxFen));
        payload.fees.append(line);
    }
    return reader.finish(payload);
}

QJsonObject PaymentPayload::toJson() const
{
    QJsonObject json{{QStringLiteral("receiptNumber"), receiptNumber},
                     {QStringLiteral("method"), paymentMethodId(method)},
                     {QStringLiteral("amountFen"), amount.fen()}};
    if (reduction > Money() || !reductionBasis.isEmpty()) {
        json.insert(QStringLiteral("reductionFen"), reduction.fen());
        json.insert(QStringLiteral("reductionBasis"), reductionBasis);
    }
    return json;
}

Result<PaymentPayload> PaymentPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    PaymentPayload payload;
    payload.receiptNumber = reader.text(QStringLiteral("receiptNumber"), Presence::Required, 64);
    payload.method =
        reader.vocabulary(QStringLiteral("method"), &paymentMethodFromId, PaymentMethod::Cash);
    payload.amount = Money::fromFen(reader.integer64(QStringLiteral("amountFen"), 0, maxFen));
    if (json.contains(QStringLiteral("reductionFen"))) {
        payload.reduction =
            Money::fromFen(reader.integer64(QStringLiteral("reductionFen"), 0, maxFen));
    }
    payload.reductionBasis =
        reader.text(QStringLiteral("reductionBasis"), Presence::Optional, 1000);
    return reader.finish(payload);
}

QJsonObject VoidPayload::toJson() const
{
    return QJsonObject{{QStringLiteral("receiptNumber"), receiptNumber},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("amountFen"), amount.fen()}};
}

Result<VoidPayload> VoidPayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    VoidPayload payload;
    payload.receiptNumber = reader.text(QStringLiteral("receiptNumber"), Presence::Required, 64);
    payload.reason = reader.text(QStringLiteral("reason"), Presence::Optional, 4000);
    if (json.contains(QStringLiteral("amountFen")))
        payload.amount = Money::fromFen(reader.integer64(QStringLiteral("amountFen"), 0, maxFen));
    return reader.finish(payload);
}

QJsonObject CertificatePayload::toJson() const
{
    return QJsonObject{{QStringLiteral("certificateNumber"), certificateNumber},
                       {QStringLiteral("reprint"), reprint}};
}

Result<CertificatePayload> CertificatePayload::fromJson(const QJsonObject &json)
{
    PayloadReader reader(json);
    CertificatePayload payload;
    payload.certificateNumber =
        reader.text(QStringLiteral("certificateNumber"), Presence::Optional, 64);
    payload.reprint = reader.boolean(QStringLiteral("reprint"), false);
    return reader.finish(payload);
}

} // namespace sunhall::core
