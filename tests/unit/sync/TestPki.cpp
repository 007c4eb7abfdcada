// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/unit/sync/TestPki.h"

#include <QDir>
#include <QFile>
#include <QProcess>

QString TestPki::path(const QString &name) const
{
    return QDir(m_dir).filePath(name);
}

QString TestPki::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return QStringLiteral("openssl %1: %2")
            .arg(arguments.join(QLatin1Char(' ')),
                 QString::fromLocal8Bit(openssl.readAllStandardError()));
    return {};
}

QString TestPki::makeCa(const QString &name, const QString &subject)
{
    return run({"req",      "-x509",
                "-newkey",  "ec",
                "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes",   "-sha256",
                "-days",    "3650",
                "-subj",    subject,
                "-keyout",  name + ".key",
                "-out",     name + ".pem",
                "-addext",  "basicConstraints=critical,CA:TRUE",
                "-addext",  "keyUsage=critical,keyCertSign,cRLSign"});
}

QString TestPki::makeLeaf(const QString &name, const QString &ca, const QString &subject,
                          const QString &extensions)
{
    QFile ext(path(name + ".ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(ext.fileName());
    ext.write(extensions.toUtf8());
    ext.close();
    if (QString failed =
            run({"req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                 "-nodes", "-subj", subject, "-keyout", name + ".key", "-out", name + ".csr"});
        !failed.isEmpty())
        return failed;
    return run({"x509", "-req", "-in", name + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key",
                "-CAcreateserial", "-days", "365", "-sha256", "-extfile", name + ".ext", "-out",
                name + ".pem"});
}

QString TestPki::make()
{
    const QString server = QStringLiteral("basicConstraints=CA:FALSE\n"
                                          "extendedKeyUsage=serverAuth\n"
                                          "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    const QString steps[] = {
        makeCa("ca", "/CN=Test Hall Sunhall CA"),
        makeCa("other-ca", "/CN=Somebody Else CA"),
        makeLeaf("server", "ca", "/CN=localhost", server),
        makeLeaf("rogue-server", "other-ca", "/CN=localhost", server),
        makeLeaf("misnamed-server", "ca", "/CN=other.example",
                 "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                 "subjectAltName=DNS:other.example\n"),
        makeLeaf("w01", "ca", "/CN=W01",
                 "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n"),
    };
    for (const QString &failed : steps) {
        if (!failed.isEmpty())
            return failed;
    }
    return {};
}

QString TestPki::makeProfile(const QString &folder, const QString &server) const
{
    QDir().mkpath(folder);
    const QDir dir(folder);
    for (const auto &[from, to] :
         {std::pair{"w01.pem", "cert.pem"}, std::pair{"w01.key", "key.pem"},
          std::pair{"ca.pem", "ca.pem"}}) {
        QFile::remove(dir.filePath(QLatin1String(to)));
        QFile::copy(path(QLatin1String(from)), dir.filePath(QLatin1String(to)));
    }
    QFile settings(dir.filePath(QStringLiteral("profile.json")));
    if (settings.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        settings.write(QStringLiteral("{\"workstation\":\"W01\",\"server\":\"%1\","
                                      "\"hall\":\"Test Hall\"}")
                           .arg(server)
                           .toUtf8());
    }
    return folder;
}
