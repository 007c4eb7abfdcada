// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/documents/PrintableDocument.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace sunhall::widgets {

/// Lays out and paints the QR codes of a PrintableDocument inside its QTextDocument as vector
/// modules, not as a scaled image, so that they stay crisp on any printer and in any PDF
/// viewer. `install` registers the handler with the document's layout and swaps each
/// `<img src="qr:N">` of the body for a QR object of `codes[N]`.
class QrTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    /// Registers a handler owned by `document` and places the codes; placeholders naming an
    /// index outside `codes` are left as they are.
    static void install(QTextDocument &document, const QList<DocumentQr> &codes);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QrTextObject(QList<DocumentQr> codes, QObject *parent);
    const DocumentQr *code(const QTextFormat &format) const;

    QList<DocumentQr> m_codes;
};

} // namespace sunhall::widgets
