// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/ReferenceApi.h"

#include "core/catalog/CatalogueJson.h"
#include "server/http/JsonInput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace sunhall::server {

ReferenceApi::ReferenceApi(ServerStore &store)
    : m_store(store)
{}

void ReferenceApi::addRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/v1/reference/catalog"), Router::Access::Session,
               [this](const RequestContext &context) { return catalog(context); });
    router.add("GET", QStringLiteral("/v1/reference/calendar"), Router::Access::Session,
               [this](const RequestContext &context) { return calendar(context); });
    router.add("GET", QStringLiteral("/v1/reference/users"), Router::Access::Session,
               [this](const RequestContext &context) { return users(context); });
    if (m_certificateKeys) {
        router.add("GET", QStringLiteral("/v1/reference/certificate-keys"), Router::Access::Session,
                   [this](const RequestContext &context) { return certificateKeys(context); });
    }
}

HttpResponse ReferenceApi::catalog(const RequestContext &context) const
{
    const std::optional<int> latest = m_store.latestCatalogueVersion();
    const auto version =
        JsonInput::queryInteger(context.request, QStringLiteral("version"), latest.value_or(0), 1,
                                std::numeric_limits<int>::max());
    if (!version)
        return HttpResponse::error(version.error());
    if (!latest || *version > *latest) {
        return HttpResponse::error(
            core::makeError(QStringLiteral("reference.not-found"),
                            latest ? tr("There is no catalogue version %1; the latest is %2.")
                                         .arg(*version)
                                         .arg(*latest)
                                   : tr("No catalogue has been published in this hall yet."),
                            QStringLiteral("version")));
    }
    const auto catalogue = m_store.catalogue(int(*version));
    if (!catalogue)
        return HttpResponse::error(catalogue.error());
    return HttpResponse::bytes(core::CatalogueJson::write(*catalogue),
                               QByteArrayLiteral("application/json; charset=utf-8"));
}

HttpResponse ReferenceApi::calendar(const RequestContext &) const
{
    const auto calendar = m_store.loadCalendar();
    if (!calendar)
        return HttpResponse::error(calendar.error());
    QJsonArray years;
    for (int year : calendar->years()) {
        if (const auto schedule = calendar->schedule(year)) {
            years.append(
                QJsonDocument::fromJson(core::WorkingCalendar::scheduleToJson(*schedule)).object());
        }
    }
    QJsonArray closures;
    for (const core::LocalClosure &closure : calendar->closures()) {
        closures.append(QJsonObject{{QStringLiteral("date"), closure.date.toString(Qt::ISODate)},
                                    {QStringLiteral("reason"), closure.reason}});
    }
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("years"), years},
        {QStringLiteral("closures"), closures},
        {QStringLiteral("version"), m_store.referenceVersions().calendar},
    });
}

HttpResponse ReferenceApi::users(const RequestContext &) const
{
    const auto users = m_store.users();
    if (!users)
        return HttpResponse::error(users.error());
    QJsonArray list;
    for (const UserRecord &user : *users)
        list.append(user.toPublicJson());
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("users"), list},
        {QStringLiteral("version"), m_store.referenceVersions().users},
    });
}

HttpResponse ReferenceApi::certificateKeys(const RequestContext &) const
{
    // A key file that cannot be read must not keep clients from the last good key set; the
    // server's periodic refresh logs the fault.
    if (const core::Status refreshed = m_certificateKeys->refresh();
        !refreshed && m_certificateKeys->version().isEmpty())
        return HttpResponse::error(refreshed.error());
    return HttpResponse::bytes(m_certificateKeys->json(),
                               QByteArrayLiteral("application/json; charset=utf-8"));
}

} // namespace sunhall::server
