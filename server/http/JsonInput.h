// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "server/http/HttpRequest.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sunhall::server {

/// Reading what a client sent, strictly: a JSON object body, required string and integer
/// fields with their bounds, and integer query parameters. Every error is a 400 naming the
/// field ("request.malformed-json" or "request.bad-field").
class JsonInput
{
    Q_DECLARE_TR_FUNCTIONS(JsonInput)
public:
    static core::Result<QJsonObject> object(const QByteArray &body);
    /// A non-empty string of at most maxLength characters.
    static core::Result<QString> string(const QJsonObject &object, const QString &field,
                                        int maxLength);
    static core::Result<qint64> integer(const QJsonObject &object, const QString &field, qint64 min,
                                        qint64 max);
    /// A whole number in the query, or `fallback` when the parameter is absent.
    static core::Result<qint64> queryInteger(const HttpRequest &request, const QString &key,
                                             qint64 fallback, qint64 min, qint64 max);
};

} // namespace sunhall::server
