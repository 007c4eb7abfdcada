// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync/CommandProcessor.h"

#include "core/case/CaseAggregate.h"
#include "core/case/CaseVocabulary.h"
#include "core/case/IntakePayloads.h"
#include "core/case/PayloadReader.h"
#include "core/crypto/Sm2PublicKey.h"
#include "server/sync/CertificateIssuer.h"

namespace sunhall::server {

using core::Error;
using core::Result;
using core::Status;

namespace {

Error forbidden(const QString &message, const QString &field)
{
    return core::makeError(QStringLiteral("auth.forbidden"), message, field);
}

bool isOn(const std::optional<QString> &value)
{
    static const QStringList on = {QStringLiteral("on"), QStringLiteral("true"),
                                   QStringLiteral("yes"), QStringLiteral("1")};
    return value && on.contains(value->trimmed().toLower());
}

} // namespace

CommandProcessor::CommandProcessor(ServerStore &store)
    : m_store(store)
{}

Result<CommandResult> CommandProcessor::process(const core::Command &command,
                                                const QString &certWorkstation,
                                                const UserRecord &sessionUser, const QDateTime &now,
                                                std::optional<SignatureCheck> verified)
{
    if (Status origin = checkOrigin(command, certWorkstation, sessionUser); !origin)
        return origin.error();
    if (command.workstationSeq < 1) {
        return core::makeError(QStringLiteral("request.bad-field"),
                               tr("The workstation sequence of a command starts at 1; %1 was "
                                  "sent.")
                                   .arg(command.workstationSeq),
                               QStringLiteral("workstationSeq"));
    }
    // The server's record decides what the user may do, whatever the client claimed.
    core::Command trusted = command;
    trusted.actor.name = sessionUser.name;
    trusted.actor.roles = sessionUser.roles;
    trusted.actor.departments = sessionUser.departments;
    const Status signature =
        checkSignature(sessionUser, verified ? *verified : verifySignature(command, sessionUser));
    const bool clockAhead =
        command.clientTime.isValid() && now.isValid() && command.clientTime > now.addDays(1);
    // Replays, conflicts and gaps are settled by the store under its write lock, so that two
    // server processes never both take one workstation sequence.
    return m_store.applyCommand(
        trusted, [&](const QList<core::Event> &stored) -> Result<QList<core::Event>> {
            if (!signature)
                return signature.error();
            if (clockAhead) {
                return core::makeError(
                    QStringLiteral("sync.client-time-ahead"),
                    tr("The command is dated %1, more than a day after the "
                       "server's time %2: the workstation's clock is wrong. "
                       "Correct the clock and do the work again.")
                        .arg(core::instantToString(command.clientTime), core::instantToString(now)),
                    QStringLiteral("clientTime"));
            }
            return decide(trusted, stored);
        });
}

Status CommandProcessor::checkOrigin(const core::Command &command, const QString &certWorkstation,
                                     const UserRecord &sessionUser) const
{
    if (command.workstation != certWorkstation) {
        return forbidden(tr("The command says it comes from workstation %1, but it was sent "
                            "from workstation %2.")
                             .arg(command.workstation, certWorkstation),
                         QStringLiteral("workstation"));
    }
    if (command.actor.userId != sessionUser.id) {
        return forbidden(tr("The command says it was made by %1, but %2 is logged in on this "
                            "workstation.")
                             .arg(command.actor.userId, sessionUser.id),
                         QStringLiteral("actor.userId"));
    }
    if (sessionUser.disabled) {
        return forbidden(tr("The account %1 is disabled.").arg(sessionUser.id),
                         QStringLiteral("actor.userId"));
    }
    return Status::success();
}

Status CommandProcessor::checkSignature(const UserRecord &user, const SignatureCheck &check) const
{
    if (check.userHasKey)
        return check.status;
    if (!isOn(m_store.setting(HallSetting::signaturesRequired)))
        return Status::success();
    return core::makeError(QStringLiteral("sync.signature-required"),
                           tr("This hall requires every command to be signed, but %1 has "
                              "no signing key yet; an administrator must register one.")
                               .arg(user.id),
                           QStringLiteral("signature"));
}

CommandProcessor::SignatureCheck CommandProcessor::verifySignature(const core::Command &command,
                                                                   const UserRecord &user) const
{
    const QString field = QStringLiteral("signature");
    SignatureCheck check;
    check.userHasKey = !user.publicKeyPem.isEmpty();
    if (!check.userHasKey)
        return check;
    const Result<core::Sm2PublicKey> key = publicKey(user.publicKeyPem);
    if (!key) {
        check.status = core::makeError(QStringLiteral("sync.signature-key-unusable"),
                                       tr("The signing key registered for %1 cannot be read "
                                          "(%2); an administrator must register it again.")
                                           .arg(user.id, key.error().message),
                                       field);
    } else if (command.signature.isEmpty()) {
        check.status = core::makeError(QStringLiteral("sync.signature-missing"),
                                       tr("The command carries no signature, but %1 has a "
                                          "signing key: the command must be signed with it.")
                                           .arg(user.id),
                                       field);
    } else if (!key->verify(command.canonicalBytes(), command.signature)) {
        check.status = core::makeError(QStringLiteral("sync.signature-invalid"),
                                       tr("The signature of the command does not match the "
                                          "signing key of %1: the command was changed after it "
                                          "was signed, or signed with another key.")
                                           .arg(user.id),
                                       field);
    }
    return check;
}

Result<core::Sm2PublicKey> CommandProcessor::publicKey(const QString &pem) const
{
    {
        const QMutexLocker lock(&m_keysMutex);
        if (const auto cached = m_keys.constFind(pem); cached != m_keys.cend())
            return *cached;
    }
    Result<core::Sm2PublicKey> key = core::Sm2PublicKey::fromPem(pem.toUtf8());
    if (key) {
        const QMutexLocker lock(&m_keysMutex);
        if (m_keys.size() >= 10000)
            m_keys.clear();
        m_keys.insert(pem, *key);
    }
    return key;
}

Result<QList<core::Event>> CommandProcessor::decide(const core::Command &command,
                                                    const QList<core::Event> &stored) const
{
    const core::CaseState state = core::CaseState::fold(stored);
    const Result<core::Item> item = itemFor(state, command);
    if (!item)
        return item.error();
    Result<QList<core::Event>> events = core::CaseAggregate::decide(state, command, *item);
    // The signed QR goes into the certificate's event before it is stored (and chained).
    if (events && m_issuer)
        events = m_issuer->sign(state, *item, std::move(events).value());
    if (events && command.type == core::CommandType::registerCase) {
        // Recorded in the same transaction as the events, so pulls see the case at once.
        if (Status scoped = m_store.setCaseDepartments(command.caseId, caseDepartments(*item));
            !scoped)
            return scoped.error();
    }
    return events;
}

Result<core::Item> CommandProcessor::itemFor(const core::CaseState &state,
                                             const core::Command &command) const
{
    if (state.status != core::CaseStatus::None)
        return m_store.item(state.itemCode, state.itemVersion);
    if (command.type != core::CommandType::registerCase)
        return core::Item{}; // decide() refuses: the case is not registered
    const Result<core::RegisterPayload> payload = core::RegisterPayload::fromJson(command.payload);
    if (!payload)
        return payload.error();
    return m_store.item(payload->itemCode, payload->itemVersion);
}

PullScope CommandProcessor::pullScope(const UserRecord &user)
{
    PullScope scope;
    scope.everything = user.roles.contains(core::Role::Supervisor) ||
                       user.roles.contains(core::Role::Administrator);
    if (!scope.everything)
        scope.departments = user.departments;
    return scope;
}

QStringList CommandProcessor::caseDepartments(const core::Item &item)
{
    QStringList departments{item.department};
    for (const core::FlowStep &step : item.flow.steps) {
        departments << step.parallelDepartments;
        if (!step.department.isEmpty())
            departments << step.department;
    }
    departments.removeDuplicates();
    departments.removeAll(QString());
    return departments;
}

} // namespace sunhall::server
