// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/store/ServerStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocketServer>

#include <functional>

class QSslSocket;
class QWebSocket;

namespace sunhall::server {

/// The live feed, GET /v1/live (DESIGN.md §3): WebSocket clients that have been authenticated
/// by the HTTP front, each with the scope of its user. After a commit the server pokes every
/// client that may see one of the touched cases' departments with {"type":"poke",
/// "serverSeq":N}; every 30 s each client gets {"type":"ping"} and a WebSocket ping, and one
/// that has not answered for three rounds, or whose session or workstation is no longer valid,
/// is closed. The upgrade handshake itself is QWebSocketServer's (handleConnection()), over the
/// TLS socket the HTTP front already holds.
class LiveHub : public QObject
{
    Q_OBJECT
public:
    struct Client
    {
        QString workstation;
        QString certificateSerial;
        QString userId;
        QByteArray tokenHash;
        PullScope scope;
    };
    /// Whether a client may stay: checked on every ping round (session, revocation).
    using Validator = std::function<bool(const Client &)>;

    static constexpr int pingIntervalMs = 30'000;
    static constexpr int missedPongsAllowed = 3;
    static constexpr qint64 maxIncomingMessage = 4096;

    explicit LiveHub(QObject *parent = nullptr);

    void setValidator(Validator validator) { m_validator = std::move(validator); }
    /// Takes over a TLS socket whose unread request is a WebSocket upgrade for `client`.
    void adopt(QSslSocket *socket, const Client &client);
    int clientCount() const { return int(m_clients.size()); }

    /// Pokes the clients that may see any of `departments` (all of them when `everyone`).
    void poke(qint64 serverSeq, const QSet<QString> &departments, bool everyone);
    /// Closes the sockets of a workstation's certificate (revoked) or of a session (logout).
    void closeWhere(const std::function<bool(const Client &)> &predicate, const QString &reason);
    void closeAll(const QString &reason);
    QSet<QString> certificateSerials() const;

signals:
    void clientJoined(const sunhall::server::LiveHub::Client &client);
    void clientLeft(const sunhall::server::LiveHub::Client &client);

private:
    struct Peer
    {
        Client client;
        int missedPongs = 0;
    };
    static QString peerKey(const QHostAddress &address, quint16 port);
    void onNewConnection();
    void onPingRound();
    void drop(QWebSocket *socket);

    QWebSocketServer m_server;
    QHash<QString, Client> m_pending; // by peer address and port, until the handshake is done
    QHash<QWebSocket *, Peer> m_clients;
    QTimer m_pingTimer;
    Validator m_validator;
};

} // namespace sunhall::server
