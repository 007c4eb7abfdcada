// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/ApiErrors.h"

#include <QHash>

namespace sunhall::server {

using core::Error;
using core::makeError;

int ApiErrors::httpStatus(const QString &code)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("request.malformed"), 400},
        {QStringLiteral("request.malformed-json"), 400},
        {QStringLiteral("request.bad-field"), 400},
        {QStringLiteral("attachment.hash-mismatch"), 400},
        {QStringLiteral("auth.failed"), 401},
        {QStringLiteral("auth.session-invalid"), 401},
        {QStringLiteral("auth.session-expired"), 401},
        {QStringLiteral("auth.forbidden"), 403},
        {QStringLiteral("workstation.revoked"), 403},
        {QStringLiteral("request.not-found"), 404},
        {QStringLiteral("attachment.not-found"), 404},
        {QStringLiteral("reference.not-found"), 404},
        {QStringLiteral("catalog.no-version"), 404},
        {QStringLiteral("request.method-not-allowed"), 405},
        {QStringLiteral("request.timeout"), 408},
        {QStringLiteral("sync.sequence-gap"), 409},
        {QStringLiteral("sync.sequence-conflict"), 409},
        {QStringLiteral("attachment.offset"), 409},
        {QStringLiteral("request.length-required"), 411},
        {QStringLiteral("request.too-large"), 413},
        {QStringLiteral("attachment.too-large"), 413},
        {QStringLiteral("attachment.type"), 415},
        {QStringLiteral("auth.locked"), 429},
        {QStringLiteral("request.rate-limited"), 429},
        {QStringLiteral("request.http-version"), 505},
        {QStringLiteral("server.stopping"), 503},
    };
    return statuses.value(code, 500);
}

Error ApiErrors::malformedRequest(const QString &detail, const QString &field)
{
    return makeError(QStringLiteral("request.malformed"),
                     tr("The request is not valid HTTP: %1.").arg(detail), field);
}

Error ApiErrors::malformedJson(const QString &detail, qsizetype offset)
{
    return makeError(
        QStringLiteral("request.malformed-json"),
        tr("The request body is not valid JSON: %1 at byte %2.").arg(detail).arg(offset),
        QStringLiteral("body"));
}

Error ApiErrors::badField(const QString &field, const QString &message)
{
    return makeError(QStringLiteral("request.bad-field"), message, field);
}

Error ApiErrors::missingField(const QString &field)
{
    return badField(field, tr("The field \"%1\" is missing.").arg(field));
}

Error ApiErrors::headersTooLarge(qsizetype limit)
{
    return makeError(QStringLiteral("request.too-large"),
                     tr("The request line and headers are longer than %1 bytes.").arg(limit),
                     QStringLiteral("headers"));
}

Error ApiErrors::bodyTooLarge(qint64 size, qint64 limit)
{
    return makeError(QStringLiteral("request.too-large"),
                     tr("The request body of %1 bytes is larger than the limit of %2 bytes.")
                         .arg(size)
                         .arg(limit),
                     QStringLiteral("Content-Length"));
}

Error ApiErrors::lengthRequired()
{
    return makeError(QStringLiteral("request.length-required"),
                     tr("A request body must be sent with a Content-Length; chunked bodies "
                        "are not accepted."),
                     QStringLiteral("Content-Length"));
}

Error ApiErrors::unsupportedVersion(const QString &version)
{
    return makeError(QStringLiteral("request.http-version"),
                     tr("The HTTP version \"%1\" is not supported; use HTTP/1.1.").arg(version),
                     QStringLiteral("version"));
}

Error ApiErrors::requestTimeout(int seconds)
{
    return makeError(QStringLiteral("request.timeout"),
                     tr("The request was not complete within %1 seconds.").arg(seconds));
}

Error ApiErrors::notFound(const QString &path)
{
    return makeError(QStringLiteral("request.not-found"),
                     tr("There is nothing at \"%1\" on this server.").arg(path),
                     QStringLiteral("path"));
}

Error ApiErrors::methodNotAllowed(const QString &method, const QString &path)
{
    return makeError(QStringLiteral("request.method-not-allowed"),
                     tr("\"%1\" cannot be used with \"%2\".").arg(method, path),
                     QStringLiteral("method"));
}

Error ApiErrors::notLoggedIn()
{
    return makeError(QStringLiteral("auth.session-invalid"),
                     tr("You are not logged in, or your session has ended. Please log in again."),
                     QStringLiteral("Authorization"));
}

Error ApiErrors::workstationRevoked(const QString &workstation)
{
    return makeError(QStringLiteral("workstation.revoked"),
                     tr("The workstation \"%1\" has been revoked and may no longer connect. "
                        "Ask the hall's administrator.")
                         .arg(workstation));
}

Error ApiErrors::stopping()
{
    return makeError(QStringLiteral("server.stopping"),
                     tr("The server is stopping. Please try again in a moment."));
}

Error ApiErrors::internal()
{
    return makeError(QStringLiteral("server.internal"),
                     tr("The server could not complete the request because of an internal "
                        "fault. The fault has been logged; please try again or call the "
                        "hall's IT."));
}

} // namespace sunhall::server
