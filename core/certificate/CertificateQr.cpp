// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateQr.h"

#include <QRegularExpression>

namespace sunhall::core {

namespace {

constexpr auto base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

CertificateQr::CertificateQr(QByteArray signedBytes, QByteArray signature)
    : m_signedBytes(std::move(signedBytes))
    , m_signature(std::move(signature))
{}

QString CertificateQr::toText() const
{
    return QString(prefix) + QString::fromLatin1(m_signedBytes.toBase64(base64Options)) +
           QLatin1Char('.') + QString::fromLatin1(m_signature.toBase64(base64Options));
}

Error CertificateQr::damaged(const QString &detail)
{
    return makeError(QStringLiteral("certificate.qr-damaged"),
                     tr("The certificate code is damaged or incomplete: %1.").arg(detail),
                     QStringLiteral("qr"));
}

Result<CertificateQr> CertificateQr::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    static const QRegularExpression versioned(QStringLiteral("^SHC([0-9]+)\\."));
    if (!trimmed.startsWith(prefix)) {
        const QRegularExpressionMatch match = versioned.match(trimmed);
        if (match.hasMatch() && match.capturedView(1).toInt() > 1) {
            return makeError(QStringLiteral("certificate.qr-newer"),
                             tr("This certificate code has format version %1, which this "
                                "version of Sunhall cannot read.")
                                 .arg(match.capturedView(1)),
                             QStringLiteral("qr"));
        }
        return makeError(QStringLiteral("certificate.qr-foreign"),
                         tr("This is not the code of a Sunhall certificate."),
                         QStringLiteral("qr"));
    }
    if (trimmed.size() > maxTextLength)
        return damaged(tr("it has %1 characters, more than any certificate").arg(trimmed.size()));
    const QStringView body = trimmed.mid(prefix.size());
    const qsizetype dot = body.indexOf(QLatin1Char('.'));
    if (dot < 0 || body.indexOf(QLatin1Char('.'), dot + 1) >= 0)
        return damaged(tr("it does not have exactly two parts after \"SHC1.\""));
    const Result<QByteArray> signedBytes = decodePart(body.left(dot), tr("the data"));
    if (!signedBytes)
        return signedBytes.error();
    const Result<QByteArray> signature = decodePart(body.mid(dot + 1), tr("the signature"));
    if (!signature)
        return signature.error();
    return CertificateQr(*signedBytes, *signature);
}

Result<QByteArray> CertificateQr::decodePart(QStringView part, const QString &name)
{
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!alphabet.match(part).hasMatch())
        return damaged(tr("%1 is empty or has characters outside base64url").arg(name));
    const QByteArray ascii = part.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        ascii, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding catches a cut-off last character and stray bits, so one certificate has
    // exactly one text.
    if (!decoded || decoded.decoded.toBase64(base64Options) != ascii)
        return damaged(tr("%1 is cut off or not valid base64url").arg(name));
    return std::move(decoded.decoded);
}

} // namespace sunhall::core
