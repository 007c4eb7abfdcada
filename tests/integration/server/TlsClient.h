// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

#include <utility>

// A small blocking HTTP/1.1 client over TLS for driving the server byte by byte: it presents
// a workstation certificate (or none), trusts the test CA alone, keeps the connection alive
// between requests, and can also write raw bytes. Every wait has a timeout.
namespace servertest {

struct HttpReply
{
    int status = 0;                                   // 0: no (complete) response arrived
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const;
    QString errorField() const;
    QString errorMessage() const;
};

class TlsClient
{
public:
    /// A client trusting caPath and presenting certificatePath/keyPath (both empty: none).
    TlsClient(const QString &caPath, const QString &certificatePath, const QString &keyPath);

    /// Restricts the TLS versions offered, e.g. for a client that only speaks TLS 1.3.
    void setProtocol(QSsl::SslProtocol protocol);
    /// Binds the client's end to a local address first (127.0.0.2, …).
    void setLocalAddress(const QString &address) { m_localAddress = address; }
    bool connectTo(quint16 port, int timeoutMs = 10000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QSslSocket &socket() { return m_socket; }

    void setToken(const QString &token) { m_token = token; }
    /// Sends a request on the open connection (connecting first when needed) and reads the
    /// reply.
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                      int timeoutMs = 15000);
    HttpReply get(const QString &path) { return request("GET", path); }
    HttpReply postJson(const QString &path, const QJsonObject &json);

    bool writeRaw(const QByteArray &bytes, int timeoutMs = 5000);
    HttpReply readReply(int timeoutMs = 15000);
    /// Waits until the server has closed the connection.
    bool waitForClosed(int timeoutMs);

    quint16 port() const { return m_port; }

private:
    QSslSocket m_socket;
    QString m_token;
    QString m_localAddress;
    quint16 m_port = 0;
    QByteArray m_buffer;
};

/// Logs `user` in with the test password; the token, or empty.
QString logIn(TlsClient &client, const QString &user);

/// Runs the curl command line; the HTTP status (0 when none) and the body.
struct CurlReply
{
    int exitCode = -1;
    int status = 0;
    QByteArray body;
    QByteArray errors;
};
CurlReply curl(const QStringList &arguments, int timeoutMs = 30000);

} // namespace servertest
