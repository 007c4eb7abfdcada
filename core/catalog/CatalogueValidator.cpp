// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/CatalogueValidator.h"

#include <QSet>

#include <cmath>

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

// Administrative Licensing Law art. 42 (one extension of up to 10 working days) and art. 26
// with art. 42 para. 2 (joint handling: up to 15).
constexpr int maxExtensionDays = 10;
constexpr int maxJointExtensionDays = 15;

/// Who may own a step of each kind. Supervisors and administrators watch and configure; they
/// never do a step of a case.
bool roleFitsStep(StepKind kind, Role role)
{
    switch (kind) {
    case StepKind::Accept:
        return role == Role::Clerk;
    case StepKind::Review:
        return role == Role::Clerk || role == Role::Reviewer || role == Role::ChiefApprover ||
               role == Role::Leader;
    case StepKind::SignOff:
        return role == Role::ChiefApprover || role == Role::Leader;
    case StepKind::LeaderSignOff:
        return role == Role::Leader;
    case StepKind::Conclude:
        return role == Role::Clerk || role == Role::Reviewer || role == Role::ChiefApprover;
    case StepKind::Fee:
        return role == Role::Cashier;
    case StepKind::PrintCertificate:
        return role == Role::Clerk || role == Role::Reviewer;
    case StepKind::IssueCertificate:
        return role == Role::Clerk;
    }
    return false;
}

// Fees may be collected before the decision (some halls take them at acceptance); the rest of
// what may follow the decision must follow it.
bool mustFollowDecision(StepKind kind)
{
    return kind == StepKind::Conclude || kind == StepKind::PrintCertificate ||
           kind == StepKind::IssueCertificate;
}

bool mayFollowDecision(StepKind kind)
{
    return kind == StepKind::Conclude || kind == StepKind::Fee ||
           kind == StepKind::PrintCertificate || kind == StepKind::IssueCertificate;
}

/// Checks one item and appends what is wrong. Every message names the item by its code;
/// every field is the JSON path below `fieldBase`.
class ItemChecker
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueValidator)
public:
    ItemChecker(const Item &item, const QSet<QString> &departments, QString fieldBase,
                QList<Error> &errors)
        : m_item(item)
        , m_departments(departments)
        , m_fieldBase(std::move(fieldBase))
        , m_errors(errors)
    {}

    void run()
    {
        checkBasics();
        checkLimits();
        checkFees();
        checkMaterials();
        checkWarnings();
        checkCertificate();
        checkFlow();
    }

private:
    void add(const char *code, const QString &message, const QString &field)
    {
        const QString path = m_fieldBase.isEmpty() ? field : m_fieldBase + u'.' + field;
        m_errors.append(makeError(QString::fromLatin1(code), message, path));
    }

    QString label() const
    {
        if (!m_item.code.isEmpty())
            return m_item.code;
        return m_fieldBase.isEmpty() ? tr("(without code)") : m_fieldBase;
    }

    static QString stepPath(qsizetype index, const char *key)
    {
        return u"flow.steps[%1].%2"_s.arg(index).arg(QLatin1String(key));
    }

    void checkBasics()
    {
        if (m_item.name.trimmed().isEmpty())
            add("catalog.item.name-empty", tr("Item %1 has no name.").arg(label()), u"name"_s);
        if (!m_departments.contains(m_item.department)) {
            add("catalog.item.unknown-department",
                tr("Item %1 belongs to department \"%2\", which is not in the catalogue.")
                    .arg(label(), m_item.department),
                u"department"_s);
        }
    }

    void checkLimits()
    {
        if (m_item.legalLimitDays < 0) {
            add("catalog.item.negative-limit",
                tr("Item %1: the legal time limit is %2 working days; it cannot be negative.")
                    .arg(label())
                    .arg(m_item.legalLimitDays),
                u"legalLimitDays"_s);
        }
        if (m_item.promisedLimitDays < 0) {
            add("catalog.item.negative-limit",
                tr("Item %1: the promised time limit is %2 working days; it cannot be negative.")
                    .arg(label())
                    .arg(m_item.promisedLimitDays),
                u"promisedLimitDays"_s);
        } else if (m_item.legalLimitDays >= 0 && m_item.promisedLimitDays > m_item.legalLimitDays) {
            add("catalog.item.promised-over-legal",
                tr("Item %1: the promised time limit (%2 working days) is longer than the legal "
                   "time limit (%3 working days).")
                    .arg(label())
                    .arg(m_item.promisedLimitDays)
                    .arg(m_item.legalLimitDays),
                u"promisedLimitDays"_s);
        }
        if (m_item.kind == ItemKind::Immediate && m_item.promisedLimitDays > 0) {
            add("catalog.item.immediate-limit",
                tr("Item %1 is an immediate item and is decided the same day, so its promised "
                   "time limit must be 0 working days, not %2.")
                    .arg(label())
                    .arg(m_item.promisedLimitDays),
                u"promisedLimitDays"_s);
        }
        const bool joint = m_item.kind == ItemKind::Joint;
        const int maxExtension = joint ? maxJointExtensionDays : maxExtensionDays;
        if (m_item.maxExtensionDays < 0 || m_item.maxExtensionDays > maxExtension) {
            add("catalog.item.extension-range",
                joint ? tr("Item %1: an extension of %2 working days is not allowed; a joint item "
                           "may be extended by 0 to %3 working days.")
                            .arg(label())
                            .arg(m_item.maxExtensionDays)
                            .arg(maxExtension)
                      : tr("Item %1: an extension of %2 working days is not allowed; an item may "
                           "be extended once by 0 to %3 working days.")
                            .arg(label())
                            .arg(m_item.maxExtensionDays)
                            .arg(maxExtension),
                u"maxExtensionDays"_s);
        }
    }

    void checkFees()
    {
        QSet<QString> codes;
        for (qsizetype i = 0; i < m_item.fees.size(); ++i) {
            const FeeItem &fee = m_item.fees.at(i);
            const QString path = u"fees[%1]"_s.arg(i);
            if (fee.code.trimmed().isEmpty()) {
                add("catalog.fee.code-empty",
                    tr("Item %1: fee \"%2\" has no fee code.").arg(label(), fee.name),
                    path + u".code"_s);
            } else if (codes.contains(fee.code)) {
                add("catalog.fee.code-duplicate",
                    tr("Item %1: fee code %2 is used more than once.").arg(label(), fee.code),
                    path + u".code"_s);
            }
            codes.insert(fee.code);
            if (fee.name.trimmed().isEmpty()) {
                add("catalog.fee.name-empty",
                    tr("Item %1: fee %2 has no name.").arg(label(), fee.code), path + u".name"_s);
            }
            if (fee.amount < Money()) {
                add("catalog.fee.negative",
                    tr("Item %1: fee %2 (\"%3\") has a negative amount.")
                        .arg(label(), fee.code, fee.name),
                    path + u".amountFen"_s);
            }
        }
    }

    void checkMaterials()
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < m_item.materials.size(); ++i) {
            const Material &material = m_item.materials.at(i);
            const QString path = u"materials[%1]"_s.arg(i);
            if (material.id.trimmed().isEmpty()) {
                add("catalog.material.id-empty",
                    tr("Item %1: material \"%2\" has no id.").arg(label(), material.name),
                    path + u".id"_s);
            } else if (ids.contains(material.id)) {
                add("catalog.material.id-duplicate",
                    tr("Item %1: material id %2 is used more than once.").arg(label(), material.id),
                    path + u".id"_s);
            }
            ids.insert(material.id);
            if (material.name.trimmed().isEmpty()) {
                add("catalog.material.name-empty",
                    tr("Item %1: material %2 has no name.").arg(label(), material.id),
                    path + u".name"_s);
            }
            if (material.copies < 1) {
                add("catalog.material.copies",
                    tr("Item %1: material \"%2\" asks for %3 copies; at least 1 is needed.")
                        .arg(label(), material.name)
                        .arg(material.copies),
                    path + u".copies"_s);
            }
        }
    }

    void checkWarnings()
    {
        const double blue = m_item.warnings.blueUsedFraction;
        // Written so that NaN fails as well.
        if (!(blue > 0.0 && blue <= 1.0)) {
            add("catalog.warnings.blue",
                tr("Item %1: the blue warning comes when a share of the time limit is used; the "
                   "share must be above 0 and at most 1, not %2.")
                    .arg(label())
                    .arg(blue),
                u"warnings.blueUsedFraction"_s);
        }
        const double yellow = m_item.warnings.yellowDaysLeft;
        if (!(yellow >= 0.0) || std::isinf(yellow)) {
            add("catalog.warnings.yellow",
                tr("Item %1: the yellow warning comes with a number of working days left; it "
                   "cannot be %2.")
                    .arg(label())
                    .arg(yellow),
                u"warnings.yellowDaysLeft"_s);
        }
    }

    void checkCertificate()
    {
        if (!m_item.certificate)
            return;
        if (m_item.certificate->name.trimmed().isEmpty()) {
            add("catalog.certificate.name-empty",
                tr("Item %1 issues a certificate without a name.").arg(label()),
                u"certificate.name"_s);
        }
        if (m_item.certificate->validityYears < 0) {
            add("catalog.certificate.validity",
                tr("Item %1: the certificate is valid for %2 years; use 0 for no expiry or a "
                   "positive number.")
                    .arg(label())
                    .arg(m_item.certificate->validityYears),
                u"certificate.validityYears"_s);
        }
    }

    void checkFlow()
    {
        if (m_item.flow.version < 1) {
            add("catalog.flow.version",
                tr("Item %1: the flow version is %2; it must be 1 or more.")
                    .arg(label())
                    .arg(m_item.flow.version),
                u"flow.version"_s);
        }
        if (m_item.flow.steps.isEmpty()) {
            add("catalog.flow.empty", tr("Item %1 has no flow steps.").arg(label()),
                u"flow.steps"_s);
            return;
        }
        checkStepIds();
        checkFirstStep();
        checkDecision();
        checkFeeSteps();
        checkCertificateSteps();
        for (qsizetype i = 0; i < m_item.flow.steps.size(); ++i) {
            checkStepRole(i);
            checkStepDepartments(i);
            checkParallel(i);
        }
        checkJointHasParallelStep();
        checkBudgets();
    }

    void checkStepIds()
    {
        QSet<QString> ids;
        for (qsizetype i = 0; i < m_item.flow.steps.size(); ++i) {
            const FlowStep &step = m_item.flow.steps.at(i);
            if (step.id.trimmed().isEmpty()) {
                add("catalog.flow.step-id-empty",
                    tr("Item %1: step \"%2\" has no id.").arg(label(), step.name),
                    stepPath(i, "id"));
            } else if (ids.contains(step.id)) {
                add("catalog.flow.step-id-duplicate",
                    tr("Item %1: step id %2 is used more than once.").arg(label(), step.id),
                    stepPath(i, "id"));
            }
            ids.insert(step.id);
        }
    }

    void checkFirstStep()
    {
        const FlowStep &first = m_item.flow.steps.first();
        if (first.kind != StepKind::Accept || first.role != Role::Clerk) {
            add("catalog.flow.first-step",
                tr("Item %1: the flow must start with acceptance by a window clerk, but its "
                   "first step \"%2\" is %3 by %4.")
                    .arg(label(), first.name, stepKindDisplayName(first.kind),
                         roleDisplayName(first.role)),
                stepPath(0, first.kind != StepKind::Accept ? "kind" : "role"));
        }
        for (qsizetype i = 1; i < m_item.flow.steps.size(); ++i) {
            if (m_item.flow.steps.at(i).kind == StepKind::Accept) {
                add("catalog.flow.accept-repeated",
                    tr("Item %1: step \"%2\" is a second acceptance; a case is accepted once, "
                       "at the first step.")
                        .arg(label(), m_item.flow.steps.at(i).name),
                    stepPath(i, "kind"));
            }
        }
    }

    void checkDecision()
    {
        const QList<FlowStep> &steps = m_item.flow.steps;
        qsizetype decision = -1;
        int signOffs = 0;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (steps.at(i).kind == StepKind::SignOff) {
                ++signOffs;
                if (decision < 0)
                    decision = i;
            }
        }
        // An escalated item is decided above the hall, so the hall's flow may have no sign-off.
        const bool escalated = m_item.kind == ItemKind::Escalated;
        if (escalated ? signOffs > 1 : signOffs != 1) {
            add("catalog.flow.sign-off-count",
                escalated ? tr("Item %1: the flow of an escalated item may have at most one "
                               "sign-off step; it has %2.")
                                .arg(label())
                                .arg(signOffs)
                          : tr("Item %1: the flow must have exactly one sign-off step, where the "
                               "decision is made; it has %2.")
                                .arg(label())
                                .arg(signOffs),
                u"flow.steps"_s);
        }
        for (qsizetype i = 0; i < decision; ++i) {
            if (mustFollowDecision(steps.at(i).kind)) {
                add("catalog.flow.before-decision",
                    tr("Item %1: step \"%2\" (%3) comes before the decision; a case is "
                       "concluded and its certificate printed and issued only after the "
                       "sign-off.")
                        .arg(label(), steps.at(i).name, stepKindDisplayName(steps.at(i).kind)),
                    stepPath(i, "kind"));
            }
        }
        for (qsizetype i = decision + 1; decision >= 0 && i < steps.size(); ++i) {
            if (!mayFollowDecision(steps.at(i).kind)) {
                add("catalog.flow.after-decision",
                    tr("Item %1: step \"%2\" (%3) comes after the decision; only conclusion, "
                       "fee collection and certificate printing and issuing may follow it.")
                        .arg(label(), steps.at(i).name, stepKindDisplayName(steps.at(i).kind)),
                    stepPath(i, "kind"));
            }
        }
    }

    void checkFeeSteps()
    {
        bool hasFeeStep = false;
        for (qsizetype i = 0; i < m_item.flow.steps.size(); ++i) {
            if (m_item.flow.steps.at(i).kind != StepKind::Fee)
                continue;
            hasFeeStep = true;
            if (m_item.fees.isEmpty()) {
                add("catalog.flow.fee-step-without-fees",
                    tr("Item %1 has a fee collection step \"%2\" but no fees.")
                        .arg(label(), m_item.flow.steps.at(i).name),
                    stepPath(i, "kind"));
            }
        }
        if (!m_item.fees.isEmpty() && !hasFeeStep) {
            add("catalog.flow.fee-step-missing",
                tr("Item %1 has fees but its flow has no fee collection step.").arg(label()),
                u"flow.steps"_s);
        }
    }

    void checkCertificateSteps()
    {
        qsizetype print = -1;
        qsizetype issue = -1;
        for (qsizetype i = 0; i < m_item.flow.steps.size(); ++i) {
            const FlowStep &step = m_item.flow.steps.at(i);
            if (step.kind != StepKind::PrintCertificate && step.kind != StepKind::IssueCertificate)
                continue;
            (step.kind == StepKind::PrintCertificate ? print : issue) = i;
            if (!m_item.certificate) {
                add("catalog.flow.certificate-step-without-spec",
                    tr("Item %1 has a certificate step \"%2\" but issues no certificate.")
                        .arg(label(), step.name),
                    stepPath(i, "kind"));
            }
        }
        if (m_item.certificate && issue < 0) {
            add("catalog.flow.issue-step-missing",
                tr("Item %1 issues \"%2\" but its flow has no step that hands it over.")
                    .arg(label(), m_item.certificate->name),
                u"flow.steps"_s);
        }
        if (print >= 0 && issue >= 0 && issue < print) {
            add("catalog.flow.issue-before-print",
                tr("Item %1: the certificate is handed over before it is printed.").arg(label()),
                stepPath(issue, "kind"));
        }
    }

    void checkStepRole(qsizetype i)
    {
        const FlowStep &step = m_item.flow.steps.at(i);
        // The first step and repeated acceptances have their own checks.
        if (step.kind == StepKind::Accept || roleFitsStep(step.kind, step.role))
            return;
        add("catalog.flow.step-role",
            tr("Item %1: step \"%2\" is a %3 step, which cannot be done by the role %4.")
                .arg(label(), step.name, stepKindDisplayName(step.kind),
                     roleDisplayName(step.role)),
            stepPath(i, "role"));
    }

    void checkStepDepartments(qsizetype i)
    {
        const FlowStep &step = m_item.flow.steps.at(i);
        if (!step.department.isEmpty() && !m_departments.contains(step.department)) {
            add("catalog.flow.unknown-department",
                tr("Item %1: step \"%2\" is done by department \"%3\", which is not in the "
                   "catalogue.")
                    .arg(label(), step.name, step.department),
                stepPath(i, "department"));
        }
        for (qsizetype j = 0; j < step.parallelDepartments.size(); ++j) {
            const QString &department = step.parallelDepartments.at(j);
            if (!m_departments.contains(department)) {
                add("catalog.flow.unknown-department",
                    tr("Item %1: step \"%2\" is reviewed in parallel by department \"%3\", "
                       "which is not in the catalogue.")
                        .arg(label(), step.name, department),
                    stepPath(i, "parallelDepartments") + u"[%1]"_s.arg(j));
            }
        }
    }

    void checkParallel(qsizetype i)
    {
        const FlowStep &step = m_item.flow.steps.at(i);
        if (step.parallelDepartments.isEmpty())
            return;
        const QString path = stepPath(i, "parallelDepartments");
        if (m_item.kind != ItemKind::Joint) {
            add("catalog.flow.parallel-not-joint",
                tr("Item %1: step \"%2\" is reviewed by several departments in parallel, which "
                   "only a joint item may do.")
                    .arg(label(), step.name),
                path);
        } else if (step.parallelDepartments.size() < 2) {
            add("catalog.flow.parallel-too-few",
                tr("Item %1: the parallel step \"%2\" names only one department; it needs at "
                   "least two.")
                    .arg(label(), step.name),
                path);
        }
        if (QSet<QString>(step.parallelDepartments.begin(), step.parallelDepartments.end())
                .size() != step.parallelDepartments.size()) {
            add("catalog.flow.parallel-duplicate",
                tr("Item %1: the parallel step \"%2\" names a department more than once.")
                    .arg(label(), step.name),
                path);
        }
    }

    void checkJointHasParallelStep()
    {
        if (m_item.kind != ItemKind::Joint)
            return;
        for (const FlowStep &step : m_item.flow.steps) {
            if (!step.parallelDepartments.isEmpty())
                return;
        }
        add("catalog.flow.joint-without-parallel",
            tr("Item %1 is a joint item, but no step of its flow is reviewed by several "
               "departments in parallel.")
                .arg(label()),
            u"flow.steps"_s);
    }

    void checkBudgets()
    {
        int total = 0;
        for (qsizetype i = 0; i < m_item.flow.steps.size(); ++i) {
            const FlowStep &step = m_item.flow.steps.at(i);
            if (step.budgetDays < 0) {
                add("catalog.flow.negative-budget",
                    tr("Item %1: step \"%2\" has a time budget of %3 working days; it cannot be "
                       "negative.")
                        .arg(label(), step.name)
                        .arg(step.budgetDays),
                    stepPath(i, "budgetDays"));
            } else {
                total += step.budgetDays;
            }
        }
        if (m_item.promisedLimitDays >= 0 && total > m_item.promisedLimitDays) {
            add("catalog.flow.budget-over-promised",
                tr("Item %1: the steps' time budgets add up to %2 working days, more than the "
                   "promised time limit of %3 working days.")
                    .arg(label())
                    .arg(total)
                    .arg(m_item.promisedLimitDays),
                u"flow.steps"_s);
        }
    }

    const Item &m_item;
    const QSet<QString> &m_departments;
    QString m_fieldBase;
    QList<Error> &m_errors;
};

QSet<QString> departmentCodes(const QList<Department> &departments)
{
    QSet<QString> codes;
    for (const Department &department : departments) {
        if (!department.code.isEmpty())
            codes.insert(department.code);
    }
    return codes;
}

} // namespace

QList<Error> CatalogueValidator::validate(const Catalogue &catalogue)
{
    QList<Error> errors;
    if (catalogue.version < 1) {
        errors.append(makeError(
            u"catalog.version"_s,
            tr("The catalogue version is %1; it must be 1 or more.").arg(catalogue.version),
            u"version"_s));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < catalogue.departments.size(); ++i) {
        const Department &department = catalogue.departments.at(i);
        const QString path = u"departments[%1]"_s.arg(i);
        if (department.code.trimmed().isEmpty()) {
            errors.append(makeError(u"catalog.department.code-empty"_s,
                                    tr("Department \"%1\" has no code.").arg(department.name),
                                    path + u".code"_s));
        } else if (seen.contains(department.code)) {
            errors.append(
                makeError(u"catalog.department.code-duplicate"_s,
                          tr("Department code %1 is used more than once.").arg(department.code),
                          path + u".code"_s));
        }
        seen.insert(department.code);
        if (department.name.trimmed().isEmpty()) {
            errors.append(makeError(u"catalog.department.name-empty"_s,
                                    tr("Department %1 has no name.").arg(department.code),
                                    path + u".name"_s));
        }
    }
    const QSet<QString> departments = departmentCodes(catalogue.departments);
    QSet<QString> codes;
    for (qsizetype i = 0; i < catalogue.items.size(); ++i) {
        const Item &item = catalogue.items.at(i);
        const QString path = u"items[%1]"_s.arg(i);
        if (item.code.trimmed().isEmpty()) {
            errors.append(makeError(u"catalog.item.code-empty"_s,
                                    tr("Item %1 (\"%2\") has no item code.").arg(path, item.name),
                                    path + u".code"_s));
        } else if (codes.contains(item.code)) {
            errors.append(
                makeError(u"catalog.item.code-duplicate"_s,
                          tr("Item code %1 is used by more than one item.").arg(item.code),
                          path + u".code"_s));
        }
        codes.insert(item.code);
        ItemChecker(item, departments, path, errors).run();
    }
    return errors;
}

QList<Error> CatalogueValidator::validateItem(const Item &item,
                                              const QList<Department> &departments)
{
    QList<Error> errors;
    const QSet<QString> codes = departmentCodes(departments);
    if (item.code.trimmed().isEmpty()) {
        errors.append(makeError(u"catalog.item.code-empty"_s,
                                tr("Item \"%1\" has no item code.").arg(item.name), u"code"_s));
    }
    ItemChecker(item, codes, {}, errors).run();
    return errors;
}

} // namespace sunhall::core
