// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseState.h"
#include "core/case/Command.h"
#include "core/catalog/Item.h"
#include "core/common/Result.h"
#include "server/store/ServerStore.h"

#include "core/crypto/Sm2PublicKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QStringList>

#include <optional>

namespace sunhall::server {

class CertificateIssuer;

/// The server's authority over pushed commands (docs/protocol.md, `POST /v1/sync/push`,
/// steps 1–5). For one command it checks that it comes from the workstation of the TLS
/// certificate and from the session's user; answers a replay with the stored result; refuses a
/// used or skipped workstation sequence; puts the server's record of the user's roles and
/// departments in place of whatever the client claimed; checks the user's signature; then
/// lets the store decide it with CaseAggregate::decide over the case's stored events and the
/// item at the case's flow version, and append the events or store the rejection. A
/// rejection is a CommandResult, not an error. The errors are for the HTTP layer:
/// "auth.forbidden" (403: the whole request), "sync.sequence-conflict" and
/// "sync.sequence-gap" (409, field "workstationSeq", the message naming the expected
/// sequence), "request.bad-field" (400) and the store's own failures ("store.…", 500).
class CommandProcessor
{
    Q_DECLARE_TR_FUNCTIONS(CommandProcessor)
public:
    /// What verifying a command's signature against its user's registered key found. The
    /// store is not needed for it, so the server verifies on worker threads while its own
    /// thread applies other commands.
    struct SignatureCheck
    {
        bool userHasKey = false;
        core::Status status; // the reason a signature is refused
    };

    explicit CommandProcessor(ServerStore &store);

    /// Signs the certificates the commands print (docs/protocol.md, "Certificates"): each
    /// "certificate-printed" event gets its QR text from `issuer` before it is stored, and a
    /// department without a key rejects the command. Without an issuer nothing is signed.
    void setCertificateIssuer(CertificateIssuer *issuer) { m_issuer = issuer; }

    /// Handles one pushed command. `now` is the server's time: a command whose client time
    /// is more than a day ahead of it is rejected, since its events would carry that time.
    /// `signature` is what verifySignature() found for it, when that was done beforehand.
    core::Result<CommandResult> process(const core::Command &command,
                                        const QString &certWorkstation,
                                        const UserRecord &sessionUser, const QDateTime &now,
                                        std::optional<SignatureCheck> signature = std::nullopt);

    /// Verifies `command`'s signature with `user`'s registered key. Safe on any thread: the
    /// decoded keys are cached (decoding a PEM costs as much as a verification).
    SignatureCheck verifySignature(const core::Command &command, const UserRecord &user) const;

    /// What `user` may pull: supervisors and administrators see every case, everyone else
    /// the cases of their departments.
    static PullScope pullScope(const UserRecord &user);
    /// The departments a case of `item` belongs to: the item's department, the departments
    /// of its joint steps and of the steps done in another department (the cashier's).
    static QStringList caseDepartments(const core::Item &item);

private:
    core::Status checkOrigin(const core::Command &command, const QString &certWorkstation,
                             const UserRecord &sessionUser) const;
    core::Status checkSignature(const UserRecord &user, const SignatureCheck &check) const;
    core::Result<core::Sm2PublicKey> publicKey(const QString &pem) const;
    core::Result<QList<core::Event>> decide(const core::Command &command,
                                            const QList<core::Event> &stored) const;
    core::Result<core::Item> itemFor(const core::CaseState &state,
                                     const core::Command &command) const;

    ServerStore &m_store;
    CertificateIssuer *m_issuer = nullptr;
    mutable QMutex m_keysMutex;
    mutable QHash<QString, core::Sm2PublicKey> m_keys; // by PEM
};

} // namespace sunhall::server
