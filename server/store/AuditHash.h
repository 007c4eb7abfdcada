// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"

#include <QByteArray>

namespace sunhall::server {

/// The links of the audit chain (docs/protocol.md, "The audit chain"): every stored event's
/// hash is SM3(previous hash ‖ serverSeq as 8 bytes big-endian ‖ Event::canonicalBytes()),
/// and the chain starts from SM3("sunhall-audit-v1"). The store computes them as it appends;
/// AuditChain recomputes them to verify.
class AuditHash
{
public:
    static QByteArray genesis();
    static QByteArray link(const QByteArray &previous, qint64 serverSeq, const core::Event &event);
};

} // namespace sunhall::server
