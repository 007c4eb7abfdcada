// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseSummary.h"
#include "core/case/Event.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "core/store/CaseRow.h"
#include "core/time/DeadlineClock.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace sunhall::core {

class LocalStore;

/// Derives the read-model row of a case from its events: folds them, reads the clocks at an
/// instant and flattens the summary into the store's indexed columns. The one place where the
/// store learns what a case looks like, used both when events arrive and when the read model
/// is rebuilt, so the two always agree.
class CaseProjector
{
    Q_DECLARE_TR_FUNCTIONS(CaseProjector)
public:
    /// Finds the published item a case runs on, by code and flow version.
    using ItemLookup = std::function<Result<Item>(const QString &code, int flowVersion)>;

    CaseProjector(ItemLookup lookup, const DeadlineClock &clock);
    /// Looks items up in the catalogue versions of a store.
    static ItemLookup itemsOf(const LocalStore &store);

    Result<CaseRow> project(const QList<Event> &events, const QDateTime &at) const;
    static CaseRow toRow(const CaseSummary &summary);

private:
    Result<Item> item(const QString &code, int flowVersion) const;

    ItemLookup m_lookup;
    const DeadlineClock &m_clock;
    mutable QHash<QString, Item> m_items; // "code#version"
};

} // namespace sunhall::core
