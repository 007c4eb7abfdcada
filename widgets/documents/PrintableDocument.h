// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/documents/QrCode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sunhall::widgets {

/// The paper a document is laid out for: A4 portrait (every document), or the 80 mm receipt
/// roll of a window's receipt printer (acceptance and fee receipts), 4 mm margins, as long as
/// the content.
enum class PaperFormat
{
    A4,
    ReceiptRoll80mm,
};

/// A QR code placed in a document, `sideMm` millimetres square with its quiet zone.
struct DocumentQr
{
    QrCode code;
    qreal sideMm = 30;
};

/// A document ready to paint (see DocumentRenderer): its body as rich text (the HTML subset
/// QTextDocument reads, lengths in CSS pixels of 1/96 inch, font sizes in points), QR codes
/// that the body places with `<img src="qr:N">` (N an index into `qrCodes`), and what marks
/// every page: bands across the top (a voided receipt's "VOID"), a large diagonal watermark,
/// a border for certificates, and the title and reference number in the footer of each A4
/// page. The document builders (AcceptanceReceiptDocument … CertificateDocument) make one with
/// `toPrintable`.
struct PrintableDocument
{
    PaperFormat paper = PaperFormat::A4;
    QString title;     // "Acceptance receipt": PDF title and page footer
    QString reference; // the case, receipt or certificate number, in the page footer
    QString html;
    QList<DocumentQr> qrCodes;
    QStringList bands;
    QString watermark;
    bool framed = false; // a double border around the page (certificates)
    bool serif = false;  // Song-style face of official documents; receipts use the sans face

    /// The `<img>` that places `qrCodes[index]` in `html`.
    static QString qrPlaceholder(int index)
    {
        return QStringLiteral("<img src=\"qr:%1\">").arg(index);
    }
};

} // namespace sunhall::widgets
