// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhall/CounterDocuments.h"

#include "core/case/CaseSummary.h"
#include "core/store/LocalStore.h"
#include "core/time/DeadlineClock.h"
#include "widgets/documents/AcceptanceReceiptDocument.h"
#include "widgets/documents/DocumentOutput.h"
#include "widgets/documents/HallInfo.h"
#include "widgets/documents/RefusalDecisionDocument.h"
#include "widgets/documents/SupplementNoticeDocument.h"
#include "widgets/shell/ScreenContext.h"

#include <QMessageBox>

namespace sunhall::app {

using core::Result;

Result<widgets::PrintableDocument> CounterDocuments::make(widgets::ScreenContext &context,
                                                          const QUuid &caseId, Kind kind)
{
    const auto events = context.store().caseEvents(caseId);
    if (!events)
        return events.error();
    const core::CaseState state = core::CaseState::fold(*events);
    const core::Item *item = context.catalogue().item(state.itemCode);
    if (!item) {
        return core::makeError(QStringLiteral("client.item-unknown"),
                               tr("The item %1 of this case is not in the workstation's "
                                  "catalogue; synchronise and print again.")
                                   .arg(state.itemCode));
    }
    const widgets::HallInfo hall = widgets::HallInfo::fromCatalogue(context.catalogue());
    switch (kind) {
    case Kind::AcceptanceReceipt: {
        const core::DeadlineClock clock(context.calendar());
        const core::CaseSummary summary =
            core::summarize(state, *item, clock, context.clock().now());
        const auto receipt =
            widgets::AcceptanceReceiptDocument::fromCase(state, summary, *item, hall);
        if (!receipt)
            return receipt.error();
        return receipt->toPrintable();
    }
    case Kind::SupplementNotice: {
        const auto by =
            context.calendar().addWorkingDays(context.clock().now().date(), supplementWorkingDays);
        if (!by)
            return by.error();
        const auto notice = widgets::SupplementNoticeDocument::fromCase(state, *item, hall, *by);
        if (!notice)
            return notice.error();
        return notice->toPrintable();
    }
    case Kind::RefusalDecision: {
        const auto decision = widgets::RefusalDecisionDocument::fromCase(state, *item, hall);
        if (!decision)
            return decision.error();
        return decision->toPrintable();
    }
    }
    return core::makeError(QStringLiteral("client.document-unknown"),
                           tr("This document cannot be printed here."));
}

void CounterDocuments::preview(widgets::ScreenContext &context, const QUuid &caseId, Kind kind,
                               QWidget *parent)
{
    const auto document = make(context, caseId, kind);
    if (!document) {
        QMessageBox::warning(parent, tr("Cannot print"), document.error().message);
        return;
    }
    widgets::DocumentOutput::preview(*document, 0, parent);
}

} // namespace sunhall::app
