// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/server/TlsClient.h"

#include "tests/integration/server/TestHall.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QProcess>
#include <QSslKey>

namespace servertest {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString HttpReply::errorField() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

QString HttpReply::errorMessage() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TlsClient::TlsClient(const QString &caPath, const QString &certificatePath, const QString &keyPath)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(readAll(caPath)));
    if (!certificatePath.isEmpty()) {
        tls.setLocalCertificate(QSslCertificate(readAll(certificatePath)));
        tls.setPrivateKey(QSslKey(readAll(keyPath), QSsl::Ec));
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket.setSslConfiguration(tls);
}

void TlsClient::setProtocol(QSsl::SslProtocol protocol)
{
    QSslConfiguration tls = m_socket.sslConfiguration();
    tls.setProtocol(protocol);
    m_socket.setSslConfiguration(tls);
}

bool TlsClient::connectTo(quint16 port, int timeoutMs)
{
    m_port = port;
    m_buffer.clear();
    if (!m_localAddress.isEmpty() && !m_socket.bind(QHostAddress(m_localAddress)))
        return false;
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (m_socket.waitForEncrypted(timeoutMs))
        return true;
    qInfo() << "TLS connection failed:" << m_socket.errorString() << m_socket.sslHandshakeErrors();
    return false;
}

bool TlsClient::writeRaw(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
        if (!m_socket.waitForBytesWritten(int(deadline.remainingTime())))
            break;
    }
    return m_socket.bytesToWrite() == 0;
}

HttpReply TlsClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    if (!isConnected() && !connectTo(m_port, timeoutMs))
        return {};
    QByteArray bytes = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!m_token.isEmpty())
        bytes += "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "\r\n" + body;
    if (!writeRaw(bytes, timeoutMs))
        return {};
    return readReply(timeoutMs);
}

HttpReply TlsClient::postJson(const QString &path, const QJsonObject &json)
{
    return request("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact),
                   {{"Content-Type", "application/json"}});
}

HttpReply TlsClient::readReply(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // More bytes into the buffer: false when none came before the deadline.
    const auto fill = [&] {
        if (m_socket.bytesAvailable() == 0 && !deadline.hasExpired() &&
            m_socket.state() == QAbstractSocket::ConnectedState)
            m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        const QByteArray more = m_socket.readAll();
        m_buffer += more;
        return !more.isEmpty();
    };
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill())
            return {};
    }
    HttpReply reply;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        reply.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    while (m_buffer.size() < headEnd + 4 + length) {
        if (!fill())
            return {};
    }
    reply.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    return reply;
}

bool TlsClient::waitForClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        m_buffer += m_socket.readAll();
        m_socket.waitForReadyRead(
            int(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

QString logIn(TlsClient &client, const QString &user)
{
    const HttpReply reply =
        client.postJson(QStringLiteral("/v1/session"),
                        {{QStringLiteral("user"), user},
                         {QStringLiteral("password"), QString::fromLatin1(password)}});
    const QString token = reply.json().value(QStringLiteral("token")).toString();
    client.setToken(token);
    return token;
}

CurlReply curl(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral("curl"),
                  QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"),
                              QString::number(timeoutMs / 1000 - 2), QStringLiteral("-w"),
                              QStringLiteral("\n%{http_code}")} +
                      arguments);
    CurlReply reply;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return reply;
    }
    reply.exitCode = process.exitCode();
    QByteArray out = process.readAllStandardOutput();
    const qsizetype lastLine = out.lastIndexOf('\n');
    reply.status = out.mid(lastLine + 1).toInt();
    reply.body = out.left(qMax<qsizetype>(0, lastLine));
    reply.errors = process.readAllStandardError();
    return reply;
}

} // namespace servertest
