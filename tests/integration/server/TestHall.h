// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Item.h"
#include "core/common/Role.h"
#include "server/store/ServerStore.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A hall folder for tests, laid out as `sunhallctl hall init` makes one (HALL/hall.json,
// hall.db, ca/, server/, server-sign/), built directly with ServerStore and with certificates
// from tests/support/testca.sh: a small published catalogue (the promised item of department
// SCJG), the 2024–2026 calendars, users of several roles and departments with light Argon2id
// hashes, and the workstations W01–W03 enrolled.
namespace servertest {

using namespace sunhall;

inline constexpr char password[] = "correct horse 7";
inline constexpr char hallCode[] = "HALL01";

class TestHall
{
public:
    /// Keeps the store in this PostgreSQL database instead of SQLite in the folder.
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    /// Makes the hall; on failure the message says why.
    bool create(QString *error);
    /// What sunhall-server needs besides --dir to open this hall's store ("--db URL").
    QStringList serverArguments() const;

    QString dir() const { return m_dir.path() + QStringLiteral("/hall"); }
    QString certs() const { return m_dir.path() + QStringLiteral("/certs"); }
    QString caPath() const { return certs() + QStringLiteral("/ca.pem"); }
    QString certificatePath(const QString &workstation) const;
    QString keyPath(const QString &workstation) const;
    QString serial(const QString &workstation) const;
    QString foreignCertificatePath() const { return certs() + QStringLiteral("/foreign-W01.pem"); }
    QString foreignKeyPath() const { return certs() + QStringLiteral("/foreign-W01-key.pem"); }

    /// A second connection to the hall's store, for a test to change it behind the server.
    std::unique_ptr<server::ServerStore> openStore() const;
    /// The published item new cases are registered for.
    static core::Item item();
    static server::UserRecord user(const QString &id);

private:
    bool makeCertificates(QString *error) const;
    bool writeKeys(QString *error) const;
    bool fillStore(QString *error) const;

    QTemporaryDir m_dir;
    QString m_databaseUrl;
};

/// "postgresql" when the test runs against PostgreSQL (SUNHALL_TEST_ENGINE), else "sqlite".
QString testEngine();

} // namespace servertest
