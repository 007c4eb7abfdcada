// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace sunhall::server {

/// Where the server sends work that needs no store — SM2 verifications, Argon2id hashes —
/// so that the thread that owns the store and the connections keeps answering: `work` runs on
/// a worker of `pool`, then `then` runs with its result on the thread of `context`. Without a
/// pool both run at once on the calling thread (tests, tools). The owner of the pool waits for
/// it before `context` goes.
struct Offload
{
    QThreadPool *pool = nullptr;
    QObject *context = nullptr;

    template<typename Work, typename Then>
    void run(Work work, Then then) const
    {
        if (!pool || !context) {
            then(work());
            return;
        }
        using Value = decltype(work());
        auto result = std::make_shared<Value>();
        auto done = std::make_shared<Then>(std::move(then));
        QObject *target = context;
        pool->start([work = std::move(work), result, done, target]() mutable {
            *result = work();
            QMetaObject::invokeMethod(
                target, [result, done] { (*done)(std::move(*result)); }, Qt::QueuedConnection);
        });
    }
};

} // namespace sunhall::server
