// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "models/FeeCase.h"
#include "models/FeeLedgerEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>
#include <QUuid>

#include <optional>

namespace sunhall::core {
class LocalStore;
}

namespace sunhall::models {

/// The cashier's view of the local store (DESIGN.md §2: read models derived from events):
/// every case with an assessed fee, folded from its events, and the books — each receipt
/// issued and each receipt voided, with who, when and how. Everything is read through the
/// store's public queries and can be read again at any time; after a submit or a pull,
/// refresh() reads only the cases that changed. Days are counted in the hall's time zone.
class CashierBook
{
    Q_DECLARE_TR_FUNCTIONS(CashierBook)
public:
    CashierBook(const core::LocalStore &store, QTimeZone zone);

    /// Reads every case of the store again.
    core::Status reload();
    /// Reads the cases with these ids again (new cases are added, cases without a fee are
    /// left out).
    core::Status refresh(const QList<QUuid> &caseIds);

    /// The cases with something still to pay, oldest assessment first.
    QList<FeeCase> casesWithFeeDue() const;
    /// The case with `caseId`, if it has an assessed fee.
    std::optional<FeeCase> feeCase(const QUuid &caseId) const;
    /// The entries of the days from..to (inclusive), in the order they happened.
    QList<FeeLedgerEntry> entries(const QDate &from, const QDate &to) const;
    /// The receipt (its "collected" entry) with `number`, and whether and why it was voided.
    std::optional<FeeLedgerEntry> receipt(const QString &number) const;
    std::optional<FeeLedgerEntry> voidOf(const QString &number) const;
    /// The receipts of one case, issue order, voided ones included.
    QList<FeeLedgerEntry> receiptsOf(const QUuid &caseId) const;
    int caseCount() const { return int(m_cases.size()); }

private:
    struct Entry
    {
        FeeCase feeCase;
        QList<FeeLedgerEntry> ledger;
    };

    core::Status readCase(const QList<core::Event> &events);
    core::Result<core::Item> itemOf(const core::CaseState &state);
    QList<FeeLedgerEntry> ledgerOf(const QList<core::Event> &events,
                                   const core::CaseState &state) const;
    FeeLedgerEntry entryOf(const core::Event &event, const core::CaseState &state) const;

    const core::LocalStore &m_store;
    QTimeZone m_zone;
    std::optional<FeeLedgerEntry> find(const QString &number, FeeLedgerEntry::Kind kind) const;
    void forget(const QUuid &caseId);

    QHash<QUuid, Entry> m_cases;
    QHash<QString, QUuid> m_receiptCases; // receipt number -> case
    QHash<QString, core::Item> m_items;   // "code#version"
};

} // namespace sunhall::models
