// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "server/notify/SmsGateway.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

namespace sunhall::server {

/// A gateway reached over HTTP(S): each message is POSTed as JSON ({id, caseId, kind, phone,
/// text, queuedAt}) with an "Idempotency-Key: sunhall-notice-ID" header. Over HTTPS it trusts
/// the given CA certificates alone (the hall's CA, or the provider's), TLS 1.2 or later. A 2xx
/// answer means sent; 408, 429, a 5xx answer, a timeout or a network error mean try again;
/// any other answer means the gateway refuses the message for good.
class HttpSmsGateway final : public SmsGateway
{
    Q_DECLARE_TR_FUNCTIONS(HttpSmsGateway)
public:
    HttpSmsGateway(QUrl url, QList<QSslCertificate> caCertificates, int timeoutMs);

    /// The CA certificates of a PEM file (one or more); the error names the file.
    static core::Result<QList<QSslCertificate>> readCaFile(const QString &path);

    QString name() const override { return QStringLiteral("http"); }
    /// Requests in flight at once.
    int batchSize() const override { return 4; }
    void send(const QList<SmsMessage> &messages, Done done) override;

private:
    void post(const SmsMessage &message, const Done &done);
    static SmsDelivery outcomeOf(int status, const QString &networkError, const QByteArray &body);

    QUrl m_url;
    QList<QSslCertificate> m_caCertificates;
    int m_timeoutMs;
    QNetworkAccessManager m_network;
};

} // namespace sunhall::server
