// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LoadClient.h"

#include "core/sync/LiveChannel.h"

#include <QTimer>

#include <memory>

namespace sunhall::ctl {

/// A supervision screen under load: a supervisor (who sees every case) holding the live feed
/// open, core::LiveChannel as the desktop client does, and pulling at once on every poke
/// until it has caught up, one pull at a time. It notes when each event arrived, so that the
/// run can tell how long a window's change took to reach the screen.
class LoadScreen : public LoadClient
{
    Q_OBJECT
public:
    LoadScreen(LoadIdentity identity, const LoadTarget &target, QObject *parent = nullptr);

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

    void openLive();
    void pullIfBehind();
    void onPulled(const LoadHttpConnection::Reply &reply);
    void stop();

    State m_state = State::Preparing;
    bool m_announced = false; // ready() said
    std::unique_ptr<core::LiveChannel> m_live;
    QTimer m_retry;
    qint64 m_cursor = 0;
    qint64 m_wanted = 0;
    qint64 m_final = 0;
};

} // namespace sunhall::ctl
