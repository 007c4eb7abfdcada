// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "widgets/documents/PrintableDocument.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace sunhall::widgets {

/// Where a document goes: a PDF file, a printer, or a print preview for the screens. Each
/// paints with DocumentRenderer, so what is previewed is what is printed, and `reprint` (0
/// for the original) marks every page of a copy.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
public:
    static constexpr int pdfResolution = 300;

    /// Writes `document` to a PDF file at `resolution` dots per inch (at least 300; the
    /// text and QR codes are vectors either way). Fails with "document.output-failed" (field
    /// "path") when the file cannot be written, or "document.resolution-low".
    static core::Status savePdf(const PrintableDocument &document, const QString &path,
                                int reprint = 0, int resolution = pdfResolution);
    /// Prints `document` on `printer`, which gets the document's page layout and name.
    static core::Status print(const PrintableDocument &document, QPrinter &printer,
                              int reprint = 0);
    /// A print preview dialog of `document` on the dialog's own printer; its Print button
    /// prints it. The caller shows it (exec() for a modal one) and
    /// owns it unless `parent` does.
    static QPrintPreviewDialog *createPreview(const PrintableDocument &document, int reprint,
                                              QWidget *parent);
    /// Shows the preview modally; true when the user printed from it.
    static bool preview(const PrintableDocument &document, int reprint, QWidget *parent);
};

} // namespace sunhall::widgets
