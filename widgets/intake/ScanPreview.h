// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QImage>

class QLabel;

namespace sunhall::widgets {

/// A preview of one scanned material: an image (JPEG, PNG, TIFF as far as Qt's image plugins
/// read it) or the first page of a PDF (rendered with Qt PDF), scaled to fit, with the file's
/// name and what it is below. A file that cannot be shown says so in words.
class ScanPreview : public QFrame
{
    Q_OBJECT
public:
    explicit ScanPreview(QWidget *parent = nullptr);

    /// Shows the file at `path`; `title` names it (the file name when empty).
    void showFile(const QString &path, const QString &title = {});
    void clear();
    QString shownPath() const { return m_path; }
    /// The picture shown at full preview size; null when nothing could be shown.
    QImage image() const { return m_image; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QImage renderPdf(const QString &path, QString &what) const;
    QImage readImage(const QString &path, QString &what) const;
    void showScaled();

    QLabel *m_pictureLabel = nullptr;
    QLabel *m_captionLabel = nullptr;
    QString m_path;
    QImage m_image;
};

} // namespace sunhall::widgets
