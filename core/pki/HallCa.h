// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pki/IssuedCertificate.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace sunhall::core {

/// The hall's own certificate authority (DESIGN.md §5): a self-signed ECDSA P-256 / SHA-256
/// root, "CN=<hall name> Sunhall CA", that issues the server's TLS certificate (serverAuth,
/// SANs for localhost, 127.0.0.1 and the hall's host names) and one client certificate per
/// workstation (clientAuth, CN = the workstation's name). Both sides of every connection
/// trust this CA alone. Every certificate gets a fresh random 128-bit serial; times come from
/// the caller, never from the wall clock. The CA's key is kept unencrypted in PEM so that
/// `sunhallctl` can issue certificates unattended: whoever can read it can mint
/// workstations, so it lives in a 0600 file (PemFile::writeSecret). Move-only.
class HallCa
{
    Q_DECLARE_TR_FUNCTIONS(HallCa)
public:
    static constexpr int caValidityYears = 10;
    static constexpr int issuedValidityYears = 2;
    static constexpr int maxWorkstationNameLength = 32;
    static constexpr int maxHallNameLength = 53; // the CN's 64 characters less " Sunhall CA"

    /// A new CA for the hall named hallName, valid for ten years from `now`.
    static Result<HallCa> create(const QString &hallName, const QDateTime &now);
    /// Opens a CA from its certificate and its unencrypted private key. Refuses a certificate
    /// that is not a CA, and a key that does not belong to it.
    static Result<HallCa> fromPem(QByteArrayView certificatePem, QByteArrayView privateKeyPem);

    HallCa(HallCa &&other) noexcept;
    HallCa &operator=(HallCa &&other) noexcept;
    HallCa(const HallCa &) = delete;
    HallCa &operator=(const HallCa &) = delete;
    ~HallCa();

    QByteArray certificatePem() const;
    /// The CA's private key as unencrypted PKCS#8 PEM; store it owner-readable only.
    QByteArray privateKeyPem() const;
    QString commonName() const;
    QString serial() const;
    QString fingerprint() const;
    QDateTime notAfter() const;

    /// The server's TLS certificate, valid two years from `now` (never past the CA's end), with
    /// SANs DNS:localhost, IP:127.0.0.1 and one for each of hosts (an IPv4 or IPv6 address, or
    /// a DNS name of letters, digits, hyphens and dots). A host that is neither is refused
    /// ("pki.bad-host", field "host") naming it.
    Result<IssuedCertificate> issueServerCertificate(const QStringList &hosts,
                                                     const QDateTime &now) const;
    /// A workstation's client certificate, CN = name, valid two years from `now`. The name is
    /// 1–32 of A–Z, a–z, 0–9, '_' and '-' ("pki.bad-workstation-name", field "name").
    Result<IssuedCertificate> issueWorkstationCertificate(const QString &name,
                                                          const QDateTime &now) const;

    /// Whether name can be a workstation's name (see issueWorkstationCertificate).
    static Status checkWorkstationName(const QString &name);
    /// Whether host can stand in the server certificate; its SAN ("IP:…" or "DNS:…").
    static Result<QString> subjectAltNameFor(const QString &host);

private:
    struct Private;
    explicit HallCa(std::unique_ptr<Private> d);
    Result<IssuedCertificate> issue(const QString &commonName, const QStringList &altNames,
                                    const char *extendedKeyUsage, const QDateTime &now) const;

    std::unique_ptr<Private> d;
};

} // namespace sunhall::core
