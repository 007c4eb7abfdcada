// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/server/TestHall.h"

#include "core/common/DataPaths.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Sm2KeyPair.h"
#include "tests/support/CaseFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace servertest {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(from);
        return false;
    }
    return writeFile(to, source.readAll(), error);
}

QDateTime setUpTime()
{
    return casefixture::at(2025, 1, 2);
}

} // namespace

QString TestHall::certificatePath(const QString &workstation) const
{
    return certs() + QStringLiteral("/ws-%1.pem").arg(workstation);
}

QString TestHall::keyPath(const QString &workstation) const
{
    return certs() + QStringLiteral("/ws-%1-key.pem").arg(workstation);
}

QString TestHall::serial(const QString &workstation) const
{
    QFile file(certs() + QStringLiteral("/ws-%1.serial").arg(workstation));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed())
                                          : QString();
}

bool TestHall::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    return makeCertificates(error) && writeKeys(error) && fillStore(error);
}

bool TestHall::makeCertificates(QString *error) const
{
    QProcess script;
    script.start(QStringLiteral(TESTCA_PATH),
                 {certs(), QStringLiteral("--name"), QStringLiteral("Test Hall")});
    if (!script.waitForFinished(60000) || script.exitCode() != 0) {
        *error =
            QStringLiteral("testca.sh failed: ") + QString::fromUtf8(script.readAllStandardError());
        return false;
    }
    return copyFile(caPath(), dir() + QStringLiteral("/ca/ca.pem"), error) &&
           copyFile(certs() + QStringLiteral("/server.pem"),
                    dir() + QStringLiteral("/server/cert.pem"), error) &&
           copyFile(certs() + QStringLiteral("/server-key.pem"),
                    dir() + QStringLiteral("/server/key.pem"), error);
}

bool TestHall::writeKeys(QString *error) const
{
    const QString passphrase = QStringLiteral("test passphrase");
    auto key = core::Sm2KeyPair::generate();
    if (!key) {
        *error = key.error().message;
        return false;
    }
    const auto pem = key->privateKeyPemEncrypted(passphrase);
    if (!pem) {
        *error = pem.error().message;
        return false;
    }
    const QJsonObject config{{QStringLiteral("name"), QStringLiteral("测试行政服务中心")},
                             {QStringLiteral("code"), QString::fromLatin1(hallCode)}};
    return writeFile(dir() + QStringLiteral("/server-sign/private.pem"), *pem, error) &&
           writeFile(dir() + QStringLiteral("/server-sign/public.pem"), key->publicKeyPem(),
                     error) &&
           writeFile(dir() + QStringLiteral("/server-sign/passphrase"), passphrase.toUtf8() + '\n',
                     error) &&
           writeFile(dir() + QStringLiteral("/hall.json"), QJsonDocument(config).toJson(), error);
}

QString testEngine()
{
    return qEnvironmentVariable("SUNHALL_TEST_ENGINE") == QLatin1String("postgresql")
               ? QStringLiteral("postgresql")
               : QStringLiteral("sqlite");
}

QStringList TestHall::serverArguments() const
{
    if (m_databaseUrl.isEmpty())
        return {};
    return {QStringLiteral("--db"), m_databaseUrl};
}

std::unique_ptr<server::ServerStore> TestHall::openStore() const
{
    auto store = server::ServerStore::open(dir(), m_databaseUrl);
    return store ? std::move(store.value()) : nullptr;
}

core::Item TestHall::item()
{
    core::Item item = casefixture::item(casefixture::TestItem::Promised);
    // Publishing validates the item: the steps' budgets (20 days) must fit the promise.
    item.promisedLimitDays = item.legalLimitDays;
    return item;
}

server::UserRecord TestHall::user(const QString &id)
{
    server::UserRecord user;
    user.id = id;
    const QStringList scjg{QStringLiteral("SCJG")};
    if (id == QLatin1String("li.na")) {
        user.name = QStringLiteral("李娜");
        user.roles = {core::Role::Clerk};
        user.departments = scjg;
    } else if (id == QLatin1String("zhang.wei")) {
        user.name = QStringLiteral("张伟");
        user.roles = {core::Role::ChiefApprover};
        user.departments = scjg;
    } else if (id == QLatin1String("wang.fang")) {
        user.name = QStringLiteral("王芳");
        user.roles = {core::Role::Clerk};
        user.departments = {QStringLiteral("FGW")};
    } else if (id == QLatin1String("zhao.min")) {
        user.name = QStringLiteral("赵敏");
        user.roles = {core::Role::Supervisor};
    } else if (id == QLatin1String("sun.li")) {
        user.name = QStringLiteral("孙丽");
        user.roles = {core::Role::Clerk};
        user.departments = scjg;
        user.disabled = true;
    }
    return user;
}

bool TestHall::fillStore(QString *error) const
{
    auto opened = server::ServerStore::open(dir(), m_databaseUrl);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    server::ServerStore &store = *opened.value();
    const auto check = [error](const core::Status &status) {
        if (!status)
            *error = status.error().message;
        return status.ok();
    };
    if (!check(store.setSetting(server::HallSetting::name, QStringLiteral("测试行政服务中心"))) ||
        !check(store.setSetting(server::HallSetting::code, QString::fromLatin1(hallCode))) ||
        !check(store.setSetting(server::HallSetting::signaturesRequired, QStringLiteral("off"))))
        return false;
    const auto calendar = core::WorkingCalendar::loadDirectory(core::DataPaths::calendarsDir());
    if (!calendar) {
        *error = calendar.error().message;
        return false;
    }
    for (int year : calendar->years()) {
        if (!check(store.putCalendarYear(*calendar->schedule(year), setUpTime())))
            return false;
    }
    core::Catalogue catalogue;
    catalogue.hallName = QStringLiteral("测试行政服务中心");
    catalogue.departments = {{QStringLiteral("SCJG"), QStringLiteral("市场监管局")},
                             {QStringLiteral("FGW"), QStringLiteral("发改委")},
                             {QStringLiteral("CASH"), QStringLiteral("收费窗口")}};
    catalogue.items = {item()};
    if (const auto published =
            store.publishCatalogue(catalogue, QStringLiteral("admin"), setUpTime());
        !published) {
        *error = published.error().message;
        return false;
    }
    const core::PasswordHasher hasher(core::PasswordHasher::Parameters{1, 256, 1});
    for (const char *id : {"li.na", "zhang.wei", "wang.fang", "zhao.min", "sun.li"}) {
        server::UserRecord record = user(QString::fromLatin1(id));
        record.passwordHash = hasher.hash(QString::fromLatin1(password)).value();
        if (!check(store.addUser(record, setUpTime())))
            return false;
    }
    for (const char *name : {"W01", "W02", "W03"}) {
        server::WorkstationRecord workstation;
        workstation.name = QString::fromLatin1(name);
        workstation.certificateSerial = serial(workstation.name);
        workstation.enrolledAt = setUpTime();
        if (!check(store.addWorkstation(workstation)))
            return false;
    }
    return true;
}

} // namespace servertest
