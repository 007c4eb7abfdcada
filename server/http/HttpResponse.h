// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <utility>

namespace sunhall::server {

/// A response to write: the status, the body with its type, any extra headers, and whether
/// the connection must be closed after it (after a protocol error, or when the server is
/// stopping). Errors are always the protocol's JSON shape {"error":{code,message,field}}.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool closeConnection = false;
    QString errorCode; // for the log and the metrics; empty on success

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(const QJsonObject &object) { return json(200, object); }
    /// The error with the status ApiErrors::httpStatus() gives its code.
    static HttpResponse error(const core::Error &error);
    static HttpResponse noContent();
    static HttpResponse bytes(QByteArray body, QByteArray contentType);

    /// The status line, headers and body as they go on the wire.
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace sunhall::server
