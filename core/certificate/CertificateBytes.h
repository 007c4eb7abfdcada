// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateContent.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QLatin1String>

namespace sunhall::core {

/// The bytes a certificate's QR code carries and its department signs, in the
/// "SUNHALL-CERT/1" format of docs/certificate-qr.md: UTF-8 text, one field per line in a
/// fixed order, each line a two-letter label, one space, the value and a line feed, after the
/// line "SUNHALL-CERT/1". The labels are short because every byte makes the QR code denser:
///
///     SUNHALL-CERT/1
///     no ZZQD0001202500000123K                      certificate number
///     ci 0b6f3c1e-5f0e-4c8e-9a55-2f5a1c3d9e77        case id
///     ti 食品经营许可证                                title (证照名称)
///     ic 370200-SJ-XK-001                            item code
///     in 食品经营许可                                  item name
///     hn 青岛海味餐饮管理有限公司                        holder's name
///     hi 91370200MA3C5X123X                          holder's ID number
///     li 经营场所=青岛市市南区香港中路10号               content line: heading=text (0 to 20)
///     vf 2025-03-04                                  valid from
///     vu 2030-03-03                                  valid until, or "long-term"
///     dc SJ                                          department code
///     dn 青岛市市场监督管理局                            department name
///     at 2025-03-04T09:30:00+08:00                   issued at
///     ki <64 hex digits>                             key id: SM3 fingerprint of the key
///
/// A person reads it after `base64 -d`; the openssl command line verifies the signature over
/// it without knowing the format. decode() is strict: any other order, spacing, line ending,
/// encoding or value form is refused ("certificate.bytes-malformed"), so one content has
/// exactly one encoding.
class CertificateBytes
{
    Q_DECLARE_TR_FUNCTIONS(CertificateBytes)
public:
    static constexpr QLatin1String header{"SUNHALL-CERT/1"};
    /// Longer input is not a certificate; decode() refuses it before reading it.
    static constexpr qsizetype maxSize = 8192;

    /// The bytes of a content; the content should be valid (CertificateContent::validate).
    static QByteArray encode(const CertificateContent &content);
    /// Reads bytes written by encode() back, and validates the content (key id required).
    static Result<CertificateContent> decode(QByteArrayView bytes);

    /// "2025-03-04T09:30:00+08:00": the instant to the second with its UTC offset.
    static QString instantText(const QDateTime &at);

private:
    static Error malformed(const QString &detail);
    static Result<QDateTime> parseInstant(const QString &text);
};

} // namespace sunhall::core
