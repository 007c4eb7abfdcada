// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "server/notify/SmsGateway.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sunhall::server {

/// The default gateway: appends each message as one line of JSON to a file per day,
/// FOLDER/YYYY-MM-DD.jsonl (the hall's date), flushed to disk before it counts as sent. A
/// hall without an SMS provider reads the file, or a script forwards it. Each line holds id,
/// caseId, kind, phone, text, queuedAt and writtenAt. A batch is written and flushed at once.
class FileSmsGateway final : public SmsGateway
{
    Q_DECLARE_TR_FUNCTIONS(FileSmsGateway)
public:
    FileSmsGateway(QString folder, const core::Clock &clock);

    QString name() const override { return QStringLiteral("file"); }
    int batchSize() const override { return 200; }
    void send(const QList<SmsMessage> &messages, Done done) override;

    /// The file a message written at `date` goes to.
    QString filePath(const QDate &date) const;
    /// The line written for `message` at `at`, without its line break.
    static QJsonObject line(const SmsMessage &message, const QDateTime &at);

private:
    SmsDelivery append(const QList<SmsMessage> &messages);

    QString m_folder;
    const core::Clock &m_clock;
};

} // namespace sunhall::server
