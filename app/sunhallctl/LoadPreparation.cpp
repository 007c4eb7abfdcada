// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadPreparation.h"

#include "app/sunhallctl/HallStore.h"

#include "core/case/CaseFlow.h"
#include "core/crypto/PasswordHasher.h"
#include "core/pki/PemFile.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;
using server::UserRecord;
using server::WorkstationRecord;

namespace {

QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / qsizetype(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QSslConfiguration clientTls(const IssuedCertificate &issued, const QByteArray &caPem)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // As a workstation's profile does: the hall's CA alone, never the system store.
    config.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    config.setLocalCertificate(QSslCertificate(issued.certificatePem, QSsl::Pem));
    config.setPrivateKey(QSslKey(issued.privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

} // namespace

QString LoadPreparation::windowName(int index)
{
    return QStringLiteral("LGW%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

QString LoadPreparation::screenName(int index)
{
    return QStringLiteral("LGS%1").arg(index + 1, 4, 10, QLatin1Char('0'));
}

Result<LoadPreparation::Prepared> LoadPreparation::prepare(const Request &request,
                                                           const QDateTime &now)
{
    const Result<HallCa> ca = loadCa(request.dir);
    if (!ca)
        return ca.error();
    std::unique_ptr<ServerStore> store;
    if (request.useStore) {
        Result<std::unique_ptr<ServerStore>> opened =
            HallStore::open(request.dir, request.databaseUrl);
        if (!opened)
            return opened.error();
        store = std::move(opened).value();
    }
    Prepared prepared;
    for (int i = 0; i < request.windows + request.screens; ++i) {
        const bool window = i < request.windows;
        const QString name = window ? windowName(i) : screenName(i - request.windows);
        Result<LoadIdentity> identity = enrol(store.get(), *ca, name, now);
        if (!identity)
            return identity.error();
        (window ? prepared.windows : prepared.screens).append(std::move(identity).value());
    }
    if (!store)
        return prepared;
    QString department;
    if (request.windows > 0) {
        Result<Item> item = pickItem(*store, request.itemCode);
        if (!item)
            return item.error();
        prepared.item = std::move(item).value();
        const CaseFlow flow(prepared.item);
        department = flow.departmentOf(flow.acceptStep());
    }
    prepared.signing = request.sign || signaturesRequired(*store);
    if (const Status users = prepareUsers(*store, prepared, department, now); !users)
        return users.error();
    return prepared;
}

Result<HallCa> LoadPreparation::loadCa(const QString &dir)
{
    const QDir hall(dir);
    const Result<QByteArray> certificate =
        PemFile::read(hall.filePath(QStringLiteral("ca/ca.pem")));
    if (!certificate)
        return certificate.error();
    const Result<QByteArray> key = PemFile::read(hall.filePath(QStringLiteral("ca/ca-key.pem")));
    if (!key)
        return key.error();
    return HallCa::fromPem(*certificate, *key);
}

Result<Item> LoadPreparation::pickItem(const ServerStore &store, const QString &code)
{
    const std::optional<int> version = store.latestCatalogueVersion();
    if (!version) {
        return makeError(QStringLiteral("catalog.none"),
                         tr("The hall has no catalogue yet, so the windows have no item to "
                            "register cases for. Publish one first with 'sunhallctl catalog "
                            "import'."),
                         QStringLiteral("item"));
    }
    const Result<Catalogue> catalogue = store.catalogue(*version);
    if (!catalogue)
        return catalogue.error();
    for (const Item &item : catalogue->items) {
        const bool clerkAccepts = CaseFlow(item).acceptStep().role == Role::Clerk;
        if (code.isEmpty() ? clerkAccepts : item.code == code)
            return item;
    }
    return makeError(QStringLiteral("loadgen.no-item"),
                     code.isEmpty()
                         ? tr("No item of catalogue version %1 is accepted by a window clerk; "
                              "name one with --item.")
                               .arg(*version)
                         : tr("Catalogue version %1 has no item %2.").arg(*version).arg(code),
                     QStringLiteral("item"));
}

bool LoadPreparation::signaturesRequired(const ServerStore &store)
{
    static const QStringList on = {QStringLiteral("on"), QStringLiteral("true"),
                                   QStringLiteral("yes"), QStringLiteral("1")};
    const std::optional<QString> value = store.setting(server::HallSetting::signaturesRequired);
    return value && on.contains(value->trimmed().toLower());
}

Status LoadPreparation::prepareUsers(ServerStore &store, Prepared &prepared,
                                     const QString &department, const QDateTime &now)
{
    prepared.password = randomPassword();
    // One hash for all: Argon2id as the server checks it, but paid once per run.
    const Result<QString> hash = PasswordHasher().hash(prepared.password);
    if (!hash)
        return hash.error();
    for (LoadIdentity &identity : prepared.windows) {
        identity.user.id = QStringLiteral("loadgen.window.%1").arg(identity.workstation.mid(3));
        identity.user.roles = {Role::Clerk};
        identity.user.departments = {department};
    }
    for (LoadIdentity &identity : prepared.screens) {
        identity.user.id = QStringLiteral("loadgen.screen.%1").arg(identity.workstation.mid(3));
        identity.user.roles = {Role::Supervisor};
    }
    for (QList<LoadIdentity> *list : {&prepared.windows, &prepared.screens}) {
        for (LoadIdentity &identity : *list) {
            identity.user.name = QStringLiteral("loadgen %1").arg(identity.workstation);
            if (prepared.signing) {
                Result<Sm2KeyPair> key = Sm2KeyPair::generate();
                if (!key)
                    return key.error();
                identity.signer = std::make_shared<const Sm2KeyPair>(std::move(key).value());
            }
            if (const Status put = putUser(store, identity, *hash, now); !put)
                return put;
        }
    }
    return Status::success();
}

Status LoadPreparation::putUser(ServerStore &store, LoadIdentity &identity,
                                const QString &passwordHash, const QDateTime &now)
{
    const Result<std::optional<UserRecord>> existing = store.user(identity.user.id);
    if (!existing)
        return existing.error();
    UserRecord &user = identity.user;
    user.passwordHash = passwordHash;
    user.disabled = false;
    user.publicKeyPem =
        identity.signer ? QString::fromLatin1(identity.signer->publicKeyPem()) : QString();
    return existing.value() ? store.updateUser(user, now) : store.addUser(user, now);
}

Result<LoadIdentity> LoadPreparation::enrol(ServerStore *store, const HallCa &ca,
                                            const QString &name, const QDateTime &now)
{
    if (store) {
        const Result<std::optional<WorkstationRecord>> existing = store->workstation(name);
        if (!existing)
            return existing.error();
        if (existing.value() && !existing.value()->isRevoked()) {
            if (const Status revoked = store->revokeWorkstation(name, now); !revoked)
                return revoked.error();
        }
    }
    const Result<IssuedCertificate> issued = ca.issueWorkstationCertificate(name, now);
    if (!issued)
        return issued.error();
    LoadIdentity identity;
    identity.workstation = name;
    identity.ssl = clientTls(*issued, ca.certificatePem());
    if (!store)
        return identity;
    if (const Status added = store->addWorkstation(
            WorkstationRecord{name, issued->serial, issued->fingerprint, now, {}});
        !added)
        return added.error();
    const Result<qint64> lastSeq = store->lastWorkstationSeq(name);
    if (!lastSeq)
        return lastSeq.error();
    identity.lastSeq = *lastSeq;
    return identity;
}

} // namespace sunhall::ctl
