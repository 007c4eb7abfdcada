// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateKeySet.h"
#include "core/certificate/CertificateVerifier.h"
#include "core/certificate/DepartmentKeyFolder.h"
#include "core/common/Result.h"
#include "server/store/ServerStore.h"
#include "server/sync/DepartmentNames.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace sunhall::server {

/// The hall's certificate key set as the server hands it out (docs/protocol.md,
/// "Certificates"): every department's public keys from HALL/department-keys with the names of
/// the latest catalogue, and the certificates revoked by "certificate-revoked" events. Its
/// version is the first 16 hex digits of the SM3 of its JSON, so it changes exactly when the
/// key set does and every server process of a hall gives the same one. refresh() brings it up
/// to date cheaply: the key folder is read again only when a file in it changed, the names
/// when a catalogue was published, and only the events stored since the last refresh are
/// looked at. Until a refresh fails, the last good key set stays in use. Used on the thread
/// of the store it is given.
class CertificateKeyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CertificateKeyRegistry)
public:
    /// Events read per query while looking for revocations.
    static constexpr int scanPage = 2000;
    static constexpr qsizetype versionLength = 16;

    CertificateKeyRegistry(ServerStore &store, QString hallDir);

    /// Brings the key set up to date, unless the last refresh is less than `maxAgeMs` old.
    core::Status refresh(int maxAgeMs = 0);

    const core::CertificateKeySet &keySet() const { return m_verifier.keySet(); }
    /// A verifier over the current key set.
    const core::CertificateVerifier &verifier() const { return m_verifier; }
    /// "9f3a61c0b2d4e587": names the key set; empty before the first successful refresh.
    QString version() const { return m_version; }
    /// The key set's JSON (docs/certificate-qr.md §6) with its version as "keysVersion".
    QByteArray json() const { return m_json; }
    /// The server sequence up to which events were looked at.
    qint64 scannedUpTo() const { return m_cursor; }

private:
    QString folderStamp() const;
    core::Status reloadKeys(const QMap<QString, QString> &names);
    core::Status scanRevocations();
    core::Status addRevocationsOf(const QUuid &caseId);
    void publish();

    ServerStore &m_store;
    core::DepartmentKeyFolder m_folder;
    DepartmentNames m_names;
    QMap<QString, QString> m_namesSeen;
    QString m_stamp;
    bool m_keysLoaded = false;
    core::CertificateKeySet m_keys; // the departments' keys, without revoked certificates
    QList<core::RevokedCertificate> m_revoked;
    qint64 m_cursor = 0;
    core::CertificateVerifier m_verifier;
    QString m_version;
    QByteArray m_json;
    QElapsedTimer m_lastRefresh;
};

} // namespace sunhall::server
