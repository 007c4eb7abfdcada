// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTextDocument;

namespace sunhall::widgets {

/// Where a laid-out QTextDocument is cut into pages. QTextDocument's own pagination moves each
/// line of a table cell on its own, so a row whose cells have lines of different heights (a
/// Latin number beside a Chinese name) can be torn over two pages. Here a page ends only in a
/// gap that no line crosses, so every table row and every line stays whole; the middle of the
/// gap (the rule between two rows) is shown at the foot of one page and the head of the next,
/// which closes and reopens a table neatly. Only a single row taller than a page is cut.
class DocumentPages
{
public:
    /// One page: the document's vertical span [top, bottom) it shows.
    struct Span
    {
        qreal top = 0;
        qreal bottom = 0;
    };

    /// The pages of `document` (laid out at its text width) for pages `pageHeight` high; at
    /// least one page.
    static QList<Span> split(const QTextDocument &document, qreal pageHeight);
};

} // namespace sunhall::widgets
