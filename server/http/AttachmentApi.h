// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/AttachmentStore.h"
#include "server/http/Router.h"

#include <QCoreApplication>

namespace sunhall::server {

/// The attachment endpoints over AttachmentStore: PUT /v1/attachments/{sha256}?offset=N
/// [&final=1] appends a chunk, GET …/{sha256}/status tells how much has arrived, GET
/// …/{sha256} returns the complete file with its type.
class AttachmentApi
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentApi)
public:
    explicit AttachmentApi(AttachmentStore &store);

    void addRoutes(Router &router);
    HttpResponse upload(const RequestContext &context);
    HttpResponse status(const RequestContext &context) const;
    HttpResponse download(const RequestContext &context) const;

private:
    static core::Result<QString> name(const RequestContext &context);
    static HttpResponse progress(const AttachmentStore::Progress &progress);

    AttachmentStore &m_store;
};

} // namespace sunhall::server
