// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateKeySet.h"
#include "core/certificate/CertificateVerifier.h"
#include "core/common/Result.h"
#include "core/store/LocalStore.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QUuid>

#include <optional>

namespace sunhall::core {

/// The certificate side of a workstation's local store: the hall's certificate key set as the
/// server last handed it out (GET /v1/reference/certificate-keys, docs/protocol.md), so that a
/// workstation verifies certificates offline, and the signed QR text the server wrote into a
/// case's "certificate-printed" event, for the print layout. The key set is kept in the
/// store's sync state ("reference.certificate-keys" and its version); the QR text is read from
/// the case's events as pulled.
class LocalCertificates
{
    Q_DECLARE_TR_FUNCTIONS(LocalCertificates)
public:
    /// The event payload member that holds the signed QR text (set by the server).
    static constexpr QLatin1String qrField{"qr"};

    explicit LocalCertificates(LocalStore &store);

    /// The version of the key set stored ("9f3a61c0b2d4e587"); empty when none is stored.
    QString keySetVersion() const;
    /// Stores the key set with its version in one transaction of its own, replacing the one
    /// stored before.
    Status putKeySet(const CertificateKeySet &keySet, const QString &version);
    /// The stored key set; none before the first fetch. An error when what is stored cannot
    /// be read.
    Result<std::optional<CertificateKeySet>> keySet() const;
    /// A verifier over the stored key set; "certificate.keys-missing" when none is stored
    /// yet (the workstation has not synchronised since it was set up).
    Result<CertificateVerifier> verifier() const;
    /// The QR text of the case's certificate as the server signed it at its latest print that
    /// the server has confirmed; none when no print of it has come back from the server yet
    /// (printed offline, or never printed). A reprint waiting to be sent does not count.
    Result<std::optional<QString>> qrText(const QUuid &caseId) const;

private:
    LocalStore &m_store;
};

} // namespace sunhall::core
