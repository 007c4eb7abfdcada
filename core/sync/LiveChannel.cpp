// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/LiveChannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace sunhall::core {

LiveChannel::LiveChannel(QUrl url, QSslConfiguration ssl, Backoff backoff, int idleTimeoutMs,
                         QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_ssl(std::move(ssl))
    , m_backoff(std::move(backoff))
{
    m_socket.setSslConfiguration(m_ssl);
    m_reconnect.setSingleShot(true);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveChannel::open);
    connect(&m_idle, &QTimer::timeout, this, [this]() { m_socket.abort(); });
    connect(&m_socket, &QWebSocket::connected, this, &LiveChannel::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveChannel::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveChannel::onMessage);
}

LiveChannel::~LiveChannel()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void LiveChannel::start(const QString &token)
{
    m_token = token;
    m_running = true;
    m_backoff.reset();
    m_reconnect.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort(); // reopened from onDisconnected with the new token
    else
        open();
}

void LiveChannel::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_idle.stop();
    m_socket.abort();
    setConnected(false);
}

void LiveChannel::open()
{
    if (!m_running)
        return;
    QNetworkRequest request(m_url);
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    m_socket.open(request);
}

void LiveChannel::onConnected()
{
    m_backoff.reset();
    m_idle.start();
    setConnected(true);
}

void LiveChannel::onDisconnected()
{
    m_idle.stop();
    const QString why = m_socket.errorString();
    setConnected(false);
    if (!m_running || m_reconnect.isActive())
        return;
    m_lastDelayMs = m_backoff.nextDelayMs();
    m_reconnect.start(m_lastDelayMs);
    emit dropped(why, m_lastDelayMs);
}

void LiveChannel::onMessage(const QString &text)
{
    m_idle.start();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.value(QStringLiteral("type")).toString() == QLatin1String("poke"))
        emit poked(message.value(QStringLiteral("serverSeq")).toInteger());
}

void LiveChannel::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}

} // namespace sunhall::core
