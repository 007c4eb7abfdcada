// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intake/ScanPreview.h"

#include "models/MaterialScanArchive.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QVBoxLayout>

namespace sunhall::widgets {

namespace {

// Rendered once at this height, then scaled to the label: sharp enough for a glance at a
// page, cheap enough for a keystroke.
constexpr int renderHeight = 900;

} // namespace

ScanPreview::ScanPreview(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("scanPreviewFrame"));
    setFrameShape(QFrame::StyledPanel);
    m_pictureLabel = new QLabel(this);
    m_pictureLabel->setObjectName(QStringLiteral("scanPreviewLabel"));
    m_pictureLabel->setAlignment(Qt::AlignCenter);
    m_pictureLabel->setMinimumSize(120, 120);
    m_pictureLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_pictureLabel->installEventFilter(this);
    m_captionLabel = new QLabel(this);
    m_captionLabel->setObjectName(QStringLiteral("scanPreviewCaptionLabel"));
    m_captionLabel->setWordWrap(true);
    m_captionLabel->setAlignment(Qt::AlignCenter);
    m_captionLabel->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pictureLabel, 1);
    layout->addWidget(m_captionLabel);
    clear();
}

void ScanPreview::clear()
{
    m_path.clear();
    m_image = QImage();
    m_pictureLabel->clear();
    m_pictureLabel->setText(tr("No scan chosen.\nChoose a material with scans or a file in "
                               "the scan folder to see it here."));
    m_pictureLabel->setWordWrap(true);
    m_captionLabel->clear();
}

void ScanPreview::showFile(const QString &path, const QString &title)
{
    m_path = path;
    QFile file(path);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
    QString what;
    m_image = models::MaterialScanArchive::mediaTypeOf(head) == "application/pdf"
                  ? renderPdf(path, what)
                  : readImage(path, what);
    const QString name = title.isEmpty() ? QFileInfo(path).fileName() : title;
    m_captionLabel->setText(tr("%1 · %2", "file name, what it is").arg(name, what));
    showScaled();
}

QImage ScanPreview::renderPdf(const QString &path, QString &what) const
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() < 1) {
        what = tr("a PDF file that cannot be read");
        return {};
    }
    what = tr("PDF, %n page(s)", nullptr, document.pageCount());
    const QSizeF points = document.pagePointSize(0);
    if (points.isEmpty())
        return {};
    const QSize size(qRound(renderHeight * points.width() / points.height()), renderHeight);
    QImage page = document.render(0, size);
    if (page.isNull())
        return {};
    // Pages are transparent where nothing is printed; show them on paper.
    QImage paper(page.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, page);
    return paper;
}

QImage ScanPreview::readImage(const QString &path, QString &what) const
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.height() > renderHeight)
        reader.setScaledSize(
            full.scaled(QSize(renderHeight * 4, renderHeight), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        what = tr("an image that cannot be shown here (%1)").arg(reader.errorString());
        return {};
    }
    what = tr("image, %1 × %2 pixels").arg(full.width()).arg(full.height());
    return image;
}

void ScanPreview::showScaled()
{
    if (m_image.isNull()) {
        m_pictureLabel->setPixmap(QPixmap());
        m_pictureLabel->setText(tr("No preview"));
        return;
    }
    const QSize room = m_pictureLabel->size().boundedTo(m_image.size());
    m_pictureLabel->setPixmap(
        QPixmap::fromImage(m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool ScanPreview::eventFilter(QObject *watched, QEvent *event)
{
    // The label is laid out after the frame; its own resize is when the room is known.
    if (watched == m_pictureLabel && event->type() == QEvent::Resize && !m_image.isNull())
        showScaled();
    return QFrame::eventFilter(watched, event);
}

} // namespace sunhall::widgets
