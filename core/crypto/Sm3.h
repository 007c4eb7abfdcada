// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/OpenSslSupport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace sunhall::core {

/// The SM3 hash of GB/T 32905 (32 bytes), used for the audit chain and key fingerprints. Use
/// Sm3::hash() for a buffer in memory; for large or streamed input create an Sm3, feed it with
/// addData() and read result(), which can be read at any point and leaves the hash open for
/// more data. An empty result means libcrypto could not compute SM3 at all (an OpenSSL set-up
/// without its default provider), never a partial digest.
class Sm3
{
    Q_DECLARE_TR_FUNCTIONS(Sm3)
public:
    static constexpr qsizetype digestSize = 32;

    Sm3();
    ~Sm3();
    Sm3(Sm3 &&other) noexcept;
    Sm3 &operator=(Sm3 &&other) noexcept;
    Sm3(const Sm3 &) = delete;
    Sm3 &operator=(const Sm3 &) = delete;

    void addData(QByteArrayView data);
    /// Reads the open device to its end in chunks, without waiting for more; fails with
    /// "crypto.read-failed" when it cannot read or stops before the end.
    Status addData(QIODevice *device);
    QByteArray result() const;
    void reset();

    static QByteArray hash(QByteArrayView data);
    /// Lower-case hexadecimal, the form used in files, the store and the wire.
    static QString toHex(QByteArrayView digest);
    static QString hashHex(QByteArrayView data) { return toHex(hash(data)); }

private:
    OpenSslPtr<EVP_MD_CTX> m_context;
};

} // namespace sunhall::core
