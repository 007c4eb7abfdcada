// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PasswordHasher.h"

#include <QStringList>

namespace sunhall::core {

/// The tunables of a SyncEngine. The defaults are the product's (docs/protocol.md); tests
/// shrink batches and waits so that paging, top-ups and reconnects happen quickly.
struct SyncSettings
{
    int pushBatch = 500; // commands per push request (the server takes at most 500)
    int pullLimit = 500; // events per pull page (the server gives at most 2,000)
    int requestTimeoutMs = 30000;
    int leaseCount = 100;   // serials asked for at a time
    int leaseLowWater = 20; // ask for more when fewer are left
    QStringList leaseKinds{QStringLiteral("case"), QStringLiteral("receipt"),
                           QStringLiteral("certificate")};
    int reconnectInitialMs = 1000; // live channel: 1 s doubling to 30 s, with jitter
    int reconnectMaxMs = 30000;
    int liveIdleTimeoutMs = 75000; // the server pings every 30 s; silence longer is a dead link
    /// Push after each submit, pull on each poke, keep the live channel open while logged in,
    /// top up leases after each sync. The desktop client wants this; a script drives each step.
    bool autoSync = true;
    /// The work of the locally cached password verifier for offline login.
    PasswordHasher::Parameters verifierParameters{};
};

} // namespace sunhall::core
