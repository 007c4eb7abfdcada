// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "widgets/documents/HallInfo.h"
#include "widgets/documents/PrintableDocument.h"
#include "widgets/documents/QrCode.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace sunhall::widgets {

/// A permit or certificate (证照) in the hall's unified layout: the certificate's name from
/// the item, its number, the holder with their ID number and address, content lines, the
/// validity, the issuing department and date, and a QR code carrying a text the caller gives
/// (the signed verification payload). A4, framed.
struct CertificateDocument
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDocument)
public:
    QString hallName;
    QString certificateName;
    QString certificateNumber;
    QString holderName;
    QString holderId; // in full: the certificate identifies its holder
    QString holderAddress;
    QStringList contentLines;
    QDate validFrom;
    QDate validUntil; // invalid: no expiry
    QString issuingDepartment;
    QDate issuedOn;
    QString caseNumber;
    QrCode verificationQr;

    /// The certificate of an approved case whose certificate number is recorded
    /// (CaseState::certificate). It is issued on the date of the decision and, when the item
    /// gives a validity of N years, valid until the day before the N-th anniversary. The
    /// content lines start with the approved item and are followed by `contentLines`. Fails
    /// with "document.case-not-approved", "document.no-certificate" (the item issues none),
    /// "document.certificate-number-missing", "document.certificate-revoked",
    /// "document.item-mismatch", or a "qr." error for `qrPayload` (field "text").
    static core::Result<CertificateDocument> fromCase(const core::CaseState &state,
                                                      const core::Item &item, const HallInfo &hall,
                                                      const QString &qrPayload,
                                                      const QStringList &contentLines = {});

    PrintableDocument toPrintable() const;

private:
    QString validityText() const;
};

} // namespace sunhall::widgets
