// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HttpRequest.h"

namespace sunhall::server {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first == name)
            return true;
    }
    return false;
}

bool HttpRequest::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const auto &[key, value] : headers) {
        if (key != name)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    if (!query.hasQueryItem(key))
        return {};
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::wantsWebSocket() const
{
    return method == "GET" && headerHasToken("upgrade", "websocket");
}

} // namespace sunhall::server
