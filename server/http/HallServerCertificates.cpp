// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The certificate parts of HallServer: the key set it hands to clients, kept up to date, and
// the optional public verification listener.
#include "server/http/HallServer.h"
#include "server/http/HallServerParts.h"

namespace sunhall::server {

quint16 HallServer::publicVerifyPort() const
{
    return d->publicVerify ? d->publicVerify->port() : 0;
}

core::Status HallServer::listenPublicVerify()
{
    refreshCertificateKeys();
    if (!d->publicVerify)
        return core::Status::success();
    const auto &[address, port] = *m_options.publicVerify;
    if (!d->publicVerify->listen(address, port)) {
        return core::makeError(QStringLiteral("server.listen-failed"),
                               tr("Cannot listen for public certificate verification on %1:%2: "
                                  "%3")
                                   .arg(address.toString())
                                   .arg(port)
                                   .arg(d->publicVerify->errorString()),
                               QStringLiteral("public-verify"));
    }
    m_log.info(u"server", tr("public certificate verification on %1:%2 (GET /v1/verify, no "
                             "client certificate, %3 requests a second per address)")
                              .arg(address.toString())
                              .arg(d->publicVerify->port())
                              .arg(PublicVerifyServer::ratePerSecond));
    return core::Status::success();
}

void HallServer::refreshCertificateKeys()
{
    const QString before = d->certificateKeys->version();
    const core::Status refreshed = d->certificateKeys->refresh();
    if (!refreshed) {
        // Logged once per fault, not at every tick; the last good key set stays in use.
        if (refreshed.error().message != m_certificateKeysFault) {
            m_certificateKeysFault = refreshed.error().message;
            m_log.error(u"certificate", tr("cannot bring the certificate key set up to date: %1")
                                            .arg(m_certificateKeysFault));
        }
        return;
    }
    m_certificateKeysFault.clear();
    const QString after = d->certificateKeys->version();
    if (after == before)
        return;
    const core::CertificateKeySet &keySet = d->certificateKeys->keySet();
    m_log.info(u"certificate", tr("certificate key set %1: %2 department keys, %3 revoked "
                                  "certificates (events read up to %4)")
                                   .arg(after)
                                   .arg(keySet.keys().size())
                                   .arg(keySet.revokedCertificates().size())
                                   .arg(d->certificateKeys->scannedUpTo()));
}

} // namespace sunhall::server
