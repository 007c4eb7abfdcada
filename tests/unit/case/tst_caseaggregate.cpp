// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CaseFixture.h"

#include "core/case/CaseSummary.h"
#include "core/case/CaseVocabulary.h"
#include "core/common/DataPaths.h"
#include "core/time/DeadlineClock.h"
#include "core/time/WorkingCalendar.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace sunhall::core;
using namespace casefixture;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sunhall::core::Command)
Q_DECLARE_METATYPE(sunhall::core::Actor)
Q_DECLARE_METATYPE(casefixture::Stage)
Q_DECLARE_METATYPE(casefixture::TestItem)

class tst_CaseAggregate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void refusals_data();
    void refusals();
    void badPayloads_data();
    void badPayloads();
    void promisedLifecycle();
    void immediateItemConcludedAtTheWindow();
    void jointStepWaitsForEveryBranch();
    void supplementRound();
    void greenChannel();
    void returnToReview();
    void voidedReceiptIsPaidAgainWithANewNumber();
    void reductionWithItsBasisSettlesTheFee();
    void reprintIsMarked();
    void afterTheEnd();
    void resumeBeforeTheSuspensionBegan();
    void itemVersionMustMatch();
    void dueDatesMove_data();
    void dueDatesMove();
    void colours_data();
    void colours();
    void certificateClock();

private:
    std::optional<WorkingCalendar> m_calendar;
};

namespace {

QUuid noCase()
{
    return {};
}

void row(const char *name, TestItem item, Stage stage, const Command &command, const Actor &actor,
         const char *code, const char *field, const QString &mention)
{
    QTest::newRow(name) << item << stage << command << actor << QString::fromLatin1(code)
                        << QString::fromLatin1(field) << mention;
}

QList<FeeLine> fees(qint64 f1, std::optional<qint64> f2)
{
    QList<FeeLine> lines{{QStringLiteral("F1"), Money::fromFen(f1)}};
    if (f2)
        lines.append({QStringLiteral("F2"), Money::fromFen(*f2)});
    return lines;
}

Command pay(int receipt, qint64 fen)
{
    return Commands::payFee(noCase(), receiptNumber(receipt), PaymentMethod::Cash,
                            Money::fromFen(fen));
}

// A payment with a reduction (减免) of `reductionFen` on the legal basis `basis`.
Command payReduced(int receipt, qint64 fen, qint64 reductionFen, const QString &basis)
{
    return Commands::payFee(noCase(), receiptNumber(receipt), PaymentMethod::Cash,
                            Money::fromFen(fen), Money::fromFen(reductionFen), basis);
}

// The number with its check character replaced by another one.
QString mistyped(const QString &number)
{
    QString wrong = number;
    wrong.back() = number.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    return wrong;
}

Command registerWith(void (*change)(RegisterPayload &))
{
    RegisterPayload payload = application(item(TestItem::Promised));
    change(payload);
    return Commands::registerCase(noCase(), payload);
}

} // namespace

void tst_CaseAggregate::initTestCase()
{
    Result<WorkingCalendar> calendar = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message));
    m_calendar = calendar.value();
}

void tst_CaseAggregate::refusals_data()
{
    QTest::addColumn<TestItem>("item");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Command>("command");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mention");

    const auto P = TestItem::Promised;
    const QString review = QStringLiteral("review");
    const QString reason = QStringLiteral("理由");
    // Flow order
    row("decide at the review step", P, Stage::Review, Commands::decide(noCase(), true, {}),
        chief(), "case.wrong-step", "stepId", QStringLiteral("审核"));
    row("complete a later step", P, Stage::Review,
        Commands::completeStep(noCase(), QStringLiteral("conclude"), {}), clerk(),
        "case.wrong-step", "stepId", QStringLiteral("审核"));
    row("print before the fee", P, Stage::FeeAssessed,
        Commands::printCertificate(noCase(), certificateNumber(1)), clerk(), "case.wrong-step",
        "stepId", QStringLiteral("收费"));
    row("sign-off completed without a decision", P, Stage::SignOff,
        Commands::completeStep(noCase(), QStringLiteral("signoff"), {}), chief(),
        "case.wrong-command-for-step", "stepId", QStringLiteral("record a decision"));
    row("complete a step the flow does not have", P, Stage::Review,
        Commands::completeStep(noCase(), QStringLiteral("audit"), {}), reviewer(),
        "case.unknown-step", "stepId", QStringLiteral("audit"));
    // Roles and departments
    row("clerk completes the review", P, Stage::Review,
        Commands::completeStep(noCase(), review, {}), clerk(), "case.wrong-role", "actor",
        QStringLiteral("Reviewer"));
    row("clerk decides a promised item", P, Stage::SignOff, Commands::decide(noCase(), true, {}),
        clerk(), "case.wrong-role", "actor", QStringLiteral("Chief approver"));
    row("reviewer of another department", P, Stage::Review,
        Commands::completeStep(noCase(), review, {}), reviewer(QStringLiteral("WJW")),
        "case.wrong-department", "actor", QStringLiteral("SCJG"));
    row("extension by a reviewer", P, Stage::Review, Commands::extend(noCase(), 3, reason),
        reviewer(), "case.wrong-role", "actor", QStringLiteral("Leader"));
    row("step claimed by someone else", P, Stage::ReviewClaimed,
        Commands::completeStep(noCase(), review, {}),
        reviewer(QStringLiteral("SCJG"), QStringLiteral("reviewer-2")), "case.claimed-by-other",
        "actor", QStringLiteral("李审核"));
    // Intake
    row("missing required material", P, Stage::RegisteredIncomplete,
        Commands::accept(noCase(), caseNumber(1)), clerk(), "case.missing-material", "materials",
        QStringLiteral("营业执照副本"));
    row("refusal without reason", P, Stage::Registered,
        Commands::refuse(noCase(), QStringLiteral("  ")), clerk(), "case.reason-required", "reason",
        QStringLiteral("refuse the application"));
    row("supplement after acceptance", P, Stage::Review,
        Commands::requestSupplement(noCase(), {{QStringLiteral("m2"), reason}}), clerk(),
        "case.already-accepted", "", QStringLiteral("ask for supplements"));
    row("supplement listing nothing", P, Stage::Registered,
        Commands::requestSupplement(noCase(), {}), clerk(), "case.supplement-empty", "materials",
        QStringLiteral("all at once"));
    row("supplement without saying what is wrong", P, Stage::Registered,
        Commands::requestSupplement(noCase(), {{QStringLiteral("m2"), {}}}), clerk(),
        "case.problem-required", "materials[0].problem", QStringLiteral("营业执照副本"));
    row("second supplement with a new material", P, Stage::SupplementAnswered,
        Commands::requestSupplement(noCase(), {{QStringLiteral("m1"), reason}}), clerk(),
        "case.supplement-not-in-notice", "materials[0].materialId", QStringLiteral("申请书"));
    row("accept while awaiting the supplement", P, Stage::AwaitingSupplement,
        Commands::accept(noCase(), caseNumber(1)), clerk(), "case.awaiting-supplement", "",
        QStringLiteral("supplement"));
    row("tick a material the item does not list", P, Stage::Registered,
        Commands::updateMaterials(noCase(), {QStringLiteral("m9")}), clerk(),
        "case.unknown-material", "ticked", QStringLiteral("m9"));
    row("case number of another kind", P, Stage::Registered,
        Commands::accept(noCase(), receiptNumber(5)), clerk(), "case.wrong-number-kind",
        "caseNumber", QStringLiteral("receipt number"));
    row("mistyped case number", P, Stage::Registered,
        Commands::accept(noCase(), mistyped(caseNumber(1))), clerk(), "number.check-character",
        "caseNumber", QString());
    row("register twice", P, Stage::Registered,
        Commands::registerCase(noCase(), application(item(P))), clerk(), "case.already-registered",
        "", QString());
    row("accept before registration", P, Stage::Fresh, Commands::accept(noCase(), caseNumber(1)),
        clerk(), "case.not-registered", "", QStringLiteral("register"));
    row("green channel on an ineligible item", TestItem::Ineligible, Stage::Fresh,
        registerWith([](RegisterPayload &p) {
            p.greenChannel = true;
            p.coordinator = QStringLiteral("周协调");
        }),
        clerk(), "case.green-channel-not-eligible", "greenChannel", QStringLiteral("SCJG-001"));
    row("green channel without a coordinator", P, Stage::Fresh,
        registerWith([](RegisterPayload &p) { p.greenChannel = true; }), clerk(),
        "case.coordinator-required", "coordinator", QStringLiteral("coordinator"));
    row("organisation's code for a person", P, Stage::Fresh,
        registerWith([](RegisterPayload &p) { p.applicant.idNumber = creditCode(); }), clerk(),
        "case.wrong-identity-kind", "applicant.idNumber", creditCode());
    row("mistyped citizen ID", P, Stage::Fresh, registerWith([](RegisterPayload &p) {
            p.applicant.idNumber = QStringLiteral("110105194912310021");
        }),
        clerk(), "identity.check-character", "applicant.idNumber", QString());
    // Decision
    row("decide before acceptance", P, Stage::Registered, Commands::decide(noCase(), true, {}),
        chief(), "case.not-accepted", "", QStringLiteral("record a decision"));
    row("denial without reason", P, Stage::SignOff, Commands::decide(noCase(), false, {}), chief(),
        "case.reason-required", "reasons", QStringLiteral("record a decision"));
    row("conclude before the decision", P, Stage::Review, Commands::conclude(noCase()), clerk(),
        "case.not-decided", "", QStringLiteral("conclude"));
    row("withdraw after the decision", P, Stage::AtConclude, Commands::withdraw(noCase(), reason),
        clerk(), "case.already-decided", "", caseNumber(1));
    // Returns
    row("return to the accept step", P, Stage::SignOff,
        Commands::returnStep(noCase(), QStringLiteral("accept"), reason), chief(),
        "case.return-to-accept", "toStepId", QStringLiteral("受理"));
    row("return to a later step", P, Stage::Review,
        Commands::returnStep(noCase(), QStringLiteral("signoff"), reason), reviewer(),
        "case.return-not-earlier", "toStepId", QStringLiteral("审批"));
    row("return without reason", P, Stage::SignOff, Commands::returnStep(noCase(), review, {}),
        chief(), "case.reason-required", "reason", QString());
    row("return before the decision once decided", P, Stage::AtFee,
        Commands::returnStep(noCase(), review, reason), cashier(), "case.already-decided",
        "toStepId", QStringLiteral("审核"));
    // Clocks
    row("extension over the maximum", P, Stage::Review, Commands::extend(noCase(), 11, reason),
        leader(), "case.extension-too-long", "days", QStringLiteral("10"));
    row("extension of no days", P, Stage::Review, Commands::extend(noCase(), 0, reason), leader(),
        "case.extension-too-short", "days", QStringLiteral("0"));
    row("extension twice", P, Stage::Extended, Commands::extend(noCase(), 3, reason), leader(),
        "case.already-extended", "days", QStringLiteral("5"));
    row("extension without reason", P, Stage::Review, Commands::extend(noCase(), 3, {}), leader(),
        "case.reason-required", "reason", QString());
    row("suspend while suspended", P, Stage::Suspended,
        Commands::suspend(noCase(), SuspensionType::Hearing, reason, 3), reviewer(),
        "case.already-suspended", "", caseNumber(1));
    row("complete a step while suspended", P, Stage::Suspended,
        Commands::completeStep(noCase(), review, {}), reviewer(), "case.suspended", "",
        QStringLiteral("resume"));
    row("resume while not suspended", P, Stage::Review, Commands::resume(noCase()), reviewer(),
        "case.not-suspended", "", caseNumber(1));
    row("suspend after the decision", P, Stage::AtConclude,
        Commands::suspend(noCase(), SuspensionType::Hearing, reason, 3), chief(),
        "case.already-decided", "", QStringLiteral("suspend"));
    row("suspend without reason", P, Stage::Review,
        Commands::suspend(noCase(), SuspensionType::Hearing, {}, 3), reviewer(),
        "case.reason-required", "reason", QString());
    // Fees
    row("fee different from the standard", P, Stage::AtFee,
        Commands::assessFee(noCase(), fees(5000, 1000)), clerk(), "case.fee-not-standard", "fees",
        QStringLiteral("¥12.50"));
    row("fee with a standard line left out", P, Stage::AtFee,
        Commands::assessFee(noCase(), fees(5000, std::nullopt)), clerk(), "case.fee-not-standard",
        "fees", QStringLiteral("F2"));
    row("fee assessed twice", P, Stage::FeeAssessed,
        Commands::assessFee(noCase(), fees(5000, 1250)), clerk(), "case.fee-already-assessed",
        "fees", QStringLiteral("¥62.50"));
    row("overpay", P, Stage::FeeAssessed, pay(2, 7000), cashier(), "case.fee-amount-wrong",
        "amountFen", QStringLiteral("¥62.50"));
    row("underpay", P, Stage::FeeAssessed, pay(2, 6000), cashier(), "case.fee-amount-wrong",
        "amountFen", QStringLiteral("¥60.00"));
    row("reduction without its legal basis", P, Stage::FeeAssessed,
        payReduced(2, 1250, 5000, u"  "_s), cashier(), "case.fee-reduction-basis-missing",
        "reductionBasis", QStringLiteral("¥50.00"));
    row("reduction above the amount due", P, Stage::FeeAssessed,
        payReduced(2, 0, 7000, u"小微企业免征"_s), cashier(), "case.fee-reduction-too-large",
        "reductionFen", QStringLiteral("¥70.00"));
    row("reduction and amount short of the due", P, Stage::FeeAssessed,
        payReduced(2, 1000, 5000, u"小微企业免征"_s), cashier(), "case.fee-amount-wrong",
        "amountFen", QStringLiteral("¥12.50"));
    row("pay before the assessment", P, Stage::AtFee, pay(1, 6250), cashier(),
        "case.fee-not-assessed", "", caseNumber(1));
    row("pay by a clerk", P, Stage::FeeAssessed, pay(1, 6250), clerk(), "case.wrong-role", "actor",
        QStringLiteral("Cashier"));
    row("pay before the fee step", P, Stage::Review, pay(1, 6250), cashier(), "case.wrong-step",
        "stepId", QStringLiteral("审核"));
    row("receipt number used again after a void", P, Stage::ReceiptVoided, pay(1, 6250), cashier(),
        "case.receipt-number-used", "receiptNumber", receiptNumber(1));
    row("void an unknown receipt", P, Stage::AtPrint,
        Commands::voidReceipt(noCase(), receiptNumber(9), reason), cashier(),
        "case.unknown-receipt", "receiptNumber", receiptNumber(9));
    row("void without reason", P, Stage::AtPrint,
        Commands::voidReceipt(noCase(), receiptNumber(1), {}), cashier(), "case.reason-required",
        "reason", QString());
    // Certificates
    row("certificate for a denied case", P, Stage::DeniedAtConclude,
        Commands::printCertificate(noCase(), certificateNumber(1)), clerk(), "case.not-approved",
        "", caseNumber(1));
    row("hand over before printing", P, Stage::AtPrint, Commands::issueCertificate(noCase()),
        clerk(), "case.certificate-not-printed", "", caseNumber(1));
    row("reprint with another number", P, Stage::AtIssue,
        Commands::printCertificate(noCase(), certificateNumber(2)), clerk(),
        "case.certificate-number-mismatch", "certificateNumber", certificateNumber(1));
    row("revoke without reason", P, Stage::Concluded, Commands::revokeCertificate(noCase(), {}),
        chief(), "case.reason-required", "reason", QString());
    // Terminal statuses
    row("complete a step after conclusion", P, Stage::Concluded,
        Commands::completeStep(noCase(), review, {}), reviewer(), "case.closed", "",
        QStringLiteral("Concluded"));
    row("accept after refusal", P, Stage::Refused, Commands::accept(noCase(), caseNumber(1)),
        clerk(), "case.closed", "", QStringLiteral("Refused"));
    row("pay after withdrawal", P, Stage::Withdrawn, pay(1, 6250), cashier(), "case.closed", "",
        QStringLiteral("Withdrawn"));
    row("suspend after conclusion", P, Stage::Concluded,
        Commands::suspend(noCase(), SuspensionType::Hearing, reason, 3), chief(), "case.closed", "",
        QStringLiteral("Concluded"));
    // Evaluation
    row("evaluate before the decision", P, Stage::Review, Commands::evaluate(noCase(), 1), clerk(),
        "case.not-decided", "", QStringLiteral("evaluation"));
    row("evaluate twice", P, Stage::Evaluated, Commands::evaluate(noCase(), 2), clerk(),
        "case.already-evaluated", "level", QStringLiteral("once"));
    row("evaluation level 6", P, Stage::Concluded, Commands::evaluate(noCase(), 6), clerk(),
        "case.field-range", "level", QStringLiteral("5"));
    // Joint steps
    row("joint branch already done", TestItem::Joint, Stage::JointOneBranchDone,
        Commands::completeStep(noCase(), review, {}, QStringLiteral("SCJG")),
        reviewer(QStringLiteral("SCJG"), QStringLiteral("reviewer-2")), "case.branch-done",
        "department", QStringLiteral("WJW"));
    row("joint branch the step does not have", TestItem::Joint, Stage::JointReview,
        Commands::completeStep(noCase(), review, {}, QStringLiteral("GA")),
        reviewer(QStringLiteral("GA")), "case.wrong-branch", "department", QStringLiteral("GA"));
    // The command itself
    Command unknown = Commands::resume(noCase());
    unknown.type = QStringLiteral("approve-everything");
    row("unknown command", P, Stage::Registered, unknown, clerk(), "case.unknown-command", "type",
        QStringLiteral("approve-everything"));
    row("command for another case", P, Stage::Registered,
        Commands::accept(QUuid::createUuid(), caseNumber(1)), clerk(), "case.wrong-case", "caseId",
        QString());
}

void tst_CaseAggregate::refusals()
{
    QFETCH(TestItem, item);
    QFETCH(Stage, stage);
    QFETCH(Command, command);
    QFETCH(Actor, actor);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, mention);

    CaseDriver driver(casefixture::item(item));
    const QString reached = driver.reach(stage);
    QVERIFY2(reached.isEmpty(), qPrintable(reached));
    const CaseState before = driver.state();

    Result<QList<Event>> result = driver.run(command, actor);
    QVERIFY2(!result.ok(), "the command was accepted");
    const Error &error = result.error();
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(mention), qPrintable(error.message));
    QCOMPARE(driver.state(), before);
}

namespace {

Command raw(QLatin1String type, const QJsonObject &payload)
{
    Command command;
    command.id = QUuid::createUuid();
    command.type = type;
    command.payload = payload;
    return command;
}

QJsonObject applicationJson()
{
    return application(item(TestItem::Promised)).toJson();
}

QJsonObject withApplicant(const QString &key, const QJsonValue &value)
{
    QJsonObject json = applicationJson();
    QJsonObject applicant = json.value(QStringLiteral("applicant")).toObject();
    if (value.isUndefined())
        applicant.remove(key);
    else
        applicant.insert(key, value);
    json.insert(QStringLiteral("applicant"), applicant);
    return json;
}

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

QJsonObject feesJson(const QJsonValue &secondAmount)
{
    return QJsonObject{{QStringLiteral("fees"),
                        QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("F1")},
                                               {QStringLiteral("amountFen"), 5000}},
                                   QJsonObject{{QStringLiteral("code"), QStringLiteral("F2")},
                                               {QStringLiteral("amountFen"), secondAmount}}}}};
}

void payloadRow(const char *name, Stage stage, QLatin1String type, const QJsonObject &payload,
                const Actor &actor, const char *code, const char *field)
{
    QTest::newRow(name) << stage << raw(type, payload) << actor << QString::fromLatin1(code)
                        << QString::fromLatin1(field);
}

} // namespace

void tst_CaseAggregate::badPayloads_data()
{
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<Command>("command");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QJsonObject attachment{{QStringLiteral("materialId"), QStringLiteral("m1")},
                                 {QStringLiteral("sha256"), QStringLiteral("not-a-digest")}};
    payloadRow("applicant without a name", Stage::Fresh, CommandType::registerCase,
               withApplicant(QStringLiteral("name"), QJsonValue::Undefined), clerk(),
               "case.field-missing", "applicant.name");
    payloadRow("applicant of an unknown kind", Stage::Fresh, CommandType::registerCase,
               withApplicant(QStringLiteral("kind"), QStringLiteral("alien")), clerk(),
               "case.field-unknown-value", "applicant.kind");
    payloadRow("item version as text", Stage::Fresh, CommandType::registerCase,
               with(applicationJson(), QStringLiteral("itemVersion"), QStringLiteral("3")), clerk(),
               "case.field-type", "itemVersion");
    payloadRow("attachment that is not a SHA-256", Stage::Fresh, CommandType::registerCase,
               with(applicationJson(), QStringLiteral("attachments"), QJsonArray{attachment}),
               clerk(), "case.field-type", "attachments[0].sha256");
    payloadRow("ticked materials not a list", Stage::Registered, CommandType::updateMaterials,
               QJsonObject{{QStringLiteral("ticked"), QStringLiteral("m1")}}, clerk(),
               "case.field-type", "ticked");
    payloadRow("case number as a number", Stage::Registered, CommandType::accept,
               QJsonObject{{QStringLiteral("caseNumber"), 42}}, clerk(), "case.field-type",
               "caseNumber");
    payloadRow("step without id", Stage::Review, CommandType::completeStep, QJsonObject{},
               reviewer(), "case.field-missing", "stepId");
    payloadRow("decision without approval", Stage::SignOff, CommandType::decide,
               QJsonObject{{QStringLiteral("reasons"), QStringLiteral("x")}}, chief(),
               "case.field-missing", "approved");
    payloadRow("suspension of an unknown type", Stage::Review, CommandType::suspend,
               QJsonObject{{QStringLiteral("type"), QStringLiteral("nap")},
                           {QStringLiteral("reason"), QStringLiteral("x")},
                           {QStringLiteral("expectedDays"), 3}},
               reviewer(), "case.field-unknown-value", "type");
    payloadRow("suspension of no days", Stage::Review, CommandType::suspend,
               QJsonObject{{QStringLiteral("type"), QStringLiteral("hearing")},
                           {QStringLiteral("reason"), QStringLiteral("x")},
                           {QStringLiteral("expectedDays"), 0}},
               reviewer(), "case.field-range", "expectedDays");
    payloadRow("fee amount in yuan text", Stage::AtFee, CommandType::assessFee,
               feesJson(QStringLiteral("12.50")), clerk(), "case.field-type", "fees[1].amountFen");
    payloadRow("negative fee", Stage::AtFee, CommandType::assessFee, feesJson(-1), clerk(),
               "case.field-range", "fees[1].amountFen");
    payloadRow("fractional fen", Stage::AtFee, CommandType::assessFee, feesJson(12.5), clerk(),
               "case.field-type", "fees[1].amountFen");
    payloadRow("payment by an unknown method", Stage::FeeAssessed, CommandType::payFee,
               QJsonObject{{QStringLiteral("receiptNumber"), receiptNumber(1)},
                           {QStringLiteral("method"), QStringLiteral("bitcoin")},
                           {QStringLiteral("amountFen"), 6250}},
               cashier(), "case.field-unknown-value", "method");
}

void tst_CaseAggregate::badPayloads()
{
    QFETCH(Stage, stage);
    QFETCH(Command, command);
    QFETCH(Actor, actor);
    QFETCH(QString, code);
    QFETCH(QString, field);

    CaseDriver driver(item(TestItem::Promised));
    const QString reached = driver.reach(stage);
    QVERIFY2(reached.isEmpty(), qPrintable(reached));
    Result<QList<Event>> result = driver.run(command, actor);
    QVERIFY2(!result.ok(), "the command was accepted");
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
}

namespace {

QStringList types(std::initializer_list<QLatin1String> list)
{
    QStringList result;
    for (QLatin1String type : list)
        result.append(type);
    return result;
}

QStringList stepIds(const QList<CurrentStep> &steps)
{
    QStringList ids;
    for (const CurrentStep &step : steps)
        ids.append(step.stepId + QLatin1Char('/') + step.department);
    return ids;
}

#define MUST(driver, command, actor)                                                               \
    do {                                                                                           \
        const QString refusal_ = (driver).must((command), (actor));                                \
        QVERIFY2(refusal_.isEmpty(), qPrintable(refusal_));                                        \
    } while (false)

} // namespace

void tst_CaseAggregate::promisedLifecycle()
{
    CaseDriver d(item(TestItem::Promised), at(2025, 3, 3, 9));
    const QUuid id = d.caseId();
    MUST(d, Commands::registerCase(id, application(d.item())), clerk());
    QCOMPARE(d.lastTypes(), types({EventType::registered}));
    QCOMPARE(d.state().status, CaseStatus::Registered);

    d.setNow(at(2025, 3, 3, 9, 20));
    MUST(d, Commands::accept(id, caseNumber(7)), clerk());
    QCOMPARE(d.lastTypes(),
             types({EventType::accepted, EventType::stepCompleted, EventType::stepStarted}));
    QCOMPARE(d.state().status, CaseStatus::InProgress);
    QCOMPARE(d.state().caseNumber, caseNumber(7));
    QCOMPARE(d.state().acceptedAt, at(2025, 3, 3, 9, 20));
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"review/SCJG"_s});
    QCOMPARE(d.state().currentSteps.first().startedAt, at(2025, 3, 3, 9, 20));

    d.setNow(at(2025, 3, 5, 15));
    MUST(d, Commands::completeStep(id, u"review"_s, u"材料齐全，符合条件"_s), reviewer());
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"signoff/SCJG"_s});

    d.setNow(at(2025, 3, 6, 10));
    MUST(d, Commands::decide(id, true, {}), chief());
    QCOMPARE(d.lastTypes(),
             types({EventType::decided, EventType::stepCompleted, EventType::stepStarted}));
    QCOMPARE(d.state().status, CaseStatus::Decided);
    QVERIFY(d.state().isApproved());
    QCOMPARE(d.state().decision->byName, chief().name);
    QCOMPARE(d.state().decision->at, at(2025, 3, 6, 10));

    MUST(d, Commands::conclude(id), clerk());
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"fee/CASH"_s});
    MUST(d, Commands::assessFee(id, fees(5000, 1250)), clerk());
    QCOMPARE(d.lastTypes(), types({EventType::feeAssessed}));
    MUST(d, Commands::payFee(id, receiptNumber(3), PaymentMethod::Card, Money::fromFen(6250)),
         cashier());
    QCOMPARE(d.lastTypes(),
             types({EventType::feePaid, EventType::stepCompleted, EventType::stepStarted}));
    QCOMPARE(d.state().feePaid(), Money::fromFen(6250));
    MUST(d, Commands::printCertificate(id, certificateNumber(4)), clerk());
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"issue/SCJG"_s});
    MUST(d, Commands::issueCertificate(id), clerk());
    QCOMPARE(d.lastTypes(),
             types({EventType::certificateIssued, EventType::stepCompleted, EventType::concluded}));

    const CaseState &state = d.state();
    QCOMPARE(state.status, CaseStatus::Concluded);
    QVERIFY(state.currentSteps.isEmpty());
    QStringList completed;
    for (const CompletedStep &step : state.completedSteps)
        completed.append(step.stepId);
    QCOMPARE(completed, (QStringList{u"accept"_s, u"review"_s, u"signoff"_s, u"conclude"_s,
                                     u"fee"_s, u"print"_s, u"issue"_s}));
    QCOMPARE(state.completedSteps.at(1).opinion, u"材料齐全，符合条件"_s);
    QCOMPARE(state.certificate->number, certificateNumber(4));
    QVERIFY(state.certificate->isIssued());
    for (qsizetype i = 0; i < d.events().size(); ++i) {
        QCOMPARE(d.events().at(i).caseSeq, int(i + 1));
        QCOMPARE(d.events().at(i).caseId, id);
        QVERIFY(!d.events().at(i).commandId.isNull());
    }
    QCOMPARE(state.lastCaseSeq, int(d.events().size()));
}

void tst_CaseAggregate::immediateItemConcludedAtTheWindow()
{
    CaseDriver d(item(TestItem::Immediate), at(2025, 3, 3, 10));
    const QUuid id = d.caseId();
    MUST(d, Commands::registerCase(id, application(d.item())), clerk());
    MUST(d, Commands::accept(id, caseNumber(8)), clerk());
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"signoff/SCJG"_s});
    MUST(d, Commands::decide(id, true, {}), clerk());
    Result<QList<Event>> print =
        d.run(Commands::printCertificate(id, certificateNumber(1)), clerk());
    QVERIFY(!print.ok());
    QCOMPARE(print.error().code, u"case.no-certificate"_s);
    QVERIFY(print.error().message.contains(u"SCJG-002"_s));
    MUST(d, Commands::conclude(id), clerk());
    QCOMPARE(d.lastTypes(), types({EventType::stepCompleted, EventType::concluded}));
    QCOMPARE(d.state().status, CaseStatus::Concluded);
    for (const Event &event : d.events()) {
        QCOMPARE(event.actorId, clerk().userId);
        QCOMPARE(event.at.date(), QDate(2025, 3, 3));
    }
    // A reviewer has no part in an immediate item: only the step's role or the window clerk.
    CaseDriver other(item(TestItem::Immediate));
    QVERIFY(other.reach(Stage::Review).isEmpty());
    Result<QList<Event>> byReviewer =
        other.run(Commands::decide(other.caseId(), true, {}), reviewer());
    QVERIFY(!byReviewer.ok());
    QCOMPARE(byReviewer.error().code, u"case.wrong-role"_s);
}

void tst_CaseAggregate::jointStepWaitsForEveryBranch()
{
    CaseDriver d(item(TestItem::Joint), at(2025, 4, 7, 9));
    QVERIFY(d.reach(Stage::JointReview).isEmpty());
    const QUuid id = d.caseId();
    QCOMPARE(stepIds(d.state().currentSteps),
             (QStringList{u"review/SCJG"_s, u"review/WJW"_s, u"review/XF"_s}));

    MUST(d, Commands::completeStep(id, u"review"_s, u"同意"_s, u"WJW"_s), reviewer(u"WJW"_s));
    QCOMPARE(d.lastTypes(), types({EventType::stepCompleted}));
    // A reviewer in one branch's department alone need not name the branch.
    MUST(d, Commands::completeStep(id, u"review"_s, u"同意"_s), reviewer(u"XF"_s));
    QCOMPARE(d.lastTypes(), types({EventType::stepCompleted}));
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"review/SCJG"_s});
    Result<QList<Event>> early =
        d.run(Commands::completeStep(id, u"leader"_s, {}), leader(u"FGW"_s));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, u"case.wrong-step"_s);

    MUST(d, Commands::completeStep(id, u"review"_s, u"同意"_s, u"SCJG"_s), reviewer());
    QCOMPARE(d.lastTypes(), types({EventType::stepCompleted, EventType::stepStarted}));
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"leader/FGW"_s});
    MUST(d, Commands::completeStep(id, u"leader"_s, u"同意"_s), leader(u"FGW"_s));
    MUST(d, Commands::decide(id, true, {}), chief(u"FGW"_s));
    MUST(d, Commands::conclude(id), clerkOf(u"FGW"_s));
    QCOMPARE(d.lastTypes(), types({EventType::stepCompleted, EventType::concluded}));
    QCOMPARE(d.state().status, CaseStatus::Concluded);
}

void tst_CaseAggregate::supplementRound()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::AwaitingSupplement).isEmpty());
    const QUuid id = d.caseId();
    QCOMPARE(d.state().status, CaseStatus::AwaitingSupplement);
    QCOMPARE(d.state().supplements.size(), 1);
    QCOMPARE(d.state().supplements.first().materials.first().materialId, u"m2"_s);

    MUST(d, Commands::updateMaterials(id, {u"m2"_s}), clerk());
    QCOMPARE(d.lastTypes(), types({EventType::materialsChecked}));
    QCOMPARE(d.state().status, CaseStatus::Registered);
    QCOMPARE(d.state().materialsReceived, (QStringList{u"m1"_s, u"m2"_s}));
    MUST(d, Commands::accept(id, caseNumber(1)), clerk());
    QCOMPARE(d.state().status, CaseStatus::InProgress);
}

void tst_CaseAggregate::greenChannel()
{
    CaseDriver d(item(TestItem::Promised));
    RegisterPayload payload = application(d.item());
    payload.greenChannel = true;
    payload.coordinator = u"周协调"_s;
    MUST(d, Commands::registerCase(d.caseId(), payload), clerk());
    QVERIFY(d.state().greenChannel);
    QCOMPARE(d.state().coordinator, u"周协调"_s);

    CaseDriver plain(item(TestItem::Promised));
    payload.greenChannel = false;
    MUST(plain, Commands::registerCase(plain.caseId(), payload), clerk());
    QVERIFY(!plain.state().greenChannel);
    QVERIFY(plain.state().coordinator.isEmpty());
}

void tst_CaseAggregate::returnToReview()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::SignOff).isEmpty());
    const QUuid id = d.caseId();
    MUST(d, Commands::returnStep(id, u"review"_s, u"现场核查意见不完整"_s), chief());
    QCOMPARE(d.lastTypes(), types({EventType::stepReturned, EventType::stepStarted}));
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"review/SCJG"_s});
    QCOMPARE(d.state().returns.size(), 1);
    QCOMPARE(d.state().returns.first().fromStepId, u"signoff"_s);
    QCOMPARE(d.state().returns.first().reason, u"现场核查意见不完整"_s);
    MUST(d, Commands::completeStep(id, u"review"_s, u"已补充"_s), reviewer());
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"signoff/SCJG"_s});
}

void tst_CaseAggregate::voidedReceiptIsPaidAgainWithANewNumber()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::ReceiptVoided).isEmpty());
    QCOMPARE(d.lastTypes(), types({EventType::receiptVoided}));
    QCOMPARE(d.state().feePaid(), Money());
    QVERIFY(d.state().payment(receiptNumber(1))->voided);
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"print/SCJG"_s});
    const Command payAgain =
        Commands::payFee(d.caseId(), receiptNumber(2), PaymentMethod::Cash, Money::fromFen(6250));
    MUST(d, payAgain, cashier());
    QCOMPARE(d.lastTypes(), types({EventType::feePaid}));
    QCOMPARE(d.state().feePaid(), Money::fromFen(6250));
    QCOMPARE(d.state().payments.size(), 2);
}

void tst_CaseAggregate::reductionWithItsBasisSettlesTheFee()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::FeeAssessed).isEmpty());
    MUST(d, payReduced(2, 1250, 5000, u"财税〔2015〕102号"_s), cashier());
    QCOMPARE(d.lastTypes(),
             types({EventType::feePaid, EventType::stepCompleted, EventType::stepStarted}));
    QCOMPARE(d.state().feePaid(), Money::fromFen(1250));
    QCOMPARE(d.state().feeReduced(), Money::fromFen(5000));
    QCOMPARE(d.state().feeDue(), Money());
    const Payment *payment = d.state().payment(receiptNumber(2));
    QCOMPARE(payment->reduction, Money::fromFen(5000));
    QCOMPARE(payment->reductionBasis, u"财税〔2015〕102号"_s);
    // A payment without a reduction keeps the bytes it always had.
    const PaymentPayload plain{receiptNumber(3), PaymentMethod::Cash, Money::fromFen(6250), {}, {}};
    QVERIFY(!plain.toJson().contains(u"reductionFen"_s));
    // Voided, the reduction goes with the receipt and the whole fee is due again.
    MUST(d, Commands::voidReceipt(d.caseId(), receiptNumber(2), u"减免依据填错"_s), cashier());
    QCOMPARE(d.state().feeDue(), Money::fromFen(6250));
}

void tst_CaseAggregate::reprintIsMarked()
{
    CaseDriver d(item(TestItem::Promised));
    QVERIFY(d.reach(Stage::AtIssue).isEmpty());
    MUST(d, Commands::printCertificate(d.caseId()), clerk());
    QCOMPARE(d.lastTypes(), types({EventType::certificatePrinted}));
    QCOMPARE(d.events().last().payload.value(u"reprint"_s).toBool(), true);
    QCOMPARE(d.events().last().payload.value(u"certificateNumber"_s).toString(),
             certificateNumber(1));
    QCOMPARE(d.state().certificate->printedCount, 2);
    QCOMPARE(stepIds(d.state().currentSteps), QStringList{u"issue/SCJG"_s});
}

void tst_CaseAggregate::afterTheEnd()
{
    CaseDriver concluded(item(TestItem::Promised));
    QVERIFY(concluded.reach(Stage::Concluded).isEmpty());
    MUST(concluded, Commands::evaluate(concluded.caseId(), 2), clerk());
    QCOMPARE(concluded.state().evaluationLevel, 2);
    MUST(concluded, Commands::revokeCertificate(concluded.caseId(), u"以欺骗手段取得"_s), chief());
    QVERIFY(concluded.state().certificate->isRevoked());
    Result<QList<Event>> reprint =
        concluded.run(Commands::printCertificate(concluded.caseId()), clerk());
    QVERIFY(!reprint.ok());
    QCOMPARE(reprint.error().code, u"case.closed"_s);

    CaseDriver refused(item(TestItem::Promised));
    QVERIFY(refused.reach(Stage::Refused).isEmpty());
    QCOMPARE(refused.state().refusedReason, u"不属于本部门受理范围"_s);
    MUST(refused, Commands::evaluate(refused.caseId(), 4), clerk());
    QCOMPARE(refused.state().evaluationLevel, 4);
}

void tst_CaseAggregate::resumeBeforeTheSuspensionBegan()
{
    CaseDriver d(item(TestItem::Promised), at(2025, 3, 3));
    QVERIFY(d.reach(Stage::Review).isEmpty());
    d.setNow(at(2025, 3, 5));
    MUST(d, Commands::suspend(d.caseId(), SuspensionType::ExpertReview, u"专家评审"_s, 10),
         reviewer());
    d.setNow(at(2025, 3, 4));
    Result<QList<Event>> early = d.run(Commands::resume(d.caseId()), reviewer());
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, u"case.resume-before-suspension"_s);
    QCOMPARE(early.error().field, u"clientTime"_s);
    QVERIFY(early.error().message.contains(u"2025-03-05"_s));
    d.setNow(at(2025, 3, 12));
    MUST(d, Commands::resume(d.caseId()), chief());
    QCOMPARE(d.state().status, CaseStatus::InProgress);
    QCOMPARE(d.state().suspensions.first().resumedAt, at(2025, 3, 12));
}

void tst_CaseAggregate::itemVersionMustMatch()
{
    CaseDriver d(item(TestItem::Promised));
    RegisterPayload stale = application(d.item());
    stale.itemVersion = 2;
    Result<QList<Event>> registered = d.run(Commands::registerCase(d.caseId(), stale), clerk());
    QVERIFY(!registered.ok());
    QCOMPARE(registered.error().code, u"case.item-mismatch"_s);
    QCOMPARE(registered.error().field, u"itemVersion"_s);

    QVERIFY(d.reach(Stage::Registered).isEmpty());
    Item republished = d.item();
    republished.flow.version = 4;
    const Command accept = CommandOrigin{clerk(), u"WS-07"_s, d.now(), 99}.stamp(
        Commands::accept(d.caseId(), caseNumber(1)));
    Result<QList<Event>> accepted = CaseAggregate::decide(d.state(), accept, republished);
    QVERIFY(!accepted.ok());
    QCOMPARE(accepted.error().code, u"case.item-mismatch"_s);
    QVERIFY(accepted.error().message.contains(u"SCJG-001"_s));
}

void tst_CaseAggregate::dueDatesMove_data()
{
    QTest::addColumn<bool>("suspend");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<int>("extension");
    QTest::addColumn<QDateTime>("readAt");
    QTest::addColumn<QDate>("promisedDue");
    QTest::addColumn<QDate>("legalDue");

    // Accepted Monday 2025-01-20; 26 Jan and 8 Feb are worked, 28 Jan–4 Feb are Spring Festival.
    QTest::newRow("across Spring Festival")
        << false << false << 0 << at(2025, 1, 21) << QDate(2025, 2, 8) << QDate(2025, 2, 21);
    QTest::newRow("extended by 5")
        << false << false << 5 << at(2025, 1, 21) << QDate(2025, 2, 14) << QDate(2025, 2, 28);
    // An open suspension counts as if resumed on the reading day.
    QTest::newRow("suspended since 5 Feb, read on 7 Feb")
        << true << false << 0 << at(2025, 2, 7) << QDate(2025, 2, 11) << QDate(2025, 2, 25);
    // Resumed on 10 Feb: 6, 7, 8 (worked Saturday) and 10 Feb are not counted.
    QTest::newRow("suspended 5 Feb, resumed 10 Feb")
        << true << true << 0 << at(2025, 2, 11) << QDate(2025, 2, 13) << QDate(2025, 2, 27);
    QTest::newRow("suspended, resumed and extended by 5")
        << true << true << 5 << at(2025, 2, 11) << QDate(2025, 2, 20) << QDate(2025, 3, 6);
}

void tst_CaseAggregate::dueDatesMove()
{
    QFETCH(bool, suspend);
    QFETCH(bool, resume);
    QFETCH(int, extension);
    QFETCH(QDateTime, readAt);
    QFETCH(QDate, promisedDue);
    QFETCH(QDate, legalDue);

    CaseDriver d(item(TestItem::Promised), at(2025, 1, 20, 9, 30));
    QVERIFY(d.reach(Stage::Review).isEmpty());
    const QUuid id = d.caseId();
    if (suspend) {
        d.setNow(at(2025, 2, 5, 10));
        MUST(d, Commands::suspend(id, SuspensionType::Testing, u"抽样检验"_s, 3), reviewer());
    }
    if (resume) {
        d.setNow(at(2025, 2, 10, 9));
        MUST(d, Commands::resume(id), reviewer());
    }
    if (extension > 0)
        MUST(d, Commands::extend(id, extension, u"需要现场核查"_s), leader());

    const DeadlineClock clock(*m_calendar);
    const CaseSummary summary = summarize(d.state(), d.item(), clock, readAt);
    QVERIFY2(summary.clockError.isEmpty(), qPrintable(summary.clockError));
    QCOMPARE(summary.status, suspend && !resume ? CaseStatus::Suspended : CaseStatus::InProgress);
    QCOMPARE(summary.promisedDue.date(), promisedDue);
    QCOMPARE(summary.legalDue.date(), legalDue);
    QCOMPARE(summary.promisedDue.time(), QTime(17, 30));
    QCOMPARE(summary.extensionDays, extension);
}

void tst_CaseAggregate::colours_data()
{
    QTest::addColumn<QDateTime>("readAt");
    QTest::addColumn<bool>("decided");
    QTest::addColumn<WarningColour>("colour");

    // Accepted 2025-01-20; the review step has 5 working days (due Sunday 26 Jan, worked), the
    // promised clock 10 (due 8 Feb).
    QTest::newRow("just accepted") << at(2025, 1, 20, 10) << false << WarningColour::None;
    QTest::newRow("half the review budget used")
        << at(2025, 1, 23, 17) << false << WarningColour::Blue;
    QTest::newRow("last day of the review budget")
        << at(2025, 1, 26, 10) << false << WarningColour::Yellow;
    QTest::newRow("review overdue") << at(2025, 1, 27, 10) << false << WarningColour::Red;
    QTest::newRow("decided: no colour") << at(2025, 2, 20, 10) << true << WarningColour::None;
}

void tst_CaseAggregate::colours()
{
    QFETCH(QDateTime, readAt);
    QFETCH(bool, decided);
    QFETCH(WarningColour, colour);

    CaseDriver d(item(TestItem::Promised), at(2025, 1, 20, 9, 30));
    QVERIFY(d.reach(decided ? Stage::AtConclude : Stage::Review).isEmpty());
    const CaseSummary summary = summarize(d.state(), d.item(), DeadlineClock(*m_calendar), readAt);
    QVERIFY2(summary.clockError.isEmpty(), qPrintable(summary.clockError));
    QCOMPARE(summary.colour, colour);
    if (!decided) {
        QCOMPARE(summary.currentSteps.size(), 1);
        QCOMPARE(summary.currentSteps.first().colour, colour);
        QCOMPARE(summary.worstStepDue.date(), QDate(2025, 1, 26));
    }
}

void tst_CaseAggregate::certificateClock()
{
    CaseDriver d(item(TestItem::Promised), at(2025, 3, 3, 9));
    QVERIFY(d.reach(Stage::AtConclude).isEmpty());
    const DeadlineClock clock(*m_calendar);
    CaseSummary summary = summarize(d.state(), d.item(), clock, at(2025, 3, 18, 10));
    QCOMPARE(summary.status, CaseStatus::Decided);
    QCOMPARE(summary.approved, std::optional<bool>(true));
    QCOMPARE(summary.colour, WarningColour::None);
    QCOMPARE(summary.certificateDue.date(), QDate(2025, 3, 17));
    QCOMPARE(summary.certificateColour, WarningColour::Red);
    // The conclude step (one working day) is due before the certificate.
    QCOMPARE(summary.worstStepDue.date(), QDate(2025, 3, 4));
    QCOMPARE(summary.nextDue(), summary.worstStepDue);

    const QUuid id = d.caseId();
    MUST(d, Commands::conclude(id), clerk());
    MUST(d, Commands::assessFee(id, fees(5000, 1250)), clerk());
    MUST(d, Commands::payFee(id, receiptNumber(1), PaymentMethod::Wire, Money::fromFen(6250)),
         cashier());
    MUST(d, Commands::printCertificate(id, certificateNumber(1)), clerk());
    MUST(d, Commands::issueCertificate(id), clerk());
    summary = summarize(d.state(), d.item(), clock, at(2025, 3, 18, 10));
    QCOMPARE(summary.status, CaseStatus::Concluded);
    QCOMPARE(summary.certificateState, CertificateState::Issued);
    QCOMPARE(summary.certificateColour, WarningColour::None);
    QCOMPARE(summary.feeAssessedFen, 6250);
    QCOMPARE(summary.feePaidFen, 6250);
    QVERIFY(summary.currentSteps.isEmpty());
    QVERIFY(!summary.nextDue().isValid());
}

QTEST_GUILESS_MAIN(tst_CaseAggregate)
#include "tst_caseaggregate.moc"
