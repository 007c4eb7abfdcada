// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateContent.h"
#include "core/common/Result.h"
#include "core/crypto/Sm2KeyPair.h"

#include <QCoreApplication>
#include <QString>

namespace sunhall::core {

/// A certificate as its department signed it: the content exactly as the QR carries it, and
/// the QR text.
struct SignedCertificate
{
    CertificateContent content; // key id set, issue instant to the second, maybe abbreviated
    QString qrText;             // "SHC1.…"
    bool abbreviated = false;   // some text was shortened to fit the QR code
};

/// Signs a certificate's content with its department's SM2 key and makes its QR text. The key
/// id becomes the key's fingerprint and the instant of issue is kept to the second. So that
/// the QR code stays easy to scan at error correction level M (under 1,000 characters), the
/// signed bytes are kept within maxSignedBytes: when the content is longer, the texts of the
/// content lines and then the item name are shortened, longest first, each to no fewer than
/// minKeptCharacters followed by "…"; if that is not enough, content lines are left out of
/// the QR, last first. The number, title, holder, dates and department are never shortened.
/// The printed certificate shows the full texts; the QR carries what was signed.
class CertificateSigner
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSigner)
public:
    static constexpr qsizetype maxSignedBytes = 640;
    /// A shortened text keeps at least this many characters before its "…".
    static constexpr qsizetype minKeptCharacters = 4;

    /// Errors: any of CertificateContent::validate(), "certificate.too-large" when even the
    /// shortened content does not fit, or the key's signing error.
    static Result<SignedCertificate> sign(CertificateContent content, const Sm2KeyPair &key);

    /// The content shortened as sign() does, to encode in at most maxBytes bytes.
    static Result<CertificateContent> fitted(CertificateContent content, qsizetype maxBytes);

private:
    static bool shortenLongest(CertificateContent &content);
};

} // namespace sunhall::core
