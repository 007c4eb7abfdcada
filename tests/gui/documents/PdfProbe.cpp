// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/documents/PdfProbe.h"

#include <QFont>
#include <QHash>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>

namespace pdfprobe {

namespace {

QString run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    if (!*ok) {
        return QStringLiteral("ERROR: %1 %2 failed (%3): %4")
            .arg(program, arguments.join(u' '), process.errorString(),
                 QString::fromUtf8(process.readAllStandardError()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

quint32 glyphOf(const QRawFont &font, char32_t codePoint)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&codePoint, 1));
    return glyphs.isEmpty() ? 0 : glyphs.first();
}

// Qt writes the PDF's ToUnicode map from the lowest code point of each glyph, and the Noto
// CJK fonts draw many radicals with the glyph of an ideograph: read such glyphs back as the
// ideograph.
QHash<char32_t, char32_t> radicalMap()
{
    QHash<char32_t, char32_t> map;
    for (const char *family : {"Noto Sans CJK SC", "Noto Serif CJK SC"}) {
        const QRawFont font = QRawFont::fromFont(QFont(QString::fromLatin1(family)));
        QHash<quint32, char32_t> ideographs;
        for (char32_t cp = 0x4E00; cp <= 0x9FFF; ++cp) {
            const quint32 glyph = glyphOf(font, cp);
            if (glyph && !ideographs.contains(glyph))
                ideographs.insert(glyph, cp);
        }
        for (char32_t cp = 0x2E80; cp <= 0x2FDF; ++cp) {
            const quint32 glyph = glyphOf(font, cp);
            if (glyph && ideographs.contains(glyph) && !map.contains(cp))
                map.insert(cp, ideographs.value(glyph));
        }
    }
    return map;
}

} // namespace

QChar ideographOf(QChar radical)
{
    static const QHash<char32_t, char32_t> map = radicalMap();
    const char32_t mapped = map.value(radical.unicode(), radical.unicode());
    return QChar(char16_t(mapped));
}

QString text(const QString &pdf, int page)
{
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"),
                          QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    bool ok = false;
    QString raw = run(QStringLiteral("pdftotext"), arguments, &ok);
    if (!ok)
        return raw;
    for (QChar &c : raw)
        c = ideographOf(c);
    return raw.normalized(QString::NormalizationForm_KC);
}

QString flat(const QString &text)
{
    return text.simplified();
}

QString compact(const QString &text)
{
    QString result = text;
    return result.remove(QRegularExpression(QStringLiteral("\\s+")));
}

bool holds(const QString &pdfText, const QString &expected)
{
    return compact(pdfText).contains(compact(expected.normalized(QString::NormalizationForm_KC)));
}

PdfInfo info(const QString &pdf)
{
    PdfInfo result;
    bool ok = false;
    const QString out = run(QStringLiteral("pdfinfo"), {pdf}, &ok);
    if (!ok) {
        result.error = out;
        return result;
    }
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                   QRegularExpression::MultilineOption);
    const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                  QRegularExpression::MultilineOption);
    const QRegularExpression title(QStringLiteral("^Title:\\s+(.*)$"),
                                   QRegularExpression::MultilineOption);
    result.pages = pages.match(out).captured(1).toInt();
    const auto sizeMatch = size.match(out);
    result.pageSizePoints =
        QSizeF(sizeMatch.captured(1).toDouble(), sizeMatch.captured(2).toDouble());
    result.title = title.match(out).captured(1).trimmed();
    return result;
}

QString toPng(const QString &pdf, int page, const QString &png, int dpi)
{
    QString prefix = png;
    if (prefix.endsWith(QLatin1String(".png")))
        prefix.chop(4);
    bool ok = false;
    const QString out =
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), QStringLiteral("-singlefile"), QStringLiteral("-r"),
             QString::number(dpi), QStringLiteral("-png"), pdf, prefix},
            &ok);
    return ok ? QString() : out;
}

QString decodeQr(const QString &png)
{
    bool ok = false;
    const QString out =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png}, &ok);
    return ok ? out.trimmed() : out;
}

} // namespace pdfprobe
