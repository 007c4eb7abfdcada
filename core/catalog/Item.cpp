// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/Item.h"

#include <QCoreApplication>

namespace sunhall::core {

namespace {

template<typename Enum>
struct EnumRow
{
    Enum value;
    const char *id;
    const char *name;
};

// Ids are what files, the store and the wire keep: never change one once published. The names
// are marked here and translated when asked for.
constexpr EnumRow<ItemCategory> categoryRows[] = {
    {ItemCategory::Licensing, "licensing",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Administrative licensing")},
    {ItemCategory::NonLicensingApproval, "non-licensing-approval",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Non-licensing approval")},
    {ItemCategory::PublicService, "public-service",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Public service")},
    {ItemCategory::Confirmation, "confirmation",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Administrative confirmation")},
    {ItemCategory::Levy, "levy", QT_TRANSLATE_NOOP("sunhall::core::Item", "Administrative levy")},
    {ItemCategory::Other, "other",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Other administrative power")},
};

constexpr EnumRow<ItemKind> kindRows[] = {
    {ItemKind::Immediate, "immediate", QT_TRANSLATE_NOOP("sunhall::core::Item", "Immediate item")},
    {ItemKind::Promised, "promised", QT_TRANSLATE_NOOP("sunhall::core::Item", "Promised item")},
    {ItemKind::Joint, "joint", QT_TRANSLATE_NOOP("sunhall::core::Item", "Joint item")},
    {ItemKind::Escalated, "escalated", QT_TRANSLATE_NOOP("sunhall::core::Item", "Escalated item")},
};

constexpr EnumRow<MaterialForm> formRows[] = {
    {MaterialForm::Original, "original", QT_TRANSLATE_NOOP("sunhall::core::Item", "Original")},
    {MaterialForm::Copy, "copy", QT_TRANSLATE_NOOP("sunhall::core::Item", "Copy")},
    {MaterialForm::OriginalAndCopy, "original-and-copy",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Original and copy")},
    {MaterialForm::Electronic, "electronic",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Electronic")},
};

constexpr EnumRow<StepKind> stepRows[] = {
    {StepKind::Accept, "accept", QT_TRANSLATE_NOOP("sunhall::core::Item", "Accept")},
    {StepKind::Review, "review", QT_TRANSLATE_NOOP("sunhall::core::Item", "Review")},
    {StepKind::SignOff, "sign-off", QT_TRANSLATE_NOOP("sunhall::core::Item", "Sign-off")},
    {StepKind::LeaderSignOff, "leader-sign-off",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Leader sign-off")},
    {StepKind::Conclude, "conclude", QT_TRANSLATE_NOOP("sunhall::core::Item", "Conclude")},
    {StepKind::Fee, "fee", QT_TRANSLATE_NOOP("sunhall::core::Item", "Fee collection")},
    {StepKind::PrintCertificate, "print-certificate",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Print certificate")},
    {StepKind::IssueCertificate, "issue-certificate",
     QT_TRANSLATE_NOOP("sunhall::core::Item", "Issue certificate")},
};

template<typename Enum, std::size_t N>
QString idOf(const EnumRow<Enum> (&rows)[N], Enum value)
{
    for (const auto &row : rows) {
        if (row.value == value)
            return QString::fromLatin1(row.id);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const EnumRow<Enum> (&rows)[N], const QString &id)
{
    for (const auto &row : rows) {
        if (id == QLatin1String(row.id))
            return row.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString displayNameOf(const EnumRow<Enum> (&rows)[N], Enum value)
{
    for (const auto &row : rows) {
        if (row.value == value)
            return QCoreApplication::translate("sunhall::core::Item", row.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const EnumRow<Enum> (&rows)[N])
{
    QList<Enum> values;
    for (const auto &row : rows)
        values.append(row.value);
    return values;
}

} // namespace

QString itemCategoryId(ItemCategory category)
{
    return idOf(categoryRows, category);
}

std::optional<ItemCategory> itemCategoryFromId(const QString &id)
{
    return fromId(categoryRows, id);
}

QString itemCategoryDisplayName(ItemCategory category)
{
    return displayNameOf(categoryRows, category);
}

QString itemKindId(ItemKind kind)
{
    return idOf(kindRows, kind);
}

std::optional<ItemKind> itemKindFromId(const QString &id)
{
    return fromId(kindRows, id);
}

QString itemKindDisplayName(ItemKind kind)
{
    return displayNameOf(kindRows, kind);
}

QString materialFormId(MaterialForm form)
{
    return idOf(formRows, form);
}

std::optional<MaterialForm> materialFormFromId(const QString &id)
{
    return fromId(formRows, id);
}

QString materialFormDisplayName(MaterialForm form)
{
    return displayNameOf(formRows, form);
}

QString stepKindId(StepKind kind)
{
    return idOf(stepRows, kind);
}

std::optional<StepKind> stepKindFromId(const QString &id)
{
    return fromId(stepRows, id);
}

QString stepKindDisplayName(StepKind kind)
{
    return displayNameOf(stepRows, kind);
}

QList<ItemCategory> allItemCategories()
{
    return valuesOf(categoryRows);
}

QList<ItemKind> allItemKinds()
{
    return valuesOf(kindRows);
}

QList<MaterialForm> allMaterialForms()
{
    return valuesOf(formRows);
}

QList<StepKind> allStepKinds()
{
    return valuesOf(stepRows);
}

} // namespace sunhall::core
