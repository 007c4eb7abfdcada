// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QUrl>

namespace sunhall::core {

/// A workstation's profile folder, as `sunhallctl workstation enroll` writes it: the
/// workstation's client certificate and ECDSA P-256 key (`cert.pem`, `key.pem`), the hall's CA
/// (`ca.pem`), `profile.json` ({"workstation":"W01","server":"https://host:8443","hall":"…"})
/// and the local store `local.db`. The TLS configuration it makes trusts the hall's CA and
/// nothing else, presents the workstation's certificate and speaks TLS 1.2 or later
/// (DESIGN.md §5).
class ClientProfile
{
    Q_DECLARE_TR_FUNCTIONS(ClientProfile)
public:
    /// Reads the profile in `dir`; `server`, when given, replaces the server of profile.json.
    /// Every error names the file that is missing or wrong.
    static Result<ClientProfile> load(const QString &dir, const QString &server = {});

    QString directory() const { return m_directory; }
    QString workstation() const { return m_workstation; }
    QString hall() const { return m_hall; }
    /// The server's base address, https://host:port.
    QUrl server() const { return m_server; }
    QString storePath() const;
    const QSslCertificate &certificate() const { return m_certificate; }
    const QList<QSslCertificate> &caCertificates() const { return m_caCertificates; }
    /// Trusts only the hall's CA (never the system store), presents the workstation's
    /// certificate and key, TLS 1.2 minimum, verifies the server's certificate and name.
    QSslConfiguration sslConfiguration() const;

    /// Checks that `server` is an https:// address with a host; the error names `field`.
    static Result<QUrl> parseServer(const QString &server, const QString &field);

private:
    ClientProfile() = default;

    QString m_directory;
    QString m_workstation;
    QString m_hall;
    QUrl m_server;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace sunhall::core
