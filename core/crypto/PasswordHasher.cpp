// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PasswordHasher.h"

#include "core/crypto/OpenSslSupport.h"

#include <QByteArrayList>

#include <argon2.h>
#include <openssl/rand.h>

#include <optional>

namespace sunhall::core {

namespace {
constexpr qsizetype maxEncodedSize = 512;
constexpr qsizetype minSaltSize = ARGON2_MIN_SALT_LENGTH;
constexpr qsizetype minHashSize = ARGON2_MIN_OUTLEN;
constexpr QLatin1String hashField("passwordHash");

std::optional<quint32> parseNumber(QByteArrayView text, QByteArrayView prefix)
{
    if (!text.startsWith(prefix))
        return std::nullopt;
    const QByteArrayView digits = text.sliced(prefix.size());
    if (digits.isEmpty() || digits.size() > 10)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(value);
}

// Unpadded standard Base64, as libargon2 writes it; returns the decoded size or nullopt.
std::optional<qsizetype> base64DecodedSize(QByteArrayView text)
{
    if (text.isEmpty() || text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!valid)
            return std::nullopt;
    }
    return text.size() * 3 / 4;
}
} // namespace

PasswordHasher::PasswordHasher()
    : m_parameters()
{}

PasswordHasher::PasswordHasher(Parameters parameters)
    : m_parameters(parameters)
{}

QString PasswordHasher::rangeProblem(const Parameters &parameters)
{
    if (parameters.iterations < 1 || parameters.iterations > maxIterations)
        return tr("%1 passes (allowed: 1 to %2)").arg(parameters.iterations).arg(maxIterations);
    if (parameters.parallelism < 1 || parameters.parallelism > maxParallelism) {
        return tr("%1 lanes (allowed: 1 to %2)").arg(parameters.parallelism).arg(maxParallelism);
    }
    const quint32 minMemory = ARGON2_SYNC_POINTS * 2 * parameters.parallelism;
    if (parameters.memoryKiB < minMemory || parameters.memoryKiB > maxMemoryKiB) {
        return tr("%1 KiB of memory (allowed: %2 to %3 KiB)")
            .arg(parameters.memoryKiB)
            .arg(minMemory)
            .arg(maxMemoryKiB);
    }
    return {};
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (const QString problem = rangeProblem(m_parameters); !problem.isEmpty()) {
        return makeError(QStringLiteral("crypto.password-parameters-invalid"),
                         tr("The password hashing settings are out of range: %1.").arg(problem));
    }
    unsigned char salt[saltSize];
    if (RAND_bytes(salt, saltSize) != 1) {
        return makeError(QStringLiteral("crypto.random-failed"),
                         tr("Could not get random bytes for the password salt (OpenSSL: %1).")
                             .arg(takeOpenSslErrors()));
    }
    const CleansedBytes secret(password.toUtf8());
    QByteArray encoded(
        qsizetype(argon2_encodedlen(m_parameters.iterations, m_parameters.memoryKiB,
                                    m_parameters.parallelism, saltSize, hashSize, Argon2_id)),
        '\0');
    const int status = argon2id_hash_encoded(
        m_parameters.iterations, m_parameters.memoryKiB, m_parameters.parallelism, secret.data(),
        size_t(secret.size()), salt, saltSize, hashSize, encoded.data(), size_t(encoded.size()));
    if (status != ARGON2_OK) {
        return makeError(QStringLiteral("crypto.password-hash-failed"),
                         tr("Could not hash the password (Argon2: %1).")
                             .arg(QString::fromLatin1(argon2_error_message(status))));
    }
    return QString::fromLatin1(encoded.constData());
}

Result<bool> PasswordHasher::verify(const QString &password, const QString &encoded) const
{
    if (const auto decoded = decode(encoded); !decoded)
        return decoded.error();
    const CleansedBytes secret(password.toUtf8());
    const QByteArray encodedBytes = encoded.toLatin1();
    const int status =
        argon2id_verify(encodedBytes.constData(), secret.data(), size_t(secret.size()));
    if (status == ARGON2_OK)
        return true;
    if (status == ARGON2_VERIFY_MISMATCH)
        return false;
    return makeError(QStringLiteral("crypto.password-hash-failed"),
                     tr("Could not check the password against the stored hash (Argon2: %1).")
                         .arg(QString::fromLatin1(argon2_error_message(status))),
                     hashField);
}

Result<bool> PasswordHasher::needsRehash(const QString &encoded) const
{
    const auto decoded = decode(encoded);
    if (!decoded)
        return decoded.error();
    const Parameters &stored = decoded->parameters;
    return stored.iterations < m_parameters.iterations ||
           stored.memoryKiB < m_parameters.memoryKiB || decoded->saltSize < saltSize ||
           decoded->hashSize < hashSize;
}

Result<PasswordHasher::Decoded> PasswordHasher::decode(const QString &encoded)
{
    const Error malformed = makeError(
        QStringLiteral("crypto.password-hash-malformed"),
        tr("The stored password hash is damaged or is not an Argon2id hash, so the password "
           "cannot be checked. An administrator must reset this password."),
        hashField);
    if (encoded.size() > maxEncodedSize)
        return malformed;
    for (const QChar c : encoded) {
        if (c.unicode() > 0x7f)
            return malformed;
    }
    const QByteArray bytes = encoded.toLatin1();
    const QByteArrayList parts = bytes.split('$');
    if (parts.size() != 6 || !parts[0].isEmpty() || parts[1] != "argon2id" || parts[2] != "v=19")
        return malformed;
    const QByteArrayList costs = parts[3].split(',');
    if (costs.size() != 3)
        return malformed;
    const auto memory = parseNumber(costs[0], "m=");
    const auto iterations = parseNumber(costs[1], "t=");
    const auto parallelism = parseNumber(costs[2], "p=");
    const auto salt = base64DecodedSize(parts[4]);
    const auto digest = base64DecodedSize(parts[5]);
    if (!memory || !iterations || !parallelism || !salt || !digest || *salt < minSaltSize ||
        *digest < minHashSize) {
        return malformed;
    }
    const Decoded decoded{{*iterations, *memory, *parallelism}, *salt, *digest};
    if (const QString problem = rangeProblem(decoded.parameters); !problem.isEmpty()) {
        return makeError(QStringLiteral("crypto.password-hash-malformed"),
                         tr("The stored password hash asks for %1, beyond what this system "
                            "accepts, so the password cannot be checked. An administrator must "
                            "reset this password.")
                             .arg(problem),
                         hashField);
    }
    return decoded;
}

} // namespace sunhall::core
