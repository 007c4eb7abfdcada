// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sunhall::core {

/// A certificate the hall's CA has just issued, with its new private key. The key is the
/// unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY") that QSslKey and the server read unattended:
/// write it with PemFile::writeSecret (owner-only permissions), never to a shared place.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString serial;              // upper-case hex, 32 digits, random and unique per certificate
    QString fingerprint;         // SHA-256 of the DER certificate, lower-case hex
    QString commonName;          // "W01", or the server's first host name
    QStringList subjectAltNames; // the server's: "DNS:localhost", "IP:127.0.0.1", …
    QDateTime notBefore;         // UTC
    QDateTime notAfter;          // UTC
};

} // namespace sunhall::core
