// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/SyncApi.h"

#include "server/http/ApiErrors.h"
#include "server/http/JsonInput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace sunhall::server {

using core::Command;
using core::Error;
using core::Result;

SyncApi::SyncApi(ServerStore &store, CommandProcessor &processor, Metrics &metrics,
                 Committed committed)
    : m_store(store)
    , m_processor(processor)
    , m_metrics(metrics)
    , m_committed(std::move(committed))
{}

void SyncApi::addRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/v1/sync/push"), Router::Access::Session,
               [this](const RequestContext &context) { return push(context); });
    router.add("GET", QStringLiteral("/v1/sync/pull"), Router::Access::Session,
               [this](const RequestContext &context) { return pull(context); });
    router.add("POST", QStringLiteral("/v1/leases"), Router::Access::Session,
               [this](const RequestContext &context) { return lease(context); });
}

Error SyncApi::located(Error error, qsizetype index)
{
    const QString prefix = QStringLiteral("commands[%1]").arg(index);
    error.field = error.field.isEmpty() ? prefix : prefix + QLatin1Char('.') + error.field;
    return error;
}

Result<QList<Command>> SyncApi::readCommands(const RequestContext &context) const
{
    const auto body = JsonInput::object(context.request.body);
    if (!body)
        return body.error();
    const QJsonValue list = body->value(QStringLiteral("commands"));
    if (!list.isArray()) {
        return ApiErrors::badField(QStringLiteral("commands"),
                                   tr("The body must have a list of \"commands\"."));
    }
    const QJsonArray array = list.toArray();
    if (array.size() > maxCommands) {
        return ApiErrors::badField(QStringLiteral("commands"),
                                   tr("At most %1 commands can be pushed at once; %2 were sent.")
                                       .arg(maxCommands)
                                       .arg(array.size()));
    }
    QList<Command> commands;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return located(ApiErrors::badField({}, tr("A command must be an object.")), i);
        auto command = Command::fromJson(array.at(i).toObject());
        if (!command) {
            Error error = command.error();
            error.code = QStringLiteral("request.bad-field");
            return located(error, i);
        }
        // The whole request is refused before anything is applied (docs/protocol.md, step 1).
        if (command->workstation != context.workstation ||
            command->actor.userId != context.user->id) {
            return located(core::makeError(QStringLiteral("auth.forbidden"),
                                           tr("Command %1 was not made by %2 at workstation %3, "
                                              "who are sending it.")
                                               .arg(QString::number(i + 1), context.user->id,
                                                    context.workstation)),
                           i);
        }
        commands.append(*command);
    }
    return commands;
}

HttpResponse SyncApi::stopped(const Error &error, const QJsonArray &results,
                              std::optional<qint64> expected)
{
    HttpResponse response = HttpResponse::error(error);
    QJsonObject json = QJsonDocument::fromJson(response.body).object();
    json.insert(QStringLiteral("results"), results);
    if (expected) {
        // The client resends from here (docs/protocol.md, push step 3).
        QJsonObject body = json.value(QStringLiteral("error")).toObject();
        body.insert(QStringLiteral("expected"), *expected);
        json.insert(QStringLiteral("error"), body);
    }
    response.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse SyncApi::push(const RequestContext &context)
{
    const auto commands = readCommands(context);
    if (!commands)
        return HttpResponse::error(commands.error());
    const auto lastSeq = m_store.lastWorkstationSeq(context.workstation);
    if (!lastSeq)
        return HttpResponse::error(lastSeq.error());
    QJsonArray results;
    QSet<QUuid> touched;
    int applied = 0;
    int rejected = 0;
    std::optional<Error> failure;
    for (qsizetype i = 0; i < commands->size() && !failure; ++i) {
        const Command &command = commands->at(i);
        const auto result =
            m_processor.process(command, context.workstation, *context.user, context.now);
        if (!result) {
            failure = located(result.error(), i);
            break;
        }
        results.append(result->toJson());
        if (command.workstationSeq <= *lastSeq)
            continue; // a replay: counted and announced the first time
        if (result->applied) {
            ++applied;
            touched.insert(command.caseId);
        } else {
            ++rejected;
        }
    }
    m_metrics.addCommands(applied, rejected);
    if (!touched.isEmpty() && m_committed)
        m_committed(touched);
    if (failure) {
        std::optional<qint64> expected;
        if (failure->code == QLatin1String("sync.sequence-gap")) {
            if (const auto last = m_store.lastWorkstationSeq(context.workstation))
                expected = *last + 1;
        }
        return stopped(*failure, results, expected);
    }
    const auto serverSeq = m_store.lastServerSeq();
    if (!serverSeq)
        return HttpResponse::error(serverSeq.error());
    return HttpResponse::json(QJsonObject{{QStringLiteral("results"), results},
                                          {QStringLiteral("serverSeq"), *serverSeq}});
}

HttpResponse SyncApi::pull(const RequestContext &context) const
{
    const auto after = JsonInput::queryInteger(context.request, QStringLiteral("after"), 0, 0,
                                               std::numeric_limits<qint64>::max() - 1);
    if (!after)
        return HttpResponse::error(after.error());
    const auto limit = JsonInput::queryInteger(context.request, QStringLiteral("limit"),
                                               defaultPullLimit, 1, maxPullLimit);
    if (!limit)
        return HttpResponse::error(limit.error());
    // Read first: every event up to it is committed, so an empty page may move the cursor
    // there without skipping one committed meanwhile.
    const auto seen = m_store.lastServerSeq();
    if (!seen)
        return HttpResponse::error(seen.error());
    auto events =
        m_store.eventsAfter(*after, CommandProcessor::pullScope(*context.user), int(*limit) + 1);
    if (!events)
        return HttpResponse::error(events.error());
    const bool more = events->size() > *limit;
    if (more)
        events.value().removeLast();
    QJsonArray list;
    for (const core::Event &event : *events)
        list.append(event.toJson());
    const qint64 lastEvent = events->isEmpty() ? 0 : events->constLast().serverSeq;
    const qint64 serverSeq = more ? lastEvent : qMax(*seen, lastEvent);
    const ServerStore::ReferenceVersions versions = m_store.referenceVersions();
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("events"), list},
        {QStringLiteral("serverSeq"), qMax(serverSeq, *after)},
        {QStringLiteral("more"), more},
        {QStringLiteral("reference"),
         QJsonObject{{QStringLiteral("catalogVersion"), versions.catalog},
                     {QStringLiteral("calendarVersion"), versions.calendar},
                     {QStringLiteral("usersVersion"), versions.users}}},
    });
}

HttpResponse SyncApi::lease(const RequestContext &context)
{
    const auto body = JsonInput::object(context.request.body);
    if (!body)
        return HttpResponse::error(body.error());
    const auto kind = JsonInput::string(*body, QStringLiteral("kind"), 16);
    if (!kind)
        return HttpResponse::error(kind.error());
    if (*kind != QLatin1String("case") && *kind != QLatin1String("receipt") &&
        *kind != QLatin1String("certificate")) {
        return HttpResponse::error(ApiErrors::badField(
            QStringLiteral("kind"), tr("\"kind\" must be case, receipt or certificate.")));
    }
    const auto year = JsonInput::integer(*body, QStringLiteral("year"), 2000, 9999);
    if (!year)
        return HttpResponse::error(year.error());
    const auto count = JsonInput::integer(*body, QStringLiteral("count"), 1, maxLeaseCount);
    if (!count)
        return HttpResponse::error(count.error());
    const auto range = m_store.leaseRange(*kind, context.workstation, int(*year), int(*count));
    if (!range)
        return HttpResponse::error(range.error());
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("kind"), range->kind},
        {QStringLiteral("hallCode"), range->hallCode},
        {QStringLiteral("workstation"), range->workstation},
        {QStringLiteral("year"), range->year},
        {QStringLiteral("first"), range->first},
        {QStringLiteral("last"), range->last},
    });
}

} // namespace sunhall::server
