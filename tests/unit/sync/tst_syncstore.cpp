// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the local store keeps for sync (schema 3): the outbox with its answers, events that
// wait for the server beside confirmed ones, the session, users and their verifiers, and the
// all-or-nothing transaction the sync engine builds on.
#include "core/case/Commands.h"
#include "core/store/LocalStore.h"
#include "core/store/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall::core;

namespace {

const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600));

Actor clerk()
{
    return Actor{"li.na", "李娜", {Role::Clerk}, {"SJ"}};
}

Command stamped(qint64 seq, const QUuid &caseId = QUuid::createUuid())
{
    Command command = Commands::refuse(caseId, QStringLiteral("材料不全"));
    return CommandOrigin{clerk(), QStringLiteral("W01"), t0, seq}.stamp(command);
}

Event storedEvent(const QUuid &caseId, int caseSeq, qint64 serverSeq, const QUuid &commandId = {})
{
    Event e;
    e.caseId = caseId;
    e.caseSeq = caseSeq;
    e.type = QStringLiteral("registered");
    e.actorId = QStringLiteral("li.na");
    e.workstation = QStringLiteral("W01");
    e.at = t0;
    e.commandId = commandId.isNull() ? QUuid::createUuid() : commandId;
    e.serverSeq = serverSeq;
    return e;
}

} // namespace

class tst_SyncStore : public QObject
{
    Q_OBJECT
private slots:
    void migratesQueuedCommandsToSchema3();
    void transactionIsAllOrNothing();
    void outboxKeepsOrderAndAnswers();
    void outboxCounts_data();
    void outboxCounts();
    void eventsFromServerAndWaiting();
    void sessionRoundTrip();
    void usersKeepTheirVerifiers();
    void remainingSerials();

private:
    std::unique_ptr<LocalStore> fresh();
    QTemporaryDir m_dir;
    int m_n = 0;
};

std::unique_ptr<LocalStore> tst_SyncStore::fresh()
{
    auto store = LocalStore::open(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    return std::move(store).value();
}

void tst_SyncStore::migratesQueuedCommandsToSchema3()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrations::migrate(db, 2).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox(command_id, case_id, type, command, "
                                      "created_at) VALUES ('c1', 'k1', 'accept', '{}', 'x')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    auto store = LocalStore::open(path);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->schemaVersion(), 3);
    QCOMPARE(Migrations::latestVersion(), 3);
    const auto entries = store.value()->outboxFrom(0, 10, true);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().state, OutboxState::Pending);
    QCOMPARE(entries->first().userId, QString());
    QCOMPARE(store.value()->pendingCommandCount().value(), 1);
    QCOMPARE(store.value()->lastWorkstationSeq().value(), 1);
}

void tst_SyncStore::transactionIsAllOrNothing()
{
    auto store = fresh();
    const Command first = stamped(1);
    const Status failed = store->transaction([&]() -> Status {
        if (Status queued = store->queueCommand(first, t0); !queued)
            return queued;
        if (Status events = store->insertEvents({storedEvent(first.caseId, 1, 0, first.id)});
            !events)
            return events;
        return makeError(QStringLiteral("test.stop"), QStringLiteral("stop"));
    });
    QCOMPARE(failed.error().code, QStringLiteral("test.stop"));
    QCOMPARE(store->lastWorkstationSeq().value(), 0);
    QCOMPARE(store->eventCount().value(), 0);
    QVERIFY(store->transaction([&] { return store->queueCommand(first, t0); }).ok());
    QCOMPARE(store->lastWorkstationSeq().value(), 1);
}

void tst_SyncStore::outboxKeepsOrderAndAnswers()
{
    auto store = fresh();
    const Command one = stamped(1);
    const Command two = stamped(2);
    const Command three = stamped(3);
    QVERIFY(store->queueCommand(one, t0).ok());
    const Status skipped = store->queueCommand(three, t0);
    QCOMPARE(skipped.error().code, QStringLiteral("store.outbox-order"));
    QCOMPARE(skipped.error().field, QStringLiteral("workstationSeq"));
    QVERIFY(store->queueCommand(two, t0).ok());
    QVERIFY(store->queueCommand(three, t0).ok());
    QCOMPARE(store->outboxEntry(two.id).value()->command().value(), two);

    QVERIFY(store->markSent({1, 2}, t0).ok());
    QVERIFY(store->recordApplied(one.id, 1, 3, t0.addSecs(1)).ok());
    const Error why = makeError(QStringLiteral("case.closed"), QStringLiteral("已办结"),
                                QStringLiteral("caseId"));
    QVERIFY(store->recordRejected(two.id, why, t0.addSecs(2)).ok());
    QCOMPARE(store->recordApplied(QUuid::createUuid(), 1, 1, t0).error().code,
             QStringLiteral("store.unknown-command"));

    const auto unanswered = store->outboxFrom(0, 10, true).value();
    QCOMPARE(unanswered.size(), 1);
    QCOMPARE(unanswered.first().commandId, three.id);
    const auto all = store->outboxFrom(2, 10, false).value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().state, OutboxState::Rejected);
    QCOMPARE(all.first().rejection, why);
    const OutboxEntry applied = store->outboxEntry(one.id).value().value();
    QCOMPARE(applied.state, OutboxState::Applied);
    QCOMPARE(applied.lastServerSeq, 3);
    QCOMPARE(applied.sentAt, t0);
    QCOMPARE(store->rejectedCommands(QStringLiteral("li.na")).value().size(), 1);
    QCOMPARE(store->rejectedCommands(QStringLiteral("wang.wu")).value().size(), 0);
    QVERIFY(store->dismissRejected(two.id, t0).ok());
    QCOMPARE(store->rejectedCommands().value().size(), 0);
    QCOMPARE(store->outboxEntry(two.id).value()->rejection, why);
}

void tst_SyncStore::outboxCounts_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<int>("unanswered");
    QTest::addColumn<int>("rejected");
    QTest::newRow("empty") << QStringList{} << 0 << 0;
    QTest::newRow("waiting") << QStringList{"pending", "sent"} << 2 << 0;
    QTest::newRow("answered") << QStringList{"applied", "rejected", "pending"} << 1 << 1;
    QTest::newRow("dismissed") << QStringList{"rejected", "dismissed"} << 0 << 1;
}

void tst_SyncStore::outboxCounts()
{
    QFETCH(QStringList, states);
    QFETCH(int, unanswered);
    QFETCH(int, rejected);
    auto store = fresh();
    for (qsizetype i = 0; i < states.size(); ++i) {
        const Command command = stamped(i + 1);
        QVERIFY(store->queueCommand(command, t0).ok());
        const QString &state = states.at(i);
        if (state == QLatin1String("sent"))
            QVERIFY(store->markSent({i + 1}, t0).ok());
        if (state == QLatin1String("applied"))
            QVERIFY(store->recordApplied(command.id, 1, 1, t0).ok());
        if (state == QLatin1String("rejected") || state == QLatin1String("dismissed"))
            QVERIFY(store->recordRejected(command.id, makeError("x", "y"), t0).ok());
        if (state == QLatin1String("dismissed"))
            QVERIFY(store->dismissRejected(command.id, t0).ok());
    }
    QCOMPARE(store->outboxCounts().value(), (OutboxCounts{unanswered, rejected}));
}

void tst_SyncStore::eventsFromServerAndWaiting()
{
    auto store = fresh();
    const QUuid caseId = QUuid::createUuid();
    const Command waiting = stamped(1, caseId);
    QVERIFY(store->queueCommand(waiting, t0).ok());
    QVERIFY(store->insertEvents({storedEvent(caseId, 1, 7), storedEvent(caseId, 2, 0, waiting.id)})
                .ok());
    QCOMPARE(store->casesWithPendingEvents().value(), QSet<QUuid>{caseId});
    // The same server event delivered twice is stored once.
    QVERIFY(store->insertEvents({storedEvent(caseId, 1, 7)}).ok());
    QCOMPARE(store->eventCount().value(), 2);
    // Another event in a place already taken is refused.
    QVERIFY(!store->insertEvents({storedEvent(caseId, 1, 8)}).ok());
    // Answered commands make their cases due for a rebase.
    QCOMPARE(store->casesToRebase(100).value(), QList<QUuid>{});
    QVERIFY(store->recordApplied(waiting.id, 9, 9, t0).ok());
    QCOMPARE(store->casesToRebase(8).value(), QList<QUuid>{});
    QCOMPARE(store->casesToRebase(9).value(), QList<QUuid>{caseId});
    QVERIFY(store->removePendingEvents(caseId).ok());
    QCOMPARE(store->caseEvents(caseId).value().size(), 1);
    QVERIFY(store->casesWithPendingEvents().value().isEmpty());
    QVERIFY(store->setPullCursor(9).ok());
    QCOMPARE(store->pullCursor(), 9);
}

void tst_SyncStore::sessionRoundTrip()
{
    auto store = fresh();
    QVERIFY(!store->session().value().has_value());
    const LocalSession online{QStringLiteral("t").repeated(43), clerk(), t0, t0.addSecs(12 * 3600)};
    QVERIFY(store->setSession(online).ok());
    QCOMPARE(store->session().value(), std::optional<LocalSession>(online));
    const LocalSession offline{QString(), clerk(), t0, QDateTime()};
    QVERIFY(store->setSession(offline).ok());
    QVERIFY(store->session().value()->isOffline());
    QVERIFY(store->clearSession().ok());
    QVERIFY(!store->session().value().has_value());
    QVERIFY(store->setReferenceVersion(QStringLiteral("catalog"), 4).ok());
    QCOMPARE(store->referenceVersion(QStringLiteral("catalog")), 4);
    QCOMPARE(store->referenceVersion(QStringLiteral("users")), 0);
}

void tst_SyncStore::usersKeepTheirVerifiers()
{
    auto store = fresh();
    QVERIFY(store->putUser(LocalUser{clerk(), false, QStringLiteral("$argon2id$v=19$x")}).ok());
    Actor renamed = clerk();
    renamed.name = QStringLiteral("李娜娜");
    const Actor other{"wang.wu", "王五", {Role::Cashier}, {"CASH"}};
    QVERIFY(store->putUsers({LocalUser{renamed, false, {}}, LocalUser{other, false, {}}}).ok());
    const LocalUser kept = store->user(QStringLiteral("li.na")).value().value();
    QCOMPARE(kept.actor, renamed);
    QCOMPARE(kept.verifier, QStringLiteral("$argon2id$v=19$x"));
    QCOMPARE(store->user(QStringLiteral("wang.wu")).value()->actor, other);
    // Dropped from the server's list: kept, but disabled.
    QVERIFY(store->putUsers({LocalUser{other, false, {}}}).ok());
    QVERIFY(store->user(QStringLiteral("li.na")).value()->disabled);
    QVERIFY(!store->user(QStringLiteral("nobody")).value().has_value());
}

void tst_SyncStore::remainingSerials()
{
    auto store = fresh();
    QCOMPARE(store->remainingSerials("case", "HALL01", 2025).value(), 0);
    QVERIFY(store->addLease("case", "HALL01", 2025, 1, 10, "W01").ok());
    QVERIFY(store->addLease("case", "HALL01", 2025, 21, 25, "W01").ok());
    QCOMPARE(store->remainingSerials("case", "HALL01", 2025).value(), 15);
    QCOMPARE(store->takeSerial("case", "HALL01", 2025).value(), 1);
    QCOMPARE(store->remainingSerials("case", "HALL01", 2025).value(), 14);
    QCOMPARE(store->remainingSerials("case", "HALL01", 2026).value(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncStore)
#include "tst_syncstore.moc"
