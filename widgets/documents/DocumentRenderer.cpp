// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/DocumentRenderer.h"

#include "widgets/documents/DocumentPages.h"
#include "widgets/documents/QrTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace sunhall::widgets {

namespace {

constexpr qreal millimetresPerInch = 25.4;
constexpr qreal a4BodyPoints = 10.5; // 五号, the body size of Chinese official documents
constexpr qreal rollBodyPoints = 9;
constexpr qreal footerMm = 8;
constexpr qreal frameInsetMm = 7;
constexpr qreal bandPaddingMm = 1.2;
constexpr qreal bandGapMm = 2;

// Latin letters and digits come from a Latin face, the way Chinese forms pair Times or Arial
// with 宋体 or 黑体: in Latin text the Noto CJK fonts swap digits for glyphs outside their
// character map, and a PDF then loses those digits when its text is searched or copied.
const QStringList sansFamilies = {QStringLiteral("Nimbus Sans"), QStringLiteral("DejaVu Sans"),
                                  QStringLiteral("Noto Sans CJK SC")};
const QStringList serifFamilies = {QStringLiteral("Nimbus Roman"), QStringLiteral("DejaVu Serif"),
                                   QStringLiteral("Noto Serif CJK SC"),
                                   QStringLiteral("Noto Sans CJK SC")};

QFont documentFont(const PrintableDocument &document, qreal points)
{
    QFont font;
    font.setFamilies(document.serif ? serifFamilies : sansFamilies);
    font.setPointSizeF(points);
    return font;
}

/// Where things go on a page, in the painter's coordinates (device pixels from the top left
/// corner of the printable area).
class PageGeometry
{
public:
    PageGeometry(const PrintableDocument &document, const QPagedPaintDevice &device,
                 QStringList bands)
        : m_document(document)
        , m_device(device)
        , m_bands(std::move(bands))
        , m_roll(document.paper == PaperFormat::ReceiptRoll80mm)
        , m_bandFont(documentFont(document, m_roll ? 9.5 : 11))
    {
        m_bandFont.setBold(true);
    }

    qreal px(qreal mm) const { return mm / millimetresPerInch * m_device.logicalDpiY(); }
    qreal width() const { return m_device.width(); }
    qreal inset() const { return m_document.framed ? px(frameInsetMm) : 0; }
    qreal footerHeight() const { return m_roll ? 0 : px(footerMm); }
    qreal textWidth() const { return width() - 2 * inset(); }
    const QFont &bandFont() const { return m_bandFont; }
    const QStringList &bands() const { return m_bands; }

    QRectF bandTextRect(const QString &text) const
    {
        const qreal padding = px(bandPaddingMm);
        return QFontMetricsF(m_bandFont, &m_device)
            .boundingRect(QRectF(0, 0, width() - 2 * padding, 1e6),
                          Qt::AlignHCenter | Qt::TextWordWrap, text);
    }
    qreal bandsHeight() const
    {
        if (m_bands.isEmpty())
            return 0;
        qreal height = px(bandGapMm);
        for (const QString &band : m_bands)
            height += bandTextRect(band).height() + 2 * px(bandPaddingMm) + px(0.8);
        return height;
    }
    /// The part of each page the body text fills on a page `pageHeight` high.
    QRectF textRect(qreal pageHeight) const
    {
        const qreal top = bandsHeight() + inset();
        return QRectF(inset(), top, textWidth(), pageHeight - top - footerHeight() - inset());
    }

private:
    const PrintableDocument &m_document;
    const QPagedPaintDevice &m_device;
    QStringList m_bands;
    bool m_roll;
    QFont m_bandFont;
};

void prepareText(QTextDocument &text, const PrintableDocument &document, QPagedPaintDevice &device,
                 qreal width)
{
    text.documentLayout()->setPaintDevice(&device);
    text.setDocumentMargin(0);
    const bool roll = document.paper == PaperFormat::ReceiptRoll80mm;
    text.setDefaultFont(documentFont(document, roll ? rollBodyPoints : a4BodyPoints));
    text.setHtml(document.html);
    QrTextObject::install(text, document.qrCodes);
    text.setTextWidth(width);
}

void paintBands(QPainter &painter, const PageGeometry &geometry)
{
    const qreal padding = geometry.px(bandPaddingMm);
    qreal y = 0;
    painter.save();
    painter.setFont(geometry.bandFont());
    for (const QString &band : geometry.bands()) {
        const qreal height = geometry.bandTextRect(band).height() + 2 * padding;
        const QRectF box(0, y, geometry.width(), height);
        painter.fillRect(box, Qt::black);
        painter.setPen(Qt::white);
        painter.drawText(box.adjusted(padding, padding, -padding, -padding),
                         Qt::AlignCenter | Qt::TextWordWrap, band);
        y += height + geometry.px(0.8);
    }
    painter.restore();
}

void paintWatermark(QPainter &painter, const QString &watermark, const QRectF &area,
                    const PrintableDocument &document)
{
    if (watermark.isEmpty())
        return;
    QFont font = documentFont(document, document.paper == PaperFormat::A4 ? 110 : 56);
    font.setBold(true);
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0xbd, 0xbd, 0xbd));
    painter.translate(area.center());
    painter.rotate(-30);
    const QRectF box(-area.width(), -area.height() / 2, 2 * area.width(), area.height());
    painter.drawText(box, Qt::AlignCenter, watermark);
    painter.restore();
}

void paintFooter(QPainter &painter, const PrintableDocument &document, const PageGeometry &geometry,
                 qreal pageHeight, int page, int pages)
{
    QFont font = documentFont(document, 8);
    const QRectF footer(0, pageHeight - geometry.footerHeight() + geometry.px(3), geometry.width(),
                        geometry.footerHeight() - geometry.px(3));
    painter.save();
    painter.setFont(font);
    painter.setPen(QPen(QColor(0x55, 0x5b, 0x63), geometry.px(0.2)));
    painter.drawLine(footer.topLeft(), footer.topRight());
    const QString left = document.reference.isEmpty()
                             ? document.title
                             : DocumentRenderer::tr("%1 · %2", "footer: document title, number")
                                   .arg(document.title, document.reference);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     DocumentRenderer::tr("Page %1 of %2").arg(page + 1).arg(pages));
    painter.restore();
}

void paintFrame(QPainter &painter, const PageGeometry &geometry, qreal pageHeight)
{
    const qreal top = geometry.bandsHeight();
    const QRectF outer(0, top, geometry.width(), pageHeight - top - geometry.footerHeight());
    painter.save();
    painter.setPen(QPen(Qt::black, geometry.px(0.8)));
    painter.drawRect(
        outer.adjusted(geometry.px(0.4), geometry.px(0.4), -geometry.px(0.4), -geometry.px(0.4)));
    painter.setPen(QPen(Qt::black, geometry.px(0.25)));
    const qreal gap = geometry.px(1.8);
    painter.drawRect(outer.adjusted(gap, gap, -gap, -gap));
    painter.restore();
}

void paintText(QPainter &painter, QTextDocument &text, const QRectF &area,
               const DocumentPages::Span &span)
{
    const QRectF clip(0, span.top, area.width(), span.bottom - span.top);
    painter.save();
    painter.translate(area.left(), area.top() - span.top);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    text.documentLayout()->draw(&painter, context);
    painter.restore();
}

core::Error outputFailed()
{
    return core::makeError(QStringLiteral("document.output-failed"),
                           DocumentRenderer::tr("The document could not be printed or saved: "
                                                "the printer or the file cannot be opened."));
}

} // namespace

QPageLayout DocumentRenderer::pageLayout(PaperFormat paper, qreal rollLengthMm)
{
    if (paper == PaperFormat::A4) {
        return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                           QMarginsF(a4MarginMm, a4MarginMm, a4MarginMm, a4MarginMm),
                           QPageLayout::Millimeter);
    }
    const QPageSize roll(QSizeF(rollWidthMm, rollLengthMm), QPageSize::Millimeter,
                         tr("80 mm receipt roll"), QPageSize::ExactMatch);
    return QPageLayout(roll, QPageLayout::Portrait,
                       QMarginsF(rollMarginMm, rollMarginMm, rollMarginMm, rollMarginMm),
                       QPageLayout::Millimeter);
}

QString DocumentRenderer::reprintBand(int reprint)
{
    return tr("REPRINT %1 · a copy, not the original", "band on every page of a reprint")
        .arg(reprint);
}

core::Status DocumentRenderer::render(const PrintableDocument &document, QPagedPaintDevice &device,
                                      int reprint)
{
    if (reprint < 0) {
        return core::makeError(QStringLiteral("document.reprint-negative"),
                               tr("A reprint count cannot be negative (%1).").arg(reprint),
                               QStringLiteral("reprint"));
    }
    if (!device.setPageLayout(pageLayout(document.paper))) {
        return core::makeError(QStringLiteral("document.page-layout"),
                               tr("The printer does not take the page size of this document."));
    }
    QStringList bands = document.bands;
    if (reprint > 0)
        bands.prepend(reprintBand(reprint));
    const PageGeometry geometry(document, device, bands);
    QTextDocument text;
    prepareText(text, document, device, geometry.textWidth());

    qreal pageHeight = device.height();
    if (document.paper == PaperFormat::ReceiptRoll80mm) {
        pageHeight = geometry.bandsHeight() + 2 * geometry.inset() + text.size().height();
        const qreal lengthMm = pageHeight / device.logicalDpiY() * millimetresPerInch;
        if (!device.setPageLayout(pageLayout(document.paper, lengthMm + 2 * rollMarginMm + 1)))
            return core::makeError(QStringLiteral("document.page-layout"),
                                   tr("The printer does not take an 80 mm receipt roll."));
        pageHeight = device.height();
    }
    const QRectF area = geometry.textRect(pageHeight);
    // The roll's length is rounded to whole points: it is one page whatever that rounding
    // leaves, never a last line on a second page that is not printed.
    const QList<DocumentPages::Span> pages =
        document.paper == PaperFormat::A4 ? DocumentPages::split(text, area.height())
                                          : QList<DocumentPages::Span>{{0, text.size().height()}};

    QPainter painter;
    if (!painter.begin(&device))
        return outputFailed();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage())
            return outputFailed();
        paintWatermark(painter, document.watermark, area, document);
        paintBands(painter, geometry);
        if (document.framed)
            paintFrame(painter, geometry, pageHeight);
        paintText(painter, text, area, pages.at(page));
        if (document.paper == PaperFormat::A4)
            paintFooter(painter, document, geometry, pageHeight, page, int(pages.size()));
    }
    return painter.end() ? core::Status::success() : outputFailed();
}

} // namespace sunhall::widgets
