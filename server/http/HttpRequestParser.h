// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "server/http/HttpRequest.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace sunhall::server {

/// A strict reader of an HTTP/1.1 request head (request line and headers, up to and including
/// the empty line). It accepts only what a well-behaved client sends: origin-form targets,
/// HTTP/1.1 or 1.0, token header names, CRLF line ends, no line folding, one Host, and bodies
/// announced by a Content-Length alone — a Transfer-Encoding (chunked bodies) is answered
/// with 411. Anything else is an error whose code ApiErrors::httpStatus() maps to 400, 411,
/// 413 or 505, so that no malformed input ever reaches a handler.
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequestParser)
public:
    static constexpr int maxHeaders = 100;
    static constexpr int maxMethodLength = 16;

    struct Head
    {
        HttpRequest request; // everything but the body
        qint64 contentLength = 0;
        bool expectsContinue = false; // "Expect: 100-continue"
    };

    /// Parses `head`, which ends with the empty line, into `parsed`; a body longer than maxBody
    /// is refused ("request.too-large") before a byte of it is read. On an error `parsed` holds
    /// what could be read (the method and path, for the log).
    static core::Status parseHead(QByteArrayView head, qint64 maxBody, Head &parsed);

private:
    static core::Status parseRequestLine(QByteArrayView line, Head &head);
    static core::Status parseTarget(QByteArrayView target, HttpRequest &request);
    static core::Status parseHeaderLine(QByteArrayView line, HttpRequest &request);
    static core::Status checkHeaders(Head &head, bool http11, qint64 maxBody);
};

} // namespace sunhall::server
