// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Role.h"
#include "core/time/DeadlineClock.h"
#include "core/values/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sunhall::core {

/// A department (部门 / 窗口单位) of the hall, by code ("GA" 公安局) and name.
struct Department
{
    QString code;
    QString name;
};

enum class ItemCategory
{
    Licensing,            // 行政许可
    NonLicensingApproval, // 非行政许可审批
    PublicService,        // 公共服务
    Confirmation,         // 行政确认
    Levy,                 // 行政征收
    Other,                // 其他行政权力
};

enum class ItemKind
{
    Immediate, // 即办件: decided on the spot
    Promised,  // 承诺件: within the promised limit
    Joint,     // 联办件: departments review in parallel
    Escalated, // 上报件: decided by a higher level, tracked here
};

enum class MaterialForm
{
    Original,
    Copy,
    OriginalAndCopy,
    Electronic
};

/// One entry of an item's material list (申报材料).
struct Material
{
    QString id;   // stable within the item: "m1"
    QString name; // "营业执照副本"
    bool required = true;
    MaterialForm form = MaterialForm::Original;
    int copies = 1;
    QString templateName; // the form to fill in, if any ("申请表")
    QString note;
};

/// A fee (收费项目) with its standard amount and legal basis.
struct FeeItem
{
    QString code;
    QString name;
    Money amount;
    QString basis;
};

enum class StepKind
{
    Accept,           // 受理 (window)
    Review,           // 审核
    SignOff,          // 审批 (chief approver, decides)
    LeaderSignOff,    // 分管/主管领导
    Conclude,         // 办结
    Fee,              // 收费
    PrintCertificate, // 制证
    IssueCertificate, // 发证
};

/// A step of a published flow. A step with `parallelDepartments` is a joint step (并联审批):
/// one branch per department runs at the same time, each with its own clock, and the step is
/// done when every branch is.
struct FlowStep
{
    QString id;   // stable within the flow: "review"
    QString name; // "审核"
    StepKind kind = StepKind::Review;
    Role role = Role::Reviewer;
    QString department; // empty: the item's department
    QStringList parallelDepartments;
    int budgetDays = 0; // this step's own time budget in working days (0 for same-day steps)
};

/// A published flow (流程固化). Fixed once published; a running case keeps its version.
struct Flow
{
    int version = 1;
    QDate publishedOn;
    QList<FlowStep> steps;
};

/// What an item issues when approved (证照).
struct CertificateSpec
{
    QString name;          // "食品经营许可证"
    int validityYears = 0; // 0: no expiry
};

/// An approval item (审批事项) with every field of DOMAIN.md §2.
struct Item
{
    QString code; // 事项编码
    QString name;
    QString department; // department code
    ItemCategory category = ItemCategory::Licensing;
    ItemKind kind = ItemKind::Promised;
    QString legalBasis; // 设定依据
    QString conditions; // 受理条件
    QList<Material> materials;
    QList<FeeItem> fees;
    int legalLimitDays = 20;    // 法定时限 (working days)
    int promisedLimitDays = 20; // 承诺时限, never above the legal one
    int maxExtensionDays = 10;  // art. 42: 10; joint handling: 15
    bool greenChannelEligible = false;
    bool timeoutDefault = false; // 超时默认, off by default
    WarningThresholds warnings;
    std::optional<CertificateSpec> certificate;
    Flow flow;

    Money standardFee() const
    {
        Money total;
        for (const auto &fee : fees)
            total += fee.amount;
        return total;
    }
};

QString itemCategoryId(ItemCategory category); // "licensing", "non-licensing-approval", ...
std::optional<ItemCategory> itemCategoryFromId(const QString &id);
QString itemCategoryDisplayName(ItemCategory category); // 行政许可 ...
QString itemKindId(ItemKind kind); // "immediate", "promised", "joint", "escalated"
std::optional<ItemKind> itemKindFromId(const QString &id);
QString itemKindDisplayName(ItemKind kind); // 即办件 ...
QString materialFormId(MaterialForm form);  // "original", "copy", "original-and-copy", "electronic"
std::optional<MaterialForm> materialFormFromId(const QString &id);
QString stepKindId(StepKind kind); // "accept", "review", "sign-off", "leader-sign-off", ...
std::optional<StepKind> stepKindFromId(const QString &id);

// Added with the catalogue: every value of each enum in declaration order (for pickers and for
// listing the allowed values in an error), and the display names of material forms and steps.
QList<ItemCategory> allItemCategories();
QList<ItemKind> allItemKinds();
QList<MaterialForm> allMaterialForms();
QList<StepKind> allStepKinds();
QString materialFormDisplayName(MaterialForm form); // "Original", "Copy", ... (原件, 复印件)
QString stepKindDisplayName(StepKind kind);         // "Accept", "Review", ... (受理, 审核)

} // namespace sunhall::core
