// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FeeCollection.h"

#include "core/case/CaseAggregate.h"
#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"

namespace sunhall::models {

FeeCollection::FeeCollection(Submit submit, TakeReceiptNumber takeReceiptNumber,
                             const core::Clock &clock, core::Actor actor, QString workstation)
    : m_submit(std::move(submit))
    , m_takeReceiptNumber(std::move(takeReceiptNumber))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_workstation(std::move(workstation))
{}

core::Command FeeCollection::payCommand(const QUuid &caseId, const FeeCollectionRequest &request,
                                        const QString &receiptNumber)
{
    core::Command command =
        core::Commands::payFee(caseId, receiptNumber, request.method, request.amount);
    request.reduction.addTo(command.payload);
    return command;
}

// The last serial of the year is never reached by a lease in practice, so the check cannot
// collide with a receipt already on the case.
QString FeeCollection::placeholderNumber() const
{
    const core::Result<core::DocumentNumber> number =
        core::DocumentNumber::make(core::DocumentNumber::Kind::Receipt, QStringLiteral("CHECK0"),
                                   m_clock.today().year(), core::DocumentNumber::maxSerial);
    return number ? number->toString() : QString();
}

core::Status FeeCollection::decide(const FeeCase &feeCase, const core::Command &command) const
{
    const core::CommandOrigin origin{m_actor, m_workstation, m_clock.now(), 0};
    const core::Result<QList<core::Event>> events =
        core::CaseAggregate::decide(feeCase.state, origin.stamp(command), feeCase.item);
    if (!events)
        return events.error();
    return core::Status::success();
}

core::Status FeeCollection::check(const FeeCase &feeCase, const FeeCollectionRequest &request) const
{
    return decide(feeCase, payCommand(feeCase.state.caseId, request, placeholderNumber()));
}

core::Result<QString> FeeCollection::collect(const FeeCase &feeCase,
                                             const FeeCollectionRequest &request)
{
    if (core::Status allowed = check(feeCase, request); !allowed)
        return allowed.error();
    const core::Result<QString> number = m_takeReceiptNumber();
    if (!number)
        return number.error();
    const core::Result<core::Command> submitted =
        m_submit(payCommand(feeCase.state.caseId, request, *number));
    if (!submitted)
        return submitted.error();
    return *number;
}

core::Status FeeCollection::checkVoid(const FeeCase &feeCase, const QString &receiptNumber,
                                      const QString &reason) const
{
    return decide(feeCase,
                  core::Commands::voidReceipt(feeCase.state.caseId, receiptNumber, reason));
}

core::Status FeeCollection::voidReceipt(const FeeCase &feeCase, const QString &receiptNumber,
                                        const QString &reason)
{
    if (core::Status allowed = checkVoid(feeCase, receiptNumber, reason); !allowed)
        return allowed;
    const core::Result<core::Command> submitted =
        m_submit(core::Commands::voidReceipt(feeCase.state.caseId, receiptNumber, reason));
    if (!submitted)
        return submitted.error();
    return core::Status::success();
}

QString FeeCollection::advice(const core::Error &refusal)
{
    const QString &code = refusal.code;
    if (code == QLatin1String("case.fee-amount-wrong")) {
        return tr("Collect the standard fee. If the applicant is entitled to a reduction or "
                  "exemption, enter the amount reduced and its legal basis.");
    }
    if (code.startsWith(QLatin1String("case.fee-reduction"))) {
        return tr("Enter the reduction exactly as the legal basis grants it, with the name and "
                  "number of the document that grants it.");
    }
    if (code == QLatin1String("case.fee-nothing-due"))
        return tr("Nothing is left to collect on this case.");
    if (code == QLatin1String("case.reason-required"))
        return tr("Write why the receipt is voided, for example \"amount printed wrongly\".");
    if (code == QLatin1String("case.wrong-role") || code == QLatin1String("case.wrong-department"))
        return tr("Ask the hall's administrator to give you the cashier role.");
    if (code.startsWith(QLatin1String("number."))) {
        return tr("Connect the workstation to the hall server once so that it can lease new "
                  "receipt numbers.");
    }
    return {};
}

QString FeeCollection::explain(const core::Error &refusal)
{
    const QString more = advice(refusal);
    return more.isEmpty() ? refusal.message
                          : tr("%1 %2", "refusal, then what to do").arg(refusal.message, more);
}

} // namespace sunhall::models
