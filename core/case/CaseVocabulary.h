// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <optional>

namespace sunhall::core {

/// The type names of case commands as they travel in files, the store and the wire.
namespace CommandType {
inline constexpr QLatin1String registerCase{"register"};
inline constexpr QLatin1String updateMaterials{"update-materials"};
inline constexpr QLatin1String accept{"accept"};
inline constexpr QLatin1String requestSupplement{"request-supplement"};
inline constexpr QLatin1String refuse{"refuse"};
inline constexpr QLatin1String claimStep{"claim-step"};
inline constexpr QLatin1String completeStep{"complete-step"};
inline constexpr QLatin1String returnStep{"return-step"};
inline constexpr QLatin1String decide{"decide"};
inline constexpr QLatin1String suspend{"suspend"};
inline constexpr QLatin1String resume{"resume"};
inline constexpr QLatin1String extend{"extend"};
inline constexpr QLatin1String assessFee{"assess-fee"};
inline constexpr QLatin1String payFee{"pay-fee"};
inline constexpr QLatin1String voidReceipt{"void-receipt"};
inline constexpr QLatin1String printCertificate{"print-certificate"};
inline constexpr QLatin1String issueCertificate{"issue-certificate"};
inline constexpr QLatin1String revokeCertificate{"revoke-certificate"};
inline constexpr QLatin1String evaluate{"evaluate"};
inline constexpr QLatin1String withdraw{"withdraw"};
inline constexpr QLatin1String conclude{"conclude"};
} // namespace CommandType

/// The type names of case events (DESIGN.md §2).
namespace EventType {
inline constexpr QLatin1String registered{"registered"};
inline constexpr QLatin1String materialsChecked{"materials-checked"};
inline constexpr QLatin1String supplementRequested{"supplement-requested"};
inline constexpr QLatin1String accepted{"accepted"};
inline constexpr QLatin1String refused{"refused"};
inline constexpr QLatin1String stepStarted{"step-started"};
inline constexpr QLatin1String stepClaimed{"step-claimed"};
inline constexpr QLatin1String stepCompleted{"step-completed"};
inline constexpr QLatin1String stepReturned{"step-returned"};
inline constexpr QLatin1String decided{"decided"};
inline constexpr QLatin1String suspended{"suspended"};
inline constexpr QLatin1String resumed{"resumed"};
inline constexpr QLatin1String extended{"extended"};
inline constexpr QLatin1String feeAssessed{"fee-assessed"};
inline constexpr QLatin1String feePaid{"fee-paid"};
inline constexpr QLatin1String receiptVoided{"receipt-voided"};
inline constexpr QLatin1String certificatePrinted{"certificate-printed"};
inline constexpr QLatin1String certificateIssued{"certificate-issued"};
inline constexpr QLatin1String certificateRevoked{"certificate-revoked"};
inline constexpr QLatin1String evaluated{"evaluated"};
inline constexpr QLatin1String withdrawn{"withdrawn"};
inline constexpr QLatin1String concluded{"concluded"};
} // namespace EventType

/// What a command does, in words for the user ("accept the application"); the type itself
/// when it is not a known command.
QString commandDisplayName(const QString &type);

enum class ApplicantKind
{
    Person,       // 自然人: 居民身份证
    Organisation, // 法人或其他组织: 统一社会信用代码
};
QString applicantKindId(ApplicantKind kind); // "person", "organisation"
std::optional<ApplicantKind> applicantKindFromId(const QString &id);
QString applicantKindDisplayName(ApplicantKind kind);

/// The special procedures of art. 45 whose time is not counted.
enum class SuspensionType
{
    Hearing,      // 听证
    Tendering,    // 招标
    Auction,      // 拍卖
    Testing,      // 检验
    Inspection,   // 检测 / 勘验
    Quarantine,   // 检疫
    Appraisal,    // 鉴定
    ExpertReview, // 专家评审
};
/// "hearing", "tendering", "auction", "testing", "inspection", "quarantine", "appraisal",
/// "expert-review".
QString suspensionTypeId(SuspensionType type);
std::optional<SuspensionType> suspensionTypeFromId(const QString &id);
QString suspensionTypeDisplayName(SuspensionType type);

enum class PaymentMethod
{
    Cash,
    Card,
    Transfer,
    Wire
};
QString paymentMethodId(PaymentMethod method); // "cash", "card", "transfer", "wire"
std::optional<PaymentMethod> paymentMethodFromId(const QString &id);
QString paymentMethodDisplayName(PaymentMethod method);

} // namespace sunhall::core
