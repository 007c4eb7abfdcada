// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace sunhall::server {

/// How sunhall-server hands SMS notices on (its --sms-* options): the gateway, and how it
/// retries. By default each notice goes to the file gateway in HALL/sms-outbox; the HTTP
/// gateway POSTs to `url`, over HTTPS trusting `caFile` (the hall's CA, HALL/ca/ca.pem, when
/// empty). A notice the gateway could not take is tried again after `retryInitialMs`, then
/// twice as long each time up to `retryMaxMs`, and given up (failed) after `maxAttempts`
/// attempts; it stays in the outbox, across restarts, the whole time.
struct NoticeOptions
{
    enum class Gateway
    {
        File,
        Http,
    };

    Gateway gateway = Gateway::File;
    QUrl url;
    QString caFile;
    int timeoutMs = 15000;
    int retryInitialMs = 30000;
    int retryMaxMs = 3600000;
    int maxAttempts = 48;
    /// How long a sender keeps a notice it took before another may try it.
    int claimMs = 120000;

    /// "file", "http".
    static QString gatewayId(Gateway gateway);
    static std::optional<Gateway> gatewayFromId(const QString &id);
};

} // namespace sunhall::server
