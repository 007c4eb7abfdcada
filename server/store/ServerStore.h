// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Command.h"
#include "core/case/Event.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Result.h"
#include "core/common/Role.h"
#include "core/time/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace sunhall::server {

/// A person who may log in, as the server knows them. The server's record — never the roles a
/// client claims — decides what a command may do.
struct UserRecord
{
    QString id; // login name, e.g. "li.na"
    QString name;
    QList<core::Role> roles;
    QStringList departments;
    QString passwordHash; // Argon2id encoded; never sent to a client
    bool disabled = false;
    QString publicKeyPem; // SM2 key bound by an administrator; empty until then

    QJsonObject toPublicJson() const; // id, name, roles, departments, disabled
};

/// A workstation enrolled with its own client certificate.
struct WorkstationRecord
{
    QString name;                   // the certificate's CN, "W01"
    QString certificateSerial;      // hex, upper case
    QString certificateFingerprint; // SHA-256 of the DER certificate, hex
    QDateTime enrolledAt;
    QDateTime revokedAt; // invalid while not revoked
    bool isRevoked() const { return revokedAt.isValid(); }
};

struct SessionRecord
{
    QByteArray tokenHash; // SM3 of the bearer token
    QString userId;
    QString workstation;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
};

/// What became of one pushed command; stored, so a replay returns the same answer.
struct CommandResult
{
    QUuid commandId;
    qint64 workstationSeq = 0;
    bool applied = false;
    qint64 firstServerSeq = 0; // applied: the events' range
    qint64 lastServerSeq = 0;
    core::Error error; // rejected: why

    QJsonObject toJson() const; // the protocol's result object (docs/protocol.md)
    static core::Result<CommandResult> fromJson(const QJsonObject &json);
};

/// An event as the server stores it: with its global sequence and its audit-chain link.
struct StoredEvent
{
    core::Event event;    // event.serverSeq is set
    QByteArray chainHash; // 32 bytes: SM3(previous ‖ serverSeq (8 bytes BE) ‖ canonicalBytes)
};

/// A signed checkpoint of the audit chain.
struct Checkpoint
{
    qint64 serverSeq = 0;
    QByteArray chainHash;
    QDateTime signedAt;
    QByteArray signature; // DER SM2/SM3 by the server's key
};

/// A range of number serials leased to one workstation.
struct LeaseRange
{
    QString kind; // "case", "receipt", "certificate"
    QString hallCode;
    QString workstation;
    int year = 0;
    qint64 first = 0;
    qint64 last = 0;
};

/// Who is pulling: their departments, or everything (supervisors, administrators).
struct PullScope
{
    bool everything = false;
    QStringList departments;
};

/// The newest link of the audit chain: the last stored event's serverSeq and chain hash, or
/// serverSeq 0 and the genesis hash SM3("sunhall-audit-v1") while no event is stored.
struct ChainHead
{
    qint64 serverSeq = 0;
    QByteArray chainHash;
};

/// The keys of the hall settings that the server and sunhallctl share.
namespace HallSetting {
inline constexpr QLatin1String name{"hall.name"};
/// Six of 0–9 and A–Z: the hall's part of every case, receipt and certificate number.
inline constexpr QLatin1String code{"hall.code"};
/// "on" (also "true", "yes", "1") or "off": whether a command must carry its user's signature.
inline constexpr QLatin1String signaturesRequired{"signatures.required"};
} // namespace HallSetting

/// The hall's authoritative store (DESIGN.md §3–§5), the same interface over SQLite (the
/// embedded default, `HALL/hall.db`) and PostgreSQL. Dialect differences stay inside. One
/// ServerStore per thread: it holds a QSqlDatabase connection of its own.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerStore)
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    /// Opens the hall's store: PostgreSQL when `databaseUrl` is given
    /// (postgresql://USER:PASS@HOST:PORT/DB), else SQLite at HALL/hall.db. Creates and
    /// migrates the schema; refuses a schema newer than this program knows, untouched.
    static core::Result<std::unique_ptr<ServerStore>> open(const QString &hallDir,
                                                           const QString &databaseUrl = {});
    ~ServerStore();

    Engine engine() const;
    QString engineName() const; // "sqlite" or "postgresql"
    int schemaVersion() const;

    // Hall settings (name, hall code for numbers, signatures.required, …).
    core::Status setSetting(const QString &key, const QString &value);
    std::optional<QString> setting(const QString &key) const;

    // Reference data, versioned: each change bumps its version so clients re-fetch.
    core::Status putCalendarYear(const core::YearSchedule &schedule, const QDateTime &at);
    core::Status addClosure(const core::LocalClosure &closure, const QString &by,
                            const QDateTime &at);
    core::Result<core::WorkingCalendar> loadCalendar() const;
    /// Validates and publishes the next catalogue version; records who and when (audited).
    core::Result<int> publishCatalogue(core::Catalogue catalogue, const QString &by,
                                       const QDateTime &at);
    std::optional<int> latestCatalogueVersion() const;
    core::Result<core::Catalogue> catalogue(int version) const;
    core::Result<core::Item> item(const QString &code, int flowVersion) const;
    struct ReferenceVersions
    {
        int catalog = 0;
        int calendar = 0;
        int users = 0;
    };
    ReferenceVersions referenceVersions() const;

    // People and workstations.
    core::Status addUser(const UserRecord &user, const QDateTime &at);
    core::Status updateUser(const UserRecord &user, const QDateTime &at);
    core::Result<std::optional<UserRecord>> user(const QString &id) const;
    core::Result<QList<UserRecord>> users() const;
    core::Status addWorkstation(const WorkstationRecord &workstation);
    core::Status revokeWorkstation(const QString &name, const QDateTime &at);
    core::Result<std::optional<WorkstationRecord>> workstation(const QString &name) const;
    /// True when the certificate serial (hex) belongs to a revoked workstation.
    core::Result<bool> isCertificateRevoked(const QString &serial) const;

    // Sessions and failed logins (rate limits survive restarts).
    core::Status addSession(const SessionRecord &session);
    core::Result<std::optional<SessionRecord>> session(const QByteArray &tokenHash) const;
    core::Status touchSession(const QByteArray &tokenHash, const QDateTime &at);
    core::Status removeSession(const QByteArray &tokenHash);
    /// Counts a failed login under `key` ("user:li.na", "ws:W01") and returns the failures
    /// within the window ending at `at`.
    core::Result<int> addLoginFailure(const QString &key, const QDateTime &at, int windowSecs);
    core::Result<int> loginFailures(const QString &key, const QDateTime &at, int windowSecs) const;
    core::Status clearLoginFailures(const QString &key);

    // Commands and events.
    core::Result<qint64> lastWorkstationSeq(const QString &workstation) const;
    core::Result<std::optional<CommandResult>> commandResult(const QString &workstation,
                                                             qint64 workstationSeq) const;
    /// Decides and applies one command in one transaction: reads the case's stored events,
    /// calls `decide` with them, appends what it returns with the next global sequence
    /// numbers and chain hashes, and stores the result (applied, or rejected with decide's
    /// error). Serialised across processes sharing a PostgreSQL database. Under the same lock
    /// it re-checks the workstation sequence: a stored result for the same command id is
    /// returned as it is, without calling `decide`; a used sequence with another id is the
    /// error "sync.sequence-conflict", a skipped one "sync.sequence-gap" (field
    /// "workstationSeq"). An error from `decide` whose code starts with "store." is the
    /// store's own failure, not a rejection: nothing is stored and it is returned as an error.
    using Decider = std::function<core::Result<QList<core::Event>>(const QList<core::Event> &)>;
    core::Result<CommandResult> applyCommand(const core::Command &command, const Decider &decide);
    /// Runs `body` in a write transaction that every applyCommand() inside it joins, so that
    /// the server commits the pushes that arrived together at once (one flush to disk for
    /// all). `body` may commit what it did so far and go on in a new transaction (a long push
    /// is stored in parts, as its commands would be one by one). When `body` fails, what it
    /// did since its last commit is rolled back.
    using CommitSoFar = std::function<core::Status()>;
    using Batch = std::function<core::Status(const CommitSoFar &commitSoFar)>;
    core::Status inTransactions(const QString &what, const Batch &body);
    core::Result<QList<core::Event>> caseEvents(const QUuid &caseId) const;
    /// The departments a case belongs to (its item's department and joint-step departments),
    /// as recorded when it was registered; empty for an unknown case.
    core::Result<QStringList> caseDepartments(const QUuid &caseId) const;
    core::Status setCaseDepartments(const QUuid &caseId, const QStringList &departments);
    /// Events with serverSeq > after in the scope, oldest first, at most `limit`.
    core::Result<QList<core::Event>> eventsAfter(qint64 after, const PullScope &scope,
                                                 int limit) const;
    core::Result<qint64> lastServerSeq() const;
    core::Result<ChainHead> chainHead() const;

    // Number ranges.
    core::Result<LeaseRange> leaseRange(const QString &kind, const QString &workstation, int year,
                                        int count);

    // Audit chain.
    core::Status
    forEachStoredEvent(const std::function<core::Status(const StoredEvent &)> &visit) const;
    core::Status addCheckpoint(const Checkpoint &checkpoint);
    core::Result<QList<Checkpoint>> checkpoints() const;

    QSqlDatabase database() const;

private:
    ServerStore();
    struct Private;
    friend class StoreQuery;
    std::unique_ptr<Private> d;
};

} // namespace sunhall::server
