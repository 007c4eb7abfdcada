// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CaseFixture.h"

#include "core/values/DocumentNumber.h"
#include "core/values/IdentityNumber.h"

#include <QTimeZone>

namespace casefixture {

namespace {

FlowStep step(const char *id, const char *name, StepKind kind, Role role, int budgetDays,
              const QString &department = {})
{
    FlowStep flowStep;
    flowStep.id = QString::fromLatin1(id);
    flowStep.name = QString::fromUtf8(name);
    flowStep.kind = kind;
    flowStep.role = role;
    flowStep.budgetDays = budgetDays;
    flowStep.department = department;
    return flowStep;
}

Material material(const char *id, const char *name, bool required)
{
    Material m;
    m.id = QString::fromLatin1(id);
    m.name = QString::fromUtf8(name);
    m.required = required;
    return m;
}

Item promisedItem()
{
    Item item;
    item.code = QStringLiteral("SCJG-001");
    item.name = QStringLiteral("食品经营许可");
    item.department = QStringLiteral("SCJG");
    item.kind = ItemKind::Promised;
    item.materials = {material("m1", "申请书", true), material("m2", "营业执照副本", true),
                      material("m3", "其他证明材料", false)};
    item.fees = {FeeItem{QStringLiteral("F1"), QStringLiteral("许可费"), Money::fromFen(5000), {}},
                 FeeItem{QStringLiteral("F2"), QStringLiteral("工本费"), Money::fromFen(1250), {}}};
    item.legalLimitDays = 20;
    item.promisedLimitDays = 10;
    item.maxExtensionDays = 10;
    item.greenChannelEligible = true;
    item.certificate = CertificateSpec{QStringLiteral("食品经营许可证"), 5};
    item.flow.version = 3;
    item.flow.steps = {
        step("accept", "受理", StepKind::Accept, Role::Clerk, 0),
        step("review", "审核", StepKind::Review, Role::Reviewer, 5),
        step("signoff", "审批", StepKind::SignOff, Role::ChiefApprover, 2),
        step("conclude", "办结", StepKind::Conclude, Role::Clerk, 1),
        step("fee", "收费", StepKind::Fee, Role::Cashier, 1, QStringLiteral("CASH")),
        step("print", "制证", StepKind::PrintCertificate, Role::Clerk, 1),
        step("issue", "发证", StepKind::IssueCertificate, Role::Clerk, 10),
    };
    return item;
}

Item immediateItem()
{
    Item item;
    item.code = QStringLiteral("SCJG-002");
    item.name = QStringLiteral("个体工商户名称变更登记");
    item.department = QStringLiteral("SCJG");
    item.kind = ItemKind::Immediate;
    item.materials = {material("m1", "变更登记申请书", true)};
    item.promisedLimitDays = 0;
    item.flow.steps = {
        step("accept", "受理", StepKind::Accept, Role::Clerk, 0),
        step("signoff", "审批", StepKind::SignOff, Role::ChiefApprover, 0),
        step("conclude", "办结", StepKind::Conclude, Role::Clerk, 0),
    };
    return item;
}

Item jointItem()
{
    Item item;
    item.code = QStringLiteral("FGW-010");
    item.name = QStringLiteral("企业投资项目并联审批");
    item.department = QStringLiteral("FGW");
    item.kind = ItemKind::Joint;
    item.materials = {material("m1", "项目申请报告", true)};
    item.legalLimitDays = 45;
    item.promisedLimitDays = 30;
    item.maxExtensionDays = 15;
    FlowStep review = step("review", "并联审查", StepKind::Review, Role::Reviewer, 10);
    review.parallelDepartments = {QStringLiteral("SCJG"), QStringLiteral("WJW"),
                                  QStringLiteral("XF")};
    item.flow.steps = {
        step("accept", "受理", StepKind::Accept, Role::Clerk, 0),
        review,
        step("leader", "分管领导审核", StepKind::LeaderSignOff, Role::Leader, 2),
        step("signoff", "审批", StepKind::SignOff, Role::ChiefApprover, 3),
        step("conclude", "办结", StepKind::Conclude, Role::Clerk, 1),
    };
    return item;
}

Actor makeActor(const char *userId, const char *name, QList<Role> roles, QStringList departments)
{
    return Actor{QString::fromLatin1(userId), QString::fromUtf8(name), std::move(roles),
                 std::move(departments)};
}

} // namespace

Item item(TestItem which)
{
    switch (which) {
    case TestItem::Promised:
        return promisedItem();
    case TestItem::Immediate:
        return immediateItem();
    case TestItem::Joint:
        return jointItem();
    case TestItem::Ineligible: {
        Item ineligible = promisedItem();
        ineligible.greenChannelEligible = false;
        return ineligible;
    }
    }
    return {};
}

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

QString citizenId()
{
    return QStringLiteral("11010519491231002X");
}

QString creditCode()
{
    const QString first17 = QStringLiteral("91110108MA01B2C3D");
    return first17 + IdentityNumber::creditCodeCheckCharacter(first17);
}

namespace {
QString documentNumber(DocumentNumber::Kind kind, int serial)
{
    return DocumentNumber::make(kind, QStringLiteral("HALL01"), 2025, serial)->toString();
}
} // namespace

QString caseNumber(int serial)
{
    return documentNumber(DocumentNumber::Kind::Case, serial);
}

QString receiptNumber(int serial)
{
    return documentNumber(DocumentNumber::Kind::Receipt, serial);
}

QString certificateNumber(int serial)
{
    return documentNumber(DocumentNumber::Kind::Certificate, serial);
}

Actor clerk()
{
    return clerkOf(QStringLiteral("SCJG"));
}

Actor clerkOf(const QString &department)
{
    return makeActor("clerk-1", "王窗口", {Role::Clerk}, {department});
}

Actor reviewer(const QString &department, const QString &userId)
{
    Actor a = makeActor("", "李审核", {Role::Reviewer}, {department});
    a.userId = userId;
    return a;
}

Actor chief(const QString &department)
{
    return makeActor("chief-1", "张首席", {Role::ChiefApprover}, {department});
}

Actor leader(const QString &department)
{
    return makeActor("leader-1", "赵领导", {Role::Leader}, {department});
}

Actor cashier()
{
    return makeActor("cashier-1", "钱收费", {Role::Cashier}, {QStringLiteral("CASH")});
}

RegisterPayload application(const Item &item, bool allRequiredMaterials)
{
    RegisterPayload payload;
    payload.applicant.kind = ApplicantKind::Person;
    payload.applicant.idNumber = citizenId();
    payload.applicant.name = QStringLiteral("陈申请");
    payload.applicant.phone = QStringLiteral("13800000000");
    payload.itemCode = item.code;
    payload.itemVersion = item.flow.version;
    payload.window = QStringLiteral("W07");
    for (const Material &m : item.materials) {
        if (m.required && (allRequiredMaterials || m.id == QLatin1String("m1")))
            payload.materials.append(m.id);
    }
    return payload;
}

CaseDriver::CaseDriver(Item item, QDateTime now)
    : m_item(std::move(item))
    , m_caseId(QUuid::createUuid())
    , m_now(std::move(now))
{}

Result<QList<Event>> CaseDriver::run(Command command, const Actor &actor)
{
    if (command.caseId.isNull())
        command.caseId = m_caseId;
    command = CommandOrigin{actor, QStringLiteral("WS-07"), m_now, ++m_seq}.stamp(command);
    Result<QList<Event>> events = CaseAggregate::decide(m_state, command, m_item);
    if (events) {
        m_lastTypes.clear();
        for (const Event &event : *events) {
            m_state = CaseState::apply(m_state, event);
            m_events.append(event);
            m_lastTypes.append(event.type);
        }
    }
    return events;
}

QString CaseDriver::must(Command command, const Actor &actor)
{
    const QString type = command.type;
    Result<QList<Event>> events = run(std::move(command), actor);
    if (events)
        return {};
    return QStringLiteral("%1 refused: %2 (%3)")
        .arg(type, events.error().message, events.error().code);
}

QString CaseDriver::reach(Stage stage)
{
    switch (stage) {
    case Stage::Fresh:
        return {};
    case Stage::RegisteredIncomplete:
    case Stage::Registered:
    case Stage::AwaitingSupplement:
    case Stage::SupplementAnswered:
    case Stage::Refused:
        return reachIntake(stage);
    case Stage::Review:
    case Stage::ReviewClaimed:
    case Stage::Suspended:
    case Stage::Extended:
    case Stage::SignOff:
    case Stage::AtConclude:
    case Stage::DeniedAtConclude:
    case Stage::Withdrawn:
        return reachFlow(stage);
    case Stage::AtFee:
    case Stage::FeeAssessed:
    case Stage::ReceiptVoided:
    case Stage::AtPrint:
    case Stage::AtIssue:
    case Stage::Concluded:
    case Stage::Evaluated:
        return reachDelivery(stage);
    case Stage::JointReview:
    case Stage::JointOneBranchDone:
        return reachJoint(stage);
    }
    return QStringLiteral("unknown stage");
}

QString CaseDriver::reachIntake(Stage stage)
{
    const QUuid id = m_caseId;
    switch (stage) {
    case Stage::RegisteredIncomplete:
        return must(Commands::registerCase(id, application(m_item, false)), clerk());
    case Stage::Registered:
        return must(Commands::registerCase(id, application(m_item, true)), clerk());
    case Stage::AwaitingSupplement:
        if (QString error = reach(Stage::RegisteredIncomplete); !error.isEmpty())
            return error;
        return must(Commands::requestSupplement(
                        id, {{QStringLiteral("m2"), QStringLiteral("未提交营业执照副本")}}),
                    clerk());
    case Stage::SupplementAnswered:
        if (QString error = reach(Stage::AwaitingSupplement); !error.isEmpty())
            return error;
        return must(Commands::updateMaterials(id, {QStringLiteral("m2")}), clerk());
    case Stage::Refused:
        if (QString error = reach(Stage::Registered); !error.isEmpty())
            return error;
        return must(Commands::refuse(id, QStringLiteral("不属于本部门受理范围")), clerk());
    default:
        return QStringLiteral("not an intake stage");
    }
}

QString CaseDriver::reachFlow(Stage stage)
{
    const QUuid id = m_caseId;
    const Stage previous = stage == Stage::Review ? Stage::Registered
                           : stage == Stage::AtConclude || stage == Stage::DeniedAtConclude
                               ? Stage::SignOff
                               : Stage::Review;
    if (QString error = reach(previous); !error.isEmpty())
        return error;
    switch (stage) {
    case Stage::Review:
        return must(Commands::accept(id, caseNumber(m_caseSerial ? m_caseSerial : 1)), clerk());
    case Stage::ReviewClaimed:
        return must(Commands::claimStep(id, QStringLiteral("review")), reviewer());
    case Stage::Suspended:
        return must(Commands::suspend(id, SuspensionType::Testing, QStringLiteral("产品检验"), 5),
                    reviewer());
    case Stage::Extended:
        return must(Commands::extend(id, 5, QStringLiteral("现场核查需要时间")), leader());
    case Stage::SignOff:
        return must(Commands::completeStep(id, QStringLiteral("review"), QStringLiteral("同意")),
                    reviewer());
    case Stage::AtConclude:
        return must(Commands::decide(id, true, {}), chief());
    case Stage::DeniedAtConclude:
        return must(Commands::decide(id, false, QStringLiteral("经营场所不符合要求")), chief());
    case Stage::Withdrawn:
        return must(Commands::withdraw(id, QStringLiteral("申请人撤回")), clerk());
    default:
        return QStringLiteral("not a flow stage");
    }
}

QString CaseDriver::reachDelivery(Stage stage)
{
    const QUuid id = m_caseId;
    const QList<FeeLine> standard = {{QStringLiteral("F1"), Money::fromFen(5000)},
                                     {QStringLiteral("F2"), Money::fromFen(1250)}};
    static const QMap<Stage, Stage> previous = {
        {Stage::AtFee, Stage::AtConclude},      {Stage::FeeAssessed, Stage::AtFee},
        {Stage::ReceiptVoided, Stage::AtPrint}, {Stage::AtPrint, Stage::FeeAssessed},
        {Stage::AtIssue, Stage::AtPrint},       {Stage::Concluded, Stage::AtIssue},
        {Stage::Evaluated, Stage::Concluded}};
    if (QString error = reach(previous.value(stage)); !error.isEmpty())
        return error;
    switch (stage) {
    case Stage::AtFee:
        return must(Commands::conclude(id), clerk());
    case Stage::FeeAssessed:
        return must(Commands::assessFee(id, standard), clerk());
    case Stage::AtPrint:
        return must(
            Commands::payFee(id, receiptNumber(1), PaymentMethod::Cash, Money::fromFen(6250)),
            cashier());
    case Stage::ReceiptVoided:
        return must(Commands::voidReceipt(id, receiptNumber(1), QStringLiteral("金额打印错误")),
                    cashier());
    case Stage::AtIssue:
        return must(Commands::printCertificate(id, certificateNumber(1)), clerk());
    case Stage::Concluded:
        return must(Commands::issueCertificate(id), clerk());
    case Stage::Evaluated:
        return must(Commands::evaluate(id, 1), clerk());
    default:
        return QStringLiteral("not a delivery stage");
    }
}

QString CaseDriver::reachJoint(Stage stage)
{
    const QUuid id = m_caseId;
    if (QString error =
            must(Commands::registerCase(id, application(m_item)), clerkOf(QStringLiteral("FGW")));
        !error.isEmpty())
        return error;
    if (QString error = must(Commands::accept(id, caseNumber(m_caseSerial ? m_caseSerial : 2)),
                             clerkOf(QStringLiteral("FGW")));
        !error.isEmpty() || stage == Stage::JointReview)
        return error;
    return must(Commands::completeStep(id, QStringLiteral("review"), QStringLiteral("同意"),
                                       QStringLiteral("SCJG")),
                reviewer(QStringLiteral("SCJG")));
}

} // namespace casefixture
