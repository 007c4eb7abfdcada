// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/HallSetup.h"

#include "app/sunhallctl/HallStore.h"

#include "core/catalog/CatalogueJson.h"
#include "core/certificate/DepartmentKeyFolder.h"
#include "core/common/DataPaths.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Sm2KeyPair.h"
#include "core/pki/HallCa.h"
#include "core/pki/PemFile.h"
#include "core/values/DocumentNumber.h"
#include "server/store/DatabaseUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;
using server::UserRecord;

namespace {

struct FileToWrite
{
    QString path;
    QByteArray data;
    PemFile::Access access;
};

Status writeAll(const QList<FileToWrite> &files)
{
    for (const FileToWrite &file : files) {
        if (const Status written = PemFile::write(file.path, file.data, file.access); !written)
            return written;
    }
    return Status::success();
}

// The server opens its checkpoint key unattended, so the passphrase sits beside it in an
// owner-only file; encrypting still keeps the key out of backups that copy private.pem alone.
QString randomPassphrase()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / qsizetype(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct DemoUserRow
{
    const char *id;
    const char *name;
    Role role;
    QStringList departments;
};

} // namespace

Status HallSetup::checkPassword(const QString &password, const QString &option)
{
    if (password.size() < minPasswordLength) {
        return makeError(QStringLiteral("user.password-too-short"),
                         tr("--%1: the password has %2 characters; it needs at least %3.")
                             .arg(option)
                             .arg(password.size())
                             .arg(minPasswordLength),
                         option);
    }
    return Status::success();
}

Result<Catalogue> HallSetup::demoCatalogue()
{
    QFile file(DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            QStringLiteral("file.unreadable"),
            tr("Cannot read the demo catalogue %1: %2").arg(file.fileName(), file.errorString()));
    }
    return CatalogueJson::parse(file.readAll());
}

QList<UserRecord> HallSetup::demoUsers(const Catalogue &catalogue)
{
    const QStringList few{QStringLiteral("SJ"), QStringLiteral("GA"), QStringLiteral("ZJ")};
    const QList<DemoUserRow> rows{
        {"li.na", "李娜", Role::Clerk, few.mid(0, 2)},
        {"wang.qiang", "王强", Role::Reviewer, few.mid(0, 1)},
        {"zhang.wei", "张伟", Role::ChiefApprover, few.mid(0, 1)},
        {"liu.yang", "刘洋", Role::Leader, few.mid(0, 2)},
        {"chen.jing", "陈静", Role::Cashier, few},
        {"zhao.min", "赵敏", Role::Supervisor, {}},
    };
    QList<UserRecord> users;
    for (const DemoUserRow &row : rows) {
        UserRecord user;
        user.id = QString::fromLatin1(row.id);
        user.name = QString::fromUtf8(row.name);
        user.roles = {row.role};
        for (const QString &code : row.departments) {
            if (catalogue.department(code))
                user.departments.append(code);
        }
        // Another catalogue may lack these departments; a departmental role needs one.
        if (user.departments.isEmpty() && !row.departments.isEmpty() &&
            !catalogue.departments.isEmpty())
            user.departments.append(catalogue.departments.constFirst().code);
        users.append(user);
    }
    return users;
}

Status HallSetup::validate(const Options &options)
{
    const QString name = options.name.trimmed();
    if (name.isEmpty() || name.size() > HallCa::maxHallNameLength) {
        return makeError(QStringLiteral("hall.bad-name"),
                         tr("--name: the hall's name must be 1 to %1 characters long.")
                             .arg(HallCa::maxHallNameLength),
                         QStringLiteral("name"));
    }
    if (const Status code = DocumentNumber::checkHallCode(options.code); !code) {
        return makeError(code.error().code, tr("--code: %1").arg(code.error().message),
                         QStringLiteral("code"));
    }
    if (const Status password =
            checkPassword(options.adminPassword, QStringLiteral("admin-password-file"));
        !password)
        return password;
    for (const QString &host : options.hosts) {
        if (const Result<QString> altName = HallCa::subjectAltNameFor(host); !altName)
            return makeError(altName.error().code, tr("--host: %1").arg(altName.error().message),
                             QStringLiteral("host"));
    }
    if (!options.databaseUrl.isEmpty()) {
        if (const auto url = server::DatabaseUrl::parse(options.databaseUrl); !url)
            return url.error();
    }
    return Status::success();
}

Result<HallSetup::Created> HallSetup::create(const Options &options, const QDateTime &now)
{
    if (const Status valid = validate(options); !valid)
        return valid.error();
    if (const QString existing = HallStore::existingEntry(options.dir); !existing.isEmpty()) {
        return makeError(QStringLiteral("hall.exists"),
                         tr("%1 already holds a hall (%2 exists); choose another folder.")
                             .arg(options.dir, existing),
                         QStringLiteral("dir"));
    }
    const Result<WorkingCalendar> shipped =
        WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    if (!shipped)
        return shipped.error();
    std::optional<Catalogue> catalogue;
    if (options.demo) {
        Result<Catalogue> demo = demoCatalogue();
        if (!demo)
            return demo.error();
        catalogue = std::move(demo).value();
    }
    const bool dirWasCreated = !QFileInfo::exists(options.dir);
    if (!QDir().mkpath(options.dir)) {
        return makeError(QStringLiteral("hall.unwritable"),
                         tr("Cannot create the folder %1.").arg(options.dir),
                         QStringLiteral("dir"));
    }
    Created created;
    if (const Status built = build(options, *shipped, std::move(catalogue), now, created); !built) {
        removeCreated(options.dir, dirWasCreated);
        return built.error();
    }
    return created;
}

Status HallSetup::build(const Options &options, const WorkingCalendar &calendar,
                        std::optional<Catalogue> catalogue, const QDateTime &now, Created &created)
{
    Result<std::unique_ptr<ServerStore>> opened =
        ServerStore::open(options.dir, options.databaseUrl);
    if (!opened)
        return opened.error();
    ServerStore &store = *opened.value();
    if (const std::optional<QString> name = store.setting(server::HallSetting::name)) {
        return makeError(QStringLiteral("hall.exists"),
                         tr("The database already holds the hall \"%1\"; give an empty "
                            "database to --db.")
                             .arg(*name),
                         QStringLiteral("db"));
    }
    created.schemaVersion = store.schemaVersion();
    created.storeDescription =
        options.databaseUrl.isEmpty()
            ? QStringLiteral("sqlite %1").arg(HallStore::storePath(options.dir))
            : QStringLiteral("postgresql %1")
                  .arg(server::DatabaseUrl::parse(options.databaseUrl)->displayName());
    if (const Status keys = writeKeys(options, now, created); !keys)
        return keys;
    if (const Status filled =
            fillStore(store, options, calendar, std::move(catalogue), now, created);
        !filled)
        return filled;
    return HallStore::writeConfig(
        options.dir,
        HallStore::Config{options.name.trimmed(), options.code, options.databaseUrl, now});
}

Status HallSetup::writeKeys(const Options &options, const QDateTime &now, Created &created)
{
    const QDir dir(options.dir);
    for (const QString &sub :
         {QStringLiteral("ca"), QStringLiteral("server"), QStringLiteral("server-sign")}) {
        // Only the hall's owner may even list the folders that hold its keys.
        if (!dir.mkpath(sub) ||
            !QFile::setPermissions(dir.filePath(sub),
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            return makeError(QStringLiteral("hall.unwritable"),
                             tr("Cannot create the folder %1.").arg(dir.filePath(sub)),
                             QStringLiteral("dir"));
        }
    }
    Result<HallCa> ca = HallCa::create(options.name.trimmed(), now);
    if (!ca)
        return ca.error();
    const Result<IssuedCertificate> server = ca->issueServerCertificate(options.hosts, now);
    if (!server)
        return server.error();
    Result<Sm2KeyPair> signing = Sm2KeyPair::generate();
    if (!signing)
        return signing.error();
    const QString passphrase = randomPassphrase();
    const Result<QByteArray> signingPem = signing->privateKeyPemEncrypted(passphrase);
    if (!signingPem)
        return signingPem.error();
    created.caName = ca->commonName();
    created.caFingerprint = ca->fingerprint();
    created.serverAltNames = server->subjectAltNames;
    using Access = PemFile::Access;
    return writeAll({
        {dir.filePath(QStringLiteral("ca/ca.pem")), ca->certificatePem(), Access::Public},
        {dir.filePath(QStringLiteral("ca/ca-key.pem")), ca->privateKeyPem(), Access::OwnerOnly},
        {dir.filePath(QStringLiteral("server/cert.pem")), server->certificatePem, Access::Public},
        {dir.filePath(QStringLiteral("server/key.pem")), server->privateKeyPem, Access::OwnerOnly},
        {dir.filePath(QStringLiteral("server-sign/private.pem")), *signingPem, Access::OwnerOnly},
        {dir.filePath(QStringLiteral("server-sign/public.pem")), signing->publicKeyPem(),
         Access::Public},
        {dir.filePath(QStringLiteral("server-sign/passphrase")), passphrase.toLatin1() + '\n',
         Access::OwnerOnly},
    });
}

Status HallSetup::fillStore(ServerStore &store, const Options &options,
                            const WorkingCalendar &calendar, std::optional<Catalogue> catalogue,
                            const QDateTime &now, Created &created)
{
    for (const int year : calendar.years()) {
        if (const Status put = store.putCalendarYear(*calendar.schedule(year), now); !put)
            return put;
    }
    created.calendarYears = calendar.years();
    if (const Status named = store.setSetting(server::HallSetting::name, options.name.trimmed());
        !named)
        return named;
    if (const Status coded = store.setSetting(server::HallSetting::code, options.code); !coded)
        return coded;
    UserRecord admin;
    admin.id = administratorId();
    admin.name = roleDisplayName(Role::Administrator);
    admin.roles = {Role::Administrator};
    if (const Status added = addUser(store, admin, options.adminPassword, now); !added)
        return added;
    if (!catalogue)
        return Status::success();

    catalogue->hallName = options.name.trimmed();
    const Result<int> version = store.publishCatalogue(*catalogue, administratorId(), now);
    if (!version)
        return version.error();
    created.catalogueVersion = *version;
    created.items = catalogue->items.size();
    created.departments = catalogue->departments.size();
    for (const UserRecord &user : demoUsers(*catalogue)) {
        if (const Status added = addUser(store, user, options.adminPassword, now); !added)
            return added;
        created.demoUsers.append(user);
    }
    return Status::success();
}

Status HallSetup::addUser(ServerStore &store, UserRecord user, const QString &password,
                          const QDateTime &now)
{
    const Result<QString> hash = PasswordHasher().hash(password);
    if (!hash)
        return hash.error();
    user.passwordHash = *hash;
    return store.addUser(user, now);
}

void HallSetup::removeHall(const QString &dir)
{
    removeOwnedEntries(dir);
    QDir(DepartmentKeyFolder(dir).path()).removeRecursively();
}

void HallSetup::removeOwnedEntries(const QString &dir)
{
    const QDir hall(dir);
    for (const QString &entry : HallStore::ownedEntries()) {
        const QFileInfo info(hall.filePath(entry));
        if (info.isDir())
            QDir(info.filePath()).removeRecursively();
        else if (info.exists())
            QFile::remove(info.filePath());
    }
}

void HallSetup::removeCreated(const QString &dir, bool dirWasCreated)
{
    // create() refused a folder holding any of these, so every one of them is this run's.
    removeOwnedEntries(dir);
    if (dirWasCreated)
        QDir().rmdir(dir);
}

void HallSetup::printSummary(QTextStream &out, const Options &options, const Created &created)
{
    const QDir dir(options.dir);
    QStringList years;
    for (const int year : created.calendarYears)
        years << QString::number(year);
    out << tr("  store: %1 (schema %2)").arg(created.storeDescription).arg(created.schemaVersion)
        << '\n'
        << tr("  calendars: %1").arg(years.join(QStringLiteral(", "))) << '\n'
        << tr("  certificate authority: %1 (%2), SHA-256 fingerprint %3")
               .arg(created.caName, dir.filePath(QStringLiteral("ca/ca.pem")),
                    created.caFingerprint)
        << '\n'
        << tr("  its key, readable by you only: %1")
               .arg(dir.filePath(QStringLiteral("ca/ca-key.pem")))
        << '\n'
        << tr("  server certificate: %1 for %2")
               .arg(dir.filePath(QStringLiteral("server/cert.pem")),
                    created.serverAltNames.join(QStringLiteral(", ")))
        << '\n'
        << tr("  checkpoint signing key (SM2): %1")
               .arg(dir.filePath(QStringLiteral("server-sign/private.pem")))
        << '\n'
        << tr("  administrator: %1").arg(administratorId()) << '\n'
        << tr("  departments' certificate keys: none yet; create them with 'sunhallctl "
              "department keygen --dir %1 --all'")
               .arg(options.dir)
        << '\n';
    if (created.catalogueVersion) {
        out << tr("  catalogue version %1: %2 items in %3 departments")
                   .arg(*created.catalogueVersion)
                   .arg(created.items)
                   .arg(created.departments)
            << '\n';
    } else {
        out << tr("  catalogue: none yet; publish one with 'sunhallctl catalog import --dir %1 "
                  "FILE'")
                   .arg(options.dir)
            << '\n';
    }
    if (created.demoUsers.isEmpty())
        return;
    out << tr("  demo users (with the administrator's password):") << '\n';
    for (const UserRecord &user : created.demoUsers) {
        out << "    " << user.id.leftJustified(12) << user.name << "  "
            << roleId(user.roles.constFirst()) << "  "
            << user.departments.join(QStringLiteral(", ")) << '\n';
    }
}

} // namespace sunhall::ctl
