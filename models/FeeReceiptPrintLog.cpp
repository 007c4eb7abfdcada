// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FeeReceiptPrintLog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sunhall::models {

namespace {

constexpr qint64 maxLogBytes = 64 * 1024 * 1024;

} // namespace

FeeReceiptPrintLog::FeeReceiptPrintLog(QString folder)
    : m_folder(std::move(folder))
{}

QString FeeReceiptPrintLog::path() const
{
    return QDir(m_folder).filePath(QStringLiteral("receipt-prints.json"));
}

core::Status FeeReceiptPrintLog::load()
{
    m_counts.clear();
    QFile file(path());
    if (!file.exists())
        return core::Status::success();
    QJsonDocument document;
    if (file.size() <= maxLogBytes && file.open(QIODevice::ReadOnly))
        document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        return core::makeError(QStringLiteral("receipt.print-log-unreadable"),
                               tr("The count of printed receipts in %1 cannot be read; reprints "
                                  "may not be marked. Ask the hall's IT to restore the file.")
                                   .arg(path()),
                               QStringLiteral("path"));
    }
    const QJsonObject counts = document.object();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        m_counts.insert(it.key(), it.value().toInt());
    return core::Status::success();
}

core::Status FeeReceiptPrintLog::record(const QString &receiptNumber)
{
    m_counts[receiptNumber] += 1;
    QJsonObject counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QSaveFile file(path());
    if (QDir().mkpath(m_folder) && file.open(QIODevice::WriteOnly) &&
        file.write(QJsonDocument(counts).toJson(QJsonDocument::Compact)) >= 0 && file.commit())
        return core::Status::success();
    return core::makeError(QStringLiteral("receipt.print-log-unwritable"),
                           tr("The receipt was printed, but the count of printed receipts could "
                              "not be saved in %1, so the next copy may not be marked as a "
                              "reprint.")
                               .arg(path()),
                           QStringLiteral("path"));
}

} // namespace sunhall::models
