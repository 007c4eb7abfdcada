// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/DocumentPages.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace sunhall::widgets {

namespace {

/// A place to cut: the page ends at `end` (the top of the next line) and the next page starts
/// at `resume` (the bottom of the lines above).
struct Gap
{
    qreal resume = 0;
    qreal end = 0;
};

QList<DocumentPages::Span> lineSpans(const QTextDocument &document)
{
    QList<DocumentPages::Span> lines;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!text)
            continue;
        // blockBoundingRect places blocks inside table cells too, in document coordinates.
        const qreal offset = layout->blockBoundingRect(block).top() - text->boundingRect().top();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            lines.append({offset + line.y(), offset + line.y() + line.height()});
        }
    }
    std::sort(
        lines.begin(), lines.end(),
        [](const DocumentPages::Span &a, const DocumentPages::Span &b) { return a.top < b.top; });
    return lines;
}

QList<Gap> gaps(const QList<DocumentPages::Span> &lines)
{
    QList<Gap> found;
    qreal bottom = 0;
    for (const DocumentPages::Span &line : lines) {
        if (line.top >= bottom)
            found.append({bottom, line.top});
        bottom = std::max(bottom, line.bottom);
    }
    return found;
}

} // namespace

QList<DocumentPages::Span> DocumentPages::split(const QTextDocument &document, qreal pageHeight)
{
    const qreal height = document.size().height();
    const QList<Gap> cuts = gaps(lineSpans(document));
    QList<Span> pages;
    qreal top = 0;
    while (height - top > pageHeight && pageHeight > 0) {
        const qreal limit = top + pageHeight;
        Gap cut{limit, limit};
        for (const Gap &gap : cuts) {
            if (gap.end > limit)
                break;
            if (gap.end > top && gap.resume > top)
                cut = gap;
        }
        // A row rule sits in the middle of the gap between two rows: both pages show it, with
        // as little of the cells' padding as possible.
        const qreal margin = (cut.end - cut.resume) * 0.35;
        pages.append({top, cut.end - margin});
        top = cut.resume + margin;
    }
    pages.append({top, std::max(height, top)});
    return pages;
}

} // namespace sunhall::widgets
