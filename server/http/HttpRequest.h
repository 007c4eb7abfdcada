// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <utility>

namespace sunhall::server {

/// One HTTP/1.1 request as the server received it: the method, the path split into its
/// percent-decoded segments (so that an encoded "/" never splits a segment), the decoded
/// query, the headers with lower-case names, the body, and who sent it (the peer address and
/// the workstation named by its client certificate).
struct HttpRequest
{
    QByteArray method;
    QString path;         // percent-decoded, for messages and logs; never the query
    QStringList segments; // "/v1/attachments/ab%2Fc" → {"v1", "attachments", "ab/c"}
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    QHostAddress peerAddress;
    QString workstation;       // the client certificate's common name
    QString certificateSerial; // upper-case hex, as `openssl x509 -serial` prints it

    /// The first value of the header (name in lower case), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// Whether the header's comma-separated value list holds token (case-insensitive).
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const;
    /// The decoded value of a query parameter, or a null string when it is absent.
    QString queryValue(const QString &key) const;
    /// A GET asking to become a WebSocket (Upgrade: websocket).
    bool wantsWebSocket() const;
};

} // namespace sunhall::server
