// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/case/CaseState.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Clock.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "core/time/WorkingCalendar.h"

#include <QString>

#include <memory>

// A workstation of the demo hall as the intake screen sees it, working offline: a profile
// folder (certificates from TestPki), its local store with the shipped calendars, the demo
// catalogue, a leased range of case numbers and an offline session of `actor`, and a real
// SyncEngine over them. No server is involved: every command is decided and queued locally.
namespace sunhall::tests {

class IntakeWorkstation
{
public:
    static constexpr const char *hallCode = "QD0001";

    /// Builds it all in `dir` with the certificates in `pkiDir`; error() says what failed.
    IntakeWorkstation(const QString &dir, const QString &pkiDir, core::Actor actor,
                      const QDateTime &now);
    ~IntakeWorkstation();

    QString error() const { return m_error; }
    core::LocalStore &store() const { return *m_store; }
    core::SyncEngine &engine() const { return *m_engine; }
    const core::Catalogue &catalogue() const { return m_catalogue; }
    const core::WorkingCalendar &calendar() const { return m_calendar; }
    core::FixedClock &clock() { return m_clock; }
    const core::Actor &actor() const { return m_actor; }
    /// Every case in the store, folded from its events.
    QList<core::CaseState> cases() const;

    /// A clerk who is also the chief approver (首席代表) of every department of the demo hall.
    static core::Actor chiefClerk();
    /// A clerk of one department and nothing else.
    static core::Actor clerkOf(const QString &department);

private:
    QString setUp(const QString &dir, const QString &pkiDir);

    core::Actor m_actor;
    core::FixedClock m_clock;
    std::unique_ptr<core::LocalStore> m_store;
    std::unique_ptr<core::SyncEngine> m_engine;
    core::Catalogue m_catalogue;
    core::WorkingCalendar m_calendar;
    QString m_error;
};

} // namespace sunhall::tests
