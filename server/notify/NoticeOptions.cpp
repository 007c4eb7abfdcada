// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/notify/NoticeOptions.h"

namespace sunhall::server {

QString NoticeOptions::gatewayId(Gateway gateway)
{
    return gateway == Gateway::Http ? QStringLiteral("http") : QStringLiteral("file");
}

std::optional<NoticeOptions::Gateway> NoticeOptions::gatewayFromId(const QString &id)
{
    if (id == QLatin1String("file"))
        return Gateway::File;
    if (id == QLatin1String("http"))
        return Gateway::Http;
    return std::nullopt;
}

} // namespace sunhall::server
