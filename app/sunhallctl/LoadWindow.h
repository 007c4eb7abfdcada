// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LoadClient.h"

#include "core/case/Command.h"
#include "core/catalog/Item.h"

#include <QJsonObject>
#include <QList>
#include <QTimer>

namespace sunhall::ctl {

/// A window under load: a clerk who registers and accepts one application after another for
/// the run's item, with case numbers from ranges the server leases to the workstation, each
/// command stamped with the workstation's next sequence and signed with the clerk's SM2 key
/// when the run signs. The commands wait in an outbox and are pushed in order, all that wait
/// in one request, one request at a time, as the sync engine does. Without a pace the window
/// makes the next cases as soon as the last push is answered (closed loop); with one it makes
/// a case every interval whatever the server does, so a command's latency counts its wait in
/// the outbox too. It measures each push and each command, and notes when each applied
/// command's first event was pushed, for the screens' propagation times.
class LoadWindow : public LoadClient
{
    Q_OBJECT
public:
    struct Pace
    {
        qint64 caseIntervalMicros = 0; // 0: closed loop
        qint64 phaseMicros = 0;        // this window's offset within the interval
        int casesPerPush = 1;          // closed loop: cases made for each push
    };

    LoadWindow(LoadIdentity identity, const LoadTarget &target, const core::Item &item, Pace pace,
               QObject *parent = nullptr);

    void prepare() override;
    void start() override;
    void finish(qint64 finalServerSeq) override;

private:
    enum class State
    {
        Preparing,
        Running,
        Finishing,
        Done
    };
    struct Outgoing
    {
        QJsonObject json;
        qint64 madeAt = 0;
        bool sent = false;
    };

    void lease(const std::function<void()> &then);
    bool makeCase();
    void makeDueCases();
    void scheduleNextCase();
    bool queue(core::Command command);
    QString nextApplicantId();
    void pump();
    void push();
    void onPushed(const LoadHttpConnection::Reply &reply, qsizetype count);
    void stop();

    const core::Item &m_item;
    Pace m_pace;
    State m_state = State::Preparing;
    bool m_finishAsked = false;
    QList<Outgoing> m_outbox;
    QStringList m_materials;
    QString m_hallCode;
    int m_year = 0;
    qint64 m_nextSerial = 1;
    qint64 m_lastSerial = 0;
    qint64 m_seq = 0;
    qint64 m_startedAt = 0;
    qint64 m_casesMade = 0;
    int m_applicants = 0;
    QTimer m_tick;
    QTimer m_retry;
};

} // namespace sunhall::ctl
