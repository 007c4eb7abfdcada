// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/AuditHash.h"

#include "core/crypto/Sm3.h"

#include <QtEndian>

namespace sunhall::server {

QByteArray AuditHash::genesis()
{
    return core::Sm3::hash(QByteArrayView("sunhall-audit-v1"));
}

QByteArray AuditHash::link(const QByteArray &previous, qint64 serverSeq, const core::Event &event)
{
    char sequence[8];
    qToBigEndian(static_cast<quint64>(serverSeq), sequence);
    core::Sm3 hash;
    hash.addData(previous);
    hash.addData(QByteArrayView(sequence, sizeof sequence));
    hash.addData(event.canonicalBytes());
    return hash.result();
}

} // namespace sunhall::server
