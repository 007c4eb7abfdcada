// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "core/crypto/Sm2KeyPair.h"
#include "core/pki/HallCa.h"
#include "server/store/ServerStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslConfiguration>

#include <memory>
#include <optional>

namespace sunhall::ctl {

/// One simulated workstation of a load run and the user logged in on it.
struct LoadIdentity
{
    QString workstation;   // the certificate's CN, "LGW0001"
    QSslConfiguration ssl; // its client certificate, the hall's CA alone trusted, TLS 1.2+
    server::UserRecord user;
    std::shared_ptr<const core::Sm2KeyPair> signer; // null: commands go unsigned
    qint64 lastSeq = 0;                             // the last workstationSeq the hall stored
};

/// Sets a hall up for `sunhallctl loadgen`, through the same store API and CA the hall
/// commands use: enrols one workstation per simulated client with a fresh certificate from the
/// hall's CA (a name enrolled by an earlier run is revoked and enrolled again, so no key is
/// ever kept on disk), and adds or updates the load users — a clerk per window, in the
/// department of the item the windows register, and a supervisor per screen. All of them get
/// one new random password per run, hashed once with the real Argon2id, and, when commands are
/// signed, a fresh SM2 key each whose public half the hall records. Nothing else of the hall
/// is changed.
class LoadPreparation
{
    Q_DECLARE_TR_FUNCTIONS(LoadPreparation)
public:
    struct Request
    {
        QString dir;
        QString databaseUrl;
        int windows = 0;
        int screens = 0;
        QString itemCode;  // empty: the first item a clerk accepts at the window
        bool sign = false; // sign even when the hall does not require it
        /// False for a target that is not the hall (nginx): certificates only, no store.
        bool useStore = true;
    };
    struct Prepared
    {
        QList<LoadIdentity> windows;
        QList<LoadIdentity> screens;
        core::Item item;
        QString password;
        bool signing = false;
    };

    static QString windowName(int index);
    static QString screenName(int index);

    static core::Result<Prepared> prepare(const Request &request, const QDateTime &now);

private:
    static core::Result<core::HallCa> loadCa(const QString &dir);
    static core::Result<core::Item> pickItem(const server::ServerStore &store, const QString &code);
    static bool signaturesRequired(const server::ServerStore &store);
    static core::Status putUser(server::ServerStore &store, LoadIdentity &identity,
                                const QString &passwordHash, const QDateTime &now);
    static core::Result<LoadIdentity> enrol(server::ServerStore *store, const core::HallCa &ca,
                                            const QString &name, const QDateTime &now);
    static core::Status prepareUsers(server::ServerStore &store, Prepared &prepared,
                                     const QString &department, const QDateTime &now);
};

} // namespace sunhall::ctl
