// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Backoff.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace sunhall::core {

/// The live channel (docs/protocol.md, GET /v1/live): a WebSocket to the server, opened with
/// the session's bearer token, on which the server pokes after each commit the workstation
/// may see. When the socket drops or cannot be opened it is opened again after a Backoff wait
/// (1 s doubling to 30 s, with jitter), until stop(). A socket on which nothing, not even the
/// server's 30-second ping, arrives for the idle timeout is taken for dead and reopened.
class LiveChannel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectedChanged)
public:
    LiveChannel(QUrl url, QSslConfiguration ssl, Backoff backoff, int idleTimeoutMs,
                QObject *parent = nullptr);
    ~LiveChannel() override;

    /// Opens the channel with `token` (again, if it was open) and keeps it open.
    void start(const QString &token);
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }
    /// The wait before the pending reconnect, in milliseconds; 0 when none is pending.
    int pendingDelayMs() const { return m_reconnect.isActive() ? m_lastDelayMs : 0; }

signals:
    void poked(qint64 serverSeq);
    void connectedChanged(bool connected);
    /// An attempt to open the channel failed, or an open channel dropped; `delayMs` is the
    /// wait before the next attempt.
    void dropped(const QString &why, int delayMs);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    void setConnected(bool connected);

    QUrl m_url;
    QSslConfiguration m_ssl;
    Backoff m_backoff;
    QWebSocket m_socket;
    QTimer m_reconnect;
    QTimer m_idle;
    QString m_token;
    bool m_running = false;
    bool m_connected = false;
    int m_lastDelayMs = 0;
};

} // namespace sunhall::core
