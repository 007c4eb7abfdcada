// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/documents/PrintableDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sunhall::widgets {

/// The building blocks every document body is made of, as rich text for QTextDocument, so
/// that all documents share one look. Every function takes plain text and escapes it.
class DocumentHtml
{
public:
    using Fact = std::pair<QString, QString>;

    static QString escaped(const QString &text);
    /// The hall's name over the document's title, centred.
    static QString heading(const QString &hallName, const QString &title, PaperFormat paper);
    /// Label and value rows without rules.
    static QString facts(const QList<Fact> &rows, PaperFormat paper);
    /// Label and value rows set large and airy, for a certificate.
    static QString largeFacts(const QList<Fact> &rows, qreal points);
    /// A ruled table with a header row; `widths` are the columns' shares in percent.
    static QString table(const QStringList &headers, const QList<int> &widths,
                         const QList<QStringList> &rows);
    /// A small bold heading over a part of the document.
    static QString section(const QString &title);
    /// A paragraph; `indented` starts it two characters in, as Chinese official text does.
    static QString paragraph(const QString &text, bool indented = false);
    /// Right-aligned lines: the issuing department and the date under an official document,
    /// in `points` (0: the body size).
    static QString signature(const QStringList &lines, qreal points = 0);
    /// An empty line `points` high, to space the parts of a page (Qt's rich text drops the
    /// margins of empty paragraphs).
    static QString spacer(qreal points);
    /// A centred block holding `qrPlaceholder` over a caption.
    static QString centredQr(const QString &qrPlaceholder, const QString &caption);

private:
    static QString factTable(const QList<Fact> &rows, int labelPercent, int padding, qreal points);
};

} // namespace sunhall::widgets
