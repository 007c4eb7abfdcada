// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/CaseStatus.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "core/time/DeadlineClock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace sunhall::core {

enum class CertificateState
{
    None,
    Printed,
    Issued,
    Revoked
};
QString certificateStateId(CertificateState state); // "none", "printed", "issued", "revoked"
std::optional<CertificateState> certificateStateFromId(const QString &id);

/// A running step (or branch) as the queues show it.
struct SummaryStep
{
    QString stepId;
    QString name;
    QString department;
    QString assignee; // the name of whoever claimed it
    QDateTime startedAt;
    QDateTime due; // close of office hours on the step's last day
    WarningColour colour = WarningColour::None;

    friend bool operator==(const SummaryStep &, const SummaryStep &) = default;
};

/// One row of the case read model (DESIGN.md §2): what the queues, the supervision board and
/// search show of a case, derived from its events read at one instant. Rebuilt from the
/// events at any time, it is always the same as the row kept up to date event by event.
/// `colour` is the worst of the promised clock and the running steps' clocks while the case
/// runs; it is `None` once the case is decided, when the certificate clock (art. 44) has its
/// own colour. `clockError` holds the code of a problem that kept a clock from being read
/// (a calendar year not loaded: "calendar.year-missing"), so it is visible, not guessed.
struct CaseSummary
{
    QUuid caseId;
    QString caseNumber;
    QString itemCode;
    int itemVersion = 0;
    QString itemName;
    QString department;
    QString applicantName;
    QString applicantIdNumber;
    CaseStatus status = CaseStatus::None;
    std::optional<bool> approved; // set once decided
    QList<SummaryStep> currentSteps;
    QDateTime acceptedAt;
    QDateTime legalDue;
    QDateTime promisedDue;
    QDateTime worstStepDue; // the earliest due of the running steps
    WarningColour colour = WarningColour::None;
    bool greenChannel = false;
    int extensionDays = 0;
    qint64 feeAssessedFen = 0;
    qint64 feePaidFen = 0;
    CertificateState certificateState = CertificateState::None;
    QDateTime certificateDue;
    WarningColour certificateColour = WarningColour::None;
    int evaluationLevel = 0; // 0: not rated yet
    QDateTime followUpDue;   // the follow-up a poor rating opened; invalid when none
    QString clockError;
    QDateTime lastEventAt;
    int lastCaseSeq = 0;

    /// The earliest deadline still running, for sorting a queue by urgency; invalid when none
    /// runs.
    QDateTime nextDue() const;
    QJsonObject toJson() const;
    static Result<CaseSummary> fromJson(const QJsonObject &json);

    friend bool operator==(const CaseSummary &, const CaseSummary &) = default;
};

/// The read-model row of a case read at `at` (from the injected Clock), with the clocks of
/// DOMAIN.md §4 over the hall's calendar.
CaseSummary summarize(const CaseState &state, const Item &item, const DeadlineClock &clock,
                      const QDateTime &at);

} // namespace sunhall::core
