// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/QrCode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <cerrno>
#include <cmath>
#include <memory>

namespace sunhall::widgets {

namespace {

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

core::Error qrError(const char *code, const QString &message)
{
    return core::makeError(QString::fromLatin1(code), message, QStringLiteral("text"));
}

} // namespace

core::Result<QrCode> QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return qrError("qr.empty", tr("There is no text to put in the QR code."));
    if (text.contains(QChar::Null)) {
        return qrError("qr.nul-character",
                       tr("The text for the QR code contains a NUL character, which a QR code "
                          "cannot carry here."));
    }
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > maxBytes) {
        return qrError("qr.too-long", tr("The text for the QR code is %1 bytes long; a QR code "
                                         "holds at most %2 bytes. Shorten the text.")
                                          .arg(utf8.size())
                                          .arg(maxBytes));
    }
    errno = 0;
    // Version 0 lets the library choose the smallest version; the hint QR_MODE_8 keeps every
    // character that is not a digit or an upper-case letter as bytes, case-sensitively.
    std::unique_ptr<QRcode, QrFree> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        // The headers of several mode segments can cost more than they save, so a text just
        // under maxBytes may still not fit.
        if (errno == ERANGE) {
            return qrError("qr.too-long",
                           tr("The text for the QR code is too long for a QR code (%1 bytes). "
                              "Shorten the text.")
                               .arg(utf8.size()));
        }
        return qrError("qr.failed", tr("The QR code could not be made (error %1).").arg(errno));
    }
    QrCode qr;
    qr.m_text = text;
    qr.m_version = code->version;
    qr.m_moduleCount = code->width;
    const int count = code->width * code->width;
    qr.m_modules.resize(count);
    for (int i = 0; i < count; ++i)
        qr.m_modules[i] = char(code->data[i] & 1);
    return qr;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_moduleCount || y >= m_moduleCount)
        return false;
    return m_modules.at(y * m_moduleCount + x) != 0;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull() || target.isEmpty())
        return;
    const int side = sideModules();
    qreal module = std::min(target.width(), target.height()) / side;
    QPointF origin = target.center() - QPointF(module * side / 2, module * side / 2);
    const QTransform toDevice = painter.deviceTransform();
    if (toDevice.type() <= QTransform::TxTranslate && module >= 1) {
        module = std::floor(module);
        origin = target.center() - QPointF(module * side / 2, module * side / 2);
        const QPointF onDevice = toDevice.map(origin);
        origin += QPointF(std::round(onDevice.x()) - onDevice.x(),
                          std::round(onDevice.y()) - onDevice.y());
    }

    // One path of horizontal runs: adjacent modules share edges, so no hairline seams show
    // between them in a PDF viewer.
    QPainterPath dark;
    for (int y = 0; y < m_moduleCount; ++y) {
        int x = 0;
        while (x < m_moduleCount) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_moduleCount && isDark(x, y))
                ++x;
            dark.addRect(QRectF(origin.x() + (quietZoneModules + start) * module,
                                origin.y() + (quietZoneModules + y) * module, (x - start) * module,
                                module));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(origin, QSizeF(side * module, side * module)), Qt::white);
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

QImage QrCode::toImage(int modulePixels) const
{
    if (isNull() || modulePixels < 1)
        return {};
    const int pixels = sideModules() * modulePixels;
    QImage image(pixels, pixels, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    const int offset = quietZoneModules * modulePixels;
    for (int py = 0; py < m_moduleCount * modulePixels; ++py) {
        for (int px = 0; px < m_moduleCount * modulePixels; ++px) {
            if (isDark(px / modulePixels, py / modulePixels))
                image.setPixel(offset + px, offset + py, 1);
        }
    }
    return image;
}

} // namespace sunhall::widgets
