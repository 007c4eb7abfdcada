// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/JsonInput.h"

#include "server/http/ApiErrors.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace sunhall::server {

using core::Result;

Result<QJsonObject> JsonInput::object(const QByteArray &body)
{
    if (body.isEmpty())
        return ApiErrors::malformedJson(tr("the body is empty"), 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiErrors::malformedJson(error.errorString(), error.offset);
    if (!document.isObject())
        return ApiErrors::malformedJson(tr("the body is not a JSON object"), 0);
    return document.object();
}

Result<QString> JsonInput::string(const QJsonObject &object, const QString &field, int maxLength)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return ApiErrors::missingField(field);
    if (!value.isString())
        return ApiErrors::badField(field, tr("The field \"%1\" must be text.").arg(field));
    const QString text = value.toString();
    if (text.isEmpty())
        return ApiErrors::badField(field, tr("The field \"%1\" is empty.").arg(field));
    if (text.size() > maxLength) {
        return ApiErrors::badField(
            field, tr("The field \"%1\" is longer than %2 characters.").arg(field).arg(maxLength));
    }
    return text;
}

Result<qint64> JsonInput::integer(const QJsonObject &object, const QString &field, qint64 min,
                                  qint64 max)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return ApiErrors::missingField(field);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || number < double(min) ||
        number > double(max)) {
        return ApiErrors::badField(field, tr("The field \"%1\" must be a whole number from %2 "
                                             "to %3.")
                                              .arg(field)
                                              .arg(min)
                                              .arg(max));
    }
    return qint64(number);
}

Result<qint64> JsonInput::queryInteger(const HttpRequest &request, const QString &key,
                                       qint64 fallback, qint64 min, qint64 max)
{
    if (!request.query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 number = request.queryValue(key).toLongLong(&ok);
    if (!ok || number < min || number > max) {
        return ApiErrors::badField(key, tr("The parameter \"%1\" must be a whole number from %2 "
                                           "to %3.")
                                            .arg(key)
                                            .arg(min)
                                            .arg(max));
    }
    return number;
}

} // namespace sunhall::server
