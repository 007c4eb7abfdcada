// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/QrTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>

namespace sunhall::widgets {

namespace {

constexpr int codeIndexProperty = QTextFormat::UserProperty + 1;
constexpr qreal millimetresPerInch = 25.4;
constexpr qreal cssPixelsPerInch = 96;

/// Positions of the `<img src="qr:N">` characters with their N.
QList<std::pair<int, int>> placeholders(const QTextDocument &document, qsizetype codeCount)
{
    QList<std::pair<int, int>> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            if (!name.startsWith(QLatin1String("qr:")))
                continue;
            bool ok = false;
            const int index = name.mid(3).toInt(&ok);
            if (!ok || index < 0 || index >= codeCount)
                continue;
            // Identical neighbouring images share one fragment.
            for (int i = 0; i < fragment.length(); ++i)
                found.append({fragment.position() + i, index});
        }
    }
    return found;
}

} // namespace

QrTextObject::QrTextObject(QList<DocumentQr> codes, QObject *parent)
    : QObject(parent)
    , m_codes(std::move(codes))
{}

void QrTextObject::install(QTextDocument &document, const QList<DocumentQr> &codes)
{
    auto *handler = new QrTextObject(codes, &document);
    document.documentLayout()->registerHandler(objectType, handler);
    for (const auto &[position, index] : placeholders(document, codes.size())) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(objectType);
        format.setProperty(codeIndexProperty, index);
        cursor.setCharFormat(format);
    }
}

const DocumentQr *QrTextObject::code(const QTextFormat &format) const
{
    const int index = format.intProperty(codeIndexProperty);
    return index >= 0 && index < m_codes.size() ? &m_codes.at(index) : nullptr;
}

QSizeF QrTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const DocumentQr *qr = code(format);
    if (!qr)
        return {};
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal dpi = device ? device->logicalDpiY() : cssPixelsPerInch;
    const qreal side = qr->sideMm / millimetresPerInch * dpi;
    return {side, side};
}

void QrTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                              const QTextFormat &format)
{
    if (const DocumentQr *qr = code(format))
        qr->code.paint(*painter, rect);
}

} // namespace sunhall::widgets
