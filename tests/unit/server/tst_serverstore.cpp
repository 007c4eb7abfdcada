// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"
#include "server/store/AuditHash.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/ServerSchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

using namespace servertest;
using namespace sunhall::core;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

UserRecord userRecord(const QString &id, const QString &name)
{
    UserRecord user;
    user.id = id;
    user.name = name;
    user.roles = {Role::Clerk, Role::Reviewer};
    user.departments = {QStringLiteral("SCJG"), QStringLiteral("CASH")};
    user.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA");
    return user;
}

// 200 characters of Chinese, then quotes and SQL that must stay text.
QString hostileText()
{
    QString text;
    const QString chars = QStringLiteral("行政服务中心窗口受理审批办结发证");
    while (text.size() < 200)
        text += chars;
    text.truncate(200);
    return text + QStringLiteral("'\"; DROP TABLE events; -- \\ %_ 😀");
}

YearSchedule schedule2025()
{
    QFile file(DataPaths::calendarsDir() + QStringLiteral("/2025.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the 2025 calendar is missing");
    return WorkingCalendar::parseSchedule(file.readAll()).value();
}

int eventCount(ServerStore &store)
{
    int count = 0;
    const Status visited = store.forEachStoredEvent([&](const StoredEvent &) {
        ++count;
        return Status::success();
    });
    return visited ? count : -1;
}

} // namespace

class tst_ServerStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void createsSchema_data() { addEngines(); }
    void createsSchema();
    void refusesNewerSchemaUntouched_data() { addEngines(); }
    void refusesNewerSchemaUntouched();
    void refusesForeignSqliteFile();
    void reopensKeepingData_data() { addEngines(); }
    void reopensKeepingData();
    void readsDatabaseUrls_data();
    void readsDatabaseUrls();
    void refusesBadDatabaseUrls_data();
    void refusesBadDatabaseUrls();

    void users_data() { addEngines(); }
    void users();
    void workstations_data() { addEngines(); }
    void workstations();
    void sessions_data() { addEngines(); }
    void sessions();
    void loginFailures_data() { addEngines(); }
    void loginFailures();

    void publishesCatalogueVersions_data() { addEngines(); }
    void publishesCatalogueVersions();
    void refusesInvalidCatalogue_data() { addEngines(); }
    void refusesInvalidCatalogue();
    void calendar_data() { addEngines(); }
    void calendar();

    void leasesNeverOverlap_data() { addEngines(); }
    void leasesNeverOverlap();
    void leasesFromTwoConnectionsNeverOverlap_data() { addEngines(); }
    void leasesFromTwoConnectionsNeverOverlap();
    void refusesBadLeases_data() { addEngines(); }
    void refusesBadLeases();

    void appliesWithSequenceAndChain_data() { addEngines(); }
    void appliesWithSequenceAndChain();
    void concurrentWritersKeepOneChain_data() { addEngines(); }
    void concurrentWritersKeepOneChain();
    void storesRejections_data() { addEngines(); }
    void storesRejections();
    void storeFailureIsNotARejection_data() { addEngines(); }
    void storeFailureIsNotARejection();
    void replaysConflictsAndGaps_data() { addEngines(); }
    void replaysConflictsAndGaps();
    void commandResultJson_data();
    void commandResultJson();
    void eventsAfterRespectsScopeAndLimit_data() { addEngines(); }
    void eventsAfterRespectsScopeAndLimit();
    void hostileTextRoundTrips_data() { addEngines(); }
    void hostileTextRoundTrips();

private:
    std::unique_ptr<ServerStore> fresh();
    StoreFactory m_stores;
};

void tst_ServerStore::initTestCase()
{
    QVERIFY2(m_stores.start(), qPrintable(m_stores.error()));
}

std::unique_ptr<ServerStore> tst_ServerStore::fresh()
{
    QFETCH(QString, engine);
    return m_stores.fresh(engine);
}

void tst_ServerStore::createsSchema()
{
    QFETCH(QString, engine);
    auto store = fresh();
    QVERIFY(store);
    QCOMPARE(store->engineName(), engine);
    QCOMPARE(store->schemaVersion(), ServerSchema::latestVersion());
    QSqlQuery q(store->database());
    for (const char *table : {"settings", "calendar_years", "calendar_closures", "departments",
                              "catalog_versions", "catalog_items", "reference_versions", "users",
                              "workstations", "sessions", "login_failures", "events", "case_scope",
                              "command_results", "number_leases", "audit_checkpoints"}) {
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 table);
    }
    if (store->engine() == ServerStore::Engine::Sqlite) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
    }
    const ServerStore::ReferenceVersions versions = store->referenceVersions();
    QCOMPARE(versions.catalog, 0);
    QCOMPARE(versions.calendar, 0);
    QCOMPARE(versions.users, 0);
    QCOMPARE(store->lastServerSeq().value(), 0);
    QCOMPARE(store->chainHead()->chainHash, AuditHash::genesis());
}

void tst_ServerStore::refusesNewerSchemaUntouched()
{
    QFETCH(QString, engine);
    const auto [dir, url] = m_stores.freshLocation(engine);
    const int newer = ServerSchema::latestVersion() + 1;
    {
        auto store = m_stores.open(dir, url);
        QVERIFY(store);
        QVERIFY(store->setSetting(QStringLiteral("hall.name"), QStringLiteral("示范大厅")));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(engine == QLatin1String("sqlite")
                           ? QStringLiteral("PRAGMA user_version = %1").arg(newer)
                           : QStringLiteral("UPDATE schema_version SET version = %1").arg(newer)));
    }
    const QString file = dir + QStringLiteral("/hall.db");
    const QByteArray before = fileHash(file);

    auto refused = ServerStore::open(dir, url);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("store.too-new"));
    QVERIFY2(refused.error().message.contains(QString::number(newer)),
             qPrintable(refused.error().message));
    if (engine == QLatin1String("sqlite")) {
        QCOMPARE(fileHash(file), before);
        return;
    }
    // Still the newer schema, with the data in place.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
    const auto parsed = DatabaseUrl::parse(url).value();
    raw.setHostName(parsed.host());
    raw.setPort(parsed.port());
    raw.setDatabaseName(parsed.database());
    raw.setUserName(parsed.user());
    raw.setPassword(parsed.password());
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), newer);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("示范大厅"));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void tst_ServerStore::refusesForeignSqliteFile()
{
    const auto [dir, url] = m_stores.freshLocation(QStringLiteral("sqlite"));
    const QString file = dir + QStringLiteral("/hall.db");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // What a client profile's store looks like: its own tables at its own version.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(file);
    auto refused = ServerStore::open(dir);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("store.not-a-hall"));
    QCOMPARE(fileHash(file), before);
}

void tst_ServerStore::reopensKeepingData()
{
    QFETCH(QString, engine);
    const auto [dir, url] = m_stores.freshLocation(engine);
    {
        auto store = m_stores.open(dir, url);
        QVERIFY(store);
        QVERIFY(store->setSetting(QStringLiteral("hall.code"), QStringLiteral("QD0001")));
        SUNHALL_VERIFY_OK(
            store->addUser(userRecord(QStringLiteral("li.na"), QStringLiteral("李娜")), t0));
    }
    auto again = m_stores.open(dir, url);
    QVERIFY(again);
    QCOMPARE(again->setting(QStringLiteral("hall.code")).value_or(QString()),
             QStringLiteral("QD0001"));
    QCOMPARE(again->user(QStringLiteral("li.na")).value()->name, QStringLiteral("李娜"));
    QCOMPARE(again->referenceVersions().users, 1);
}

void tst_ServerStore::readsDatabaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("full") << "postgresql://hall:secret@db.example.cn:5433/sunhall"
                          << "db.example.cn" << 5433 << "sunhall"
                          << "hall"
                          << "secret";
    QTest::newRow("default port") << "postgres://hall:secret@10.0.0.5/qd"
                                  << "10.0.0.5" << 5432 << "qd"
                                  << "hall"
                                  << "secret";
    QTest::newRow("escaped password") << "postgresql://hall:p%40ss%3Aw%2Frd%20x@localhost/db"
                                      << "localhost" << 5432 << "db"
                                      << "hall"
                                      << "p@ss:w/rd x";
    QTest::newRow("escaped user") << "postgresql://%E6%9D%8E%E5%A8%9C:pw@localhost/db"
                                  << "localhost" << 5432 << "db"
                                  << "李娜"
                                  << "pw";
    QTest::newRow("no password") << "postgresql://hall@[::1]:6000/db"
                                 << "::1" << 6000 << "db"
                                 << "hall"
                                 << "";
}

void tst_ServerStore::readsDatabaseUrls()
{
    QFETCH(QString, url);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QTEST(parsed->host(), "host");
    QTEST(parsed->port(), "port");
    QTEST(parsed->database(), "database");
    QTEST(parsed->user(), "user");
    QTEST(parsed->password(), "password");
    QVERIFY(!parsed->displayName().contains(QStringLiteral("secret")));
}

void tst_ServerStore::refusesBadDatabaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("mysql") << "mysql://u:p@host/db"
                           << "postgresql://";
    QTest::newRow("no host") << "postgresql://u:p@/db"
                             << "host";
    QTest::newRow("no database") << "postgresql://u:p@host:5432"
                                 << "database";
    QTest::newRow("slash database") << "postgresql://u:p@host/a/b"
                                    << "a/b";
    QTest::newRow("no user") << "postgresql://host/db"
                             << "user";
    QTest::newRow("bad port") << "postgresql://u:p@host:99999/db"
                              << "URL";
    QTest::newRow("unknown option") << "postgresql://u:p@host/db?host=evil"
                                    << "host";
    QTest::newRow("odd option value") << "postgresql://u:p@host/db?sslmode=a%20b"
                                      << "sslmode";
    QTest::newRow("bad escape") << "postgresql://u:p%zz@host/db"
                                << "URL";
}

void tst_ServerStore::refusesBadDatabaseUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto parsed = DatabaseUrl::parse(url);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("store.bad-url"));
    QCOMPARE(parsed.error().field, QStringLiteral("db"));
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    // The store refuses it the same way, before connecting anywhere.
    const auto store = ServerStore::open(QString(), url);
    QVERIFY(!store);
    QCOMPARE(store.error().code, QStringLiteral("store.bad-url"));
}

void tst_ServerStore::users()
{
    auto store = fresh();
    QVERIFY(store);
    UserRecord li = userRecord(QStringLiteral("li.na"), QStringLiteral("李娜"));
    li.publicKeyPem =
        QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    SUNHALL_VERIFY_OK(store->addUser(li, t0));
    SUNHALL_VERIFY_OK(
        store->addUser(userRecord(QStringLiteral("chen.gang"), QStringLiteral("陈刚")), t0));

    const Status duplicate = store->addUser(li, t0);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, QStringLiteral("user.exists"));
    QVERIFY(duplicate.error().message.contains(QStringLiteral("li.na")));

    const auto read = store->user(QStringLiteral("li.na"));
    QVERIFY(read && read->has_value());
    const UserRecord &back = **read;
    QCOMPARE(back.name, li.name);
    QCOMPARE(back.roles, li.roles);
    QCOMPARE(back.departments, li.departments);
    QCOMPARE(back.passwordHash, li.passwordHash);
    QCOMPARE(back.publicKeyPem, li.publicKeyPem);
    QVERIFY(!back.disabled);
    QVERIFY(!store->user(QStringLiteral("nobody")).value().has_value());

    li.roles = {Role::ChiefApprover};
    li.disabled = true;
    QVERIFY(store->updateUser(li, t0.addDays(1)));
    QCOMPARE(store->user(QStringLiteral("li.na")).value()->roles, QList<Role>{Role::ChiefApprover});
    QVERIFY(store->user(QStringLiteral("li.na")).value()->disabled);
    const Status unknown = store->updateUser(userRecord(QStringLiteral("nobody"), {}), t0);
    QCOMPARE(unknown.error().code, QStringLiteral("user.unknown"));

    const auto all = store->users().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, QStringLiteral("chen.gang"));
    QCOMPARE(store->referenceVersions().users, 3);

    const QJsonObject json = all.at(1).toPublicJson();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("li.na"));
    QCOMPARE(json.value(QStringLiteral("roles")).toArray(),
             QJsonArray{QStringLiteral("chief-approver")});
    QCOMPARE(json.value(QStringLiteral("disabled")).toBool(), true);
    QVERIFY(!json.contains(QStringLiteral("passwordHash")));
    QVERIFY(!QJsonDocument(json).toJson().contains("argon2"));
}

void tst_ServerStore::workstations()
{
    auto store = fresh();
    QVERIFY(store);
    WorkstationRecord w01{
        QStringLiteral("W01"), QStringLiteral("0a1b2c"), QStringLiteral("ab").repeated(32), t0, {}};
    SUNHALL_VERIFY_OK(store->addWorkstation(w01));
    auto read = store->workstation(QStringLiteral("W01")).value();
    QVERIFY(read.has_value());
    QCOMPARE(read->certificateSerial, QStringLiteral("0A1B2C"));
    QCOMPARE(read->enrolledAt, t0);
    QVERIFY(!read->isRevoked());
    QCOMPARE(store->isCertificateRevoked(QStringLiteral("0a1b2c")).value(), false);
    QCOMPARE(store->addWorkstation(w01).error().code, QStringLiteral("workstation.exists"));

    QVERIFY(store->revokeWorkstation(QStringLiteral("W01"), t0.addDays(1)));
    QVERIFY(store->workstation(QStringLiteral("W01")).value()->isRevoked());
    QCOMPARE(store->isCertificateRevoked(QStringLiteral("0A1B2C")).value(), true);
    QCOMPARE(store->revokeWorkstation(QStringLiteral("W99"), t0).error().code,
             QStringLiteral("workstation.unknown"));

    // Enrolled again with a new certificate: the old one stays shut out.
    QVERIFY(store->addWorkstation({QStringLiteral("W01"),
                                   QStringLiteral("FF01"),
                                   QStringLiteral("cd").repeated(32),
                                   t0.addDays(2),
                                   {}}));
    read = store->workstation(QStringLiteral("W01")).value();
    QCOMPARE(read->certificateSerial, QStringLiteral("FF01"));
    QVERIFY(!read->isRevoked());
    QCOMPARE(store->isCertificateRevoked(QStringLiteral("FF01")).value(), false);
    QCOMPARE(store->isCertificateRevoked(QStringLiteral("0A1B2C")).value(), true);
    QCOMPARE(store->isCertificateRevoked(QStringLiteral("1234")).value(), false);
}

void tst_ServerStore::sessions()
{
    auto store = fresh();
    QVERIFY(store);
    // Every byte value, NUL included, must survive BLOB and BYTEA alike.
    QByteArray token;
    for (int i = 0; i < 32; ++i)
        token.append(char(i * 8));
    const SessionRecord session{token, QStringLiteral("li.na"), QStringLiteral("W01"), t0,
                                t0,    t0.addSecs(12 * 3600)};
    SUNHALL_VERIFY_OK(store->addSession(session));
    auto read = store->session(token).value();
    QVERIFY(read.has_value());
    QCOMPARE(read->tokenHash, token);
    QCOMPARE(read->userId, session.userId);
    QCOMPARE(read->workstation, session.workstation);
    QCOMPARE(read->createdAt, t0);
    QCOMPARE(read->expiresAt, session.expiresAt);

    QVERIFY(store->touchSession(token, t0.addSecs(600)));
    QCOMPARE(store->session(token).value()->lastUsedAt, t0.addSecs(600));
    QVERIFY(!store->session(QByteArray(32, 'x')).value().has_value());
    QVERIFY(store->removeSession(token));
    QVERIFY(!store->session(token).value().has_value());
}

void tst_ServerStore::loginFailures()
{
    auto store = fresh();
    QVERIFY(store);
    const QString user = QStringLiteral("user:li.na");
    const int window = 15 * 60;
    QCOMPARE(store->addLoginFailure(user, t0, window).value(), 1);
    QCOMPARE(store->addLoginFailure(user, t0.addSecs(60), window).value(), 2);
    QCOMPARE(store->addLoginFailure(QStringLiteral("ws:W01"), t0.addSecs(60), window).value(), 1);
    QCOMPARE(store->addLoginFailure(user, t0.addSecs(120), window).value(), 3);
    QCOMPARE(store->loginFailures(user, t0.addSecs(120), window).value(), 3);
    // The first failure leaves the window after 15 minutes, the others a minute apart.
    QCOMPARE(store->loginFailures(user, t0.addSecs(window + 30), window).value(), 2);
    QCOMPARE(store->loginFailures(user, t0.addSecs(window + 150), window).value(), 0);
    QVERIFY(store->clearLoginFailures(user));
    QCOMPARE(store->loginFailures(user, t0.addSecs(120), window).value(), 0);
    QCOMPARE(store->loginFailures(QStringLiteral("ws:W01"), t0.addSecs(120), window).value(), 1);
}

void tst_ServerStore::publishesCatalogueVersions()
{
    auto store = fresh();
    QVERIFY(store);
    QVERIFY(!store->latestCatalogueVersion().has_value());
    const auto first = store->publishCatalogue(smallCatalogue(), QStringLiteral("admin"), t0);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(*first, 1);

    Catalogue next = smallCatalogue();
    next.items[0].flow.version = 4;
    next.items[0].name = QStringLiteral("食品经营许可（新流程）");
    QCOMPARE(store->publishCatalogue(next, QStringLiteral("admin"), t0.addDays(1)).value(), 2);
    QCOMPARE(store->latestCatalogueVersion().value_or(0), 2);
    QCOMPARE(store->referenceVersions().catalog, 2);

    // A running case keeps its flow: version 3 is still there beside version 4.
    QCOMPARE(store->item(QStringLiteral("SCJG-001"), 3).value().name,
             QStringLiteral("食品经营许可"));
    QCOMPARE(store->item(QStringLiteral("SCJG-001"), 4).value().name,
             QStringLiteral("食品经营许可（新流程）"));
    const auto missing = store->item(QStringLiteral("SCJG-001"), 9);
    QCOMPARE(missing.error().code, QStringLiteral("catalog.no-item"));
    QVERIFY(missing.error().message.contains(QStringLiteral("SCJG-001")));

    const Catalogue back = store->catalogue(1).value();
    QCOMPARE(back.version, 1);
    QCOMPARE(back.publishedBy, QStringLiteral("admin"));
    QCOMPARE(back.publishedAt, t0);
    QCOMPARE(back.items.size(), 3);
    QCOMPARE(CatalogueJson::write(back), [] {
        Catalogue expected = smallCatalogue();
        expected.publishedAt = t0;
        expected.publishedBy = QStringLiteral("admin");
        return CatalogueJson::write(expected);
    }());
    QCOMPARE(store->catalogue(7).error().code, QStringLiteral("catalog.no-version"));
}

void tst_ServerStore::refusesInvalidCatalogue()
{
    auto store = fresh();
    QVERIFY(store);
    QVERIFY(store->publishCatalogue(smallCatalogue(), QStringLiteral("admin"), t0));
    Catalogue invalid = smallCatalogue();
    invalid.items[0].promisedLimitDays = invalid.items[0].legalLimitDays + 5;
    const auto refused = store->publishCatalogue(invalid, QStringLiteral("admin"), t0);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("catalog.invalid"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("SCJG-001")),
             qPrintable(refused.error().message));
    QCOMPARE(store->latestCatalogueVersion().value_or(0), 1);
    QCOMPARE(store->referenceVersions().catalog, 1);
}

void tst_ServerStore::calendar()
{
    auto store = fresh();
    QVERIFY(store);
    QVERIFY(store->putCalendarYear(schedule2025(), t0));
    const QDate closed(2025, 3, 5); // a Wednesday
    SUNHALL_VERIFY_OK(
        store->addClosure({closed, QStringLiteral("大厅搬迁")}, QStringLiteral("admin"), t0));
    const WorkingCalendar calendar = store->loadCalendar().value();
    QCOMPARE(calendar.years(), QList<int>{2025});
    QCOMPARE(calendar.isWorkingDay(QDate(2025, 3, 4)).value(), true);
    QCOMPARE(calendar.dayKind(closed).value(), DayKind::LocalClosure);
    QCOMPARE(calendar.dayKind(QDate(2025, 10, 1)).value(), DayKind::Holiday);
    QCOMPARE(calendar.closures().first().reason, QStringLiteral("大厅搬迁"));
    QCOMPARE(store->referenceVersions().calendar, 2);

    const Status unknownYear =
        store->addClosure({QDate(2031, 3, 5), QStringLiteral("x")}, QStringLiteral("admin"), t0);
    QVERIFY(!unknownYear);
    QCOMPARE(unknownYear.error().code, QStringLiteral("calendar.year-missing"));
    QCOMPARE(store->referenceVersions().calendar, 2);
}

void tst_ServerStore::leasesNeverOverlap()
{
    auto store = fresh();
    QVERIFY(store);
    const auto noCode = store->leaseRange(QStringLiteral("case"), QStringLiteral("W01"), 2025, 10);
    QCOMPARE(noCode.error().code, QStringLiteral("number.no-hall-code"));
    QVERIFY(store->setSetting(HallSetting::code, QStringLiteral("QD0001")));

    QList<LeaseRange> ranges;
    for (int i = 0; i < 60; ++i) {
        const QString workstation = i % 2 ? QStringLiteral("W02") : QStringLiteral("W01");
        const auto range =
            store->leaseRange(QStringLiteral("case"), workstation, 2025, 1 + (i * 37) % 100);
        QVERIFY2(range, qPrintable(range ? QString() : range.error().message));
        QCOMPARE(range->hallCode, QStringLiteral("QD0001"));
        QCOMPARE(range->workstation, workstation);
        QCOMPARE(range->last - range->first + 1, 1 + (i * 37) % 100);
        ranges.append(*range);
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const LeaseRange &a, const LeaseRange &b) { return a.first < b.first; });
    QCOMPARE(ranges.first().first, 1);
    for (qsizetype i = 1; i < ranges.size(); ++i)
        QCOMPARE(ranges.at(i).first, ranges.at(i - 1).last + 1);

    // Another kind or year counts on its own.
    QCOMPARE(store->leaseRange(QStringLiteral("receipt"), QStringLiteral("W01"), 2025, 5)->first,
             1);
    QCOMPARE(store->leaseRange(QStringLiteral("case"), QStringLiteral("W01"), 2026, 5)->first, 1);
}

void tst_ServerStore::leasesFromTwoConnectionsNeverOverlap()
{
    QFETCH(QString, engine);
    const auto [dir, url] = m_stores.freshLocation(engine);
    {
        auto store = m_stores.open(dir, url);
        QVERIFY(store);
        QVERIFY(store->setSetting(HallSetting::code, QStringLiteral("QD0001")));
    }
    // Two connections, as two server processes on one database, leasing at the same time.
    QList<LeaseRange> ranges[2];
    QString errors[2];
    auto lease = [&, dir = dir, url = url](int which) {
        auto opened = ServerStore::open(dir, url);
        if (!opened) {
            errors[which] = opened.error().message;
            return;
        }
        for (int i = 0; i < 40; ++i) {
            const auto range = opened.value()->leaseRange(
                QStringLiteral("certificate"), QStringLiteral("W%1").arg(which), 2025, 25);
            if (!range) {
                errors[which] = range.error().message;
                return;
            }
            ranges[which].append(*range);
        }
    };
    std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(lease, 0)),
                                           std::unique_ptr<QThread>(QThread::create(lease, 1))};
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(120'000));
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
    QList<LeaseRange> all = ranges[0] + ranges[1];
    QCOMPARE(all.size(), 80);
    std::sort(all.begin(), all.end(),
              [](const LeaseRange &a, const LeaseRange &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).first, qint64(i * 25 + 1));
}

void tst_ServerStore::refusesBadLeases()
{
    auto store = fresh();
    QVERIFY(store);
    QVERIFY(store->setSetting(HallSetting::code, QStringLiteral("QD0001")));
    const QString w = QStringLiteral("W01");
    QCOMPARE(store->leaseRange(QStringLiteral("ticket"), w, 2025, 10).error().field,
             QStringLiteral("kind"));
    QCOMPARE(store->leaseRange(QStringLiteral("case"), w, 2025, 0).error().field,
             QStringLiteral("count"));
    QCOMPARE(store->leaseRange(QStringLiteral("case"), w, 2025, 1001).error().field,
             QStringLiteral("count"));
    QCOMPARE(store->leaseRange(QStringLiteral("case"), w, 99, 10).error().field,
             QStringLiteral("year"));
    QVERIFY(store->setSetting(HallSetting::code, QStringLiteral("qd-1")));
    QVERIFY(!store->leaseRange(QStringLiteral("case"), w, 2025, 10));
}

void tst_ServerStore::appliesWithSequenceAndChain()
{
    auto store = fresh();
    QVERIFY(store);
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const auto first = store->applyCommand(command(a, QStringLiteral("W01"), 1),
                                           appending(command(a, QStringLiteral("W01"), 1), 2));
    QVERIFY(first && first->applied);
    QCOMPARE(first->firstServerSeq, 1);
    QCOMPARE(first->lastServerSeq, 2);
    const core::Command second = command(b, QStringLiteral("W02"), 1);
    const auto applied = store->applyCommand(second, appending(second, 3));
    QVERIFY(applied && applied->applied);
    QCOMPARE(applied->firstServerSeq, 3);
    QCOMPARE(applied->lastServerSeq, 5);
    const core::Command third = command(a, QStringLiteral("W01"), 2);
    QCOMPARE(store->applyCommand(third, appending(third))->firstServerSeq, 6);

    QCOMPARE(store->lastServerSeq().value(), 6);
    QCOMPARE(store->lastWorkstationSeq(QStringLiteral("W01")).value(), 2);
    QCOMPARE(store->lastWorkstationSeq(QStringLiteral("W03")).value(), 0);
    const QList<Event> caseA = store->caseEvents(a).value();
    QCOMPARE(caseA.size(), 3);
    QCOMPARE(caseA.at(2).caseSeq, 3);
    QCOMPARE(caseA.at(2).serverSeq, 6);
    QCOMPARE(caseA.at(2).commandId, third.id);
    QCOMPARE(caseA.at(2).at, third.clientTime);

    QByteArray previous = AuditHash::genesis();
    qint64 expected = 1;
    QVERIFY(store->forEachStoredEvent([&](const StoredEvent &stored) -> Status {
        if (stored.event.serverSeq != expected)
            return Error{QStringLiteral("t"), QStringLiteral("sequence"), {}};
        previous = AuditHash::link(previous, expected, stored.event);
        if (stored.chainHash != previous || previous.size() != 32)
            return Error{QStringLiteral("t"), QStringLiteral("hash"), {}};
        ++expected;
        return Status::success();
    }));
    QCOMPARE(expected, 7);
    QCOMPARE(store->chainHead()->serverSeq, 6);
    QCOMPARE(store->chainHead()->chainHash, previous);
}

void tst_ServerStore::concurrentWritersKeepOneChain()
{
    QFETCH(QString, engine);
    const auto [dir, url] = m_stores.freshLocation(engine);
    QString errors[2];
    auto push = [&, dir = dir, url = url](int which) {
        auto opened = ServerStore::open(dir, url);
        if (!opened) {
            errors[which] = opened.error().message;
            return;
        }
        const QString workstation = QStringLiteral("W%1").arg(which);
        const QUuid caseId = QUuid::createUuid();
        for (int seq = 1; seq <= 30; ++seq) {
            const core::Command c = command(caseId, workstation, seq);
            const auto result = opened.value()->applyCommand(c, appending(c, 1 + seq % 3));
            if (!result || !result->applied) {
                errors[which] = result ? QStringLiteral("rejected") : result.error().message;
                return;
            }
        }
    };
    std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(push, 0)),
                                           std::unique_ptr<QThread>(QThread::create(push, 1))};
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(120'000));
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));

    auto store = m_stores.open(dir, url);
    QVERIFY(store);
    QByteArray previous = AuditHash::genesis();
    qint64 expected = 1;
    QVERIFY(store->forEachStoredEvent([&](const StoredEvent &stored) -> Status {
        previous = AuditHash::link(previous, expected, stored.event);
        if (stored.event.serverSeq != expected++ || stored.chainHash != previous)
            return Error{QStringLiteral("t"), QStringLiteral("broken"), {}};
        return Status::success();
    }));
    QCOMPARE(expected - 1, qint64(2 * (10 * 1 + 10 * 2 + 10 * 3)));
}

void tst_ServerStore::storesRejections()
{
    auto store = fresh();
    QVERIFY(store);
    const core::Command c = command(QUuid::createUuid(), QStringLiteral("W01"), 1);
    const Error why{QStringLiteral("case.wrong-step"), QStringLiteral("审核步骤尚未开始"),
                    QStringLiteral("stepId")};
    const auto result =
        store->applyCommand(c, [&](const QList<Event> &) { return Result<QList<Event>>(why); });
    QVERIFY(result);
    QVERIFY(!result->applied);
    QCOMPARE(result->error, why);
    QCOMPARE(store->lastServerSeq().value(), 0);
    QCOMPARE(store->lastWorkstationSeq(QStringLiteral("W01")).value(), 1);
    const auto stored = store->commandResult(QStringLiteral("W01"), 1).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->commandId, c.id);
    QVERIFY(!stored->applied);
    QCOMPARE(stored->error, why);
}

void tst_ServerStore::storeFailureIsNotARejection()
{
    auto store = fresh();
    QVERIFY(store);
    const core::Command c = command(QUuid::createUuid(), QStringLiteral("W01"), 1);
    const auto result = store->applyCommand(c, [](const QList<Event> &) {
        return Result<QList<Event>>(Error{QStringLiteral("store.sql"), QStringLiteral("disk"), {}});
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("store.sql"));
    QCOMPARE(store->lastWorkstationSeq(QStringLiteral("W01")).value(), 0);
    // Events that do not follow the case's stored ones are a program error, not stored.
    const auto wrong = store->applyCommand(c, [&](const QList<Event> &stored) {
        auto events = appending(c, 1)(stored);
        events.value()[0].caseSeq = 5;
        return events;
    });
    QCOMPARE(wrong.error().code, QStringLiteral("store.events-out-of-order"));
    QCOMPARE(store->lastServerSeq().value(), 0);
    QVERIFY(store->applyCommand(c, appending(c))->applied);
}

void tst_ServerStore::replaysConflictsAndGaps()
{
    auto store = fresh();
    QVERIFY(store);
    const QUuid caseId = QUuid::createUuid();
    const core::Command c = command(caseId, QStringLiteral("W01"), 1);
    const auto first = store->applyCommand(c, appending(c));
    QVERIFY(first && first->applied);

    int decided = 0;
    const auto replay = store->applyCommand(c, [&](const QList<Event> &stored) {
        ++decided;
        return appending(c)(stored);
    });
    QVERIFY(replay);
    QCOMPARE(decided, 0);
    QCOMPARE(replay->toJson(), first->toJson());
    QCOMPARE(store->lastServerSeq().value(), 1);

    const core::Command other = command(caseId, QStringLiteral("W01"), 1);
    const auto conflict = store->applyCommand(other, appending(other));
    QCOMPARE(conflict.error().code, QStringLiteral("sync.sequence-conflict"));
    QCOMPARE(conflict.error().field, QStringLiteral("workstationSeq"));

    core::Command reused = c;
    reused.workstationSeq = 2;
    QCOMPARE(store->applyCommand(reused, appending(reused)).error().code,
             QStringLiteral("sync.sequence-conflict"));

    const core::Command ahead = command(caseId, QStringLiteral("W01"), 4);
    const auto gap = store->applyCommand(ahead, appending(ahead));
    QCOMPARE(gap.error().code, QStringLiteral("sync.sequence-gap"));
    QCOMPARE(gap.error().field, QStringLiteral("workstationSeq"));
    QVERIFY2(gap.error().message.contains(QLatin1String(" 2 ")), qPrintable(gap.error().message));
    QCOMPARE(store->lastServerSeq().value(), 1);
    QCOMPARE(store->lastWorkstationSeq(QStringLiteral("W01")).value(), 1);
}

void tst_ServerStore::commandResultJson_data()
{
    QTest::addColumn<bool>("applied");
    QTest::newRow("applied") << true;
    QTest::newRow("rejected") << false;
}

void tst_ServerStore::commandResultJson()
{
    QFETCH(bool, applied);
    CommandResult result;
    result.commandId = QUuid::createUuid();
    result.workstationSeq = 42;
    result.applied = applied;
    if (applied) {
        result.firstServerSeq = 100;
        result.lastServerSeq = 102;
    } else {
        result.error = {QStringLiteral("case.not-accepted"), QStringLiteral("尚未受理"), {}};
    }
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("status")).toString(),
             applied ? QStringLiteral("applied") : QStringLiteral("rejected"));
    const auto back = CommandResult::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->error, result.error);
    QJsonObject bad = json;
    bad.insert(QStringLiteral("status"), QStringLiteral("maybe"));
    QCOMPARE(CommandResult::fromJson(bad).error().field, QStringLiteral("status"));
}

void tst_ServerStore::eventsAfterRespectsScopeAndLimit()
{
    auto store = fresh();
    QVERIFY(store);
    const QUuid cases[3] = {QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid()};
    QVERIFY(store->setCaseDepartments(cases[0], {QStringLiteral("SCJG")}));
    QVERIFY(store->setCaseDepartments(cases[1], {QStringLiteral("GA")}));
    QVERIFY(store->setCaseDepartments(cases[2], {QStringLiteral("FGW"), QStringLiteral("SCJG"),
                                                 QStringLiteral("XF"), QStringLiteral("XF")}));
    QCOMPARE(store->caseDepartments(cases[2]).value(),
             (QStringList{QStringLiteral("FGW"), QStringLiteral("SCJG"), QStringLiteral("XF")}));
    QVERIFY(store->caseDepartments(QUuid::createUuid()).value().isEmpty());
    // Events 1–2 case 0, 3–4 case 1, 5–6 case 2, 7–8 case 0.
    for (int seq = 1; seq <= 4; ++seq) {
        const core::Command c = command(cases[(seq - 1) % 3], QStringLiteral("W01"), seq);
        QVERIFY(store->applyCommand(c, appending(c, 2))->applied);
    }
    auto seqs = [&](qint64 after, const PullScope &scope, int limit) {
        QList<qint64> result;
        const QList<Event> events = store->eventsAfter(after, scope, limit).value();
        for (const Event &event : events)
            result.append(event.serverSeq);
        return result;
    };
    const PullScope all{true, {}};
    const PullScope scjg{false, {QStringLiteral("SCJG")}};
    const PullScope xf{false, {QStringLiteral("XF"), QStringLiteral("GA")}};
    QCOMPARE(seqs(0, all, 500), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(seqs(0, scjg, 500), (QList<qint64>{1, 2, 5, 6, 7, 8}));
    QCOMPARE(seqs(0, xf, 500), (QList<qint64>{3, 4, 5, 6}));
    QCOMPARE(seqs(0, scjg, 3), (QList<qint64>{1, 2, 5}));
    QCOMPARE(seqs(5, scjg, 3), (QList<qint64>{6, 7, 8}));
    QCOMPARE(seqs(8, all, 500), QList<qint64>{});
    QCOMPARE(seqs(0, PullScope{false, {}}, 500), QList<qint64>{});
    QCOMPARE(seqs(0, PullScope{false, {QStringLiteral("' OR 1=1 --")}}, 500), QList<qint64>{});
    QCOMPARE(seqs(0, all, 0), QList<qint64>{});
}

void tst_ServerStore::hostileTextRoundTrips()
{
    auto store = fresh();
    QVERIFY(store);
    const QString text = hostileText();
    QVERIFY(text.size() > 200);

    QVERIFY(store->setSetting(QStringLiteral("hall.name"), text));
    QCOMPARE(store->setting(QStringLiteral("hall.name")).value_or(QString()), text);

    UserRecord user = userRecord(text, text);
    user.departments = {text, QStringLiteral("SCJG")};
    SUNHALL_VERIFY_OK(store->addUser(user, t0));
    const auto back = store->user(text).value();
    QVERIFY(back.has_value());
    QCOMPARE(back->name, text);
    QCOMPARE(back->departments, user.departments);

    const QUuid caseId = QUuid::createUuid();
    core::Command c = command(caseId, text, 1);
    c.actor.name = text;
    const QJsonObject payload{{QStringLiteral("applicant"), text},
                              {QStringLiteral("control"), QStringLiteral("a\u0000b\tc\n")},
                              {text, QJsonArray{text, 1, true}}};
    const auto applied = store->applyCommand(c, appending(c, 1, payload));
    QVERIFY2(applied && applied->applied,
             qPrintable(applied ? QString() : applied.error().message));
    const Event event = store->caseEvents(caseId).value().first();
    QCOMPARE(event.payload, payload);
    QCOMPARE(event.workstation, text);
    QCOMPARE(event.actorName, text);
    QCOMPARE(store->lastWorkstationSeq(text).value(), 1);
    QCOMPARE(store->commandResult(text, 1).value()->commandId, c.id);

    QVERIFY(store->setCaseDepartments(caseId, {text}));
    QCOMPARE(store->eventsAfter(0, PullScope{false, {text}}, 10).value().size(), 1);

    QVERIFY(store->putCalendarYear(schedule2025(), t0));
    SUNHALL_VERIFY_OK(store->addClosure({QDate(2025, 3, 5), text}, text, t0));
    QCOMPARE(store->loadCalendar().value().closures().first().reason, text);

    Catalogue catalogue = smallCatalogue();
    catalogue.hallName = text;
    catalogue.departments[0].name = text;
    QVERIFY(store->publishCatalogue(catalogue, text, t0));
    QCOMPARE(store->catalogue(1).value().hallName, text);
    QCOMPARE(store->catalogue(1).value().publishedBy, text);

    // The events table is still there, holding the one event.
    QCOMPARE(eventCount(*store), 1);
}

QTEST_GUILESS_MAIN(tst_ServerStore)
#include "tst_serverstore.moc"
