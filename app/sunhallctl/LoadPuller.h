// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/LoadClient.h"

namespace sunhall::ctl {

/// A client that asks for nothing new as fast as it is answered: against the hall, a
/// supervisor's GET /v1/sync/pull?after=<the newest event> on one keep-alive connection, the
/// cheapest question the server answers; against a static address (nginx serving a JSON
/// file, for comparison), a plain GET of it with no session. Requests go one after another,
/// each sent when the last is answered.
class LoadPuller : public LoadClient
{
    Q_OBJECT
public:
    /// `staticTarget`: GET target.server's path and query, without logging in.
    LoadPuller(LoadIdentity identity, const LoadTarget &target, bool staticTarget,
               QObject *parent = nullptr);

    void prepare() override;
    void start() override;
    void finish(qint64 finalServerSeq) override;

private:
    void next();

    bool m_static;
    bool m_running = false;
    bool m_finishAsked = false;
    QByteArray m_path;
};

} // namespace sunhall::ctl
