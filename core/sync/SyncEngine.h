// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Command.h"
#include "core/catalog/Item.h"
#include "core/certificate/CertificateVerifier.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/store/LocalStore.h"
#include "core/sync/Backoff.h"
#include "core/sync/ClientProfile.h"
#include "core/sync/LocalReplica.h"
#include "core/sync/PullPage.h"
#include "core/sync/SyncOperation.h"
#include "core/sync/SyncSettings.h"
#include "core/values/DocumentNumber.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sunhall::core {

class LiveChannel;
class ServerApi;
struct ServerReply;

/// The client side of sync (DESIGN.md §3, docs/protocol.md): offline first, the server
/// authoritative. Work done at the workstation — submit(), takeNumber() — is decided at once
/// against the local store with the same core rules as the server, and written with its local
/// effect in one transaction, also offline. Talking to the server — login(), push(), pull(),
/// sync(), topUpLeases(), checkHealth(), logout() — is asynchronous: each returns a
/// SyncOperation that finishes once; operations run one after another, and asking for a push
/// or pull already waiting returns that one. With `autoSync` the engine pushes after each
/// submit, pulls on each poke of the live channel, keeps the channel open while logged in,
/// tops up number leases and retries with backoff while the server is out of reach.
/// The engine lives on the thread that owns the LocalStore and never blocks it; time comes
/// from the injected Clock. All network goes through one QNetworkAccessManager that trusts
/// only the hall's CA and presents the workstation's certificate.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY rejectedCountChanged)
    Q_PROPERTY(bool liveConnected READ isLiveConnected NOTIFY liveConnectedChanged)
public:
    /// Signs a stamped command's canonical bytes with the acting user's SM2 key.
    using Signer = std::function<Result<QByteArray>(const Command &command)>;

    SyncEngine(LocalStore &store, const ClientProfile &profile, const Clock &clock,
               SyncSettings settings = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    const ClientProfile &profile() const { return m_profile; }
    LocalStore &store() const { return m_store; }
    const SyncSettings &settings() const { return m_settings; }

    // The session.
    /// Logs in at the server (POST /v1/session) and caches an Argon2id verifier of the
    /// password; when the server cannot be reached, logs in offline against the verifier
    /// cached by an earlier login of the same user here ("auth.offline-unknown" otherwise).
    /// After an offline login the password is held in memory only, to log in at the server
    /// as soon as it answers again.
    SyncOperationPtr login(const QString &userId, const QString &password);
    /// Ends the session here and at the server (when it answers).
    SyncOperationPtr logout();
    std::optional<LocalSession> session() const { return m_session; }

    // Work at the workstation: local, immediate, also offline.
    /// Stamps `command` (made with Commands::*) with the session's user, this workstation,
    /// the clock's time and the next workstation sequence, signs it when a signer is set,
    /// decides it against the local case and catalogue, and queues it with its local effect in
    /// one transaction. A refused command changes nothing; its error is the core's.
    Result<Command> submit(Command command);
    /// The next number of a kind from the ranges leased to this workstation.
    Result<QString> takeNumber(DocumentNumber::Kind kind);
    /// An item as the hall's current catalogue (in the local store) publishes it.
    Result<Item> currentItem(const QString &code) const;
    /// The session user's commands that the server rejected and they have not dismissed.
    Result<QList<OutboxEntry>> rejectedCommands() const;
    Status dismissRejected(const QUuid &commandId);
    void setSigner(Signer signer) { m_signer = std::move(signer); }

    // With the server: asynchronous.
    /// Sends the waiting commands in workstation order, in batches, and records each result.
    SyncOperationPtr push();
    /// Pulls pages until the server has no more, each applied in one transaction, fetching
    /// reference data whose version moved.
    SyncOperationPtr pull();
    /// Push, then pull.
    SyncOperationPtr sync();
    /// Leases new number ranges of the kinds with fewer than `leaseLowWater` numbers left.
    SyncOperationPtr topUpLeases();
    /// Asks GET /v1/health; needs no session.
    SyncOperationPtr checkHealth();
    /// Fetches the hall's certificate key set now (GET /v1/reference/certificate-keys), for a
    /// clerk who wants the latest revocations before checking a certificate. A pull fetches it
    /// by itself when the server announces a new version, and once per session from a server
    /// that announces none.
    SyncOperationPtr refreshCertificateKeys();
    /// A verifier over the certificate key set kept in the local store, so certificates are
    /// checked also offline; "certificate.keys-missing" before the first fetch.
    Result<CertificateVerifier> certificateVerifier() const;
    /// The last health answer.
    QJsonObject lastHealth() const { return m_health; }
    /// Opens the live channel (with the session's token) and keeps it open.
    void startLive();
    void stopLive();

    bool isOnline() const { return m_online; }
    /// Commands of this workstation not yet answered by the server (every user's).
    int pendingCount() const { return m_counts.unanswered; }
    /// The session user's rejected commands not yet dismissed (everyone's when logged out).
    int rejectedCount() const { return m_counts.rejected; }
    bool isLiveConnected() const;
    /// The wait before the live channel's next reconnect attempt (0: none pending).
    int liveReconnectDelayMs() const;

signals:
    void onlineChanged(bool online);
    void pendingCountChanged(int count);
    void rejectedCountChanged(int count);
    void liveConnectedChanged(bool connected);
    void sessionChanged();
    /// The server no longer accepts the session: the user must log in again.
    void loginRequired(const sunhall::core::Error &why);
    /// Rows of the read model changed (a submit, a pull, a rejection).
    void casesChanged(const QList<QUuid> &caseIds);
    void commandRejected(const sunhall::core::OutboxEntry &entry);
    /// "catalog", "calendar", "users" or "certificate-keys" was fetched again.
    void referenceDataChanged(const QString &kind);
    void pulled(qint64 cursor);
    /// A live poke arrived.
    void poked(qint64 serverSeq);
    /// An operation the engine started by itself failed.
    void backgroundError(const sunhall::core::Error &error);

private:
    using Done = std::function<void(Status)>;
    enum class JobKind
    {
        Login,
        Logout,
        Push,
        Pull,
        Sync,
        Leases,
        Health,
        CertificateKeys
    };
    struct Job
    {
        JobKind kind;
        SyncOperationPtr operation;
        std::function<void(Done)> run;
        bool automatic = false;
    };

    SyncOperationPtr enqueue(JobKind kind, const QString &name, std::function<void(Done)> run,
                             bool automatic = false);
    void runNext();
    SyncOperationPtr start(JobKind kind, bool automatic);
    void autoRun(JobKind kind);

    void runLogin(const QString &userId, const QString &password, bool allowOffline, Done done);
    void loginOffline(const QString &userId, const QString &password, const Error &why, Done done);
    void startSession(const LocalSession &session, const QString &password, Done done);
    void ensureSession(Done next);
    void runSync(Done done);
    void runPush(qint64 resendFrom, int gaps, Done done);
    void onPushed(const ServerReply &reply, const QList<qint64> &seqs, bool resend, int gaps,
                  Done done);
    void runPull(Done done);
    void onPulled(const ServerReply &reply, qint64 after, Done done);
    void refreshReference(const ReferenceVersions &versions, Done done);
    void fetchCatalogues(int from, int to, Done done);
    void fetchCalendar(int version, Done done);
    void fetchUsers(int version, Done done);
    bool wantsCertificateKeys(const ReferenceVersions &versions) const;
    void fetchCertificateKeys(Done done);
    void runLeases(int index, Done done);
    void runHealth(Done done);
    void runLogout(Done done);

    Status requestFailed(const ServerReply &reply);
    void noteReply(const ServerReply &reply);
    void setOnline(bool online);
    void refreshCounts();
    void scheduleRetry();
    QString sessionUserId() const { return m_session ? m_session->user.userId : QString(); }
    bool hasToken() const { return m_session && !m_session->token.isEmpty(); }

    LocalStore &m_store;
    ClientProfile m_profile;
    const Clock &m_clock;
    SyncSettings m_settings;
    LocalReplica m_replica;
    std::optional<LocalSession> m_session;
    QString m_heldPassword; // after an offline login only, until the server answers
    Signer m_signer;
    bool m_online = false;
    OutboxCounts m_counts;
    QJsonObject m_health;
    mutable std::optional<CertificateVerifier> m_verifier; // the stored key set, once read
    bool m_certificateKeysUnavailable = false;             // the server has no key set to hand out
    bool m_certificateKeysFetched = false;                 // in this session
    QList<Job> m_queue;
    SyncOperationPtr m_current;
    Backoff m_retryBackoff;
    QTimer m_retry;
    QThreadPool m_workers;
    LiveChannel *m_live = nullptr;
    std::unique_ptr<ServerApi> m_api; // last: destroyed first, while the engine is whole
};

} // namespace sunhall::core
