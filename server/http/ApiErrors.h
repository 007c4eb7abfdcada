// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sunhall::server {

/// The errors the HTTP front answers with (docs/protocol.md, "Errors"), each with its stable
/// code, a message for the person at the window and the field it is about, and the HTTP status
/// that goes with a code. Errors from other parts (the store, the command processor) keep
/// their own codes; httpStatus() knows the ones a client must be able to tell apart.
class ApiErrors
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrors)
public:
    /// The HTTP status for an error code: 400 for bad input, 401, 403, 404, 405, 409, 411,
    /// 413, 415, 429, 503, and 500 for anything the server does not expect.
    static int httpStatus(const QString &code);

    /// `field`: "request-line", "method", "path", "version", "headers", "Host" or
    /// "Content-Length".
    static core::Error malformedRequest(const QString &detail, const QString &field);
    static core::Error malformedJson(const QString &detail, qsizetype offset);
    static core::Error badField(const QString &field, const QString &message);
    static core::Error missingField(const QString &field);
    static core::Error headersTooLarge(qsizetype limit);
    static core::Error bodyTooLarge(qint64 size, qint64 limit);
    static core::Error lengthRequired();
    static core::Error unsupportedVersion(const QString &version);
    static core::Error requestTimeout(int seconds);
    static core::Error notFound(const QString &path);
    static core::Error methodNotAllowed(const QString &method, const QString &path);
    static core::Error notLoggedIn();
    static core::Error workstationRevoked(const QString &workstation);
    static core::Error stopping();
    /// The server's own fault; the detail goes to the log, never to the client.
    static core::Error internal();
};

} // namespace sunhall::server
