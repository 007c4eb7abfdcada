// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"

// A small hall catalogue for the catalogue screens' tests: six departments (one without
// items) and six items covering every kind, fees and no fees, a certificate, a joint step and
// a department-less step.
namespace sunhall::tests {

inline core::FlowStep step(const char *id, const QString &name, core::StepKind kind,
                           core::Role role, int budgetDays, QStringList parallel = {})
{
    core::FlowStep s;
    s.id = QString::fromLatin1(id);
    s.name = name;
    s.kind = kind;
    s.role = role;
    s.budgetDays = budgetDays;
    s.parallelDepartments = std::move(parallel);
    return s;
}

inline core::Material material(const char *id, const QString &name, bool required,
                               core::MaterialForm form, int copies = 1, QString templateName = {})
{
    core::Material m;
    m.id = QString::fromLatin1(id);
    m.name = name;
    m.required = required;
    m.form = form;
    m.copies = copies;
    m.templateName = std::move(templateName);
    return m;
}

inline core::Item item(const char *code, const QString &name, const char *department,
                       core::ItemKind kind, int promised, int legal)
{
    core::Item i;
    i.code = QString::fromLatin1(code);
    i.name = name;
    i.department = QString::fromLatin1(department);
    i.kind = kind;
    i.promisedLimitDays = promised;
    i.legalLimitDays = legal;
    i.flow.steps = {
        step("accept", QStringLiteral("受理"), core::StepKind::Accept, core::Role::Clerk, 0),
        step("review", QStringLiteral("审核"), core::StepKind::Review, core::Role::Reviewer, 5),
        step("sign-off", QStringLiteral("审批"), core::StepKind::SignOff, core::Role::ChiefApprover,
             3),
        step("conclude", QStringLiteral("办结"), core::StepKind::Conclude, core::Role::Clerk, 0),
    };
    return i;
}

inline core::Item planningPermit()
{
    core::Item i = item("370200-ZG-XK-003", QStringLiteral("建设工程规划许可证核发"), "ZG",
                        core::ItemKind::Promised, 20, 20);
    i.legalBasis =
        QStringLiteral("《中华人民共和国城乡规划法》第四十条：在城市、镇规划区内进行建筑物、"
                       "构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、"
                       "县人民政府城乡规划主管部门申请办理建设工程规划许可证。");
    i.conditions = QStringLiteral("已取得建设用地规划许可证和国有土地使用权证；设计方案已经审定。");
    i.materials = {
        material("m1", QStringLiteral("建设工程规划许可申请表"), true, core::MaterialForm::Original,
                 1, QStringLiteral("申请表")),
        material("m2", QStringLiteral("建设用地规划许可证"), true, core::MaterialForm::Copy),
        material("m3", QStringLiteral("建设工程设计方案总平面图"), true,
                 core::MaterialForm::OriginalAndCopy, 2),
        material("m4", QStringLiteral("授权委托书"), false, core::MaterialForm::Original),
    };
    i.fees = {core::FeeItem{QStringLiteral("F1"), QStringLiteral("规划许可证工本费"),
                            core::Money::fromYuan(80), QStringLiteral("鲁价费发〔2019〕12号")}};
    i.certificate = core::CertificateSpec{QStringLiteral("建设工程规划许可证"), 0};
    i.flow.steps.append(step("print", QStringLiteral("制证"), core::StepKind::PrintCertificate,
                             core::Role::Clerk, 1));
    return i;
}

inline core::Item investmentApproval()
{
    core::Item i = item(
        "370200-FG-XK-010",
        QStringLiteral(
            "企业投资项目核准（国家规定权限内的固定资产投资项目及外商投资项目，含变更与延期）"),
        "FG", core::ItemKind::Joint, 30, 45);
    i.maxExtensionDays = 15;
    i.greenChannelEligible = true;
    i.materials = {
        material("m1", QStringLiteral("项目申请报告"), true, core::MaterialForm::Original, 3)};
    i.flow.steps.insert(1, step("joint", QStringLiteral("并联审查"), core::StepKind::Review,
                                core::Role::Reviewer, 10,
                                {QStringLiteral("ZG"), QStringLiteral("HB")}));
    return i;
}

inline core::Catalogue sampleCatalogue()
{
    core::Catalogue c;
    c.version = 3;
    c.hallName = QStringLiteral("青岛市示范行政服务中心");
    c.publishedBy = QStringLiteral("admin");
    c.departments = {
        {QStringLiteral("SJ"), QStringLiteral("市场监督管理局")},
        {QStringLiteral("GA"), QStringLiteral("公安局")},
        {QStringLiteral("ZG"), QStringLiteral("自然资源和规划局")},
        {QStringLiteral("FG"), QStringLiteral("发展和改革委员会")},
        {QStringLiteral("HB"), QStringLiteral("生态环境局")},
        {QStringLiteral("WJ"), QStringLiteral("卫生健康委员会")},
    };
    core::Item food = item("370200-SJ-XK-001", QStringLiteral("食品经营许可证核发"), "SJ",
                           core::ItemKind::Promised, 10, 20);
    food.certificate = core::CertificateSpec{QStringLiteral("食品经营许可证"), 5};
    core::Item licence = item("370200-SJ-DJ-002", QStringLiteral("营业执照核发（企业设立登记）"),
                              "SJ", core::ItemKind::Immediate, 0, 15);
    core::Item idCard = item("370200-GA-QR-001", QStringLiteral("居民身份证换领"), "GA",
                             core::ItemKind::Escalated, 15, 20);
    idCard.category = core::ItemCategory::Confirmation;
    idCard.fees = {core::FeeItem{QStringLiteral("F1"), QStringLiteral("居民身份证工本费"),
                                 core::Money::fromYuan(20), QStringLiteral("价费字〔2003〕441号")},
                   core::FeeItem{QStringLiteral("F2"), QStringLiteral("加急费"),
                                 core::Money::fromFen(1050), QStringLiteral("地方标准")}};
    core::Item impact = item("370200-HB-XK-002", QStringLiteral("建设项目环境影响评价文件审批"),
                             "HB", core::ItemKind::Promised, 30, 60);
    c.items = {food, licence, idCard, planningPermit(), investmentApproval(), impact};
    return c;
}

} // namespace sunhall::tests
