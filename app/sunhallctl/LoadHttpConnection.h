// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <functional>

namespace sunhall::ctl {

/// One keep-alive HTTPS connection of `sunhallctl loadgen`: a QSslSocket with the simulated
/// workstation's TLS configuration, one request at a time, HTTP/1.1 read strictly (a
/// Content-Length body; the server and nginx both send one). Many hundreds of them share one
/// thread's event loop, which QNetworkAccessManager, with a thread of its own per manager,
/// does not allow. A connection the server closed is opened again by the next request, whose
/// time then includes the new handshake. Every request ends once, in its callback: with the
/// reply, or with the reason there is none.
class LoadHttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer; see failure
        QByteArray body;
        /// Why no answer came: "connect", "tls", "timeout", "closed" or "protocol".
        QString failure;
        QString detail;    // the socket's own words for it
        qint64 sentAt = 0; // monotonicMicros() just before the request was written
        qint64 micros = 0; // from sentAt to the last byte of the reply

        bool ok() const { return status >= 200 && status < 300; }
        /// "http-409 sync.sequence-gap", "tls", …: how the load report counts a failure.
        QString errorKind() const;
    };
    using Callback = std::function<void(const Reply &)>;

    LoadHttpConnection(QString host, quint16 port, const QSslConfiguration &ssl, int timeoutMs,
                       QObject *parent = nullptr);
    /// Drops a request still running without calling back: its caller is going too.
    ~LoadHttpConnection() override;

    /// Sent as "Authorization: Bearer <token>" from the next request on.
    void setToken(const QByteArray &token) { m_token = token; }
    void get(const QByteArray &target, Callback done);
    void post(const QByteArray &target, const QByteArray &json, Callback done);
    bool isBusy() const { return bool(m_done); }

private:
    bool isConnected() const;
    void send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
              Callback done);
    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    bool readHead();
    void complete();
    void fail(const QString &failure, const QString &detail);

    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
    QSslSocket m_socket;
    QTimer m_timeout;
    QByteArray m_token;
    bool m_reused = false;  // the request went out on a connection already open
    bool m_retried = false; // and was sent again on a new one after the server closed it
    QByteArray m_request;
    Callback m_done;
    QByteArray m_buffer;
    QString m_tlsErrors;
    int m_status = 0;
    qint64 m_contentLength = -1;
    qsizetype m_bodyStart = -1;
    bool m_closeAfter = false;
    qint64 m_sentAt = 0;
};

} // namespace sunhall::ctl
