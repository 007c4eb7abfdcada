// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "models/SettlementSignOff.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sunhall::models {

/// Where a workstation keeps its cashiers' settlement sign-offs: a JSON file in the profile
/// folder (`settlement-sign-offs.json`), rewritten whole and atomically (write, flush to disk,
/// rename) with each new sign-off, so a crash leaves the old file or the new one, never half
/// of one. Sign-offs are only ever added: signing a day again after its books changed adds a
/// newer sign-off beside the first. The local store has no place for them yet (they are not
/// case events), so they stay on the workstation that made them.
class SettlementSignOffLog
{
    Q_DECLARE_TR_FUNCTIONS(SettlementSignOffLog)
public:
    explicit SettlementSignOffLog(QString folder);

    QString path() const;
    /// Adds `signOff`; "settlement.log-unwritable" (field "path") when the file cannot be
    /// written, "settlement.log-unreadable" when the file there cannot be read.
    core::Status record(const SettlementSignOff &signOff);
    /// Every sign-off, oldest first; none when the file does not exist yet.
    core::Result<QList<SettlementSignOff>> read() const;
    /// The newest sign-off of `cashierId` for `day`.
    std::optional<SettlementSignOff> latest(const QDate &day, const QString &cashierId) const;

private:
    QString m_folder;
};

} // namespace sunhall::models
