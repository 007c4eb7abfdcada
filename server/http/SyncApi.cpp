// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/SyncApi.h"

#include "server/http/ApiErrors.h"
#include "server/http/JsonInput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>

#include <limits>

namespace sunhall::server {

using core::Command;
using core::Error;
using core::Result;
using core::Status;

SyncApi::SyncApi(ServerStore &store, CommandProcessor &processor, Metrics &metrics,
                 Committed committed, Offload offload)
    : m_store(store)
    , m_processor(processor)
    , m_metrics(metrics)
    , m_committed(std::move(committed))
    , m_offload(offload)
{}

void SyncApi::addRoutes(Router &router)
{
    router.addDeferred("POST", QStringLiteral("/v1/sync/push"), Router::Access::Session,
                       [this](const RequestContext &context, Router::Reply reply) {
                           push(context, std::move(reply));
                       });
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

void SyncApi::push(const RequestContext &context, Router::Reply reply)
{
    auto commands = readCommands(context);
    if (!commands) {
        reply(HttpResponse::error(commands.error()));
        return;
    }
    Push push{std::move(commands.value()),
              {},
              context.workstation,
              *context.user,
              context.now,
              std::move(reply)};
    // Verifying signatures needs no store: it runs beside the thread that applies commands.
    m_offload.run(
        [this, push = std::move(push)]() mutable {
            push.checks.reserve(push.commands.size());
            for (const Command &command : std::as_const(push.commands))
                push.checks.append(m_processor.verifySignature(command, push.user));
            return push;
        },
        [this](Push verifiedPush) { verified(std::move(verifiedPush)); });
}

void SyncApi::verified(Push push)
{
    m_ready.append(std::move(push));
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    // Queued behind the verifications already done, so that they are committed together.
    if (m_offload.context)
        QMetaObject::invokeMethod(
            m_offload.context, [this] { drain(); }, Qt::QueuedConnection);
    else
        drain();
}

void SyncApi::drain()
{
    m_drainScheduled = false;
    m_uncommitted = 0;
    const QList<Push> batch = std::exchange(m_ready, {});
    QList<Applied> outcomes;
    outcomes.reserve(batch.size());
    // The pushes that became ready together are committed together: one flush to disk for
    // all of them, and no answer before the flush.
    const Status done = m_store.inTransactions(
        tr("applying pushed commands"), [&](const ServerStore::CommitSoFar &commitSoFar) {
            for (const Push &push : batch) {
                outcomes.append(apply(push, commitSoFar));
                if (Status failed = outcomes.last().failed(); !failed)
                    return failed;
            }
            return Status::success();
        });
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (!done) {
            batch.at(i).reply(HttpResponse::error(done.error()));
            continue;
        }
        announce(outcomes.at(i));
        batch.at(i).reply(outcomes.at(i).response);
    }
}

Status SyncApi::Applied::failed() const
{
    if (storeError)
        return *storeError;
    return Status::success();
}

SyncApi::Applied SyncApi::apply(const Push &push, const ServerStore::CommitSoFar &commitSoFar)
{
    Applied outcome;
    const auto fail = [&](const Error &error) {
        outcome.storeError = error;
        outcome.response = HttpResponse::error(error);
        return outcome;
    };
    const auto lastSeq = m_store.lastWorkstationSeq(push.workstation);
    if (!lastSeq)
        return fail(lastSeq.error());
    QJsonArray results;
    std::optional<Error> failure;
    for (qsizetype i = 0; i < push.commands.size(); ++i) {
        const Command &command = push.commands.at(i);
        const auto result = m_processor.process(
            command, push.workstation, push.user, push.now,
            i < push.checks.size() ? std::optional(push.checks.at(i)) : std::nullopt);
        if (!result) {
            if (result.error().code.startsWith(QLatin1String("store.")))
                return fail(located(result.error(), i));
            failure = located(result.error(), i);
            break;
        }
        results.append(result->toJson());
        // A transaction stays short, so that a long push is stored in parts and a crash
        // loses only the part in flight (the client sends it again).
        if (++m_uncommitted >= commandsPerCommit) {
            m_uncommitted = 0;
            if (Status committed = commitSoFar(); !committed)
                return fail(committed.error());
        }
        if (command.workstationSeq <= *lastSeq)
            continue; // a replay: counted and announced the first time
        if (result->applied) {
            ++outcome.applied;
            outcome.touched.insert(command.caseId);
        } else {
            ++outcome.rejected;
        }
    }
    if (failure) {
        std::optional<qint64> expected;
        if (failure->code == QLatin1String("sync.sequence-gap")) {
            if (const auto last = m_store.lastWorkstationSeq(push.workstation))
                expected = *last + 1;
        }
        outcome.response = stopped(*failure, results, expected);
        return outcome;
    }
    const auto serverSeq = m_store.lastServerSeq();
    if (!serverSeq)
        return fail(serverSeq.error());
    outcome.response = HttpResponse::json(QJsonObject{{QStringLiteral("results"), results},
                                                      {QStringLiteral("serverSeq"), *serverSeq}});
    return outcome;
}

void SyncApi::announce(const Applied &outcome)
{
    m_metrics.addCommands(outcome.applied, outcome.rejected);
    if (!outcome.touched.isEmpty() && m_committed)
        m_committed(outcome.touched);
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
    const PullScope scope = CommandProcessor::pullScope(*context.user);
    const ServerStore::ReferenceVersions versions = m_store.referenceVersions();
    const QString keysVersion = m_certificateKeysVersion ? m_certificateKeysVersion() : QString();
    // The supervision screens are poked together and pull the same page: while nothing new
    // is committed, the same question gets the same answer.
    const QString key =
        QStringLiteral("%1/%2/%3/%4/%5.%6.%7")
            .arg(*after)
            .arg(*limit)
            .arg(scope.everything ? QStringLiteral("*") : scope.departments.join(QLatin1Char(',')))
            .arg(*seen)
            .arg(versions.catalog)
            .arg(versions.calendar)
            .arg(versions.users);
    if (const QByteArray *cached = m_pages.object(key)) {
        HttpResponse response = HttpResponse::json(QJsonObject{});
        response.body = *cached;
        return response;
    }
    auto events = m_store.eventsAfter(*after, scope, int(*limit) + 1);
    if (!events)
        return HttpResponse::error(events.error());
    const bool more = events->size() > *limit;
    if (more)
        events.value().removeLast();
    const qint64 lastEvent = events->isEmpty() ? 0 : events->constLast().serverSeq;
    const qint64 serverSeq = more ? lastEvent : qMax(*seen, lastEvent);
    HttpResponse response = HttpResponse::json(QJsonObject{
        {QStringLiteral("serverSeq"), qMax(serverSeq, *after)},
        {QStringLiteral("more"), more},
        {QStringLiteral("reference"),
         QJsonObject{{QStringLiteral("catalogVersion"), versions.catalog},
                     {QStringLiteral("calendarVersion"), versions.calendar},
                     {QStringLiteral("usersVersion"), versions.users},
                     {QStringLiteral("certificateKeysVersion"), keysVersion}}},
    });
    // Each event is written out once and its text reused, spliced into the answer as its
    // first member.
    QByteArray list = QByteArrayLiteral("{\"events\":[");
    for (qsizetype i = 0; i < events->size(); ++i) {
        if (i > 0)
            list += ',';
        list += eventText(events->at(i));
    }
    list += "],";
    response.body.replace(0, 1, list);
    m_pages.insert(key, new QByteArray(response.body), int(response.body.size()));
    return response;
}

QByteArray SyncApi::eventText(const core::Event &event) const
{
    // A stored event never changes: its sequence number names its text for good.
    if (const QByteArray *cached = m_eventTexts.object(event.serverSeq))
        return *cached;
    auto text =
        std::make_unique<QByteArray>(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
    QByteArray copy = *text;
    m_eventTexts.insert(event.serverSeq, text.release(), int(copy.size()));
    return copy;
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
