// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/common/Clock.h"
#include "core/store/LocalStore.h"
#include "core/sync/ClientProfile.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncSettings.h"

#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

// A workstation of the hall run in the test's own process, as the desktop client runs it: the
// profile folder made by `sunhallctl workstation enroll`, its local store and the real
// SyncEngine talking to the real server. It can be closed and opened again over the same
// folder (a client restarted, or the folder handed to `sunhallctl client` meanwhile).
namespace e2etest {

inline constexpr int waitMs = 20000; // the longest any one step may take

/// Quick reconnects and a light offline-login verifier; `autoSync` as the desktop client.
sunhall::core::SyncSettings testSettings(bool autoSync);
/// "code: message" of a failed status, for QVERIFY2.
QByteArray describe(const sunhall::core::Status &status);

class Workstation
{
public:
    Workstation(QString profileDir, const sunhall::core::Clock &clock,
                sunhall::core::SyncSettings settings);
    ~Workstation();
    Workstation(const Workstation &) = delete;
    Workstation &operator=(const Workstation &) = delete;

    QString profileDir() const { return m_profileDir; }
    /// Opens the profile, its store and an engine; empty, or what went wrong.
    QString open();
    void close();
    bool isOpen() const { return m_engine != nullptr; }
    sunhall::core::SyncEngine &engine() const { return *m_engine; }
    sunhall::core::LocalStore &store() const { return *m_store; }
    QString name() const;

    sunhall::core::Status wait(const sunhall::core::SyncOperationPtr &operation) const;
    /// Logs in, leases number ranges and pulls, as a user starting the day.
    sunhall::core::Status logIn(const QString &user);
    sunhall::core::Status sync() const { return wait(m_engine->sync()); }
    sunhall::core::Status pull() const { return wait(m_engine->pull()); }
    sunhall::core::Status push() const { return wait(m_engine->push()); }

    /// Registers an application for the item with every required material handed in.
    sunhall::core::Result<QUuid> registerCase(const QString &itemCode,
                                              const QString &applicantName);
    /// Accepts a registered case with the next number of the leased range; the number.
    sunhall::core::Result<QString> acceptCase(const QUuid &caseId);

    std::optional<sunhall::core::CaseRow> row(const QUuid &caseId) const;
    QList<sunhall::core::Event> events(const QUuid &caseId) const;
    /// The step ids the read model shows running on the case.
    QStringList currentSteps(const QUuid &caseId) const;

private:
    QString m_profileDir;
    const sunhall::core::Clock &m_clock;
    sunhall::core::SyncSettings m_settings;
    std::unique_ptr<sunhall::core::ClientProfile> m_profile;
    std::unique_ptr<sunhall::core::LocalStore> m_store;
    std::unique_ptr<sunhall::core::SyncEngine> m_engine;
};

} // namespace e2etest
