// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"
#include "core/store/LocalStore.h"
#include "core/store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall::core;

namespace {

const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600));

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Event makeEvent(const QUuid &caseId, int seq, const QString &type)
{
    Event e;
    e.caseId = caseId;
    e.caseSeq = seq;
    e.type = type;
    e.payload = QJsonObject{{QStringLiteral("note"), QStringLiteral("第%1步").arg(seq)}};
    e.actorId = QStringLiteral("u1");
    e.actorName = QStringLiteral("李娜");
    e.workstation = QStringLiteral("W01");
    e.at = t0.addSecs(seq * 60);
    e.commandId = QUuid::createUuid();
    return e;
}

CaseRow row(const QUuid &caseId, const QString &number, const QString &applicant, int seq)
{
    CaseRow r;
    r.caseId = caseId;
    r.caseNumber = number;
    r.itemCode = QStringLiteral("370200-SC-XK-003");
    r.itemVersion = 1;
    r.itemName = QStringLiteral("食品经营许可");
    r.department = QStringLiteral("SC");
    r.applicantName = applicant;
    r.applicantIdNumber = QStringLiteral("11010519491231002X");
    r.status = QStringLiteral("in-progress");
    r.colour = QStringLiteral("none");
    r.acceptedAt = t0;
    r.nextDue = t0.addDays(28);
    r.lastCaseSeq = seq;
    r.summaryJson = R"({"status":"in-progress"})";
    return r;
}

Catalogue demoCatalogue()
{
    QFile file(DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the demo catalogue is missing");
    return CatalogueJson::parse(file.readAll()).value();
}

} // namespace

class tst_LocalStore : public QObject
{
    Q_OBJECT
private slots:
    void createsAtLatestSchema();
    void migratesOlderStoreKeepingData();
    void refusesNewerStoreUntouched();
    void appliesEventsWithReadModel();
    void applyIsAllOrNothing();
    void searchFindsCases_data();
    void searchFindsCases();
    void calendarAndClosures();
    void publishesCatalogueVersions();
    void refusesInvalidCatalogue();
    void outbox();
    void leasesNeverRepeatANumber();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)); }
};

void tst_LocalStore::createsAtLatestSchema()
{
    auto store = LocalStore::open(freshPath());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QCOMPARE(store.value()->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(store.value()->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

void tst_LocalStore::migratesOlderStoreKeepingData()
{
    const QString path = freshPath();
    const QUuid id = QUuid::createUuid();
    {
        // A store at schema 1, as the first release wrote it, with a case in it.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrations::migrate(db, 1).ok());
        QCOMPARE(Migrations::currentVersion(db).value(), 1);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO cases(case_id, case_number, item_code, "
                                 "item_version, item_name, department, applicant_name, "
                                 "applicant_id, status, colour, green_channel, last_case_seq, "
                                 "summary) VALUES (?, 'SLQD01202500000001K', 'X-1', 1, "
                                 "'食品经营许可', 'SC', '青岛海川食品有限公司', "
                                 "'91350100M000100Y43', 'in-progress', 'none', 0, 3, '{}')"));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto store = LocalStore::open(path);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->schemaVersion(), Migrations::latestVersion());
    const auto kept = store.value()->caseRow(id);
    QVERIFY(kept.ok() && kept.value().has_value());
    QCOMPARE(kept.value()->applicantName, QStringLiteral("青岛海川食品有限公司"));
    // The search index added by schema 2 covers the case that was there before it.
    const auto found = store.value()->searchCases(QStringLiteral("海川食品"));
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), 1);
}

void tst_LocalStore::refusesNewerStoreUntouched()
{
    const QString path = freshPath();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 7)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = fileHash(path);

    auto store = LocalStore::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("store.too-new"));
    QVERIFY(store.error().message.contains(QString::number(Migrations::latestVersion() + 7)));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_LocalStore::appliesEventsWithReadModel()
{
    auto store = LocalStore::open(freshPath());
    QVERIFY(store.ok());
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QList<Event> events{makeEvent(a, 1, QStringLiteral("registered")),
                        makeEvent(b, 1, QStringLiteral("registered")),
                        makeEvent(a, 2, QStringLiteral("accepted"))};
    events[2].serverSeq = 42;
    QVERIFY(store.value()
                ->applyEvents(events, {row(a, QStringLiteral("SL-A"), QStringLiteral("张三"), 2),
                                       row(b, QStringLiteral("SL-B"), QStringLiteral("李四"), 1)})
                .ok());
    const auto stored = store.value()->caseEvents(a);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 2);
    QCOMPARE(stored.value().at(0), events.at(0));
    QCOMPARE(stored.value().at(1), events.at(2));
    QCOMPARE(store.value()->eventCount().value(), 3);
    const auto rows = store.value()->caseRows();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2);

    // A later page updates the row in place.
    CaseRow changed = row(a, QStringLiteral("SL-A"), QStringLiteral("张三"), 3);
    changed.status = QStringLiteral("decided");
    QVERIFY(
        store.value()->applyEvents({makeEvent(a, 3, QStringLiteral("decided"))}, {changed}).ok());
    QCOMPARE(store.value()->caseRow(a).value()->status, QStringLiteral("decided"));
    QCOMPARE(store.value()->caseRow(a).value().value(), changed);
}

void tst_LocalStore::applyIsAllOrNothing()
{
    auto store = LocalStore::open(freshPath());
    QVERIFY(store.ok());
    const QUuid a = QUuid::createUuid();
    QVERIFY(store.value()->applyEvents({makeEvent(a, 1, QStringLiteral("registered"))}, {}).ok());
    // The second event repeats (case, seq 1): the whole page is refused, nothing half-applied.
    const Status status =
        store.value()->applyEvents({makeEvent(a, 2, QStringLiteral("accepted")),
                                    makeEvent(a, 1, QStringLiteral("registered"))},
                                   {row(a, QStringLiteral("SL-A"), QStringLiteral("张三"), 2)});
    QVERIFY(!status.ok());
    QCOMPARE(store.value()->eventCount().value(), 1);
    QVERIFY(!store.value()->caseRow(a).value().has_value());
}

void tst_LocalStore::searchFindsCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("applicant name part") << QStringLiteral("海川食品") << 1;
    QTest::newRow("two characters") << QStringLiteral("海川") << 1;
    QTest::newRow("case number") << QStringLiteral("SLQD0002") << 1;
    QTest::newRow("item name") << QStringLiteral("食品经营") << 2;
    QTest::newRow("id number") << QStringLiteral("1949123100") << 2;
    QTest::newRow("no match") << QStringLiteral("不存在的公司") << 0;
    QTest::newRow("quote in text") << QStringLiteral("海\"川") << 0;
}

void tst_LocalStore::searchFindsCases()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    auto store = LocalStore::open(freshPath());
    QVERIFY(store.ok());
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    QVERIFY(store.value()
                ->applyEvents({}, {row(a, QStringLiteral("SLQD0001"),
                                       QStringLiteral("青岛海川食品有限公司"), 1),
                                   row(b, QStringLiteral("SLQD0002"), QStringLiteral("王芳"), 1)})
                .ok());
    const auto found = store.value()->searchCases(text);
    QVERIFY(found.ok());
    QCOMPARE(found.value().size(), hits);
}

void tst_LocalStore::calendarAndClosures()
{
    auto store = LocalStore::open(freshPath());
    QVERIFY(store.ok());
    const auto shipped = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY(shipped.ok());
    for (const int year : shipped.value().years())
        QVERIFY(store.value()->putCalendarYear(*shipped.value().schedule(year), t0).ok());
    QVERIFY(store.value()
                ->addClosure({QDate(2025, 3, 14), QStringLiteral("大厅搬迁")},
                             QStringLiteral("admin"), t0)
                .ok());
    const auto calendar = store.value()->loadCalendar();
    QVERIFY(calendar.ok());
    QCOMPARE(calendar.value().years(), shipped.value().years());
    QCOMPARE(calendar.value().isWorkingDay(QDate(2025, 3, 14)).value(), false);
    QCOMPARE(calendar.value().isWorkingDay(QDate(2025, 1, 26)).value(), true);
    // A Saturday cannot be closed, and a refused closure leaves nothing behind.
    QVERIFY(
        !store.value()
             ->addClosure({QDate(2025, 3, 15), QStringLiteral("x")}, QStringLiteral("admin"), t0)
             .ok());
    QCOMPARE(store.value()->loadCalendar().value().closures().size(), 1);
}

void tst_LocalStore::publishesCatalogueVersions()
{
    auto store = LocalStore::open(freshPath());
    QVERIFY(store.ok());
    QVERIFY(!store.value()->latestCatalogueVersion().has_value());
    Catalogue catalogue = demoCatalogue();
    QCOMPARE(store.value()->publishCatalogue(catalogue, QStringLiteral("admin"), t0).value(), 1);
    const QString firstName = catalogue.items.first().name;
    catalogue.items.first().name = QStringLiteral("食品经营许可（新版）");
    QCOMPARE(store.value()->publishCatalogue(catalogue, QStringLiteral("admin"), t0).value(), 2);
    QCOMPARE(store.value()->latestCatalogueVersion(), std::optional<int>(2));
    const auto v1 = store.value()->catalogue(1);
    const auto v2 = store.value()->catalogue(2);
    QVERIFY(v1.ok() && v2.ok());
    QCOMPARE(v1.value().items.size(), catalogue.items.size());
    QCOMPARE(v1.value().items.first().name, firstName);
    QCOMPARE(v2.value().items.first().name, QStringLiteral("食品经营许可（新版）"));
    QCOMPARE(v2.value().publishedBy, QStringLiteral("admin"));
    QCOMPARE(store.value()->catalogue(3).error().code, QStringLiteral("catalog.no-version"));
}

void tst_LocalStore::refusesInvalidCatalogue()
{
    auto store = LocalStore::open(freshPath());
    QVERIFY(store.ok());
    Catalogue catalogue = demoCatalogue();
    Item &item = catalogue.items[3];
    item.promisedLimitDays = item.legalLimitDays + 1;
    const auto published = store.value()->publishCatalogue(catalogue, QStringLiteral("a"), t0);
    QVERIFY(!published.ok());
    QVERIFY(published.error().message.contains(item.code));
    QVERIFY(!store.value()->latestCatalogueVersion().has_value());
}

void tst_LocalStore::outbox()
{
    auto store = LocalStore::open(freshPath());
    QVERIFY(store.ok());
    const QUuid command = QUuid::createUuid();
    const auto first = store.value()->enqueueCommand(command, QUuid::createUuid(),
                                                     QStringLiteral("accept"), "{}", t0);
    QVERIFY(first.ok());
    const auto second = store.value()->enqueueCommand(QUuid::createUuid(), QUuid::createUuid(),
                                                      QStringLiteral("refuse"), "{}", t0);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), first.value() + 1);
    QCOMPARE(store.value()->pendingCommandCount().value(), 2);
    // The same command twice is refused: the outbox never sends one intent twice.
    QVERIFY(!store.value()
                 ->enqueueCommand(command, QUuid::createUuid(), QStringLiteral("accept"), "{}", t0)
                 .ok());
}

void tst_LocalStore::leasesNeverRepeatANumber()
{
    const QString path = freshPath();
    QSet<qint64> seen;
    {
        auto store = LocalStore::open(path);
        QVERIFY(store.ok());
        QVERIFY(store.value()
                    ->addLease(QStringLiteral("case"), QStringLiteral("QD0001"), 2025, 1, 3,
                               QStringLiteral("W01"))
                    .ok());
        QCOMPARE(store.value()
                     ->addLease(QStringLiteral("case"), QStringLiteral("QD0001"), 2025, 3, 10,
                                QStringLiteral("W02"))
                     .error()
                     .code,
                 QStringLiteral("number.overlap"));
        for (int i = 0; i < 2; ++i)
            seen.insert(store.value()
                            ->takeSerial(QStringLiteral("case"), QStringLiteral("QD0001"), 2025)
                            .value());
    }
    // Reopened (a restart), the range goes on where it stopped.
    auto store = LocalStore::open(path);
    QVERIFY(store.ok());
    seen.insert(
        store.value()->takeSerial(QStringLiteral("case"), QStringLiteral("QD0001"), 2025).value());
    QCOMPARE(seen, (QSet<qint64>{1, 2, 3}));
    const auto exhausted =
        store.value()->takeSerial(QStringLiteral("case"), QStringLiteral("QD0001"), 2025);
    QVERIFY(!exhausted.ok());
    QCOMPARE(exhausted.error().code, QStringLiteral("number.lease-exhausted"));
    QVERIFY(store.value()
                ->addLease(QStringLiteral("case"), QStringLiteral("QD0001"), 2025, 4, 5,
                           QStringLiteral("W01"))
                .ok());
    QCOMPARE(
        store.value()->takeSerial(QStringLiteral("case"), QStringLiteral("QD0001"), 2025).value(),
        4);
}

QTEST_GUILESS_MAIN(tst_LocalStore)
#include "tst_localstore.moc"
