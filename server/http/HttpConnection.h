// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpLimits.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace sunhall::server {

/// One client connection over mutual TLS, read strictly as HTTP/1.1 with keep-alive: it runs
/// the TLS handshake, reads each request head (HttpRequestParser) and its Content-Length
/// body, hands the complete request to whoever listens to requestReceived(), writes the
/// answer given to respond(), and enforces every per-connection limit of HttpLimits with one
/// deadline that changes meaning with the state: the handshake, the idle wait, the whole
/// request, a stalled write. A protocol error is answered here (400, 408, 411, 413, 505) and
/// the connection closed, so handlers only ever see well-formed requests. A WebSocket upgrade
/// is announced with the request head still unread in the socket, so that QWebSocketServer
/// can take the socket over (takeForUpgrade()). Deletes itself when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Handshaking, // TLS handshake running
        Idle,        // waiting for the next request
        Reading,     // a request has begun to arrive
        Handling,    // a complete request is with the handler
        Writing,     // the response is being sent
        Upgraded,    // the socket belongs to a WebSocket now
        Closing,     // the last response is out; closing
    };
    Q_ENUM(State)

    /// Takes a socket that is connected but not yet encrypted; `socket` becomes a child.
    HttpConnection(QSslSocket *socket, const HttpLimits &limits, QObject *parent = nullptr);

    /// Starts the server side of the TLS handshake.
    void start();
    State state() const { return m_state; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    /// The client certificate's common name and serial; empty before the handshake is done.
    QString workstation() const { return m_workstation; }
    QString certificateSerial() const { return m_certificateSerial; }

    /// Sends the answer to the request last announced by requestReceived() or
    /// upgradeRequested(); the connection then waits for the next request or closes.
    void respond(const HttpResponse &response);
    /// Gives up the socket to a WebSocket: the request head stays unread in it. The socket
    /// remains this object's child; when it closes, this object goes too.
    QSslSocket *takeForUpgrade();
    /// Stops taking new requests: an idle connection closes now, one in the middle of a
    /// request finishes it and then closes.
    void beginShutdown();
    /// Closes at once, dropping anything unsent.
    void abort();

    /// The normal form of a certificate serial: upper-case hex without separators, as
    /// `openssl x509 -serial` prints it.
    static QString normalSerial(const QByteArray &qtSerial);

signals:
    void ready(sunhall::server::HttpConnection *connection);
    void requestReceived(sunhall::server::HttpConnection *connection,
                         const sunhall::server::HttpRequest &request);
    void upgradeRequested(sunhall::server::HttpConnection *connection,
                          const sunhall::server::HttpRequest &request);
    /// A request refused by the connection itself (malformed, too large, too slow); the
    /// request holds what was read of it.
    void protocolError(sunhall::server::HttpConnection *connection,
                       const sunhall::server::HttpRequest &request,
                       const sunhall::server::HttpResponse &response, qint64 elapsedMs);
    void handshakeFailed(sunhall::server::HttpConnection *connection, const QString &reason);
    void closed(sunhall::server::HttpConnection *connection);

private:
    void onEncrypted();
    void onReadyRead();
    void onBytesWritten();
    void onDeadline();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();

    void processInput();
    bool readHead();
    bool readBody();
    void fail(const core::Error &error);
    void write(const QByteArray &bytes, bool closeAfter);
    void finishWrite();
    void enterClosing();
    void setDeadline(int ms);
    bool allWritten() const;

    QSslSocket *m_socket;
    HttpLimits m_limits;
    State m_state = State::Handshaking;
    QTimer m_deadline;
    QElapsedTimer m_requestClock;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_workstation;
    QString m_certificateSerial;
    QString m_tlsError;
    HttpRequest m_request;
    bool m_haveHead = false;
    qint64 m_bodyRemaining = 0;
    qsizetype m_scanned = 0; // head bytes already searched for the empty line
    bool m_closeAfterWrite = false;
    bool m_lingered = false;
    bool m_shuttingDown = false;
    bool m_finished = false;
};

} // namespace sunhall::server
