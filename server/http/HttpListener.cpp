// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HttpListener.h"

namespace sunhall::server {

HttpListener::HttpListener(QSslConfiguration tls, const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
    , m_limits(limits)
{
    // Bursts of clients reconnecting at once should queue in the kernel, not be refused.
    setListenBacklogSize(1024);
}

QString HttpListener::peerKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const QString key = peerKey(peer);
    QString refusal;
    if (m_connections.size() >= m_limits.maxConnections)
        refusal = tr("the server already has %1 connections").arg(m_limits.maxConnections);
    else if (m_perPeer.value(key) >= m_limits.maxConnectionsPerPeer)
        refusal = tr("%1 already has %2 connections").arg(key).arg(m_limits.maxConnectionsPerPeer);
    if (!refusal.isEmpty()) {
        socket->abort();
        delete socket;
        emit connectionRefused(peer, refusal);
        return;
    }
    socket->setSslConfiguration(m_tls);
    auto *connection = new HttpConnection(socket, m_limits, this);
    m_connections.insert(connection);
    ++m_perPeer[key];
    connect(connection, &HttpConnection::closed, this, &HttpListener::forget);
    emit connectionStarted(connection);
    connection->start();
}

void HttpListener::forget(HttpConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    const QString key = peerKey(connection->peerAddress());
    if (--m_perPeer[key] <= 0)
        m_perPeer.remove(key);
}

} // namespace sunhall::server
