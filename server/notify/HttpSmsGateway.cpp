// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/HttpSmsGateway.h"

#include "core/case/PayloadReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace sunhall::server {

namespace {

constexpr qint64 maxCaFileBytes = 1024 * 1024;
constexpr qsizetype maxDetailBytes = 200;

} // namespace

HttpSmsGateway::HttpSmsGateway(QUrl url, QList<QSslCertificate> caCertificates, int timeoutMs)
    : m_url(std::move(url))
    , m_caCertificates(std::move(caCertificates))
    , m_timeoutMs(timeoutMs)
{}

core::Result<QList<QSslCertificate>> HttpSmsGateway::readCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxCaFileBytes) {
        return core::makeError(
            QStringLiteral("notify.ca-unreadable"),
            tr("Cannot read the SMS gateway's CA certificate %1: %2").arg(path, file.errorString()),
            QStringLiteral("sms-ca"));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    if (certificates.isEmpty()) {
        return core::makeError(
            QStringLiteral("notify.ca-invalid"),
            tr("%1 holds no PEM certificate for the SMS gateway's CA.").arg(path),
            QStringLiteral("sms-ca"));
    }
    return certificates;
}

void HttpSmsGateway::send(const QList<SmsMessage> &messages, Done done)
{
    for (const SmsMessage &message : messages)
        post(message, done);
}

void HttpSmsGateway::post(const SmsMessage &message, const Done &done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setRawHeader("Idempotency-Key", "sunhall-notice-" + QByteArray::number(message.id));
    request.setTransferTimeout(m_timeoutMs);
    if (m_url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_caCertificates);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }
    const QJsonObject body{
        {QStringLiteral("id"), message.id},
        {QStringLiteral("caseId"), message.caseId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("kind"), noticeKindId(message.kind)},
        {QStringLiteral("phone"), message.phone},
        {QStringLiteral("text"), message.text},
        {QStringLiteral("queuedAt"), core::instantToJson(message.queuedAt)}};
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done, id = message.id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = reply->error() == QNetworkReply::NoError || status > 0
                                  ? QString()
                                  : reply->errorString();
        done(id, outcomeOf(status, error, reply->read(maxDetailBytes)));
    });
}

SmsDelivery HttpSmsGateway::outcomeOf(int status, const QString &networkError,
                                      const QByteArray &body)
{
    if (status == 0)
        return {SmsDelivery::Outcome::Retry, networkError};
    const QString answer = QString::fromUtf8(body).simplified();
    const QString detail = answer.isEmpty()
                               ? tr("HTTP %1").arg(status)
                               : tr("HTTP %1: %2").arg(QString::number(status), answer);
    if (status >= 200 && status < 300)
        return {SmsDelivery::Outcome::Sent, detail};
    if (status == 408 || status == 429 || status >= 500)
        return {SmsDelivery::Outcome::Retry, detail};
    return {SmsDelivery::Outcome::Failed, detail};
}

} // namespace sunhall::server
