// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace sunhall::widgets {

/// A QR code (ISO/IEC 18004) of a text, made by libqrencode at error correction level M
/// (15% of the modules may be lost), in the smallest version that holds it. The text is
/// encoded as UTF-8; runs of digits and upper-case letters use the denser numeric and
/// alphanumeric modes, so a case number fits a version 1 or 2 code. A default-constructed
/// code is null and paints nothing. Every error has the field "text" and a code starting
/// with "qr.".
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)
public:
    /// The light border every reader needs around the modules, in modules (ISO/IEC 18004).
    static constexpr int quietZoneModules = 4;
    /// The most UTF-8 bytes a code holds at level M (version 40, byte mode).
    static constexpr int maxBytes = 2331;

    QrCode() = default;

    /// The code of `text`. Refuses an empty text ("qr.empty"), a text with a NUL character
    /// ("qr.nul-character") and a text too long for any QR code at level M ("qr.too-long").
    static core::Result<QrCode> encode(const QString &text);

    bool isNull() const { return m_moduleCount == 0; }
    const QString &text() const { return m_text; }
    /// 1 to 40; 0 for a null code.
    int version() const { return m_version; }
    /// Modules per side, without the quiet zone (21 for version 1, 4 more per version).
    int moduleCount() const { return m_moduleCount; }
    /// Modules per side with the quiet zone on both sides.
    int sideModules() const { return isNull() ? 0 : m_moduleCount + 2 * quietZoneModules; }
    /// Whether the module in column `x` and row `y` (0-based, quiet zone excluded) is dark.
    bool isDark(int x, int y) const;

    /// Paints the code with its quiet zone as the largest square centred in `target`, white
    /// background and black modules, without antialiasing. When the painter maps to device
    /// pixels without scaling or rotation, each module is a whole number of device pixels
    /// wide and starts on a pixel edge, so a printer or a scanner sees crisp square modules.
    void paint(QPainter &painter, const QRectF &target) const;
    /// The code as a black-and-white image, `modulePixels` pixels per module, quiet zone
    /// included; a null image for a null code.
    QImage toImage(int modulePixels) const;

private:
    QString m_text;
    int m_version = 0;
    int m_moduleCount = 0;
    QByteArray m_modules; // row by row, 1 for a dark module
};

} // namespace sunhall::widgets
