// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CashierBook.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/FeePayloads.h"
#include "core/store/LocalStore.h"

#include <algorithm>

namespace sunhall::models {

namespace {

bool hasFeeEvents(const QList<core::Event> &events)
{
    return std::any_of(events.cbegin(), events.cend(), [](const core::Event &event) {
        return event.type == core::EventType::feeAssessed;
    });
}

bool byTime(const FeeLedgerEntry &a, const FeeLedgerEntry &b)
{
    if (a.at != b.at)
        return a.at < b.at;
    // Numbers are handed out in order, so they settle entries of the same instant.
    if (a.receiptNumber != b.receiptNumber)
        return a.receiptNumber < b.receiptNumber;
    return a.kind < b.kind;
}

} // namespace

CashierBook::CashierBook(const core::LocalStore &store, QTimeZone zone)
    : m_store(store)
    , m_zone(std::move(zone))
{}

core::Status CashierBook::reload()
{
    m_cases.clear();
    m_receiptCases.clear();
    return m_store.forEachCase(
        [this](const QList<core::Event> &events) { return readCase(events); });
}

core::Status CashierBook::refresh(const QList<QUuid> &caseIds)
{
    for (const QUuid &caseId : caseIds) {
        const core::Result<QList<core::Event>> events = m_store.caseEvents(caseId);
        if (!events)
            return events.error();
        forget(caseId);
        if (core::Status read = readCase(*events); !read)
            return read;
    }
    return core::Status::success();
}

core::Status CashierBook::readCase(const QList<core::Event> &events)
{
    if (events.isEmpty() || !hasFeeEvents(events))
        return core::Status::success();
    Entry entry;
    entry.feeCase.state = core::CaseState::fold(events);
    const core::CaseState &state = entry.feeCase.state;
    // A case whose item version is not in this store still shows, with its fee codes.
    if (core::Result<core::Item> item = itemOf(state))
        entry.feeCase.item = *item;
    else
        entry.feeCase.item.code = state.itemCode;
    entry.ledger = ledgerOf(events, state);
    entry.feeCase.assessed = state.feeAssessed();
    entry.feeCase.paid = state.feePaid();
    for (const FeeLedgerEntry &line : std::as_const(entry.ledger)) {
        const core::Payment *payment = state.payment(line.receiptNumber);
        if (line.kind == FeeLedgerEntry::Kind::Collected && payment && !payment->voided)
            entry.feeCase.reduced += line.reduction.amount;
    }
    for (const FeeLedgerEntry &line : std::as_const(entry.ledger))
        m_receiptCases.insert(line.receiptNumber, state.caseId);
    m_cases.insert(state.caseId, entry);
    return core::Status::success();
}

void CashierBook::forget(const QUuid &caseId)
{
    const auto found = m_cases.constFind(caseId);
    if (found == m_cases.cend())
        return;
    for (const FeeLedgerEntry &line : found->ledger)
        m_receiptCases.remove(line.receiptNumber);
    m_cases.erase(found);
}

core::Result<core::Item> CashierBook::itemOf(const core::CaseState &state)
{
    const QString key = state.itemCode + QLatin1Char('#') + QString::number(state.itemVersion);
    if (const auto known = m_items.constFind(key); known != m_items.cend())
        return *known;
    core::Result<core::Item> item = m_store.item(state.itemCode, state.itemVersion);
    if (item)
        m_items.insert(key, *item);
    return item;
}

QList<FeeLedgerEntry> CashierBook::ledgerOf(const QList<core::Event> &events,
                                            const core::CaseState &state) const
{
    QList<FeeLedgerEntry> ledger;
    for (const core::Event &event : events) {
        if (event.type == core::EventType::feePaid || event.type == core::EventType::receiptVoided)
            ledger.append(entryOf(event, state));
    }
    // A void takes the method of the receipt it cancels.
    for (FeeLedgerEntry &entry : ledger) {
        if (entry.kind != FeeLedgerEntry::Kind::Voided)
            continue;
        if (const core::Payment *payment = state.payment(entry.receiptNumber))
            entry.method = payment->method;
    }
    return ledger;
}

FeeLedgerEntry CashierBook::entryOf(const core::Event &event, const core::CaseState &state) const
{
    FeeLedgerEntry entry;
    entry.caseId = state.caseId;
    entry.caseNumber = state.caseNumber;
    entry.payerName = state.applicant.name;
    entry.itemCode = state.itemCode;
    entry.at = event.at.toTimeZone(m_zone);
    entry.day = entry.at.date();
    entry.cashierId = event.actorId;
    entry.cashierName = event.actorName;
    entry.workstation = event.workstation;
    if (event.type == core::EventType::feePaid) {
        const core::Result<core::PaymentPayload> payment =
            core::PaymentPayload::fromJson(event.payload);
        entry.kind = FeeLedgerEntry::Kind::Collected;
        if (payment) {
            entry.receiptNumber = payment->receiptNumber;
            entry.method = payment->method;
            entry.amount = payment->amount;
        }
        entry.reduction = FeeReduction::fromPayload(event.payload);
        return entry;
    }
    const core::Result<core::VoidPayload> voided = core::VoidPayload::fromJson(event.payload);
    entry.kind = FeeLedgerEntry::Kind::Voided;
    if (voided) {
        entry.receiptNumber = voided->receiptNumber;
        entry.amount = voided->amount;
        entry.reason = voided->reason;
    }
    return entry;
}

QList<FeeCase> CashierBook::casesWithFeeDue() const
{
    QList<FeeCase> due;
    for (const Entry &entry : m_cases) {
        if (entry.feeCase.hasFeeDue())
            due.append(entry.feeCase);
    }
    std::sort(due.begin(), due.end(), [](const FeeCase &a, const FeeCase &b) {
        if (a.state.lastEventAt != b.state.lastEventAt)
            return a.state.lastEventAt < b.state.lastEventAt;
        return a.state.caseNumber < b.state.caseNumber;
    });
    return due;
}

std::optional<FeeCase> CashierBook::feeCase(const QUuid &caseId) const
{
    const auto found = m_cases.constFind(caseId);
    if (found == m_cases.cend())
        return std::nullopt;
    return found->feeCase;
}

QList<FeeLedgerEntry> CashierBook::entries(const QDate &from, const QDate &to) const
{
    QList<FeeLedgerEntry> result;
    for (const Entry &entry : m_cases) {
        for (const FeeLedgerEntry &line : entry.ledger) {
            if (line.day >= from && line.day <= to)
                result.append(line);
        }
    }
    std::sort(result.begin(), result.end(), byTime);
    return result;
}

std::optional<FeeLedgerEntry> CashierBook::receipt(const QString &number) const
{
    return find(number, FeeLedgerEntry::Kind::Collected);
}

std::optional<FeeLedgerEntry> CashierBook::voidOf(const QString &number) const
{
    return find(number, FeeLedgerEntry::Kind::Voided);
}

std::optional<FeeLedgerEntry> CashierBook::find(const QString &number,
                                                FeeLedgerEntry::Kind kind) const
{
    const auto found = m_cases.constFind(m_receiptCases.value(number));
    if (found == m_cases.cend())
        return std::nullopt;
    for (const FeeLedgerEntry &line : found->ledger) {
        if (line.kind == kind && line.receiptNumber == number)
            return line;
    }
    return std::nullopt;
}

QList<FeeLedgerEntry> CashierBook::receiptsOf(const QUuid &caseId) const
{
    QList<FeeLedgerEntry> receipts;
    const auto found = m_cases.constFind(caseId);
    if (found == m_cases.cend())
        return receipts;
    for (const FeeLedgerEntry &line : found->ledger) {
        if (line.kind == FeeLedgerEntry::Kind::Collected)
            receipts.append(line);
    }
    return receipts;
}

} // namespace sunhall::models
