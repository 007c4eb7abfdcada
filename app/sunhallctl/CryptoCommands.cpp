// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CtlContext.h"

#include "core/crypto/Sm2KeyPair.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

constexpr qint64 maxSignedFile = 256LL * 1024 * 1024;

class CryptoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CryptoCommand)
public:
    static Result<QByteArray> readFile(const QString &path, const QString &option, qint64 max)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(QStringLiteral("file.unreadable"),
                             tr("--%1: cannot read %2: %3").arg(option, path, file.errorString()),
                             option);
        }
        if (file.size() > max) {
            return makeError(
                QStringLiteral("file.too-large"),
                tr("--%1: %2 is larger than %3 MiB").arg(option, path).arg(max / (1024 * 1024)),
                option);
        }
        return file.readAll();
    }

    static Status writeFile(const QString &path, const QByteArray &data, bool secret)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return makeError(QStringLiteral("file.unwritable"),
                             tr("cannot write %1: %2").arg(path, file.errorString()));
        // A private key is readable by its owner only, from the first byte on.
        if (secret)
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(data) != data.size() || !file.commit())
            return makeError(QStringLiteral("file.unwritable"),
                             tr("cannot write %1: %2").arg(path, file.errorString()));
        return Status::success();
    }

    static int keygen(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("keygen"),
                       tr("Creates an SM2 key pair: DIR/private.pem (encrypted PKCS#8 under the "
                          "passphrase) and DIR/public.pem."));
        cl.addOption(
            {QStringLiteral("out"), tr("The folder to write the keys to."), QStringLiteral("DIR")});
        cl.addOption({QStringLiteral("passphrase-file"),
                      tr("A file whose first line is the passphrase."), QStringLiteral("FILE")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto out = cl.required(QStringLiteral("out"));
        if (!out)
            return ExitUsage;
        const auto passFile = cl.required(QStringLiteral("passphrase-file"));
        if (!passFile)
            return ExitUsage;
        const Result<QByteArray> passphrase =
            readSecretFile(*passFile, QStringLiteral("passphrase-file"));
        if (!passphrase)
            return cl.failure(passphrase.error());
        const QDir dir(*out);
        const QString privatePath = dir.filePath(QStringLiteral("private.pem"));
        if (QFile::exists(privatePath))
            return cl.failure(tr("%1 already exists; a key is never overwritten").arg(privatePath));
        if (!QDir().mkpath(*out))
            return cl.failure(tr("cannot create the folder %1").arg(*out));

        const Result<Sm2KeyPair> pair = Sm2KeyPair::generate();
        if (!pair)
            return cl.failure(pair.error());
        const Result<QByteArray> pem = pair->privateKeyPemEncrypted(QString::fromUtf8(*passphrase));
        if (!pem)
            return cl.failure(pem.error());
        if (const Status written = writeFile(privatePath, *pem, true); !written)
            return cl.failure(written.error());
        const QString publicPath = dir.filePath(QStringLiteral("public.pem"));
        if (const Status written = writeFile(publicPath, pair->publicKeyPem(), false); !written)
            return cl.failure(written.error());
        context.out << tr("SM2 key pair written: %1 (encrypted), %2").arg(privatePath, publicPath)
                    << '\n'
                    << tr("Fingerprint (SM3): %1").arg(pair->fingerprint()) << '\n';
        return ExitOk;
    }

    static int sign(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("sign"),
                       tr("Signs a file with SM2 over SM3 (distinguishing ID 1234567812345678) "
                          "and writes the DER signature."));
        cl.addOption({QStringLiteral("key"), tr("The encrypted private key (PEM)."),
                      QStringLiteral("PRIV")});
        cl.addOption({QStringLiteral("passphrase-file"),
                      tr("A file whose first line is the passphrase."), QStringLiteral("FILE")});
        cl.addOption({QStringLiteral("in"), tr("The file to sign."), QStringLiteral("FILE")});
        cl.addOption(
            {QStringLiteral("out"), tr("The signature file to write."), QStringLiteral("SIG")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto key = cl.required(QStringLiteral("key"));
        const auto passFile = key ? cl.required(QStringLiteral("passphrase-file")) : std::nullopt;
        const auto in = passFile ? cl.required(QStringLiteral("in")) : std::nullopt;
        const auto out = in ? cl.required(QStringLiteral("out")) : std::nullopt;
        if (!out)
            return ExitUsage;
        const Result<QByteArray> passphrase =
            readSecretFile(*passFile, QStringLiteral("passphrase-file"));
        if (!passphrase)
            return cl.failure(passphrase.error());
        const Result<QByteArray> pem = readFile(*key, QStringLiteral("key"), 1024 * 1024);
        if (!pem)
            return cl.failure(pem.error());
        const Result<Sm2KeyPair> pair =
            Sm2KeyPair::fromEncryptedPem(*pem, QString::fromUtf8(*passphrase));
        if (!pair)
            return cl.failure(pair.error());
        const Result<QByteArray> data = readFile(*in, QStringLiteral("in"), maxSignedFile);
        if (!data)
            return cl.failure(data.error());
        const Result<QByteArray> signature = pair->sign(*data);
        if (!signature)
            return cl.failure(signature.error());
        if (const Status written = writeFile(*out, *signature, false); !written)
            return cl.failure(written.error());
        context.out << tr("Signed %1: %2").arg(*in, *out) << '\n';
        return ExitOk;
    }

    static int verify(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("verify"),
                       tr("Verifies a DER SM2/SM3 signature of a file with a public key. Exit "
                          "status 0 when it verifies, 1 when it does not."));
        cl.addOption({QStringLiteral("pub"), tr("The public key (PEM)."), QStringLiteral("PUB")});
        cl.addOption({QStringLiteral("in"), tr("The signed file."), QStringLiteral("FILE")});
        cl.addOption({QStringLiteral("sig"), tr("The signature (DER)."), QStringLiteral("SIG")});
        if (auto stop = cl.parse(args))
            return *stop;
        const auto pub = cl.required(QStringLiteral("pub"));
        const auto in = pub ? cl.required(QStringLiteral("in")) : std::nullopt;
        const auto sig = in ? cl.required(QStringLiteral("sig")) : std::nullopt;
        if (!sig)
            return ExitUsage;
        const Result<QByteArray> pem = readFile(*pub, QStringLiteral("pub"), 1024 * 1024);
        if (!pem)
            return cl.failure(pem.error());
        const Result<Sm2PublicKey> key = Sm2PublicKey::fromPem(*pem);
        if (!key)
            return cl.failure(key.error());
        const Result<QByteArray> data = readFile(*in, QStringLiteral("in"), maxSignedFile);
        if (!data)
            return cl.failure(data.error());
        const Result<QByteArray> signature = readFile(*sig, QStringLiteral("sig"), 4096);
        if (!signature)
            return cl.failure(signature.error());
        if (const Status verified = key->verify(*data, *signature); !verified)
            return cl.failure(verified.error());
        context.out << tr("Signature verified (key %1).").arg(key->fingerprint()) << '\n';
        return ExitOk;
    }
};

} // namespace

QList<CtlCommand> cryptoCommands()
{
    return {
        {QStringLiteral("keygen"), CryptoCommand::tr("Create an SM2 key pair"),
         &CryptoCommand::keygen},
        {QStringLiteral("sign"), CryptoCommand::tr("Sign a file with SM2/SM3"),
         &CryptoCommand::sign},
        {QStringLiteral("verify"), CryptoCommand::tr("Verify an SM2/SM3 signature"),
         &CryptoCommand::verify},
    };
}

} // namespace sunhall::ctl
