// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseVocabulary.h"

#include <QCoreApplication>

namespace sunhall::core {

namespace {

const char context[] = "sunhall::core::CaseVocabulary";

template<typename Enum>
struct VocabularyRow
{
    Enum value;
    const char *id;
    const char *name;
};

template<typename Enum, std::size_t N>
QString idOf(const VocabularyRow<Enum> (&rows)[N], Enum value)
{
    for (const auto &row : rows) {
        if (row.value == value)
            return QString::fromLatin1(row.id);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const VocabularyRow<Enum> (&rows)[N], const QString &id)
{
    for (const auto &row : rows) {
        if (id == QLatin1String(row.id))
            return row.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const VocabularyRow<Enum> (&rows)[N], Enum value)
{
    for (const auto &row : rows) {
        if (row.value == value)
            return QCoreApplication::translate(context, row.name);
    }
    return {};
}

constexpr VocabularyRow<ApplicantKind> applicantRows[] = {
    {ApplicantKind::Person, "person", QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Person")},
    {ApplicantKind::Organisation, "organisation",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Organisation")},
};

constexpr VocabularyRow<SuspensionType> suspensionRows[] = {
    {SuspensionType::Hearing, "hearing",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Hearing")},
    {SuspensionType::Tendering, "tendering",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Tendering")},
    {SuspensionType::Auction, "auction",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Auction")},
    {SuspensionType::Testing, "testing",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Testing")},
    {SuspensionType::Inspection, "inspection",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Inspection")},
    {SuspensionType::Quarantine, "quarantine",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Quarantine")},
    {SuspensionType::Appraisal, "appraisal",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Appraisal")},
    {SuspensionType::ExpertReview, "expert-review",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Expert review")},
};

constexpr VocabularyRow<PaymentMethod> paymentRows[] = {
    {PaymentMethod::Cash, "cash", QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Cash")},
    {PaymentMethod::Card, "card", QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Card")},
    {PaymentMethod::Transfer, "transfer",
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Transfer")},
    {PaymentMethod::Wire, "wire", QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "Wire")},
};

struct CommandRow
{
    QLatin1String type;
    const char *name;
};

constexpr CommandRow commandRows[] = {
    {CommandType::registerCase,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "register the application")},
    {CommandType::updateMaterials,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "update the materials")},
    {CommandType::accept, QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "accept the case")},
    {CommandType::requestSupplement,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "ask for supplements")},
    {CommandType::refuse,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "refuse the application")},
    {CommandType::claimStep, QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "claim a step")},
    {CommandType::completeStep,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "complete a step")},
    {CommandType::returnStep,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "return the case to an earlier step")},
    {CommandType::decide, QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "record a decision")},
    {CommandType::suspend, QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "suspend the case")},
    {CommandType::resume, QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "resume the case")},
    {CommandType::extend,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "extend the time limit")},
    {CommandType::assessFee, QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "assess the fee")},
    {CommandType::payFee, QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "collect the fee")},
    {CommandType::voidReceipt,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "void a receipt")},
    {CommandType::printCertificate,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "print the certificate")},
    {CommandType::issueCertificate,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "hand over the certificate")},
    {CommandType::revokeCertificate,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "revoke the certificate")},
    {CommandType::evaluate,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "record the evaluation")},
    {CommandType::withdraw,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "withdraw the application")},
    {CommandType::conclude,
     QT_TRANSLATE_NOOP("sunhall::core::CaseVocabulary", "conclude the case")},
};

} // namespace

QString commandDisplayName(const QString &type)
{
    for (const auto &row : commandRows) {
        if (type == row.type)
            return QCoreApplication::translate(context, row.name);
    }
    return type;
}

QString applicantKindId(ApplicantKind kind)
{
    return idOf(applicantRows, kind);
}

std::optional<ApplicantKind> applicantKindFromId(const QString &id)
{
    return fromId(applicantRows, id);
}

QString applicantKindDisplayName(ApplicantKind kind)
{
    return nameOf(applicantRows, kind);
}

QString suspensionTypeId(SuspensionType type)
{
    return idOf(suspensionRows, type);
}

std::optional<SuspensionType> suspensionTypeFromId(const QString &id)
{
    return fromId(suspensionRows, id);
}

QString suspensionTypeDisplayName(SuspensionType type)
{
    return nameOf(suspensionRows, type);
}

QString paymentMethodId(PaymentMethod method)
{
    return idOf(paymentRows, method);
}

std::optional<PaymentMethod> paymentMethodFromId(const QString &id)
{
    return fromId(paymentRows, id);
}

QString paymentMethodDisplayName(PaymentMethod method)
{
    return nameOf(paymentRows, method);
}

} // namespace sunhall::core
