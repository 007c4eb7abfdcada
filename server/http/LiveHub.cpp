// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/LiveHub.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QWebSocket>

namespace sunhall::server {

LiveHub::LiveHub(QObject *parent)
    : QObject(parent)
    , m_server(QStringLiteral("sunhall"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &LiveHub::onNewConnection);
    m_pingTimer.setInterval(pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveHub::onPingRound);
    m_pingTimer.start();
}

QString LiveHub::peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

void LiveHub::adopt(QSslSocket *socket, const Client &client)
{
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    m_pending.insert(key, client);
    connect(socket, &QObject::destroyed, this, [this, key] { m_pending.remove(key); });
    m_server.handleConnection(socket);
}

void LiveHub::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        const auto pending = m_pending.find(peerKey(socket->peerAddress(), socket->peerPort()));
        if (pending == m_pending.end()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const Peer peer{*pending, 0};
        m_pending.erase(pending);
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(maxIncomingMessage);
        socket->setMaxAllowedIncomingMessageSize(maxIncomingMessage);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (const auto it = m_clients.find(socket); it != m_clients.end())
                it->missedPongs = 0;
        });
        m_clients.insert(socket, peer);
        emit clientJoined(peer.client);
    }
}

void LiveHub::drop(QWebSocket *socket)
{
    const auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const Client client = it->client;
    m_clients.erase(it);
    socket->deleteLater();
    emit clientLeft(client);
}

void LiveHub::poke(qint64 serverSeq, const QSet<QString> &departments, bool everyone)
{
    const QString message = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("poke")},
                                  {QStringLiteral("serverSeq"), serverSeq}})
            .toJson(QJsonDocument::Compact));
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        const PullScope &scope = it->client.scope;
        bool inScope = everyone || scope.everything;
        for (qsizetype i = 0; !inScope && i < scope.departments.size(); ++i)
            inScope = departments.contains(scope.departments[i]);
        if (inScope)
            it.key()->sendTextMessage(message);
    }
}

void LiveHub::onPingRound()
{
    static const QString ping = QStringLiteral("{\"type\":\"ping\"}");
    QList<QWebSocket *> invalid;
    QList<QWebSocket *> silent;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (m_validator && !m_validator(it->client)) {
            invalid.append(it.key());
        } else if (it->missedPongs >= missedPongsAllowed) {
            silent.append(it.key());
        } else {
            ++it->missedPongs;
            it.key()->sendTextMessage(ping);
            it.key()->ping();
        }
    }
    for (QWebSocket *socket : invalid)
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, tr("Session ended"));
    for (QWebSocket *socket : silent)
        socket->abort();
}

void LiveHub::closeWhere(const std::function<bool(const Client &)> &predicate,
                         const QString &reason)
{
    QList<QWebSocket *> matching;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (predicate(it->client))
            matching.append(it.key());
    }
    for (QWebSocket *socket : matching)
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void LiveHub::closeAll(const QString &reason)
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, reason);
}

QSet<QString> LiveHub::certificateSerials() const
{
    QSet<QString> serials;
    for (const Peer &peer : m_clients)
        serials.insert(peer.client.certificateSerial);
    return serials;
}

} // namespace sunhall::server
