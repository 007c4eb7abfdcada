// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Certificates for the sync tests, made with the openssl command line in a folder, the way a
// hall's are: ECDSA P-256, SHA-256. The hall CA signs the server (SANs localhost and
// 127.0.0.1) and the workstation W01 (clientAuth); a second, foreign CA signs a server
// certificate for the same names, and the hall CA signs one for another name only.
class TestPki
{
public:
    explicit TestPki(QString dir)
        : m_dir(std::move(dir))
    {}

    /// Makes every file; returns the openssl error output when something failed.
    QString make();
    QString path(const QString &name) const;
    /// Writes a workstation profile folder for W01 pointing at `server`.
    QString makeProfile(const QString &folder, const QString &server) const;

private:
    QString run(const QStringList &arguments);
    QString makeCa(const QString &name, const QString &subject);
    QString makeLeaf(const QString &name, const QString &ca, const QString &subject,
                     const QString &extensions);

    QString m_dir;
};
