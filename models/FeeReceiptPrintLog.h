// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace sunhall::models {

/// How many times each fee receipt was put on paper or into a PDF at this workstation, so that
/// every output after the first is marked as a reprint (docs/documents.md: the screens keep
/// their own count of receipt reprints). Kept in `receipt-prints.json` in the profile folder,
/// rewritten atomically with each output.
class FeeReceiptPrintLog
{
    Q_DECLARE_TR_FUNCTIONS(FeeReceiptPrintLog)
public:
    explicit FeeReceiptPrintLog(QString folder);

    QString path() const;
    /// Reads the counts kept so far; none when the file does not exist yet.
    core::Status load();
    /// Outputs of `receiptNumber` so far: 0 before the original, 1 after it.
    int count(const QString &receiptNumber) const { return m_counts.value(receiptNumber); }
    /// Counts one more output of `receiptNumber` and saves the counts.
    core::Status record(const QString &receiptNumber);

private:
    QString m_folder;
    QHash<QString, int> m_counts;
};

} // namespace sunhall::models
