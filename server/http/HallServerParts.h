// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HallServer's parts, shared by its two source files only.
#include "server/http/AttachmentApi.h"
#include "server/http/AttachmentStore.h"
#include "server/http/AuditCheckpointer.h"
#include "server/http/HallFolder.h"
#include "server/http/HallServer.h"
#include "server/http/HttpListener.h"
#include "server/http/LiveHub.h"
#include "server/http/Metrics.h"
#include "server/http/PublicVerifyServer.h"
#include "server/http/ReferenceApi.h"
#include "server/http/Router.h"
#include "server/http/SessionApi.h"
#include "server/http/SessionService.h"
#include "server/http/StatusApi.h"
#include "server/http/SyncApi.h"
#include "server/notify/NoticeService.h"
#include "server/sync/CertificateIssuer.h"
#include "server/sync/CertificateKeyRegistry.h"
#include "server/sync/CommandProcessor.h"

#include <QThreadPool>

#include <memory>

namespace sunhall::server {

/// Declared in the order they are built; destroyed in reverse, the listener (and with it
/// every connection) before the live hub, and the store last.
struct HallServer::Parts
{
    HallFolder::Config config;
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<CertificateIssuer> issuer;
    std::unique_ptr<CertificateKeyRegistry> certificateKeys;
    std::unique_ptr<CommandProcessor> processor;
    std::unique_ptr<NoticeService> notices;
    std::unique_ptr<SessionService> sessions;
    std::unique_ptr<AttachmentStore> attachments;
    Metrics metrics;
    std::unique_ptr<AuditCheckpointer> checkpointer;
    std::unique_ptr<LiveHub> live;
    std::unique_ptr<HttpListener> listener;
    std::unique_ptr<PublicVerifyServer> publicVerify; // with --public-verify only
    Router router;
    std::unique_ptr<StatusApi> statusApi;
    std::unique_ptr<SessionApi> sessionApi;
    std::unique_ptr<ReferenceApi> referenceApi;
    std::unique_ptr<AttachmentApi> attachmentApi;
    std::unique_ptr<SyncApi> syncApi;
    /// Verifies pushed commands' signatures beside the thread that applies them; declared
    /// last so that it is gone (its work done) before anything it uses.
    QThreadPool workers;
};

} // namespace sunhall::server
