// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/AdminCommands.h"
#include "app/sunhallctl/HallSetup.h"
#include "app/sunhallctl/HallStore.h"

#include "core/crypto/PasswordHasher.h"

#include <QRegularExpression>

namespace sunhall::ctl {

using namespace sunhall::core;
using server::ServerStore;
using server::UserRecord;

namespace {

class UserCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    static constexpr int maxNameLength = 64;

    static void addCommonOptions(CommandLine &cl)
    {
        cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
        cl.addOption(HallStore::databaseOption());
        cl.addOption({QStringLiteral("name"), tr("The user's login name, e.g. li.na."),
                      QStringLiteral("USER")});
    }

    static QStringList splitList(const QString &text)
    {
        QStringList items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty() && !items.contains(item.trimmed()))
                items.append(item.trimmed());
        }
        return items;
    }

    static Status checkLoginName(const QString &name)
    {
        static const QRegularExpression shape(
            QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
        if (!shape.match(name).hasMatch()) {
            return makeError(QStringLiteral("user.bad-name"),
                             tr("--name: \"%1\" cannot be a login name: use 1 to %2 of the "
                                "letters A-Z and a-z, the digits 0-9, '.', '_' and '-', "
                                "starting with a letter or digit.")
                                 .arg(name)
                                 .arg(maxNameLength),
                             QStringLiteral("name"));
        }
        return Status::success();
    }

    static Result<QList<Role>> parseRoles(const QString &text)
    {
        QStringList known;
        for (const Role role : allRoles())
            known << roleId(role);
        QList<Role> roles;
        for (const QString &id : splitList(text)) {
            const std::optional<Role> role = roleFromId(id);
            if (!role) {
                return makeError(QStringLiteral("user.unknown-role"),
                                 tr("--roles: there is no role \"%1\"; the roles are %2.")
                                     .arg(id, known.join(QStringLiteral(", "))),
                                 QStringLiteral("roles"));
            }
            roles.append(*role);
        }
        if (roles.isEmpty()) {
            return makeError(
                QStringLiteral("user.no-role"),
                tr("--roles: give at least one role (%1).").arg(known.join(QStringLiteral(", "))),
                QStringLiteral("roles"));
        }
        return roles;
    }

    /// Roles whose permissions are per department (DESIGN.md §5); supervisors and
    /// administrators act across the hall.
    static bool needsDepartments(const QList<Role> &roles)
    {
        return std::any_of(roles.begin(), roles.end(), [](Role role) {
            return role != Role::Supervisor && role != Role::Administrator;
        });
    }

    static Status checkDepartments(const ServerStore &store, const QStringList &departments,
                                   const QList<Role> &roles)
    {
        const QString field = QStringLiteral("departments");
        if (departments.isEmpty()) {
            if (!needsDepartments(roles))
                return Status::success();
            return makeError(QStringLiteral("user.no-department"),
                             tr("--departments: a %1 works for departments; name at least one.")
                                 .arg(roleId(roles.constFirst())),
                             field);
        }
        const std::optional<int> latest = store.latestCatalogueVersion();
        if (!latest) {
            return makeError(QStringLiteral("catalog.none"),
                             tr("--departments: the hall has no catalogue yet, so its departments "
                                "are unknown. Import the catalogue first with 'sunhallctl "
                                "catalog import'; only administrators and supervisors can be "
                                "added before."),
                             field);
        }
        const Result<Catalogue> catalogue = store.catalogue(*latest);
        if (!catalogue)
            return catalogue.error();
        QStringList known;
        for (const Department &department : catalogue->departments)
            known << department.code;
        for (const QString &code : departments) {
            if (!catalogue->department(code)) {
                return makeError(QStringLiteral("user.unknown-department"),
                                 tr("--departments: there is no department \"%1\" in catalogue "
                                    "version %2; its departments are %3.")
                                     .arg(code)
                                     .arg(*latest)
                                     .arg(known.join(QStringLiteral(", "))),
                                 field);
            }
        }
        return Status::success();
    }

    static Result<QString> hashPasswordFile(const QString &path)
    {
        const QString option = QStringLiteral("password-file");
        const Result<QByteArray> secret = readSecretFile(path, option);
        if (!secret)
            return secret.error();
        const QString password = QString::fromUtf8(*secret);
        if (const Status strong = HallSetup::checkPassword(password, option); !strong)
            return strong.error();
        return PasswordHasher().hash(password);
    }

    /// The user named by --name, or an error saying there is none.
    static Result<UserRecord> existingUser(const ServerStore &store, const QString &id)
    {
        const Result<std::optional<UserRecord>> user = store.user(id);
        if (!user)
            return user.error();
        if (!user.value()) {
            return makeError(QStringLiteral("user.unknown"),
                             tr("There is no user \"%1\" in this hall (see 'sunhallctl user "
                                "list').")
                                 .arg(id),
                             QStringLiteral("name"));
        }
        return *user.value();
    }

    static void addUserOptions(CommandLine &cl);
    static Result<UserRecord> userFromOptions(CommandLine &cl);
    static Status addToHall(ServerStore &store, const UserRecord &user, const QDateTime &now);
    static QString roleList(const QList<Role> &roles, const QString &separator);
    static int add(CtlContext &context, const QStringList &args);
    static int setDisabled(CtlContext &context, const QStringList &args, bool disable);
    static int disable(CtlContext &context, const QStringList &args)
    {
        return setDisabled(context, args, true);
    }
    static int enable(CtlContext &context, const QStringList &args)
    {
        return setDisabled(context, args, false);
    }
    static Status checkNotLastAdministrator(const ServerStore &store, const UserRecord &user);
    static int resetPassword(CtlContext &context, const QStringList &args);
    static int list(CtlContext &context, const QStringList &args);
};

void UserCommand::addUserOptions(CommandLine &cl)
{
    addCommonOptions(cl);
    cl.addOption({QStringLiteral("display-name"),
                  tr("The name shown on screens and documents, e.g. 李娜 (default: the login "
                     "name)."),
                  QStringLiteral("NAME")});
    cl.addOption({QStringLiteral("roles"),
                  tr("Comma-separated roles: clerk, reviewer, chief-approver, leader, cashier, "
                     "supervisor, administrator."),
                  QStringLiteral("R1,R2")});
    cl.addOption({QStringLiteral("departments"),
                  tr("Comma-separated department codes of the catalogue, e.g. SJ,GA."),
                  QStringLiteral("D1,D2")});
    cl.addOption({QStringLiteral("password-file"),
                  tr("A file whose first line is the password (at least 8 characters)."),
                  QStringLiteral("FILE")});
}

Result<UserRecord> UserCommand::userFromOptions(CommandLine &cl)
{
    const QCommandLineParser &parser = cl.parser();
    UserRecord user;
    user.id = parser.value(QStringLiteral("name"));
    user.name = parser.value(QStringLiteral("display-name")).trimmed();
    if (user.name.isEmpty())
        user.name = user.id;
    user.departments = splitList(parser.value(QStringLiteral("departments")));
    if (const Status named = checkLoginName(user.id); !named)
        return named.error();
    if (user.name.size() > maxNameLength) {
        return makeError(QStringLiteral("user.name-too-long"),
                         tr("--display-name: the name has %1 characters; at most %2 fit.")
                             .arg(user.name.size())
                             .arg(maxNameLength),
                         QStringLiteral("display-name"));
    }
    const Result<QList<Role>> roles = parseRoles(parser.value(QStringLiteral("roles")));
    if (!roles)
        return roles.error();
    user.roles = *roles;
    const Result<QString> hash = hashPasswordFile(parser.value(QStringLiteral("password-file")));
    if (!hash)
        return hash.error();
    user.passwordHash = *hash;
    return user;
}

Status UserCommand::addToHall(ServerStore &store, const UserRecord &user, const QDateTime &now)
{
    const Result<std::optional<UserRecord>> existing = store.user(user.id);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        return makeError(
            QStringLiteral("user.exists"),
            tr("The user \"%1\" already exists (%2).").arg(user.id, existing.value()->name),
            QStringLiteral("name"));
    }
    if (const Status known = checkDepartments(store, user.departments, user.roles); !known)
        return known;
    return store.addUser(user, now);
}

QString UserCommand::roleList(const QList<Role> &roles, const QString &separator)
{
    QStringList ids;
    for (const Role role : roles)
        ids << roleId(role);
    return ids.join(separator);
}

int UserCommand::add(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("user add"),
                   tr("Adds a person who may log in, with their roles and the departments they "
                      "work for. Departments must be in the hall's latest catalogue."));
    addUserOptions(cl);
    if (auto stop = cl.parse(args))
        return *stop;
    for (const QString &option : {QStringLiteral("dir"), QStringLiteral("name"),
                                  QStringLiteral("roles"), QStringLiteral("password-file")}) {
        if (!cl.required(option))
            return ExitUsage;
    }
    const Result<UserRecord> user = userFromOptions(cl);
    if (!user)
        return cl.failure(user.error());
    Result<std::unique_ptr<ServerStore>> store = HallStore::open(
        cl.parser().value(QStringLiteral("dir")), cl.parser().value(QStringLiteral("db")));
    if (!store)
        return cl.failure(store.error());
    if (const Status added = addToHall(*store.value(), *user, context.clock.now()); !added)
        return cl.failure(added.error());
    context.out << tr("User %1 (%2) added: %3; departments: %4")
                       .arg(user->id, user->name, roleList(user->roles, QStringLiteral(", ")),
                            user->departments.isEmpty()
                                ? tr("all (hall-wide role)")
                                : user->departments.join(QStringLiteral(", ")))
                << '\n';
    return ExitOk;
}

Status UserCommand::checkNotLastAdministrator(const ServerStore &store, const UserRecord &user)
{
    if (!user.roles.contains(Role::Administrator))
        return Status::success();
    const Result<QList<UserRecord>> users = store.users();
    if (!users)
        return users.error();
    for (const UserRecord &other : *users) {
        if (other.id != user.id && !other.disabled && other.roles.contains(Role::Administrator))
            return Status::success();
    }
    return makeError(QStringLiteral("user.last-administrator"),
                     tr("\"%1\" is the hall's last enabled administrator; add another "
                        "administrator before disabling this one.")
                         .arg(user.id),
                     QStringLiteral("name"));
}

int UserCommand::setDisabled(CtlContext &context, const QStringList &args, bool disable)
{
    const QString command =
        disable ? QStringLiteral("user disable") : QStringLiteral("user enable");
    CommandLine cl(context, command,
                   disable ? tr("Disables a user: they can no longer log in. Their history stays.")
                           : tr("Enables a disabled user again."));
    addCommonOptions(cl);
    if (auto stop = cl.parse(args))
        return *stop;
    const auto dir = cl.required(QStringLiteral("dir"));
    const auto id = dir ? cl.required(QStringLiteral("name")) : std::nullopt;
    if (!id)
        return ExitUsage;
    Result<std::unique_ptr<ServerStore>> store =
        HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
    if (!store)
        return cl.failure(store.error());
    Result<UserRecord> user = existingUser(*store.value(), *id);
    if (!user)
        return cl.failure(user.error());
    if (user->disabled == disable) {
        context.out << (disable ? tr("The user %1 was already disabled.")
                                : tr("The user %1 was already enabled."))
                           .arg(*id)
                    << '\n';
        return ExitOk;
    }
    if (disable) {
        if (const Status kept = checkNotLastAdministrator(*store.value(), *user); !kept)
            return cl.failure(kept.error());
    }
    user.value().disabled = disable;
    if (const Status updated = store.value()->updateUser(*user, context.clock.now()); !updated)
        return cl.failure(updated.error());
    context.out << (disable ? tr("User %1 disabled: they can no longer log in.")
                            : tr("User %1 enabled."))
                       .arg(*id)
                << '\n';
    return ExitOk;
}

int UserCommand::resetPassword(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("user reset-password"),
                   tr("Gives a user a new password and lifts a lock from failed logins."));
    addCommonOptions(cl);
    cl.addOption({QStringLiteral("password-file"),
                  tr("A file whose first line is the new password (at least 8 characters)."),
                  QStringLiteral("FILE")});
    if (auto stop = cl.parse(args))
        return *stop;
    const auto dir = cl.required(QStringLiteral("dir"));
    const auto id = dir ? cl.required(QStringLiteral("name")) : std::nullopt;
    const auto file = id ? cl.required(QStringLiteral("password-file")) : std::nullopt;
    if (!file)
        return ExitUsage;
    const Result<QString> hash = hashPasswordFile(*file);
    if (!hash)
        return cl.failure(hash.error());
    Result<std::unique_ptr<ServerStore>> store =
        HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
    if (!store)
        return cl.failure(store.error());
    Result<UserRecord> user = existingUser(*store.value(), *id);
    if (!user)
        return cl.failure(user.error());
    user.value().passwordHash = *hash;
    if (const Status updated = store.value()->updateUser(*user, context.clock.now()); !updated)
        return cl.failure(updated.error());
    if (const Status cleared = store.value()->clearLoginFailures(QStringLiteral("user:") + *id);
        !cleared)
        return cl.failure(cleared.error());
    context.out << tr("Password of %1 reset.").arg(*id) << '\n';
    return ExitOk;
}

int UserCommand::list(CtlContext &context, const QStringList &args)
{
    CommandLine cl(context, QStringLiteral("user list"),
                   tr("Lists the hall's users: login name, state, roles, departments and "
                      "name."));
    cl.addOption({QStringLiteral("dir"), tr("The hall folder."), QStringLiteral("DIR")});
    cl.addOption(HallStore::databaseOption());
    if (auto stop = cl.parse(args))
        return *stop;
    const auto dir = cl.required(QStringLiteral("dir"));
    if (!dir)
        return ExitUsage;
    Result<std::unique_ptr<ServerStore>> store =
        HallStore::open(*dir, cl.parser().value(QStringLiteral("db")));
    if (!store)
        return cl.failure(store.error());
    const Result<QList<UserRecord>> users = store.value()->users();
    if (!users)
        return cl.failure(users.error());
    for (const UserRecord &user : *users) {
        const QString departments = user.departments.isEmpty()
                                        ? QStringLiteral("-")
                                        : user.departments.join(QLatin1Char(','));
        context.out << user.id.leftJustified(20) << ' '
                    << (user.disabled ? tr("disabled") : tr("enabled")).leftJustified(9) << ' '
                    << roleList(user.roles, QStringLiteral(",")).leftJustified(28) << ' '
                    << departments.leftJustified(16) << ' ' << user.name << '\n';
    }
    return ExitOk;
}

} // namespace

QList<CtlCommand> userCommands()
{
    return {
        {QStringLiteral("user add"), UserCommand::tr("Add a user with roles and departments"),
         &UserCommand::add},
        {QStringLiteral("user disable"), UserCommand::tr("Stop a user from logging in"),
         &UserCommand::disable},
        {QStringLiteral("user enable"), UserCommand::tr("Let a disabled user log in again"),
         &UserCommand::enable},
        {QStringLiteral("user reset-password"), UserCommand::tr("Give a user a new password"),
         &UserCommand::resetPassword},
        {QStringLiteral("user list"), UserCommand::tr("List the users"), &UserCommand::list},
    };
}

} // namespace sunhall::ctl
