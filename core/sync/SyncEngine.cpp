// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/SyncEngine.h"

#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/catalog/CatalogueJson.h"
#include "core/sync/LiveChannel.h"
#include "core/sync/LocalCertificates.h"
#include "core/sync/PushResult.h"
#include "core/sync/ReferenceData.h"
#include "core/sync/ServerApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <memory>

namespace sunhall::core {

namespace {

bool unreachable(const Status &status)
{
    return !status && (status.error().code == QLatin1String("sync.unreachable") ||
                       status.error().code == QLatin1String("sync.untrusted-server"));
}

// The 409 of a sequence gap names the sequence the server expects next.
qint64 expectedSequence(const QJsonObject &body)
{
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    for (const QJsonObject &object : {error, body}) {
        for (const char *key : {"expected", "expectedSeq", "expectedWorkstationSeq"}) {
            const qint64 value = object.value(QLatin1String(key)).toInteger();
            if (value > 0)
                return value;
        }
    }
    return 0;
}

// Runs `work` on a worker thread and hands its result to `then` on the receiver's thread.
template<typename T>
void offThread(QThreadPool &pool, QObject *receiver, std::function<Result<T>()> work,
               std::function<void(Result<T>)> then)
{
    pool.start([receiver, work = std::move(work), then = std::move(then)]() {
        Result<T> result = work();
        QMetaObject::invokeMethod(
            receiver, [then, result]() { then(result); }, Qt::QueuedConnection);
    });
}

} // namespace

SyncEngine::SyncEngine(LocalStore &store, const ClientProfile &profile, const Clock &clock,
                       SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_replica(store, clock)
    , m_retryBackoff(m_settings.reconnectInitialMs, m_settings.reconnectMaxMs)
    , m_api(std::make_unique<ServerApi>(profile, m_settings.requestTimeoutMs))
{
    m_workers.setMaxThreadCount(1);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this]() { autoRun(JobKind::Sync); });
    if (Result<std::optional<LocalSession>> stored = m_store.session(); stored && *stored) {
        m_session = **stored;
        m_api->setToken(m_session->token);
    }
    m_live =
        new LiveChannel(m_api->url(QStringLiteral("/v1/live"), {}, true), m_api->sslConfiguration(),
                        Backoff(m_settings.reconnectInitialMs, m_settings.reconnectMaxMs),
                        m_settings.liveIdleTimeoutMs, this);
    connect(m_live, &LiveChannel::connectedChanged, this, [this](bool connected) {
        emit liveConnectedChanged(connected);
        if (!connected)
            return;
        setOnline(true);
        start(JobKind::Sync, true);
    });
    connect(m_live, &LiveChannel::poked, this, [this](qint64 serverSeq) {
        emit poked(serverSeq);
        if (serverSeq > m_store.pullCursor())
            start(JobKind::Pull, true);
    });
    connect(m_live, &LiveChannel::dropped, this, [this]() { start(JobKind::Health, true); });
    refreshCounts();
}

SyncEngine::~SyncEngine()
{
    m_workers.waitForDone();
    m_live->stop();
    m_api.reset();
    const Error stopped = makeError(QStringLiteral("sync.stopped"),
                                    tr("The sync engine was shut down before the operation "
                                       "finished."));
    for (const Job &job : std::as_const(m_queue))
        job.operation->finish(stopped);
    if (m_current)
        m_current->finish(stopped);
}

// ---- Operations -------------------------------------------------------------------------

SyncOperationPtr SyncEngine::enqueue(JobKind kind, const QString &name,
                                     std::function<void(Done)> run, bool automatic)
{
    const bool coalesces = kind != JobKind::Login && kind != JobKind::Logout;
    for (const Job &job : std::as_const(m_queue)) {
        if (coalesces && job.kind == kind)
            return job.operation;
    }
    auto operation = std::make_shared<SyncOperation>(name);
    m_queue.append(Job{kind, operation, std::move(run), automatic});
    QTimer::singleShot(0, this, &SyncEngine::runNext);
    return operation;
}

void SyncEngine::runNext()
{
    if (m_current || m_queue.isEmpty() || !m_api)
        return;
    const Job job = m_queue.takeFirst();
    m_current = job.operation;
    auto finished = std::make_shared<bool>(false);
    job.run([this, job, finished](Status status) {
        if (*finished)
            return;
        *finished = true;
        if (!status && job.automatic) {
            emit backgroundError(status.error());
            if (unreachable(status) && (m_counts.unanswered > 0 || !hasToken()))
                scheduleRetry();
        }
        m_current.reset();
        job.operation->finish(status);
        QTimer::singleShot(0, this, &SyncEngine::runNext);
    });
}

void SyncEngine::autoRun(JobKind kind)
{
    if (m_settings.autoSync)
        start(kind, true);
}

SyncOperationPtr SyncEngine::start(JobKind kind, bool automatic)
{
    // Each operation but the health check needs a session, restored first if it can be.
    auto withSession = [this](std::function<void(Done)> run) {
        return [this, run](Done done) {
            ensureSession([run, done](Status ready) { ready ? run(done) : done(ready); });
        };
    };
    switch (kind) {
    case JobKind::Push:
        return enqueue(kind, QStringLiteral("push"),
                       withSession([this](Done done) { runPush(0, 0, done); }), automatic);
    case JobKind::Pull:
        return enqueue(kind, QStringLiteral("pull"),
                       withSession([this](Done done) { runPull(done); }), automatic);
    case JobKind::Sync:
        return enqueue(kind, QStringLiteral("sync"),
                       withSession([this](Done done) { runSync(done); }), automatic);
    case JobKind::Leases:
        return enqueue(kind, QStringLiteral("leases"),
                       withSession([this](Done done) { runLeases(0, done); }), automatic);
    case JobKind::CertificateKeys:
        return enqueue(kind, QStringLiteral("certificate-keys"),
                       withSession([this](Done done) { fetchCertificateKeys(done); }), automatic);
    case JobKind::Health:
    case JobKind::Login:
    case JobKind::Logout:
        break;
    }
    return enqueue(
        JobKind::Health, QStringLiteral("health"), [this](Done done) { runHealth(done); },
        automatic);
}

SyncOperationPtr SyncEngine::login(const QString &userId, const QString &password)
{
    return enqueue(JobKind::Login, QStringLiteral("login"),
                   [this, userId, password](Done done) { runLogin(userId, password, true, done); });
}

SyncOperationPtr SyncEngine::logout()
{
    return enqueue(JobKind::Logout, QStringLiteral("logout"),
                   [this](Done done) { runLogout(done); });
}

SyncOperationPtr SyncEngine::push()
{
    return start(JobKind::Push, false);
}

SyncOperationPtr SyncEngine::pull()
{
    return start(JobKind::Pull, false);
}

SyncOperationPtr SyncEngine::sync()
{
    return start(JobKind::Sync, false);
}

SyncOperationPtr SyncEngine::topUpLeases()
{
    return start(JobKind::Leases, false);
}

SyncOperationPtr SyncEngine::checkHealth()
{
    return start(JobKind::Health, false);
}

SyncOperationPtr SyncEngine::refreshCertificateKeys()
{
    m_certificateKeysUnavailable = false;
    return start(JobKind::CertificateKeys, false);
}

Result<CertificateVerifier> SyncEngine::certificateVerifier() const
{
    if (!m_verifier) {
        Result<CertificateVerifier> stored = LocalCertificates(m_store).verifier();
        if (!stored)
            return stored.error();
        m_verifier = std::move(stored).value();
    }
    return *m_verifier;
}

void SyncEngine::startLive()
{
    if (hasToken())
        m_live->start(m_session->token);
}

void SyncEngine::stopLive()
{
    m_live->stop();
}

bool SyncEngine::isLiveConnected() const
{
    return m_live->isConnected();
}

int SyncEngine::liveReconnectDelayMs() const
{
    return m_live->pendingDelayMs();
}

// ---- The session ------------------------------------------------------------------------

void SyncEngine::runLogin(const QString &userId, const QString &password, bool allowOffline,
                          Done done)
{
    const QString previousToken = m_api->token();
    m_api->setToken({});
    const QJsonObject body{{QStringLiteral("user"), userId},
                           {QStringLiteral("password"), password}};
    m_api->post(
        QStringLiteral("/v1/session"), body,
        [this, userId, password, allowOffline, previousToken, done](const ServerReply &reply) {
            noteReply(reply);
            if (!reply.ok())
                m_api->setToken(previousToken);
            if (!reply.reached && allowOffline)
                return loginOffline(userId, password, reply.error, done);
            if (!reply.ok())
                return done(reply.error);
            Result<LocalSession> session =
                ReferenceData::sessionFromJson(reply.body, m_clock.now());
            if (!session)
                return done(session.error());
            startSession(*session, password, done);
        });
}

void SyncEngine::startSession(const LocalSession &session, const QString &password, Done done)
{
    const PasswordHasher hasher(m_settings.verifierParameters);
    offThread<QString>(
        m_workers, this, [hasher, password]() { return hasher.hash(password); },
        [this, session, done](Result<QString> verifier) {
            if (!verifier)
                return done(verifier.error());
            const Status saved = m_store.transaction([&]() -> Status {
                if (Status stored = m_store.setSession(session); !stored)
                    return stored;
                return m_store.putUser(LocalUser{session.user, false, *verifier});
            });
            if (!saved)
                return done(saved.error());
            m_session = session;
            m_heldPassword.clear();
            m_api->setToken(session.token);
            m_certificateKeysFetched = false;
            emit sessionChanged();
            refreshCounts();
            if (m_settings.autoSync) {
                startLive();
                autoRun(JobKind::Leases);
                autoRun(JobKind::Sync);
            }
            done(Status::success());
        });
}

void SyncEngine::loginOffline(const QString &userId, const QString &password, const Error &why,
                              Done done)
{
    const Result<std::optional<LocalUser>> known = m_store.user(userId);
    if (!known)
        return done(known.error());
    if (!known->has_value() || (*known)->verifier.isEmpty()) {
        return done(makeError(QStringLiteral("auth.offline-unknown"),
                              tr("%1 Only a user who has logged in on this workstation before "
                                 "can log in while the server is out of reach, and %2 has not.")
                                  .arg(why.message, userId),
                              QStringLiteral("user")));
    }
    const Error failed =
        makeError(QStringLiteral("auth.failed"), tr("The user name or password is not correct."));
    if ((*known)->disabled)
        return done(failed);
    const LocalUser user = **known;
    const PasswordHasher hasher(m_settings.verifierParameters);
    offThread<bool>(
        m_workers, this,
        [hasher, password, verifier = user.verifier]() {
            return hasher.verify(password, verifier);
        },
        [this, user, password, failed, done](Result<bool> matches) {
            if (!matches)
                return done(matches.error());
            if (!*matches)
                return done(failed);
            LocalSession session;
            // The last token of the same user may still be good at the server.
            if (m_session && m_session->user.userId == user.actor.userId) {
                session.token = m_session->token;
                session.expiresAt = m_session->expiresAt;
            }
            session.user = user.actor;
            session.loggedInAt = m_clock.now();
            if (Status stored = m_store.setSession(session); !stored)
                return done(stored);
            m_session = session;
            m_heldPassword = password;
            m_api->setToken(session.token);
            emit sessionChanged();
            refreshCounts();
            if (m_settings.autoSync) {
                startLive();
                scheduleRetry();
            }
            done(Status::success());
        });
}

void SyncEngine::ensureSession(Done next)
{
    if (hasToken())
        return next(Status::success());
    if (m_session && !m_heldPassword.isEmpty())
        return runLogin(m_session->user.userId, m_heldPassword, false, next);
    next(makeError(QStringLiteral("sync.not-logged-in"),
                   tr("Nobody is logged in at the server on this workstation: log in first.")));
}

void SyncEngine::runLogout(Done done)
{
    auto finish = [this, done]() {
        m_live->stop();
        m_heldPassword.clear();
        m_session.reset();
        m_api->setToken({});
        const Status cleared = m_store.clearSession();
        emit sessionChanged();
        refreshCounts();
        done(cleared);
    };
    if (!hasToken())
        return finish();
    m_api->remove(QStringLiteral("/v1/session"), [this, finish](const ServerReply &reply) {
        noteReply(reply);
        finish();
    });
}

// ---- Work at the workstation ------------------------------------------------------------

Result<Command> SyncEngine::submit(Command command)
{
    if (!m_session) {
        return makeError(QStringLiteral("sync.not-logged-in"),
                         tr("Log in before working on cases."));
    }
    const Result<qint64> last = m_store.lastWorkstationSeq();
    if (!last)
        return last.error();
    const CommandOrigin origin{m_session->user, m_profile.workstation(), m_clock.now(), *last + 1};
    command = origin.stamp(std::move(command));
    if (m_signer) {
        const Result<QByteArray> signature = m_signer(command);
        if (!signature)
            return signature.error();
        command.signature = *signature;
    }
    const Result<QList<Event>> events = m_replica.submit(command);
    if (!events)
        return events.error();
    refreshCounts();
    emit casesChanged({command.caseId});
    if (hasToken() || !m_heldPassword.isEmpty())
        autoRun(JobKind::Push);
    return command;
}

Result<QString> SyncEngine::takeNumber(DocumentNumber::Kind kind)
{
    const QString kindId = DocumentNumber::kindId(kind);
    const int year = m_clock.today().year();
    const std::optional<QString> hall = m_store.syncValue(QStringLiteral("hall.code"));
    if (!hall) {
        return makeError(QStringLiteral("number.no-lease"),
                         tr("This workstation has no %1 left: it must reach the server once to "
                            "lease a range of them.")
                             .arg(DocumentNumber::kindDisplayName(kind)));
    }
    const Result<qint64> serial = m_store.takeSerial(kindId, *hall, year);
    const Result<qint64> left = m_store.remainingSerials(kindId, *hall, year);
    if (left && *left < m_settings.leaseLowWater && hasToken())
        autoRun(JobKind::Leases);
    if (!serial)
        return serial.error();
    const Result<DocumentNumber> number = DocumentNumber::make(kind, *hall, year, int(*serial));
    if (!number)
        return number.error();
    return number->toString();
}

Result<Item> SyncEngine::currentItem(const QString &code) const
{
    const std::optional<int> version = m_store.latestCatalogueVersion();
    const Result<Catalogue> catalogue =
        version ? m_store.catalogue(*version)
                : Result<Catalogue>(makeError(QStringLiteral("catalog.none"),
                                              tr("This workstation has no item catalogue yet: it "
                                                 "must reach the server once to fetch it.")));
    if (!catalogue)
        return catalogue.error();
    if (const Item *item = catalogue->item(code))
        return *item;
    return makeError(QStringLiteral("catalog.no-item"),
                     tr("Item %1 is not in the hall's current catalogue (version %2).")
                         .arg(code)
                         .arg(catalogue->version),
                     QStringLiteral("item"));
}

Result<QList<OutboxEntry>> SyncEngine::rejectedCommands() const
{
    return m_store.rejectedCommands(sessionUserId());
}

Status SyncEngine::dismissRejected(const QUuid &commandId)
{
    const Status dismissed = m_store.dismissRejected(commandId, m_clock.now());
    refreshCounts();
    return dismissed;
}

// ---- Push -------------------------------------------------------------------------------

void SyncEngine::runSync(Done done)
{
    runPush(0, 0, [this, done](Status pushed) {
        if (unreachable(pushed) || !hasToken())
            return done(pushed);
        // Whatever happened to the push, what others did is still worth having.
        runPull([done, pushed](Status pulledStatus) { done(pushed ? pulledStatus : pushed); });
    });
}

void SyncEngine::runPush(qint64 resendFrom, int gaps, Done done)
{
    const bool resend = resendFrom > 0;
    const Result<QList<OutboxEntry>> entries =
        m_store.outboxFrom(resend ? resendFrom : 0, m_settings.pushBatch, !resend);
    if (!entries)
        return done(entries.error());
    QJsonArray commands;
    QList<qint64> seqs;
    for (const OutboxEntry &entry : *entries) {
        // The server takes only the session user's commands (docs/protocol.md, push step 1).
        if (entry.userId != sessionUserId())
            break;
        commands.append(QJsonDocument::fromJson(entry.commandJson).object());
        seqs.append(entry.seq);
    }
    if (seqs.isEmpty()) {
        if (entries->isEmpty())
            return done(Status::success());
        const OutboxEntry &first = entries->first();
        return done(makeError(QStringLiteral("sync.waiting-for-user"),
                              tr("The next command to send (number %1, %2) was made by %3, and "
                                 "only %3 can send it: the commands after it wait until %3 logs "
                                 "in on this workstation again.")
                                  .arg(first.seq)
                                  .arg(commandDisplayName(first.type), first.userId)));
    }
    const Status marked =
        m_store.transaction([&]() { return m_store.markSent(seqs, m_clock.now()); });
    if (!marked)
        return done(marked);
    m_api->post(QStringLiteral("/v1/sync/push"), {{QStringLiteral("commands"), commands}},
                [this, seqs, gaps, resend, done](const ServerReply &reply) {
                    onPushed(reply, seqs, resend, gaps, done);
                });
}

void SyncEngine::onPushed(const ServerReply &reply, const QList<qint64> &seqs, bool resend,
                          int gaps, Done done)
{
    noteReply(reply);
    if (reply.status == 409 && reply.error.code == QLatin1String("sync.sequence-gap")) {
        // The server misses commands this workstation took as answered: send from there.
        const qint64 expected = expectedSequence(reply.body);
        if (gaps >= 3)
            return done(reply.error);
        return runPush(expected > 0 ? std::min(expected, seqs.first()) : 1, gaps + 1, done);
    }
    if (!reply.ok())
        return done(requestFailed(reply));
    QList<PushResult> results;
    const QJsonArray list = reply.body.value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Result<PushResult> result = PushResult::fromJson(list.at(i).toObject());
        if (!result) {
            Error error = result.error();
            error.field = QStringLiteral("results[%1].%2").arg(i).arg(error.field);
            return done(error);
        }
        results.append(std::move(result).value());
    }
    if (results.isEmpty()) {
        return done(makeError(QStringLiteral("sync.no-progress"),
                              tr("The server answered none of the %n command(s) sent to it.",
                                 nullptr, int(seqs.size()))));
    }
    const Result<QList<QUuid>> touched = m_replica.recordResults(results);
    if (!touched)
        return done(touched.error());
    qint64 lastAnswered = 0;
    for (const PushResult &result : std::as_const(results)) {
        lastAnswered = std::max(lastAnswered, result.workstationSeq);
        const Result<std::optional<OutboxEntry>> entry = m_store.outboxEntry(result.commandId);
        if (!result.applied && entry && *entry)
            emit commandRejected(**entry);
    }
    refreshCounts();
    if (!touched->isEmpty())
        emit casesChanged(*touched);
    runPush(resend ? lastAnswered + 1 : 0, gaps, done);
}

// ---- Pull -------------------------------------------------------------------------------

void SyncEngine::runPull(Done done)
{
    const qint64 after = m_store.pullCursor();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pullLimit));
    m_api->get(QStringLiteral("/v1/sync/pull"), query,
               [this, after, done](const ServerReply &reply) { onPulled(reply, after, done); });
}

void SyncEngine::onPulled(const ServerReply &reply, qint64 after, Done done)
{
    noteReply(reply);
    if (!reply.ok())
        return done(requestFailed(reply));
    Result<PullPage> parsed = PullPage::fromJson(reply.body, after);
    if (!parsed)
        return done(parsed.error());
    const auto page = std::make_shared<PullPage>(std::move(parsed).value());
    refreshReference(page->reference, [this, page, after, done](Status refreshed) {
        if (!refreshed)
            return done(refreshed);
        const Result<QList<QUuid>> touched = m_replica.applyPage(*page);
        if (!touched)
            return done(touched.error());
        refreshCounts();
        if (!touched->isEmpty())
            emit casesChanged(*touched);
        emit pulled(page->serverSeq);
        if (page->more && page->serverSeq > after)
            return runPull(done);
        done(Status::success());
    });
}

void SyncEngine::refreshReference(const ReferenceVersions &versions, Done finished)
{
    // The certificate key set comes last, once what the events need is in place.
    const Done done = [this, versions, finished](Status fetched) {
        if (!fetched || !wantsCertificateKeys(versions))
            return finished(fetched);
        fetchCertificateKeys(finished);
    };
    const int catalog = m_store.referenceVersion(QStringLiteral("catalog"));
    const int calendar = m_store.referenceVersion(QStringLiteral("calendar"));
    const int users = m_store.referenceVersion(QStringLiteral("users"));
    auto fetchUserList = [this, versions, users, done]() {
        if (versions.users > 0 && versions.users != users)
            return fetchUsers(versions.users, done);
        done(Status::success());
    };
    // Events name items by flow version, which any earlier catalogue version may hold.
    auto fetchCatalogue = [this, versions, catalog, done, fetchUserList]() {
        if (versions.catalog <= catalog)
            return fetchUserList();
        fetchCatalogues(catalog + 1, versions.catalog, [done, fetchUserList](Status fetched) {
            fetched ? fetchUserList() : done(fetched);
        });
    };
    if (versions.calendar > 0 && versions.calendar != calendar) {
        return fetchCalendar(versions.calendar, [done, fetchCatalogue](Status fetched) {
            fetched ? fetchCatalogue() : done(fetched);
        });
    }
    fetchCatalogue();
}

void SyncEngine::fetchCatalogues(int from, int to, Done done)
{
    if (from > to) {
        emit referenceDataChanged(QStringLiteral("catalog"));
        return done(Status::success());
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("version"), QString::number(from));
    m_api->get(QStringLiteral("/v1/reference/catalog"), query,
               [this, from, to, done](const ServerReply &reply) {
                   noteReply(reply);
                   if (reply.status == 404) // a version withdrawn before anyone used it
                       return fetchCatalogues(from + 1, to, done);
                   if (!reply.ok())
                       return done(requestFailed(reply));
                   Result<Catalogue> catalogue = CatalogueJson::parse(
                       QJsonDocument(reply.body).toJson(QJsonDocument::Compact));
                   if (!catalogue)
                       return done(catalogue.error());
                   catalogue.value().version = from;
                   const Status stored = m_store.transaction([&]() -> Status {
                       if (Status put = m_store.putCatalogueVersion(*catalogue); !put)
                           return put;
                       return m_store.setReferenceVersion(QStringLiteral("catalog"), from);
                   });
                   if (!stored)
                       return done(stored);
                   if (Status reloaded = m_replica.reloadReference(); !reloaded)
                       return done(reloaded);
                   fetchCatalogues(from + 1, to, done);
               });
}

void SyncEngine::fetchCalendar(int version, Done done)
{
    m_api->get(QStringLiteral("/v1/reference/calendar"), {},
               [this, version, done](const ServerReply &reply) {
                   noteReply(reply);
                   if (!reply.ok())
                       return done(requestFailed(reply));
                   const Result<ReferenceData::Calendar> calendar =
                       ReferenceData::calendarFromJson(reply.body);
                   if (!calendar)
                       return done(calendar.error());
                   const Status stored = m_store.transaction([&]() -> Status {
                       if (Status put = m_store.replaceCalendar(calendar->years, calendar->closures,
                                                                m_clock.now());
                           !put)
                           return put;
                       return m_store.setReferenceVersion(QStringLiteral("calendar"),
                                                          std::max(version, calendar->version));
                   });
                   if (!stored)
                       return done(stored);
                   if (Status reloaded = m_replica.reloadReference(); !reloaded)
                       return done(reloaded);
                   emit referenceDataChanged(QStringLiteral("calendar"));
                   done(Status::success());
               });
}

void SyncEngine::fetchUsers(int version, Done done)
{
    m_api->get(
        QStringLiteral("/v1/reference/users"), {}, [this, version, done](const ServerReply &reply) {
            noteReply(reply);
            if (!reply.ok())
                return done(requestFailed(reply));
            const Result<ReferenceData::Users> users = ReferenceData::usersFromJson(reply.body);
            if (!users)
                return done(users.error());
            const Status stored = m_store.transaction([&]() -> Status {
                if (Status put = m_store.putUsers(users->users); !put)
                    return put;
                return m_store.setReferenceVersion(QStringLiteral("users"),
                                                   std::max(version, users->version));
            });
            if (!stored)
                return done(stored);
            emit referenceDataChanged(QStringLiteral("users"));
            done(Status::success());
        });
}

bool SyncEngine::wantsCertificateKeys(const ReferenceVersions &versions) const
{
    if (m_certificateKeysUnavailable)
        return false;
    // A server that announces no version is asked once per session, so that a workstation
    // starts each day with the revocations of the day before.
    if (versions.certificateKeys.isEmpty())
        return !m_certificateKeysFetched;
    return versions.certificateKeys != LocalCertificates(m_store).keySetVersion();
}

void SyncEngine::fetchCertificateKeys(Done done)
{
    m_api->get(QStringLiteral("/v1/reference/certificate-keys"), {},
               [this, done](const ServerReply &reply) {
                   noteReply(reply);
                   if (reply.status == 404) { // a server that signs no certificates
                       m_certificateKeysUnavailable = true;
                       return done(Status::success());
                   }
                   if (!reply.ok())
                       return done(requestFailed(reply));
                   const Result<ReferenceData::CertificateKeys> keys =
                       ReferenceData::certificateKeysFromJson(reply.body);
                   if (!keys)
                       return done(keys.error());
                   if (Status stored =
                           LocalCertificates(m_store).putKeySet(keys->keySet, keys->version);
                       !stored)
                       return done(stored);
                   m_verifier = CertificateVerifier(keys->keySet);
                   m_certificateKeysUnavailable = false;
                   m_certificateKeysFetched = true;
                   emit referenceDataChanged(QStringLiteral("certificate-keys"));
                   done(Status::success());
               });
}

// ---- Leases and health ------------------------------------------------------------------

void SyncEngine::runLeases(int index, Done done)
{
    if (index >= m_settings.leaseKinds.size())
        return done(Status::success());
    const QString kind = m_settings.leaseKinds.at(index);
    const int year = m_clock.today().year();
    if (const std::optional<QString> hall = m_store.syncValue(QStringLiteral("hall.code"))) {
        const Result<qint64> left = m_store.remainingSerials(kind, *hall, year);
        if (!left)
            return done(left.error());
        if (*left >= m_settings.leaseLowWater)
            return runLeases(index + 1, done);
    }
    const QJsonObject body{{QStringLiteral("kind"), kind},
                           {QStringLiteral("year"), year},
                           {QStringLiteral("count"), m_settings.leaseCount}};
    m_api->post(QStringLiteral("/v1/leases"), body,
                [this, index, kind, year, done](const ServerReply &reply) {
                    noteReply(reply);
                    if (!reply.ok())
                        return done(requestFailed(reply));
                    const Result<ReferenceData::Lease> lease =
                        ReferenceData::leaseFromJson(reply.body);
                    if (!lease)
                        return done(lease.error());
                    if (lease->kind != kind || lease->year != year) {
                        return done(makeError(QStringLiteral("sync.bad-lease"),
                                              tr("The server leased %1 numbers of %2 when %3 "
                                                 "numbers of %4 were asked for.")
                                                  .arg(lease->kind)
                                                  .arg(lease->year)
                                                  .arg(kind)
                                                  .arg(year)));
                    }
                    const Status stored = m_store.transaction([&]() -> Status {
                        if (Status hall =
                                m_store.setSyncValue(QStringLiteral("hall.code"), lease->hallCode);
                            !hall)
                            return hall;
                        return m_store.addLease(kind, lease->hallCode, year, lease->first,
                                                lease->last, lease->workstation);
                    });
                    if (!stored)
                        return done(stored);
                    runLeases(index + 1, done);
                });
}

void SyncEngine::runHealth(Done done)
{
    m_api->get(QStringLiteral("/v1/health"), {}, [this, done](const ServerReply &reply) {
        noteReply(reply);
        if (!reply.ok())
            return done(reply.error);
        m_health = reply.body;
        done(Status::success());
    });
}

// ---- State ------------------------------------------------------------------------------

Status SyncEngine::requestFailed(const ServerReply &reply)
{
    if (reply.status == 401 && m_session) {
        // The server has forgotten the session (expired, or logged out elsewhere).
        m_session->token.clear();
        m_api->setToken({});
        m_live->stop();
        (void)m_store.setSession(*m_session);
        emit sessionChanged();
        emit loginRequired(reply.error);
    }
    return reply.error;
}

void SyncEngine::noteReply(const ServerReply &reply)
{
    setOnline(reply.reached);
    if (reply.reached) {
        m_retryBackoff.reset();
        m_retry.stop();
    }
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void SyncEngine::refreshCounts()
{
    const Result<OutboxCounts> counts = m_store.outboxCounts();
    if (!counts)
        return;
    const OutboxCounts before = m_counts;
    m_counts = *counts;
    // Rejections are shown to the user who made them.
    if (const Result<QList<OutboxEntry>> rejected = m_store.rejectedCommands(sessionUserId()))
        m_counts.rejected = int(rejected->size());
    if (before.unanswered != m_counts.unanswered)
        emit pendingCountChanged(m_counts.unanswered);
    if (before.rejected != m_counts.rejected)
        emit rejectedCountChanged(m_counts.rejected);
}

void SyncEngine::scheduleRetry()
{
    if (!m_settings.autoSync || m_retry.isActive())
        return;
    m_retry.start(m_retryBackoff.nextDelayMs());
}

} // namespace sunhall::core
