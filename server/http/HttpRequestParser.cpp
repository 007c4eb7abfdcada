// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HttpRequestParser.h"

#include "server/http/ApiErrors.h"

#include <QStringDecoder>

namespace sunhall::server {

using core::Status;

namespace {

// RFC 9110 §5.6.2 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible ASCII, spaces, tabs and obs-text, never other controls.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar(u'\0')))
        return std::nullopt;
    return text;
}

} // namespace

Status HttpRequestParser::parseHead(QByteArrayView head, qint64 maxBody, Head &parsed)
{
    if (!head.endsWith("\r\n\r\n"))
        return ApiErrors::malformedRequest(tr("the headers do not end with an empty line"),
                                           QStringLiteral("headers"));
    QByteArrayView rest = head.chopped(2); // keep one CRLF after the last header
    qsizetype lineEnd = rest.indexOf("\r\n");
    if (auto status = parseRequestLine(rest.first(lineEnd), parsed); !status)
        return status;
    rest = rest.sliced(lineEnd + 2);
    int count = 0;
    while (!rest.isEmpty()) {
        lineEnd = rest.indexOf("\r\n");
        if (++count > maxHeaders) {
            return ApiErrors::malformedRequest(tr("more than %1 header lines").arg(maxHeaders),
                                               QStringLiteral("headers"));
        }
        if (auto status = parseHeaderLine(rest.first(lineEnd), parsed.request); !status)
            return status;
        rest = rest.sliced(lineEnd + 2);
    }
    // Until the headers are read, keepAlive holds what the version implies.
    const bool http11 = parsed.request.keepAlive;
    return checkHeaders(parsed, http11, maxBody);
}

Status HttpRequestParser::parseRequestLine(QByteArrayView line, Head &head)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return ApiErrors::malformedRequest(tr("the request line is not \"METHOD /path HTTP/1.1\""),
                                           QStringLiteral("request-line"));
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (!isToken(method) || method.size() > maxMethodLength)
        return ApiErrors::malformedRequest(tr("the method is not a valid name"),
                                           QStringLiteral("method"));
    if (version == "HTTP/1.1") {
        head.request.keepAlive = true;
    } else if (version == "HTTP/1.0") {
        head.request.keepAlive = false;
    } else if (version.startsWith("HTTP/")) {
        return ApiErrors::unsupportedVersion(QString::fromLatin1(version));
    } else {
        return ApiErrors::malformedRequest(tr("the request line does not end with HTTP/1.1"),
                                           QStringLiteral("version"));
    }
    head.request.method = method.toByteArray();
    // For the log until the target is decoded; never the query, which may hold a token.
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    head.request.path = QString::fromLatin1(rawPath.first(qMin(rawPath.size(), qsizetype(200))));
    return parseTarget(target, head.request);
}

Status HttpRequestParser::parseTarget(QByteArrayView target, HttpRequest &request)
{
    if (!target.startsWith('/'))
        return ApiErrors::malformedRequest(tr("the request target does not start with \"/\""),
                                           QStringLiteral("path"));
    for (char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f)
            return ApiErrors::malformedRequest(tr("the request target holds a control character"),
                                               QStringLiteral("path"));
    }
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    const QByteArrayView rawQuery = question < 0 ? QByteArrayView() : target.sliced(question + 1);
    const QList<QByteArray> parts = rawPath.sliced(1).toByteArray().split('/');
    QStringList segments;
    for (const QByteArray &part : parts) {
        const std::optional<QString> segment = decodeUtf8(QByteArray::fromPercentEncoding(part));
        if (!segment)
            return ApiErrors::malformedRequest(tr("the path is not valid percent-encoded UTF-8"),
                                               QStringLiteral("path"));
        segments.append(*segment);
    }
    request.segments = segments;
    request.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    request.query = QUrlQuery(QString::fromLatin1(rawQuery));
    return Status::success();
}

Status HttpRequestParser::parseHeaderLine(QByteArrayView line, HttpRequest &request)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return ApiErrors::malformedRequest(tr("folded header lines are not accepted"),
                                           QStringLiteral("headers"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return ApiErrors::malformedRequest(tr("a header line is not \"Name: value\""),
                                           QStringLiteral("headers"));
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (!isFieldValue(value) || line.contains('\r') || line.contains('\n'))
        return ApiErrors::malformedRequest(tr("a header value holds a control character"),
                                           QStringLiteral("headers"));
    request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    return Status::success();
}

Status HttpRequestParser::checkHeaders(Head &head, bool http11, qint64 maxBody)
{
    HttpRequest &request = head.request;
    QList<QByteArray> hosts;
    QList<QByteArray> lengths;
    for (const auto &[name, value] : request.headers) {
        if (name == "host")
            hosts.append(value);
        else if (name == "content-length")
            lengths.append(value);
    }
    if (hosts.size() > 1 || (http11 && hosts.isEmpty()))
        return ApiErrors::malformedRequest(tr("an HTTP/1.1 request needs exactly one Host header"),
                                           QStringLiteral("Host"));
    if (request.hasHeader("transfer-encoding"))
        return ApiErrors::lengthRequired();
    if (!lengths.isEmpty()) {
        const QByteArray &length = lengths.first();
        bool ok = length.size() <= 18 && !length.isEmpty();
        for (char c : length)
            ok = ok && c >= '0' && c <= '9';
        if (!ok || lengths.count(length) != lengths.size())
            return ApiErrors::malformedRequest(tr("the Content-Length is not one whole number"),
                                               QStringLiteral("Content-Length"));
        head.contentLength = length.toLongLong();
    }
    if (head.contentLength > maxBody)
        return ApiErrors::bodyTooLarge(head.contentLength, maxBody);
    if (request.headerHasToken("connection", "close"))
        request.keepAlive = false;
    else if (!http11 && request.headerHasToken("connection", "keep-alive"))
        request.keepAlive = true;
    head.expectsContinue =
        request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    return Status::success();
}

} // namespace sunhall::server
