// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Router.h"
#include "server/store/ServerStore.h"
#include "server/sync/CertificateKeyRegistry.h"

#include <QCoreApplication>

namespace sunhall::server {

/// GET /v1/reference/catalog|calendar|users|certificate-keys: the reference data a client
/// caches, each with the version that pull reports so a client knows when to fetch it again.
/// User records never carry password hashes; the certificate key set holds public keys only.
class ReferenceApi
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceApi)
public:
    explicit ReferenceApi(ServerStore &store);

    /// Serves GET /v1/reference/certificate-keys from `keys`; call before addRoutes().
    void setCertificateKeys(CertificateKeyRegistry *keys) { m_certificateKeys = keys; }
    void addRoutes(Router &router);
    HttpResponse catalog(const RequestContext &context) const;
    HttpResponse calendar(const RequestContext &context) const;
    HttpResponse users(const RequestContext &context) const;
    /// The key set JSON of docs/certificate-qr.md §6 with its "keysVersion", brought up to
    /// date first so that a key made or a certificate revoked a moment ago is in it.
    HttpResponse certificateKeys(const RequestContext &context) const;

private:
    ServerStore &m_store;
    CertificateKeyRegistry *m_certificateKeys = nullptr;
};

} // namespace sunhall::server
