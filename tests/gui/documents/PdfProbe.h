// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>

// Reads rendered PDFs back the way a person or a scanner would: the text with poppler's
// pdftotext, the page size with pdfinfo, page images with pdftoppm, QR codes with zbar's
// zbarimg. Failures come back as text starting with "ERROR:" so that a test prints them.
namespace pdfprobe {

struct PdfInfo
{
    int pages = 0;
    QSizeF pageSizePoints; // of the first page
    QString title;
    QString error;
};

/// The text of `pdf` (all pages, or only `page` counting from 1) laid out as on the page
/// (`pdftotext -layout`), made comparable: NFKC, and CJK radicals that poppler reports for
/// shared glyphs (⻘ for 青) turned back into the ideographs drawn.
QString text(const QString &pdf, int page = 0);
/// `text` with every run of white space made one space, so a sentence wrapped over lines
/// reads as one line.
QString flat(const QString &text);
/// `text` without any white space, for Chinese text wrapped over lines.
QString compact(const QString &text);
/// Whether `pdfText` (from text()) holds `expected` as written in the document: both are
/// compared in NFKC without white space, since a line may wrap anywhere.
bool holds(const QString &pdfText, const QString &expected);
PdfInfo info(const QString &pdf);
/// Renders page `page` (from 1) of `pdf` to `png` at `dpi`; an error message or empty.
QString toPng(const QString &pdf, int page, const QString &png, int dpi = 300);
/// What zbarimg reads from the QR codes of `png`, one line per code, or "ERROR: …".
QString decodeQr(const QString &png);
/// A CJK radical or Kangxi radical mapped to the unified ideograph drawn with the same glyph
/// in the Noto CJK fonts; other characters unchanged.
QChar ideographOf(QChar radical);

} // namespace pdfprobe
