// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace sunhall::core {

/// One row of the store's case read model (DESIGN.md §2): the indexed columns the queues,
/// the board and search use, plus the whole derived summary as JSON. Rows are derived from
/// events and can always be rebuilt from them.
struct CaseRow
{
    QUuid caseId;
    QString caseNumber;
    QString itemCode;
    int itemVersion = 0;
    QString itemName;
    QString department;
    QString applicantName;
    QString applicantIdNumber;
    QString status;
    QString colour;
    bool greenChannel = false;
    QDateTime acceptedAt;
    QDateTime nextDue; // the earliest running deadline, for sorting by urgency
    int lastCaseSeq = 0;
    QByteArray summaryJson;

    friend bool operator==(const CaseRow &, const CaseRow &) = default;
};

} // namespace sunhall::core
