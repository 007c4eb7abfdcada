// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HttpConnection.h"

#include "server/http/ApiErrors.h"
#include "server/http/HttpRequestParser.h"

#include <QSslCertificate>

namespace sunhall::server {

namespace {
// Bounds what a client can make the server buffer between two reads.
constexpr qint64 socketReadBuffer = 256 * 1024;
// After the last response of a connection, input is drained this long before closing, so
// that the client reads the answer rather than a reset.
constexpr int lingerMs = 500;
constexpr int finalCloseMs = 2000;
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
{
    m_socket->setParent(this);
    bool isV4 = false;
    const quint32 v4 = m_socket->peerAddress().toIPv4Address(&isV4);
    m_peerAddress = isV4 ? QHostAddress(v4) : m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
}

void HttpConnection::start()
{
    m_socket->setReadBufferSize(socketReadBuffer);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        m_tlsError = reasons.join(QStringLiteral("; "));
    });
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    setDeadline(m_limits.handshakeMs);
    m_socket->startServerEncryption();
}

QString HttpConnection::normalSerial(const QByteArray &qtSerial)
{
    return QString::fromLatin1(qtSerial).remove(QLatin1Char(':')).toUpper();
}

void HttpConnection::onEncrypted()
{
    const QSslCertificate certificate = m_socket->peerCertificate();
    m_workstation = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    m_certificateSerial = normalSerial(certificate.serialNumber());
    // A listener that asks for no client certificate (public verification) serves anyone.
    const bool anonymous = m_socket->peerVerifyMode() == QSslSocket::VerifyNone;
    if (!anonymous && (certificate.isNull() || m_workstation.isEmpty())) {
        emit handshakeFailed(this, tr("the client certificate names no workstation"));
        abort();
        return;
    }
    m_state = State::Idle;
    setDeadline(m_limits.idleMs);
    emit ready(this);
    if (m_socket->bytesAvailable() > 0)
        processInput();
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closing) {
        m_socket->readAll(); // drained, never read
        return;
    }
    if (m_state == State::Idle || m_state == State::Reading)
        processInput();
}

void HttpConnection::processInput()
{
    if (m_state != State::Idle && m_state != State::Reading)
        return;
    if (!m_haveHead && !readHead())
        return;
    if (!readBody())
        return;
    m_state = State::Handling;
    m_deadline.stop();
    emit requestReceived(this, m_request);
}

bool HttpConnection::readHead()
{
    // RFC 9112 §2.2: empty lines before a request line are ignored.
    while (m_state == State::Idle && m_socket->bytesAvailable() > 0) {
        const QByteArray first = m_socket->peek(1);
        if (first != "\r" && first != "\n")
            break;
        m_socket->skip(1);
    }
    if (m_socket->bytesAvailable() == 0)
        return false;
    if (m_state == State::Idle) {
        m_state = State::Reading;
        m_request = {};
        m_scanned = 0;
        m_requestClock.start();
        setDeadline(m_limits.requestMs);
    }
    const QByteArray peeked = m_socket->peek(m_limits.maxHeadBytes + 4);
    const qsizetype end = peeked.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_scanned - 3));
    if (end < 0) {
        m_scanned = peeked.size();
        if (peeked.size() > m_limits.maxHeadBytes)
            fail(ApiErrors::headersTooLarge(m_limits.maxHeadBytes));
        return false;
    }
    HttpRequestParser::Head head;
    const core::Status parsed = HttpRequestParser::parseHead(QByteArrayView(peeked).first(end + 4),
                                                             m_limits.maxBodyBytes, head);
    m_request = std::move(head.request);
    if (!parsed) {
        fail(parsed.error());
        return false;
    }
    m_request.peerAddress = m_peerAddress;
    m_request.workstation = m_workstation;
    m_request.certificateSerial = m_certificateSerial;
    if (m_request.wantsWebSocket()) {
        m_state = State::Handling;
        m_deadline.stop();
        emit upgradeRequested(this, m_request);
        return false;
    }
    m_socket->skip(end + 4);
    m_haveHead = true;
    m_bodyRemaining = head.contentLength;
    // Grown as bytes arrive: a Content-Length alone must not make the server allocate.
    m_request.body.reserve(qMin<qint64>(m_bodyRemaining, 64 * 1024));
    if (head.expectsContinue && m_bodyRemaining > 0)
        m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
    return true;
}

bool HttpConnection::readBody()
{
    if (m_bodyRemaining > 0) {
        const QByteArray chunk = m_socket->read(m_bodyRemaining);
        m_request.body += chunk;
        m_bodyRemaining -= chunk.size();
    }
    return m_bodyRemaining == 0;
}

void HttpConnection::fail(const core::Error &error)
{
    HttpResponse response = HttpResponse::error(error);
    response.closeConnection = true;
    const qint64 elapsed = m_requestClock.isValid() ? m_requestClock.elapsed() : 0;
    m_state = State::Handling;
    emit protocolError(this, m_request, response, elapsed);
    write(response.serialize(false), true);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_state != State::Handling)
        return;
    const bool keepAlive = m_request.keepAlive && !response.closeConnection && !m_shuttingDown;
    write(response.serialize(keepAlive), !keepAlive);
}

void HttpConnection::write(const QByteArray &bytes, bool closeAfter)
{
    m_closeAfterWrite = closeAfter;
    m_state = State::Writing;
    setDeadline(m_limits.writeStallMs);
    m_socket->write(bytes);
}

bool HttpConnection::allWritten() const
{
    return m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0;
}

void HttpConnection::onBytesWritten()
{
    if (m_state != State::Writing)
        return;
    if (!allWritten()) {
        setDeadline(m_limits.writeStallMs); // progress: the client is reading
        return;
    }
    finishWrite();
}

void HttpConnection::finishWrite()
{
    if (m_closeAfterWrite || m_shuttingDown) {
        enterClosing();
        return;
    }
    m_state = State::Idle;
    m_haveHead = false;
    m_request = {};
    setDeadline(m_limits.idleMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::enterClosing()
{
    m_state = State::Closing;
    m_lingered = false;
    m_socket->readAll();
    setDeadline(lingerMs);
}

QSslSocket *HttpConnection::takeForUpgrade()
{
    m_state = State::Upgraded;
    m_deadline.stop();
    disconnect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    disconnect(m_socket, &QSslSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    disconnect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    return m_socket;
}

void HttpConnection::beginShutdown()
{
    m_shuttingDown = true;
    switch (m_state) {
    case State::Handshaking:
        abort();
        break;
    case State::Idle:
        enterClosing();
        break;
    default:
        break; // a request in flight finishes; an upgraded socket is the live hub's
    }
}

void HttpConnection::abort()
{
    m_deadline.stop();
    m_socket->abort();
}

void HttpConnection::setDeadline(int ms)
{
    m_deadline.start(ms);
}

void HttpConnection::onDeadline()
{
    switch (m_state) {
    case State::Handshaking:
        emit handshakeFailed(this, tr("the TLS handshake was not complete within %1 seconds")
                                       .arg(m_limits.handshakeMs / 1000.0));
        m_state = State::Closing; // reported once
        abort();
        break;
    case State::Idle:
        enterClosing();
        break;
    case State::Reading:
        fail(ApiErrors::requestTimeout(m_limits.requestMs / 1000));
        break;
    case State::Closing:
        if (!m_lingered) {
            m_lingered = true;
            m_socket->disconnectFromHost();
            setDeadline(finalCloseMs);
        } else {
            abort();
        }
        break;
    case State::Writing: // the client stopped reading
    case State::Handling:
    case State::Upgraded:
        abort();
        break;
    }
}

void HttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Handshaking && error != QAbstractSocket::RemoteHostClosedError &&
        m_tlsError.isEmpty())
        m_tlsError = m_socket->errorString();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void HttpConnection::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_state == State::Handshaking) {
        emit handshakeFailed(this, m_tlsError.isEmpty()
                                       ? tr("the client closed the connection during the "
                                            "TLS handshake")
                                       : m_tlsError);
    }
    m_deadline.stop();
    emit closed(this);
    deleteLater();
}

} // namespace sunhall::server
