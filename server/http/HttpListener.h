// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpConnection.h"
#include "server/http/HttpLimits.h"

#include <QHash>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

namespace sunhall::server {

/// The listening socket: accepts TCP connections, refuses those beyond the total and
/// per-address limits before spending a TLS handshake on them, and wraps each accepted one in
/// an HttpConnection configured for mutual TLS. It keeps the list of open connections so the
/// server can find a workstation's sockets or close them all.
class HttpListener : public QTcpServer
{
    Q_OBJECT
public:
    HttpListener(QSslConfiguration tls, const HttpLimits &limits, QObject *parent = nullptr);

    QList<HttpConnection *> connections() const { return m_connections.values(); }
    int connectionCount() const { return int(m_connections.size()); }

signals:
    void connectionStarted(sunhall::server::HttpConnection *connection);
    void connectionRefused(const QHostAddress &peer, const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    static QString peerKey(const QHostAddress &address);
    void forget(HttpConnection *connection);

    QSslConfiguration m_tls;
    HttpLimits m_limits;
    QSet<HttpConnection *> m_connections;
    QHash<QString, int> m_perPeer;
};

} // namespace sunhall::server
