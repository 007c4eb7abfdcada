// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sunhall::models {

class SettlementReport;

/// A settlement as a CSV file for a spreadsheet: UTF-8 with a byte order mark, so that Excel
/// opens the Chinese text as such, comma-separated with CRLF line ends (RFC 4180). One header
/// row; one row per day and method; then the total of each method and the grand total.
/// Amounts are yuan with two decimals and no grouping ("1234.50"), so that the spreadsheet
/// reads them as numbers; the net is also given in Chinese capitals. A text cell that a
/// spreadsheet would take for a formula (=, +, -, @) starts with an apostrophe.
class SettlementCsv
{
    Q_DECLARE_TR_FUNCTIONS(SettlementCsv)
public:
    static QByteArray toBytes(const SettlementReport &report);
    /// Writes the CSV to `path`; "settlement.export-failed" (field "path") when it cannot.
    static core::Status save(const SettlementReport &report, const QString &path);
    /// The header row's cells.
    static QStringList headers();

private:
    static QString row(const QStringList &cells);
    static QString quoted(const QString &cell);
    static QString safeText(const QString &text);
};

} // namespace sunhall::models
