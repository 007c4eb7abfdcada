// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace sunhall::core {

/// Hashes and checks people's passwords with Argon2id (libargon2), in the standard encoded
/// form "$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>" that carries its own parameters and a
/// random 16-byte salt, so a stored hash stays verifiable after the parameters change. The
/// server uses the defaults (3 passes over 64 MiB); tests pass light parameters. A stored hash
/// that is damaged, or asks for more work than maxMemoryKiB / maxIterations /
/// maxParallelism, is an error ("crypto.password-hash-malformed"), never a crash or a
/// runaway allocation.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    struct Parameters
    {
        quint32 iterations = 3;
        quint32 memoryKiB = 64 * 1024;
        quint32 parallelism = 1;

        friend bool operator==(const Parameters &, const Parameters &) = default;
    };

    static constexpr qsizetype saltSize = 16;
    static constexpr qsizetype hashSize = 32;
    static constexpr quint32 maxIterations = 64;
    static constexpr quint32 maxMemoryKiB = 1024 * 1024;
    static constexpr quint32 maxParallelism = 16;

    PasswordHasher();
    explicit PasswordHasher(Parameters parameters);

    const Parameters &parameters() const { return m_parameters; }

    /// A new encoded hash of password (UTF-8) with a fresh salt. Fails with
    /// "crypto.password-parameters-invalid" when this hasher's parameters are out of range.
    Result<QString> hash(const QString &password) const;
    /// Whether password matches encoded; an error when encoded cannot be checked at all.
    Result<bool> verify(const QString &password, const QString &encoded) const;
    /// Whether encoded was made with less work (passes, memory) or a shorter salt or hash than
    /// this hasher uses now, so it should be replaced after the next successful login.
    Result<bool> needsRehash(const QString &encoded) const;

private:
    struct Decoded
    {
        Parameters parameters;
        qsizetype saltSize = 0;
        qsizetype hashSize = 0;
    };
    static Result<Decoded> decode(const QString &encoded);
    static QString rangeProblem(const Parameters &parameters);

    Parameters m_parameters;
};

} // namespace sunhall::core
