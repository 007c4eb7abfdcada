// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/AttachmentApi.h"

#include "server/http/ApiErrors.h"
#include "server/http/JsonInput.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sunhall::server {

AttachmentApi::AttachmentApi(AttachmentStore &store)
    : m_store(store)
{}

void AttachmentApi::addRoutes(Router &router)
{
    router.add("PUT", QStringLiteral("/v1/attachments/{}"), Router::Access::Session,
               [this](const RequestContext &context) { return upload(context); });
    router.add("GET", QStringLiteral("/v1/attachments/{}"), Router::Access::Session,
               [this](const RequestContext &context) { return download(context); });
    router.add("GET", QStringLiteral("/v1/attachments/{}/status"), Router::Access::Session,
               [this](const RequestContext &context) { return status(context); });
}

core::Result<QString> AttachmentApi::name(const RequestContext &context)
{
    const QString sha256 = context.arguments.value(0).toLower();
    if (!AttachmentStore::isValidName(sha256)) {
        return ApiErrors::badField(QStringLiteral("sha256"),
                                   tr("An attachment is named by the SHA-256 of its bytes: 64 "
                                      "hexadecimal digits."));
    }
    return sha256;
}

HttpResponse AttachmentApi::progress(const AttachmentStore::Progress &progress)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("received"), progress.received},
                                          {QStringLiteral("complete"), progress.complete}});
}

HttpResponse AttachmentApi::upload(const RequestContext &context)
{
    const auto sha256 = name(context);
    if (!sha256)
        return HttpResponse::error(sha256.error());
    const auto offset = JsonInput::queryInteger(context.request, QStringLiteral("offset"), -1, 0,
                                                AttachmentStore::maxBytes);
    if (!offset)
        return HttpResponse::error(offset.error());
    if (*offset < 0)
        return HttpResponse::error(ApiErrors::missingField(QStringLiteral("offset")));
    const auto final = JsonInput::queryInteger(context.request, QStringLiteral("final"), 0, 0, 1);
    if (!final)
        return HttpResponse::error(final.error());
    const auto appended = m_store.append(*sha256, *offset, context.request.body, *final == 1);
    if (!appended) {
        HttpResponse response = HttpResponse::error(appended.error());
        if (appended.error().code == QLatin1String("attachment.offset")) {
            // The client resumes from here (docs/protocol.md).
            QJsonObject json = QJsonDocument::fromJson(response.body).object();
            json.insert(QStringLiteral("received"), m_store.status(*sha256).received);
            response.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        return response;
    }
    return progress(*appended);
}

HttpResponse AttachmentApi::status(const RequestContext &context) const
{
    const auto sha256 = name(context);
    if (!sha256)
        return HttpResponse::error(sha256.error());
    return progress(m_store.status(*sha256));
}

HttpResponse AttachmentApi::download(const RequestContext &context) const
{
    const auto sha256 = name(context);
    if (!sha256)
        return HttpResponse::error(sha256.error());
    const auto content = m_store.read(*sha256);
    if (!content)
        return HttpResponse::error(content.error());
    return HttpResponse::bytes(content->bytes, content->type);
}

} // namespace sunhall::server
