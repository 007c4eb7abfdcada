// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/FeeRules.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FeePayloads.h"

#include <QMap>

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

QString describe(const QMap<QString, Money> &fees)
{
    if (fees.isEmpty())
        return FeeRules::tr("no fee");
    QStringList lines;
    for (auto it = fees.cbegin(); it != fees.cend(); ++it)
        lines.append(FeeRules::tr("%1 %2").arg(it.key(), it.value().toDisplayString()));
    return lines.join(FeeRules::tr(", "));
}

// Fees of the same code given twice are summed, so that a split line cannot hide a
// difference from the standard.
QMap<QString, Money> byCode(const QList<FeeLine> &lines)
{
    QMap<QString, Money> fees;
    for (const FeeLine &line : lines)
        fees[line.code] += line.amount;
    return fees;
}

QMap<QString, Money> standardFees(const Item &item)
{
    QMap<QString, Money> fees;
    for (const FeeItem &fee : item.fees)
        fees[fee.code] += fee.amount;
    return fees;
}

// The cashier acts on the Fee step when the flow has one (which must be running or done);
// without one, any cashier of the hall collects.
Result<const FlowStep *> feeStep(const RuleContext &context)
{
    const FlowStep *step = context.flow().firstOfKind(StepKind::Fee);
    if (!step || !context.flow().applies(*step, context.state())) {
        if (Status allowed = context.authoriseRole({Role::Cashier}, {}); !allowed)
            return allowed.error();
        return nullptr;
    }
    if (!context.state().isCurrent(step->id)) {
        if (!context.state().wasCompleted(step->id))
            return context.wrongStep(step->name);
        if (Status allowed =
                context.authoriseRole({step->role}, context.flow().departmentOf(*step));
            !allowed)
            return allowed.error();
        return nullptr;
    }
    Result<QString> branch = context.runningBranch(*step, {});
    if (!branch)
        return branch.error();
    if (Status allowed = context.authorise(*step, *branch); !allowed)
        return allowed.error();
    return step;
}

Status checkAmount(const RuleContext &context, const PaymentPayload &payment)
{
    const CaseState &state = context.state();
    if (!state.feesAssessed) {
        return makeError(QStringLiteral("case.fee-not-assessed"),
                         FeeRules::tr("No fee has been assessed for case %1 yet; the department "
                                      "assesses the fee before the cashier collects it.")
                             .arg(context.caseLabel()));
    }
    if (state.payment(payment.receiptNumber)) {
        return makeError(QStringLiteral("case.receipt-number-used"),
                         FeeRules::tr("Receipt number %1 is already recorded on case %2; every "
                                      "receipt number is used only once, even when voided.")
                             .arg(payment.receiptNumber, context.caseLabel()),
                         QStringLiteral("receiptNumber"));
    }
    const Money due = state.feeDue();
    if (due <= Money()) {
        return makeError(QStringLiteral("case.fee-nothing-due"),
                         FeeRules::tr("Nothing is due on case %1: the fee of %2 is paid.")
                             .arg(context.caseLabel(), state.feeAssessed().toDisplayString()),
                         QStringLiteral("amountFen"));
    }
    if (payment.reduction > Money() && payment.reductionBasis.trimmed().isEmpty()) {
        return makeError(QStringLiteral("case.fee-reduction-basis-missing"),
                         FeeRules::tr("A reduction of %1 on case %2 needs its legal basis: name "
                                      "the law, regulation or notice that grants it.")
                             .arg(payment.reduction.toDisplayString(), context.caseLabel()),
                         QStringLiteral("reductionBasis"));
    }
    if (payment.reduction > due) {
        return makeError(QStringLiteral("case.fee-reduction-too-large"),
                         FeeRules::tr("The reduction, %1, is more than the amount due on case "
                                      "%2, %3.")
                             .arg(payment.reduction.toDisplayString(), context.caseLabel(),
                                  due.toDisplayString()),
                         QStringLiteral("reductionFen"));
    }
    if (payment.amount + payment.reduction != due) {
        return makeError(
            QStringLiteral("case.fee-amount-wrong"),
            payment.reduction > Money()
                ? FeeRules::tr("The amount collected, %1, and the reduction, %2, do not make "
                               "the amount due on case %3, %4. Collect %5.")
                      .arg(payment.amount.toDisplayString(), payment.reduction.toDisplayString(),
                           context.caseLabel(), due.toDisplayString(),
                           (due - payment.reduction).toDisplayString())
                : FeeRules::tr("The amount collected, %1, is not the amount due on case "
                               "%2, %3. Collect exactly the amount due.")
                      .arg(payment.amount.toDisplayString(), context.caseLabel(),
                           due.toDisplayString()),
            QStringLiteral("amountFen"));
    }
    return Status::success();
}

} // namespace

Status FeeRules::assessFee(RuleContext &context)
{
    Result<FeeAssessment> payload = FeeAssessment::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    const Item &item = context.item();
    if (Status allowed = context.authoriseRole({Role::Clerk, Role::Reviewer, Role::ChiefApprover},
                                               item.department);
        !allowed)
        return allowed;
    if (context.state().feesAssessed) {
        return makeError(
            QStringLiteral("case.fee-already-assessed"),
            tr("The fee of case %1 is already assessed at %2.")
                .arg(context.caseLabel(), context.state().feeAssessed().toDisplayString()),
            QStringLiteral("fees"));
    }
    const QMap<QString, Money> expected = standardFees(item);
    const QMap<QString, Money> given = byCode(payload->fees);
    if (given != expected) {
        return makeError(
            QStringLiteral("case.fee-not-standard"),
            tr("The fee assessed for case %1 differs from the standard fee of item "
               "%2: expected %3, given %4. Only the published standard fee may be "
               "charged.")
                .arg(context.caseLabel(), item.code, describe(expected), describe(given)),
            QStringLiteral("fees"));
    }
    context.append(EventType::feeAssessed, payload->toJson());
    return Status::success();
}

Status FeeRules::payFee(RuleContext &context)
{
    Result<PaymentPayload> payload = PaymentPayload::fromJson(context.command().payload);
    if (!payload)
        return payload.error();
    Result<QString> receipt = context.documentNumber(
        payload->receiptNumber, DocumentNumber::Kind::Receipt, u"receiptNumber"_s);
    if (!receipt)
        return receipt.error();
    payload.value().receiptNumber = *receipt;
    Result<const FlowStep *> step = feeStep(context);
    if (!step)
        return step.error();
    if (Status amount = checkAmount(context, *payload); !amount)
        return amount;
    context.append(EventType::feePaid, payload->toJson());
    const CaseState &state = context.state();
    if (*step && state.isCurrent((*step)->id) && state.feeDue() == Money())
        context.completeBranch(**step, context.openBranches((*step)->id).value(0), {});
    return Status::success();
}

Status FeeRules::voidReceipt(RuleContext &context)
{
    Result<VoidPayload> decoded = VoidPayload::fromJson(context.command().payload);
    if (!decoded)
        return decoded.error();
    VoidPayload payload = decoded.value();
    if (Status allowed = context.authoriseRole({Role::Cashier}, {}); !allowed)
        return allowed;
    if (Status reason = context.requireReason(payload.reason, u"reason"_s); !reason)
        return reason;
    Result<QString> receipt = context.documentNumber(
        payload.receiptNumber, DocumentNumber::Kind::Receipt, u"receiptNumber"_s);
    if (!receipt)
        return receipt.error();
    payload.receiptNumber = *receipt;
    const Payment *payment = context.state().payment(payload.receiptNumber);
    if (!payment || payment->voided) {
        return makeError(payment ? QStringLiteral("case.receipt-already-voided")
                                 : QStringLiteral("case.unknown-receipt"),
                         payment ? tr("Receipt %1 of case %2 is already voided.")
                                       .arg(payload.receiptNumber, context.caseLabel())
                                 : tr("Case %1 has no receipt numbered %2.")
                                       .arg(context.caseLabel(), payload.receiptNumber),
                         QStringLiteral("receiptNumber"));
    }
    payload.amount = payment->amount;
    context.append(EventType::receiptVoided, payload.toJson());
    return Status::success();
}

} // namespace sunhall::core
