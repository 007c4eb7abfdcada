// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace sunhall::core {

/// The text of a certificate's QR code (docs/certificate-qr.md): the prefix "SHC1.", the
/// signed bytes (CertificateBytes) in base64url, a dot, and the department's DER SM2
/// signature of those bytes in base64url, both without '=' padding. It is plain ASCII, so a
/// scanner that types into a field carries it unchanged. parse() ignores white space around
/// the text (a scanner's Enter) and is otherwise strict; its errors tell a code that is not
/// a Sunhall certificate ("certificate.qr-foreign"), one of a later format version
/// ("certificate.qr-newer") and a damaged one ("certificate.qr-damaged") apart.
class CertificateQr
{
    Q_DECLARE_TR_FUNCTIONS(CertificateQr)
public:
    static constexpr QLatin1String prefix{"SHC1."};
    /// Longer text is not a certificate code; parse() refuses it unread.
    static constexpr qsizetype maxTextLength = 12000;

    CertificateQr(QByteArray signedBytes, QByteArray signature);

    const QByteArray &signedBytes() const { return m_signedBytes; }
    const QByteArray &signature() const { return m_signature; }
    QString toText() const;

    static Result<CertificateQr> parse(QStringView text);

private:
    static Result<QByteArray> decodePart(QStringView part, const QString &name);
    static Error damaged(const QString &detail);

    QByteArray m_signedBytes;
    QByteArray m_signature;
};

} // namespace sunhall::core
