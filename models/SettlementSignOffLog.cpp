// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SettlementSignOffLog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sunhall::models {

namespace {

// A workstation signs a few settlements a day; years of them stay far below this.
constexpr qint64 maxLogBytes = 64 * 1024 * 1024;

} // namespace

SettlementSignOffLog::SettlementSignOffLog(QString folder)
    : m_folder(std::move(folder))
{}

QString SettlementSignOffLog::path() const
{
    return QDir(m_folder).filePath(QStringLiteral("settlement-sign-offs.json"));
}

core::Result<QList<SettlementSignOff>> SettlementSignOffLog::read() const
{
    QList<SettlementSignOff> signOffs;
    QFile file(path());
    if (!file.exists())
        return signOffs;
    const core::Error unreadable = core::makeError(
        QStringLiteral("settlement.log-unreadable"),
        tr("The settlement sign-offs in %1 cannot be read. Ask the hall's IT to restore the "
           "file from a backup.")
            .arg(path()),
        QStringLiteral("path"));
    if (file.size() > maxLogBytes || !file.open(QIODevice::ReadOnly))
        return unreadable;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isArray())
        return unreadable;
    for (const QJsonValue &value : document.array()) {
        core::Result<SettlementSignOff> signOff = SettlementSignOff::fromJson(value.toObject());
        if (!signOff)
            return unreadable;
        signOffs.append(std::move(signOff).value());
    }
    return signOffs;
}

core::Status SettlementSignOffLog::record(const SettlementSignOff &signOff)
{
    const core::Result<QList<SettlementSignOff>> earlier = read();
    if (!earlier)
        return earlier.error();
    QJsonArray array;
    for (const SettlementSignOff &kept : *earlier)
        array.append(kept.toJson());
    array.append(signOff.toJson());
    const core::Error unwritable = core::makeError(
        QStringLiteral("settlement.log-unwritable"),
        tr("The settlement sign-off could not be saved in %1. Check that the workstation's "
           "profile folder exists and may be written.")
            .arg(path()),
        QStringLiteral("path"));
    if (!QDir().mkpath(m_folder))
        return unwritable;
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return unwritable;
    file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return unwritable;
    return core::Status::success();
}

std::optional<SettlementSignOff> SettlementSignOffLog::latest(const QDate &day,
                                                              const QString &cashierId) const
{
    const core::Result<QList<SettlementSignOff>> all = read();
    if (!all)
        return std::nullopt;
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->day == day && it->cashierId == cashierId)
            return *it;
    }
    return std::nullopt;
}

} // namespace sunhall::models
