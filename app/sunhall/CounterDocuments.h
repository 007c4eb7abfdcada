// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "widgets/documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QUuid>

class QWidget;

namespace sunhall::widgets {
class ScreenContext;
}

namespace sunhall::app {

/// The documents a window hands the citizen after an intake outcome, made from the case as
/// the workstation's store holds it (so also offline) and shown in a print preview from which
/// the clerk prints or saves a PDF.
class CounterDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CounterDocuments)
public:
    enum class Kind
    {
        AcceptanceReceipt,
        SupplementNotice,
        RefusalDecision,
    };

    /// Working days the applicant is given to bring what the notice lists.
    static constexpr int supplementWorkingDays = 20;

    static core::Result<widgets::PrintableDocument> make(widgets::ScreenContext &context,
                                                         const QUuid &caseId, Kind kind);
    /// make(), then the preview; a failure is shown to the clerk in words.
    static void preview(widgets::ScreenContext &context, const QUuid &caseId, Kind kind,
                        QWidget *parent);
};

} // namespace sunhall::app
