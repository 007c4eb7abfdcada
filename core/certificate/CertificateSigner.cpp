// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/certificate/CertificateSigner.h"

#include "core/certificate/CertificateBytes.h"
#include "core/certificate/CertificateQr.h"

namespace sunhall::core {

namespace {

const QChar ellipsis(0x2026);

// The characters a text keeps before its ellipsis.
qsizetype keptLength(const QString &text)
{
    return text.endsWith(ellipsis) ? text.size() - 1 : text.size();
}

// Removes the last kept character (both halves of a surrogate pair) and ends with "…".
void shortenByOne(QString &text)
{
    QString kept = text.endsWith(ellipsis) ? text.chopped(1) : text;
    kept.chop(kept.size() >= 2 && kept.back().isLowSurrogate() ? 2 : 1);
    text = kept.trimmed() + ellipsis;
}

} // namespace

bool CertificateSigner::shortenLongest(CertificateContent &content)
{
    QString *longest = nullptr;
    qsizetype longestBytes = 0;
    const auto consider = [&](QString &text) {
        const qsizetype bytes = text.toUtf8().size();
        if (keptLength(text) > minKeptCharacters && bytes > longestBytes) {
            longest = &text;
            longestBytes = bytes;
        }
    };
    for (CertificateLine &line : content.lines)
        consider(line.value);
    if (!longest)
        consider(content.itemName);
    if (!longest)
        return false;
    shortenByOne(*longest);
    return true;
}

Result<CertificateContent> CertificateSigner::fitted(CertificateContent content, qsizetype maxBytes)
{
    // Texts are shortened first; only when every one is down to its minimum do whole lines go,
    // last first, so the QR keeps as many headings as it can.
    while (CertificateBytes::encode(content).size() > maxBytes) {
        if (shortenLongest(content))
            continue;
        if (!content.lines.isEmpty()) {
            content.lines.removeLast();
            continue;
        }
        return makeError(QStringLiteral("certificate.too-large"),
                         tr("The certificate holds too much text for its QR code, even with "
                            "its content shortened: %1 bytes, at most %2. Shorten the holder's "
                            "name, the certificate's name or the department's name.")
                             .arg(CertificateBytes::encode(content).size())
                             .arg(maxBytes),
                         QStringLiteral("holderName"));
    }
    return content;
}

Result<SignedCertificate> CertificateSigner::sign(CertificateContent content, const Sm2KeyPair &key)
{
    content.keyId = key.fingerprint();
    content.issuedAt = content.issuedAt.addMSecs(-content.issuedAt.time().msec());
    if (const Status valid = content.validate(true); !valid)
        return valid.error();
    Result<CertificateContent> fit = fitted(content, maxSignedBytes);
    if (!fit)
        return fit.error();
    const QByteArray bytes = CertificateBytes::encode(*fit);
    // The bytes must read back as what was signed: an instant whose UTC offset has seconds
    // (old local mean time) or a content shortened into an invalid one would not.
    const Result<CertificateContent> readBack = CertificateBytes::decode(bytes);
    if (!readBack || !(*readBack == *fit)) {
        return makeError(QStringLiteral("certificate.not-encodable"),
                         tr("The certificate cannot be written into its QR code: %1")
                             .arg(readBack ? tr("a value does not read back unchanged.")
                                           : readBack.error().message),
                         readBack ? QString() : readBack.error().field);
    }
    const Result<QByteArray> signature = key.sign(bytes);
    if (!signature)
        return signature.error();
    SignedCertificate signedCertificate;
    signedCertificate.abbreviated = !(*fit == content);
    signedCertificate.content = std::move(fit).value();
    signedCertificate.qrText = CertificateQr(bytes, *signature).toText();
    return signedCertificate;
}

} // namespace sunhall::core
