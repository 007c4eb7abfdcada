// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadHttpConnection.h"

#include "app/sunhallctl/LatencySamples.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::ctl {

namespace {

// A reply head longer than this is not from the hall's server nor from nginx.
constexpr qsizetype maxHeadBytes = 64 * 1024;

} // namespace

QString LoadHttpConnection::Reply::errorKind() const
{
    if (status == 0)
        return failure;
    const QString code = QJsonDocument::fromJson(body)
                             .object()
                             .value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toString();
    const QString kind = QStringLiteral("http-%1").arg(status);
    return code.isEmpty() ? kind : kind + QLatin1Char(' ') + code;
}

LoadHttpConnection::LoadHttpConnection(QString host, quint16 port, const QSslConfiguration &ssl,
                                       int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(timeoutMs)
{
    m_socket.setSslConfiguration(ssl);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        fail(QStringLiteral("timeout"), tr("no complete reply within %1 ms").arg(m_timeoutMs));
    });
    // As HTTP clients do (Qt's own included): a request written in pieces must not wait for
    // the server's delayed acknowledgement of the first.
    connect(&m_socket, &QSslSocket::connected, this,
            [this]() { m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(&m_socket, &QSslSocket::encrypted, this, &LoadHttpConnection::onEncrypted);
    connect(&m_socket, &QSslSocket::readyRead, this, &LoadHttpConnection::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &LoadHttpConnection::onSocketError);
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        m_tlsErrors = texts.join(QStringLiteral("; "));
    });
    connect(&m_socket, &QSslSocket::disconnected, this, [this]() {
        onReadyRead();
        fail(QStringLiteral("closed"), tr("the server closed the connection"));
    });
}

LoadHttpConnection::~LoadHttpConnection()
{
    m_done = nullptr;
    m_socket.disconnect(this);
    m_socket.abort();
}

void LoadHttpConnection::get(const QByteArray &target, Callback done)
{
    send("GET", target, {}, std::move(done));
}

void LoadHttpConnection::post(const QByteArray &target, const QByteArray &json, Callback done)
{
    send("POST", target, json, std::move(done));
}

bool LoadHttpConnection::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted();
}

void LoadHttpConnection::send(const QByteArray &method, const QByteArray &target,
                              const QByteArray &body, Callback done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
                QByteArray::number(m_port) + "\r\nAccept: application/json\r\n";
    if (!m_token.isEmpty())
        m_request += "Authorization: Bearer " + m_token + "\r\n";
    if (method == "POST") {
        m_request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    }
    m_request += "\r\n" + body;
    m_buffer.clear();
    m_status = 0;
    m_contentLength = -1;
    m_bodyStart = -1;
    m_closeAfter = false;
    m_sentAt = monotonicMicros();
    m_timeout.start(m_timeoutMs);
    m_retried = false;
    m_reused = isConnected();
    if (m_reused) {
        m_socket.write(m_request);
    } else if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_tlsErrors.clear();
        m_socket.connectToHostEncrypted(m_host, m_port);
    }
}

void LoadHttpConnection::onEncrypted()
{
    if (m_done)
        m_socket.write(m_request);
}

void LoadHttpConnection::onReadyRead()
{
    if (!m_done) {
        m_socket.readAll(); // nothing was asked: not part of any reply
        return;
    }
    m_buffer += m_socket.readAll();
    if (m_bodyStart < 0 && !readHead())
        return;
    if (m_buffer.size() - m_bodyStart >= m_contentLength)
        complete();
}

bool LoadHttpConnection::readHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > maxHeadBytes)
            fail(QStringLiteral("protocol"), tr("a reply head of over 64 KiB"));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    bool ok = false;
    m_status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
    if (!ok || !statusLine.constFirst().startsWith("HTTP/1.")) {
        fail(QStringLiteral("protocol"), tr("not an HTTP/1.x reply"));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            m_contentLength = value.toLongLong(&ok);
        else if (name == "connection")
            m_closeAfter = value == "close";
        else if (name == "transfer-encoding")
            m_contentLength = -2; // chunked: not spoken here
    }
    if (m_contentLength < 0 && (m_status == 204 || m_status == 304))
        m_contentLength = 0;
    if (m_contentLength < 0) {
        fail(QStringLiteral("protocol"), tr("a reply without Content-Length"));
        return false;
    }
    m_bodyStart = end + 4;
    return true;
}

void LoadHttpConnection::complete()
{
    m_timeout.stop();
    Reply reply;
    reply.status = m_status;
    reply.body = m_buffer.mid(m_bodyStart, m_contentLength);
    reply.sentAt = m_sentAt;
    reply.micros = monotonicMicros() - m_sentAt;
    const Callback done = std::move(m_done);
    m_done = nullptr;
    if (m_closeAfter)
        m_socket.abort();
    done(reply);
}

void LoadHttpConnection::onSocketError(QAbstractSocket::SocketError error)
{
    onReadyRead(); // a reply may have arrived whole just before the server closed
    if (!m_done)
        return;
    QString kind = QStringLiteral("closed");
    if (error == QAbstractSocket::ConnectionRefusedError ||
        error == QAbstractSocket::HostNotFoundError)
        kind = QStringLiteral("connect");
    else if (!m_socket.isEncrypted())
        kind = QStringLiteral("tls");
    fail(kind, m_tlsErrors.isEmpty() ? m_socket.errorString() : m_tlsErrors);
}

void LoadHttpConnection::fail(const QString &failure, const QString &detail)
{
    if (!m_done)
        return;
    if (failure == QLatin1String("closed") && m_reused && !m_retried && m_buffer.isEmpty()) {
        // As HTTP clients do: a kept-alive connection the server closed while it was idle
        // (the close crossing the request) is opened again and the request sent once more.
        // Every request of the load is safe to repeat: a push again is a replay.
        m_retried = true;
        m_reused = false;
        m_socket.abort();
        m_tlsErrors.clear();
        m_socket.connectToHostEncrypted(m_host, m_port);
        return;
    }
    m_timeout.stop();
    const Callback done = std::move(m_done);
    m_done = nullptr;
    m_socket.abort();
    Reply reply;
    reply.failure = failure;
    reply.detail = detail;
    reply.sentAt = m_sentAt;
    reply.micros = monotonicMicros() - m_sentAt;
    done(reply);
}

} // namespace sunhall::ctl
