// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/CaseProjector.h"

#include "core/case/CaseState.h"
#include "core/store/LocalStore.h"

#include <QJsonDocument>

namespace sunhall::core {

CaseProjector::CaseProjector(ItemLookup lookup, const DeadlineClock &clock)
    : m_lookup(std::move(lookup))
    , m_clock(clock)
{}

CaseProjector::ItemLookup CaseProjector::itemsOf(const LocalStore &store)
{
    return [&store](const QString &code, int flowVersion) {
        return store.item(code, flowVersion);
    };
}

Result<Item> CaseProjector::item(const QString &code, int flowVersion) const
{
    const QString key = code + QLatin1Char('#') + QString::number(flowVersion);
    if (const auto cached = m_items.constFind(key); cached != m_items.constEnd())
        return *cached;
    Result<Item> found = m_lookup(code, flowVersion);
    if (found)
        m_items.insert(key, found.value());
    return found;
}

Result<CaseRow> CaseProjector::project(const QList<Event> &events, const QDateTime &at) const
{
    if (events.isEmpty()) {
        return makeError(QStringLiteral("store.case-without-events"),
                         tr("A case without events has no read-model row."));
    }
    const CaseState state = CaseState::fold(events);
    const Result<Item> found = item(state.itemCode, state.itemVersion);
    if (!found)
        return found.error();
    return toRow(summarize(state, *found, m_clock, at));
}

CaseRow CaseProjector::toRow(const CaseSummary &summary)
{
    CaseRow row;
    row.caseId = summary.caseId;
    row.caseNumber = summary.caseNumber;
    row.itemCode = summary.itemCode;
    row.itemVersion = summary.itemVersion;
    row.itemName = summary.itemName;
    row.department = summary.department;
    row.applicantName = summary.applicantName;
    row.applicantIdNumber = summary.applicantIdNumber;
    row.status = caseStatusId(summary.status);
    row.colour = warningColourId(summary.colour);
    row.greenChannel = summary.greenChannel;
    row.acceptedAt = summary.acceptedAt;
    row.nextDue = summary.nextDue();
    row.lastCaseSeq = summary.lastCaseSeq;
    row.summaryJson = QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact);
    return row;
}

} // namespace sunhall::core
