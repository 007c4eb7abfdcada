// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Clock.h"
#include "core/time/WorkingCalendar.h"

#include <QObject>

#include <optional>

namespace sunhall::core {
class ClientProfile;
class LocalStore;
class SyncEngine;
} // namespace sunhall::core

namespace sunhall::widgets {

/// What the main window hands every screen of one session: the workstation's local store, its
/// sync engine (submit commands, take numbers, the counts), the clock, the workstation profile,
/// the logged-in user, and the hall's current item catalogue and working-day calendar as the
/// store holds them. The catalogue and calendar are kept up to date: when the sync engine
/// fetches a new version they are reloaded in place (references to them stay valid) and
/// catalogueChanged() or calendarChanged() says so. Everything is borrowed from the
/// composition root and outlives the session's screens.
class ScreenContext : public QObject
{
    Q_OBJECT
public:
    /// `user` is the session's user; `loggedInOffline` tells whether the session began without
    /// the server (it ends being offline as soon as the engine reaches the server).
    ScreenContext(core::LocalStore &store, core::SyncEngine &engine, const core::Clock &clock,
                  core::Actor user, bool loggedInOffline, QObject *parent = nullptr);

    core::LocalStore &store() const { return m_store; }
    core::SyncEngine &engine() const { return m_engine; }
    const core::Clock &clock() const { return m_clock; }
    const core::ClientProfile &profile() const;
    const core::Actor &user() const { return m_user; }
    /// The newest catalogue in the store; empty (no departments, no items) before the first
    /// one arrives from the server.
    const core::Catalogue &catalogue() const { return m_catalogue; }
    bool hasCatalogue() const { return m_catalogueVersion.has_value(); }
    const core::WorkingCalendar &calendar() const { return m_calendar; }
    /// True from an offline login until the engine first reaches the server.
    bool isOfflineLogin() const { return m_offlineLogin; }

    /// Reads the catalogue and calendar from the store again.
    void reloadReferenceData();

signals:
    void catalogueChanged();
    void calendarChanged();
    void offlineLoginChanged(bool offline);

private:
    void reloadCatalogue();
    void reloadCalendar();

    core::LocalStore &m_store;
    core::SyncEngine &m_engine;
    const core::Clock &m_clock;
    core::Actor m_user;
    bool m_offlineLogin = false;
    core::Catalogue m_catalogue;
    std::optional<int> m_catalogueVersion;
    core::WorkingCalendar m_calendar;
};

} // namespace sunhall::widgets
