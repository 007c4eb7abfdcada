// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateContent.h"
#include "core/certificate/CertificateKeySet.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sunhall::core {

/// The answer to "is this certificate genuine?" for the QR text a clerk scanned: the state,
/// a stable code ("certificate.valid", "certificate.signature-mismatch", ...), a reason in
/// words a clerk understands, and what could be read. `content` is set whenever the QR's
/// data could be decoded, but only a Valid or Revoked answer vouches for it: for an Altered
/// or Unknown certificate it is what the code claims, not what the department signed.
/// `key` is the department key that signed it, when it is known; `revocation` is set when
/// the certificate itself is revoked.
struct CertificateVerification
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerification)
public:
    enum class State
    {
        Valid,   // signed by a known key of the department it names, and not revoked
        Altered, // the signature does not match the data, or the code is damaged
        Revoked, // the certificate was revoked, or its key withdrawn before it was issued
        Unknown, // not a Sunhall certificate, or signed by a key this verifier does not know
    };

    State state = State::Unknown;
    QString code;
    QString reason;
    std::optional<CertificateContent> content;
    std::optional<DepartmentKey> key;
    std::optional<RevokedCertificate> revocation;

    bool isValid() const { return state == State::Valid; }

    /// The answer as JSON, for `sunhallctl cert verify --json` and a verification service:
    /// state (stateId), code, reason, record (CertificateContent::toJson(), or null), and
    /// when there is a record, inForce (on `today`), keyFingerprint when the key is known,
    /// and revokedAt and revokedReason when the certificate is revoked.
    QJsonObject toJson(const QDate &today) const;

    /// "valid", "altered", "revoked", "unknown": for files, scripts and the wire.
    static QString stateId(State state);
    static std::optional<State> stateFromId(const QString &id);
    /// "Valid", "Altered", ... translated, for a badge on screen.
    static QString stateDisplayName(State state);
};

} // namespace sunhall::core
