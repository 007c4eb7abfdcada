// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/FileSmsGateway.h"

#include "core/case/PayloadReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <unistd.h>

namespace sunhall::server {

FileSmsGateway::FileSmsGateway(QString folder, const core::Clock &clock)
    : m_folder(std::move(folder))
    , m_clock(clock)
{}

QString FileSmsGateway::filePath(const QDate &date) const
{
    return m_folder + QLatin1Char('/') + date.toString(Qt::ISODate) + QStringLiteral(".jsonl");
}

QJsonObject FileSmsGateway::line(const SmsMessage &message, const QDateTime &at)
{
    return QJsonObject{{QStringLiteral("id"), message.id},
                       {QStringLiteral("caseId"), message.caseId.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("kind"), noticeKindId(message.kind)},
                       {QStringLiteral("phone"), message.phone},
                       {QStringLiteral("text"), message.text},
                       {QStringLiteral("queuedAt"), core::instantToJson(message.queuedAt)},
                       {QStringLiteral("writtenAt"), core::instantToJson(at)}};
}

void FileSmsGateway::send(const QList<SmsMessage> &messages, Done done)
{
    const SmsDelivery delivery = append(messages);
    for (const SmsMessage &message : messages)
        done(message.id, delivery);
}

SmsDelivery FileSmsGateway::append(const QList<SmsMessage> &messages)
{
    const QDateTime now = m_clock.now();
    if (!QDir().mkpath(m_folder)) {
        return {SmsDelivery::Outcome::Retry,
                tr("cannot create the folder %1 for the SMS messages").arg(m_folder)};
    }
    QFile file(filePath(now.date()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return {SmsDelivery::Outcome::Retry,
                tr("cannot open %1: %2").arg(file.fileName(), file.errorString())};
    }
    QByteArray bytes;
    for (const SmsMessage &message : messages)
        bytes += QJsonDocument(line(message, now)).toJson(QJsonDocument::Compact) + '\n';
    // Sent means on the disk: the outbox forgets a message once it counts as sent.
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        return {SmsDelivery::Outcome::Retry,
                tr("cannot write to %1: %2").arg(file.fileName(), file.errorString())};
    }
    return {SmsDelivery::Outcome::Sent, file.fileName()};
}

} // namespace sunhall::server
