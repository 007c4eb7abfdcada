// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/Event.h"
#include "core/catalog/Item.h"
#include "core/certificate/CertificateContent.h"
#include "core/certificate/DepartmentKeyFolder.h"
#include "core/common/Result.h"
#include "core/crypto/Sm2KeyPair.h"
#include "server/store/ServerStore.h"
#include "server/sync/DepartmentNames.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <map>

namespace sunhall::server {

/// Signs certificates as the server records their printing (docs/certificate-qr.md,
/// docs/protocol.md "Certificates"): for each "certificate-printed" event a command produces,
/// it builds the certificate's content from the case as that event leaves it and the item at
/// the case's flow version, signs it with the issuing department's key from
/// HALL/department-keys, and writes the QR text into the event's payload as "qr", before the
/// event is stored. So the event every client pulls carries the signed code and the audit
/// chain covers it. A reprint is signed again under the same number. The opened keys are kept
/// per department (opening one costs about 0.2 s) and opened again when the department's key
/// in use changes. Used on the thread of the store it is given.
class CertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuer)
public:
    /// The event payload member that holds the signed QR text.
    static constexpr QLatin1String qrField{"qr"};

    CertificateIssuer(ServerStore &store, QString hallDir);

    /// `events` as CaseAggregate::decide gave them for a case in state `before` of `item`,
    /// with every "certificate-printed" event carrying its QR text. An error rejects the
    /// command: "certificate.department-key-missing" (the department has no key: the message
    /// names it and the sunhallctl command that makes one), "certificate.key-unusable", or a
    /// content error ("certificate.field-too-long", …); a "store." error is the store's.
    core::Result<QList<core::Event>> sign(const core::CaseState &before, const core::Item &item,
                                          QList<core::Event> events);

    /// What the certificate of an approved case with a recorded number says, issued at
    /// `issuedAt` by the item's department: the item's certificate name, the case's applicant
    /// as holder, no content lines, valid from the day of the decision for the item's number
    /// of years (the day before the anniversary; long-term when the item gives none), as
    /// widgets/documents/CertificateDocument prints it.
    static core::Result<core::CertificateContent> content(const core::CaseState &state,
                                                          const core::Item &item,
                                                          const QString &departmentName,
                                                          const QDateTime &issuedAt);

private:
    struct OpenedKey
    {
        QString fingerprint;
        core::Sm2KeyPair key;
    };

    core::Result<QString> qrText(const core::CaseState &state, const core::Item &item,
                                 const QDateTime &issuedAt);
    core::Result<const core::Sm2KeyPair *>
    signingKey(const QString &department, const QString &departmentName, const QString &number);
    core::Error keyUnusable(const QString &department, const QString &number,
                            const core::Error &why) const;

    QString m_hallDir;
    core::DepartmentKeyFolder m_folder;
    DepartmentNames m_names;
    std::map<QString, OpenedKey> m_keys; // by department code
};

} // namespace sunhall::server
