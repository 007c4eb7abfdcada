// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "widgets/documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace sunhall::widgets {

/// Paints a PrintableDocument on any paged device (a QPdfWriter, a QPrinter, the printer of a
/// print preview) at the device's resolution. It sets the device's page layout itself: A4
/// portrait with 20 mm margins, split over as many pages as the body needs, each with the
/// title, the reference number and "Page n of m" in its footer; or the 80 mm roll, 4 mm
/// margins, one page exactly as long as the content. A `reprint` above 0 marks every page with
/// a black band "REPRINT n", so a copy is never taken for the original; the document's own
/// bands and watermark (a voided receipt) are painted on every page too. Chinese is set in
/// Noto Sans CJK SC, or Noto Serif CJK SC for official documents (Debian's fonts-noto-cjk);
/// Latin letters and digits in Nimbus Sans or Nimbus Roman (fonts-urw-base35), else DejaVu.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
public:
    static constexpr qreal a4MarginMm = 20;
    static constexpr qreal rollWidthMm = 80;
    static constexpr qreal rollMarginMm = 4;

    /// Paints `document`. Fails when `reprint` is negative ("document.reprint-negative"), when
    /// the device refuses the page size ("document.page-layout") or cannot be painted on
    /// ("document.output-failed": a file that cannot be written, a printer gone).
    static core::Status render(const PrintableDocument &document, QPagedPaintDevice &device,
                               int reprint = 0);
    /// The page layout of `paper`; the roll is `rollLengthMm` long.
    static QPageLayout pageLayout(PaperFormat paper, qreal rollLengthMm = 200);
    /// The band text of the n-th reprint: "REPRINT 2 · a copy, not the original".
    static QString reprintBand(int reprint);
};

} // namespace sunhall::widgets
