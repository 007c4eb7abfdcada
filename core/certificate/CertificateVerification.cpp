// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateVerification.h"

#include "core/case/PayloadReader.h"

namespace sunhall::core {

namespace {

using State = CertificateVerification::State;

constexpr std::pair<State, QLatin1String> stateIds[] = {
    {State::Valid, QLatin1String("valid")},
    {State::Altered, QLatin1String("altered")},
    {State::Revoked, QLatin1String("revoked")},
    {State::Unknown, QLatin1String("unknown")},
};

} // namespace

QString CertificateVerification::stateId(State state)
{
    for (const auto &[value, id] : stateIds) {
        if (value == state)
            return id;
    }
    return {};
}

std::optional<State> CertificateVerification::stateFromId(const QString &id)
{
    for (const auto &[value, text] : stateIds) {
        if (text == id)
            return value;
    }
    return std::nullopt;
}

QString CertificateVerification::stateDisplayName(State state)
{
    switch (state) {
    case State::Valid:
        return tr("Valid");
    case State::Altered:
        return tr("Altered");
    case State::Revoked:
        return tr("Revoked");
    case State::Unknown:
        return tr("Unknown");
    }
    return {};
}

QJsonObject CertificateVerification::toJson(const QDate &today) const
{
    QJsonObject json{
        {QStringLiteral("state"), stateId(state)},
        {QStringLiteral("code"), code},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("record"), content ? QJsonValue(content->toJson()) : QJsonValue()},
    };
    if (content)
        json.insert(QStringLiteral("inForce"), content->isInForceOn(today));
    if (key)
        json.insert(QStringLiteral("keyFingerprint"), key->fingerprint);
    if (revocation) {
        json.insert(QStringLiteral("revokedAt"), instantToString(revocation->revokedAt));
        json.insert(QStringLiteral("revokedReason"), revocation->reason);
    }
    return json;
}

} // namespace sunhall::core
