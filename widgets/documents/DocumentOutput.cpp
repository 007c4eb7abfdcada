// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/DocumentOutput.h"

#include "widgets/documents/DocumentRenderer.h"

#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace sunhall::widgets {

core::Status DocumentOutput::savePdf(const PrintableDocument &document, const QString &path,
                                     int reprint, int resolution)
{
    if (resolution < pdfResolution) {
        return core::makeError(QStringLiteral("document.resolution-low"),
                               tr("A PDF for printing needs at least %1 dots per inch, not %2.")
                                   .arg(pdfResolution)
                                   .arg(resolution),
                               QStringLiteral("resolution"));
    }
    QPdfWriter writer(path);
    writer.setResolution(resolution);
    writer.setTitle(
        document.reference.isEmpty()
            ? document.title
            : tr("%1 %2", "PDF title: document, number").arg(document.title, document.reference));
    writer.setCreator(QStringLiteral("Sunhall"));
    core::Status rendered = DocumentRenderer::render(document, writer, reprint);
    if (!rendered && rendered.error().code == QLatin1String("document.output-failed")) {
        return core::makeError(rendered.error().code,
                               tr("The PDF file %1 could not be written. Check that the folder "
                                  "exists and that you may write to it.")
                                   .arg(path),
                               QStringLiteral("path"));
    }
    return rendered;
}

core::Status DocumentOutput::print(const PrintableDocument &document, QPrinter &printer,
                                   int reprint)
{
    printer.setDocName(
        document.reference.isEmpty()
            ? document.title
            : tr("%1 %2", "PDF title: document, number").arg(document.title, document.reference));
    printer.setFullPage(false);
    return DocumentRenderer::render(document, printer, reprint);
}

QPrintPreviewDialog *DocumentOutput::createPreview(const PrintableDocument &document, int reprint,
                                                   QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("documentPrintPreviewDialog"));
    dialog->setWindowTitle(tr("Print preview: %1").arg(document.title));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [document, reprint](QPrinter *printer) {
                         // The preview shows what could be painted; a printer that refuses the
                         // page size shows an empty page rather than a different layout.
                         (void)print(document, *printer, reprint);
                     });
    return dialog;
}

bool DocumentOutput::preview(const PrintableDocument &document, int reprint, QWidget *parent)
{
    std::unique_ptr<QPrintPreviewDialog> dialog(createPreview(document, reprint, parent));
    return dialog->exec() == QDialog::Accepted;
}

} // namespace sunhall::widgets
