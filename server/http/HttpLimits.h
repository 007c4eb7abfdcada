// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sunhall::server {

/// The limits the server enforces on every connection (docs/protocol.md, DESIGN.md §9), so
/// that a client sending garbage, a huge body, or nothing at all cannot stall or exhaust it.
/// The defaults are the protocol's; tests shorten the times.
struct HttpLimits
{
    int handshakeMs = 10'000;              // TLS handshake complete within
    qsizetype maxHeadBytes = 16'384;       // request line + headers
    qint64 maxBodyBytes = 4 * 1024 * 1024; // JSON bodies and attachment chunks
    int requestMs = 30'000;                // a whole request, from its first byte
    int idleMs = 60'000;                   // a keep-alive connection waiting for its next request
    int writeStallMs = 60'000;             // a response the client stops reading
    int maxConnections = 1000;
    int maxConnectionsPerPeer = 50;
    int shutdownGraceMs = 10'000; // requests in flight when the server is told to stop
};

} // namespace sunhall::server
