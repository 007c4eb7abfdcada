// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Router.h"
#include "server/store/ServerStore.h"

#include <QCoreApplication>

namespace sunhall::server {

/// GET /v1/reference/catalog|calendar|users: the reference data a client caches, each with
/// the version that pull reports so a client knows when to fetch it again. User records never
/// carry password hashes.
class ReferenceApi
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceApi)
public:
    explicit ReferenceApi(ServerStore &store);

    void addRoutes(Router &router);
    HttpResponse catalog(const RequestContext &context) const;
    HttpResponse calendar(const RequestContext &context) const;
    HttpResponse users(const RequestContext &context) const;

private:
    ServerStore &m_store;
};

} // namespace sunhall::server
