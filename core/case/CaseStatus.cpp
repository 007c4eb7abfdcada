// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseStatus.h"

#include <QCoreApplication>

namespace sunhall::core {

namespace {

struct StatusRow
{
    CaseStatus status;
    const char *id;
    const char *name;
};

constexpr StatusRow statusRows[] = {
    {CaseStatus::None, "none", QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Not registered")},
    {CaseStatus::Registered, "registered",
     QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Registered")},
    {CaseStatus::AwaitingSupplement, "awaiting-supplement",
     QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Awaiting supplement")},
    {CaseStatus::Refused, "refused", QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Refused")},
    {CaseStatus::InProgress, "in-progress",
     QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "In progress")},
    {CaseStatus::Suspended, "suspended",
     QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Suspended")},
    {CaseStatus::Decided, "decided", QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Decided")},
    {CaseStatus::Concluded, "concluded",
     QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Concluded")},
    {CaseStatus::Withdrawn, "withdrawn",
     QT_TRANSLATE_NOOP("sunhall::core::CaseStatus", "Withdrawn")},
};

} // namespace

QString caseStatusId(CaseStatus status)
{
    for (const auto &row : statusRows) {
        if (row.status == status)
            return QString::fromLatin1(row.id);
    }
    return {};
}

std::optional<CaseStatus> caseStatusFromId(const QString &id)
{
    for (const auto &row : statusRows) {
        if (id == QLatin1String(row.id))
            return row.status;
    }
    return std::nullopt;
}

QString caseStatusDisplayName(CaseStatus status)
{
    for (const auto &row : statusRows) {
        if (row.status == status)
            return QCoreApplication::translate("sunhall::core::CaseStatus", row.name);
    }
    return {};
}

bool isTerminal(CaseStatus status)
{
    return status == CaseStatus::Refused || status == CaseStatus::Concluded ||
           status == CaseStatus::Withdrawn;
}

} // namespace sunhall::core
