// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/CertificateKeyRegistry.h"

#include "core/case/CaseVocabulary.h"
#include "core/certificate/CertificateRevocations.h"
#include "core/crypto/Sm3.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sunhall::server {

using core::Result;
using core::Status;

CertificateKeyRegistry::CertificateKeyRegistry(ServerStore &store, QString hallDir)
    : m_store(store)
    , m_folder(std::move(hallDir))
    , m_names(store)
{}

Status CertificateKeyRegistry::refresh(int maxAgeMs)
{
    if (maxAgeMs > 0 && m_lastRefresh.isValid() && m_lastRefresh.elapsed() < maxAgeMs)
        return Status::success();
    const Result<QMap<QString, QString>> names = m_names.current();
    if (!names)
        return names.error();
    bool changed = false;
    // Taken before the keys are read: a key written meanwhile is read at the next refresh.
    const QString stamp = folderStamp();
    if (!m_keysLoaded || stamp != m_stamp || *names != m_namesSeen) {
        if (const Status reloaded = reloadKeys(*names); !reloaded)
            return reloaded;
        m_stamp = stamp;
        changed = true;
    }
    const qsizetype revokedBefore = m_revoked.size();
    if (const Status scanned = scanRevocations(); !scanned)
        return scanned;
    if (changed || m_revoked.size() != revokedBefore || m_version.isEmpty())
        publish();
    m_lastRefresh.start();
    return Status::success();
}

QString CertificateKeyRegistry::folderStamp() const
{
    QStringList files;
    QDirIterator it(m_folder.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        files.append(QStringLiteral("%1:%2:%3")
                         .arg(file.filePath(), QString::number(file.size()),
                              QString::number(file.lastModified().toMSecsSinceEpoch())));
    }
    files.sort();
    return files.join(QLatin1Char('\n'));
}

Status CertificateKeyRegistry::reloadKeys(const QMap<QString, QString> &names)
{
    Result<core::CertificateKeySet> keys = m_folder.keySet(names);
    if (!keys)
        return keys.error();
    m_keys = std::move(keys).value();
    m_namesSeen = names;
    m_keysLoaded = true;
    return Status::success();
}

Status CertificateKeyRegistry::scanRevocations()
{
    const PullScope everything{true, {}};
    for (;;) {
        const Result<QList<core::Event>> page = m_store.eventsAfter(m_cursor, everything, scanPage);
        if (!page)
            return page.error();
        for (const core::Event &event : *page) {
            if (event.type == core::EventType::certificateRevoked) {
                if (const Status added = addRevocationsOf(event.caseId); !added)
                    return added;
            }
            m_cursor = event.serverSeq;
        }
        if (page->size() < scanPage)
            return Status::success();
    }
}

Status CertificateKeyRegistry::addRevocationsOf(const QUuid &caseId)
{
    // Revocations are rare: the certificate's number is looked up in its case only then,
    // rather than remembering the number of every certificate ever printed.
    const Result<QList<core::Event>> events = m_store.caseEvents(caseId);
    if (!events)
        return events.error();
    core::CertificateRevocations revocations;
    for (const core::Event &event : *events)
        revocations.apply(event);
    for (const core::RevokedCertificate &revoked : revocations.revoked()) {
        const bool known =
            std::any_of(m_revoked.cbegin(), m_revoked.cend(),
                        [&revoked](const auto &entry) { return entry.number == revoked.number; });
        if (!known)
            m_revoked.append(revoked);
    }
    return Status::success();
}

void CertificateKeyRegistry::publish()
{
    core::CertificateKeySet keySet = m_keys;
    for (const core::RevokedCertificate &revoked : std::as_const(m_revoked)) {
        // The server checked each number when the certificate was printed; one that is not a
        // certificate number cannot be on the list anyway.
        (void)keySet.revokeCertificate(
            revoked.number, revoked.revokedAt,
            revoked.reason.left(core::CertificateKeySet::maxReasonLength));
    }
    const QByteArray canonical = keySet.toJson();
    m_version = core::Sm3::hashHex(canonical).left(versionLength);
    QJsonObject json = QJsonDocument::fromJson(canonical).object();
    json.insert(QStringLiteral("keysVersion"), m_version);
    m_json = QJsonDocument(json).toJson(QJsonDocument::Compact);
    m_verifier.setKeySet(std::move(keySet));
}

} // namespace sunhall::server
