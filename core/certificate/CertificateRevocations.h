// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/certificate/CertificateKeySet.h"

#include <QHash>
#include <QList>
#include <QUuid>

namespace sunhall::core {

/// The hall's revocation list as its case events tell it: fed every event in order (a pull,
/// or the server's stored events), it remembers each case's certificate number from
/// "certificate-printed" and lists a certificate when "certificate-revoked" follows, with the
/// event's instant and reason. Other events are ignored.
class CertificateRevocations
{
public:
    void apply(const Event &event);
    const QList<RevokedCertificate> &revoked() const { return m_revoked; }
    /// Puts every revocation on the key set's list.
    Status addTo(CertificateKeySet &keySet) const;

private:
    QHash<QUuid, QString> m_numbers;
    QList<RevokedCertificate> m_revoked;
};

} // namespace sunhall::core
