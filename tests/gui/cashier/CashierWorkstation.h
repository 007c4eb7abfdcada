// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Clock.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"

#include <QString>
#include <QUuid>

#include <memory>

// A cashier's workstation working offline: a profile folder (certificates from TestPki), its
// local store with the shipped calendars, a catalogue holding the case fixture's promised item
// (fees 许可费 ¥50.00 and 工本费 ¥12.50 with their legal basis, a 收费 step for cashiers of
// CASH), a leased range of receipt numbers, the cashier's offline session and password
// verifier, and a real SyncEngine. Cases reach the cashier as if pulled from the server: they
// are driven through the core up to the assessed fee by the case fixture's CaseDriver and
// stored with server sequence numbers.
namespace sunhall::tests {

class CashierWorkstation
{
public:
    static constexpr const char *hallCode = "HALL01";
    static constexpr const char *password = "收费-secret-1";

    /// Builds it all in `dir` with the certificates in `pkiDir`; error() says what failed.
    CashierWorkstation(const QString &dir, const QString &pkiDir, core::Actor cashier,
                       const QDateTime &now);
    ~CashierWorkstation();

    QString error() const { return m_error; }
    core::LocalStore &store() const { return *m_store; }
    core::SyncEngine &engine() const { return *m_engine; }
    const core::Catalogue &catalogue() const { return m_catalogue; }
    core::FixedClock &clock() { return m_clock; }
    const core::Actor &cashier() const { return m_cashier; }
    QString profileDir() const { return m_profileDir; }

    /// A case of the promised item with case number `serial`, accepted, decided, concluded
    /// and with the standard fee (¥62.50) assessed, for `applicant`; its id, or a null id
    /// with error() set.
    QUuid addCaseWithFee(int serial, const QString &applicant);
    /// The cashier of the fixture (钱收费, cashier of CASH).
    static core::Actor cashierActor();
    /// Another cashier of the same hall.
    static core::Actor secondCashier();

private:
    QString setUp(const QString &dir, const QString &pkiDir);
    QString publishCatalogue();

    core::Actor m_cashier;
    core::FixedClock m_clock;
    QString m_profileDir;
    std::unique_ptr<core::LocalStore> m_store;
    std::unique_ptr<core::SyncEngine> m_engine;
    core::Catalogue m_catalogue;
    qint64 m_serverSeq = 0;
    QString m_error;
};

} // namespace sunhall::tests
