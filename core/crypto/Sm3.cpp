// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Sm3.h"

#include <QIODevice>

#include <openssl/evp.h>

namespace sunhall::core {

Sm3::Sm3()
{
    reset();
}

Sm3::~Sm3() = default;
Sm3::Sm3(Sm3 &&other) noexcept = default;
Sm3 &Sm3::operator=(Sm3 &&other) noexcept = default;

void Sm3::reset()
{
    m_context.reset(EVP_MD_CTX_new());
    if (m_context && EVP_DigestInit_ex(m_context.get(), EVP_sm3(), nullptr) != 1)
        m_context.reset();
}

void Sm3::addData(QByteArrayView data)
{
    if (m_context && EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size())) != 1)
        m_context.reset();
}

Status Sm3::addData(QIODevice *device)
{
    if (device == nullptr || !device->isReadable()) {
        return makeError(QStringLiteral("crypto.read-failed"),
                         tr("Could not read the data to hash: it is not open for reading."));
    }
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    qint64 read = 0;
    while ((read = device->read(chunk.data(), chunk.size())) > 0)
        addData(QByteArrayView(chunk.constData(), qsizetype(read)));
    if (read < 0 || !device->atEnd()) {
        return makeError(
            QStringLiteral("crypto.read-failed"),
            tr("Could not read the data to hash to its end: %1").arg(device->errorString()));
    }
    return Status::success();
}

QByteArray Sm3::result() const
{
    if (!m_context)
        return {};
    // Finalise a copy so the caller can go on adding data to this one.
    OpenSslPtr<EVP_MD_CTX> copy(EVP_MD_CTX_new());
    QByteArray digest(digestSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(digest.data());
    unsigned int length = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_context.get()) != 1 ||
        EVP_DigestFinal_ex(copy.get(), out, &length) != 1 || length != unsigned(digestSize)) {
        return {};
    }
    return digest;
}

QByteArray Sm3::hash(QByteArrayView data)
{
    QByteArray digest(digestSize, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_Q_digest(nullptr, "SM3", nullptr, data.data(), size_t(data.size()),
                     reinterpret_cast<unsigned char *>(digest.data()), &length) != 1 ||
        length != size_t(digestSize)) {
        return {};
    }
    return digest;
}

QString Sm3::toHex(QByteArrayView digest)
{
    return QString::fromLatin1(digest.toByteArray().toHex());
}

} // namespace sunhall::core
