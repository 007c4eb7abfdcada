// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include "app/sunhallctl/AuditCommands.h"
#include "core/crypto/Sm3.h"
#include "server/sync/AuditChain.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace servertest;
using namespace sunhall::core;

namespace {

// Ten more events: commands 1–5 of W01 alternate between cases A and B, two events each, so that
// events 1–2, 5–6 and 9–10 are A's events 1–6 and events 3–4, 7–8 are B's events 1–4.
void fillChain(ServerStore &store)
{
    const qint64 before = store.lastServerSeq().value();
    const QUuid cases[2] = {QUuid::createUuid(), QUuid::createUuid()};
    for (int seq = 1; seq <= 5; ++seq) {
        const core::Command c = command(cases[(seq - 1) % 2], QStringLiteral("W01"), seq);
        const QJsonObject payload{
            {QStringLiteral("applicant"), QStringLiteral("青岛海川食品%1").arg(seq)},
            {QStringLiteral("amountFen"), 1000 * seq}};
        const auto result = store.applyCommand(c, appending(c, 2, payload));
        QVERIFY(result && result->applied);
    }
    QCOMPARE(store.lastServerSeq().value(), before + 10);
}

// Runs SQL on the hall's SQLite file through a connection of its own, as an intruder would.
QString tamperFile(const QString &dir, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("intruder"));
        db.setDatabaseName(dir + QStringLiteral("/hall.db"));
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                error = sql + QStringLiteral(": ") + q.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("intruder"));
    return error;
}

QStringList swapSeq(int a, int b)
{
    return {QStringLiteral("UPDATE events SET server_seq = -1 WHERE server_seq = %1").arg(a),
            QStringLiteral("UPDATE events SET server_seq = %1 WHERE server_seq = %2").arg(a).arg(b),
            QStringLiteral("UPDATE events SET server_seq = %1 WHERE server_seq = -1").arg(b)};
}

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CtlRun auditVerify(const QStringList &args)
{
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    const FixedClock clock(t0);
    sunhall::ctl::CtlContext context{out, err, clock};
    for (const sunhall::ctl::CtlCommand &command : sunhall::ctl::auditCommands()) {
        if (command.name == QLatin1String("audit verify"))
            run.exitCode = command.run(context, args);
    }
    out.flush();
    err.flush();
    return run;
}

} // namespace

class tst_AuditChain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void genesisAndLink();
    void verifiesAnIntactChain_data() { addEngines(); }
    void verifiesAnIntactChain();
    void detectsTampering_data();
    void detectsTampering();
    void checkpointsPinARecomputedChain();
    void detectsDeletedTail();
    void detectsForgedCheckpoints();
    void detectsTamperingOnPostgres();
    void auditVerifyCommand();
    void auditVerifyCommandUsage();

private:
    StoreFactory m_stores;
};

void tst_AuditChain::initTestCase()
{
    QVERIFY2(m_stores.start(), qPrintable(m_stores.error()));
}

void tst_AuditChain::genesisAndLink()
{
    QCOMPARE(AuditChain::genesis(), Sm3::hash(QByteArrayView("sunhall-audit-v1")));
    core::Event event;
    event.caseId = QUuid::fromString(QStringLiteral("6f1c2a4e-0000-4000-8000-000000000001"));
    event.caseSeq = 1;
    event.type = QStringLiteral("registered");
    event.at = t0;
    const QByteArray previous = AuditChain::genesis();
    // previous ‖ serverSeq as 8 bytes big-endian ‖ canonical bytes
    const QByteArray linked =
        previous + QByteArray::fromHex("0000000000000102") + event.canonicalBytes();
    const QByteArray expected = Sm3::hash(linked);
    QCOMPARE(AuditChain::link(previous, 258, event), expected);
    QVERIFY(AuditChain::link(previous, 259, event) != expected);
    const QByteArray message = QByteArray("sunhall-checkpoint-v1|7|") +
                               QByteArray(32, '\x01').toHex() +
                               QByteArray("|2025-03-03T09:00:00.000+08:00");
    QCOMPARE(AuditChain::checkpointMessage(7, QByteArray(32, '\x01'), t0), message);
}

void tst_AuditChain::verifiesAnIntactChain()
{
    auto store = m_stores.fresh(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(store);
    const auto empty = AuditChain::verify(*store, nullptr);
    QVERIFY(empty && empty->ok);
    QCOMPARE(empty->events, 0);

    fillChain(*store);
    const auto key = Sm2KeyPair::generate();
    QVERIFY(key);
    const auto first = AuditChain::makeCheckpoint(*store, *key, t0.addSecs(3600));
    QVERIFY(first);
    QCOMPARE(first->serverSeq, 10);
    QCOMPARE(first->chainHash, store->chainHead()->chainHash);
    // Nothing new since: the same checkpoint, not a second one.
    QCOMPARE(AuditChain::makeCheckpoint(*store, *key, t0.addSecs(7200))->signedAt, first->signedAt);
    const core::Command more = command(QUuid::createUuid(), QStringLiteral("W02"), 1);
    QVERIFY(store->applyCommand(more, appending(more, 3))->applied);
    QCOMPARE(AuditChain::makeCheckpoint(*store, *key, t0.addSecs(7200))->serverSeq, 13);

    const Sm2PublicKey publicKey = key->publicKey();
    const auto report = AuditChain::verify(*store, &publicKey);
    QVERIFY(report);
    QVERIFY2(report->ok, qPrintable(report->problem.message));
    QCOMPARE(report->events, 13);
    QCOMPARE(report->checkpoints, 2);
    QVERIFY(report->signaturesChecked);
    QCOMPARE(store->checkpoints()->at(0).signedAt, t0.addSecs(3600));
}

void tst_AuditChain::detectsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("code");
    QTest::newRow("one byte of a payload")
        << QStringList{QStringLiteral("UPDATE events SET payload = replace(payload, '4000', "
                                      "'4001') WHERE server_seq = 7")}
        << qint64(7) << "audit.changed";
    QTest::newRow("actor name")
        << QStringList{QStringLiteral("UPDATE events SET actor_name = '李四' WHERE server_seq = 3")}
        << qint64(3) << "audit.changed";
    QTest::newRow("event time") << QStringList{QStringLiteral(
                                       "UPDATE events SET at = replace(at, '09:', '08:') "
                                       "WHERE server_seq = 9")}
                                << qint64(9) << "audit.changed";
    QTest::newRow("deleted row") << QStringList{QStringLiteral("DELETE FROM events WHERE "
                                                               "server_seq = 5")}
                                 << qint64(5) << "audit.missing";
    QTest::newRow("deleted first row")
        << QStringList{QStringLiteral("DELETE FROM events WHERE server_seq = 1")} << qint64(1)
        << "audit.missing";
    QTest::newRow("swapped payloads")
        << QStringList{QStringLiteral("CREATE TEMP TABLE old AS SELECT server_seq, payload "
                                      "FROM events WHERE server_seq IN (4, 8)"),
                       QStringLiteral("UPDATE events SET payload = (SELECT payload FROM old "
                                      "WHERE old.server_seq = 12 - events.server_seq) "
                                      "WHERE server_seq IN (4, 8)")}
        << qint64(4) << "audit.changed";
    QTest::newRow("reordered rows of one case")
        << swapSeq(2, 5) << qint64(2) << "audit.out-of-order";
    QTest::newRow("reordered rows of two cases")
        << swapSeq(4, 6) << qint64(4) << "audit.out-of-order";
    QTest::newRow("hash replaced")
        << QStringList{QStringLiteral("UPDATE events SET chain_hash = zeroblob(32) "
                                      "WHERE server_seq = 10")}
        << qint64(10) << "audit.changed";
}

void tst_AuditChain::detectsTampering()
{
    QFETCH(QStringList, statements);
    const auto [dir, url] = m_stores.freshLocation(QStringLiteral("sqlite"));
    {
        auto store = m_stores.open(dir, url);
        QVERIFY(store);
        fillChain(*store);
        QVERIFY(AuditChain::verify(*store, nullptr)->ok);
    }
    const QString failed = tamperFile(dir, statements);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    auto store = m_stores.open(dir, url);
    QVERIFY(store);
    const auto report = AuditChain::verify(*store, nullptr);
    QVERIFY(report);
    QVERIFY(!report->ok);
    QTEST(report->firstBadServerSeq, "firstBad");
    QTEST(report->problem.code, "code");
    QVERIFY2(report->problem.message.contains(QString::number(report->firstBadServerSeq)),
             qPrintable(report->problem.message));
}

void tst_AuditChain::checkpointsPinARecomputedChain()
{
    const auto [dir, url] = m_stores.freshLocation(QStringLiteral("sqlite"));
    const auto key = Sm2KeyPair::generate();
    QVERIFY(key);
    {
        auto store = m_stores.open(dir, url);
        QVERIFY(store);
        fillChain(*store);
        QVERIFY(AuditChain::makeCheckpoint(*store, *key, t0));
    }
    // An intruder who knows the algorithm changes event 3 and recomputes every hash after it.
    QVERIFY(tamperFile(dir, {QStringLiteral("UPDATE events SET actor_name = '李四' WHERE "
                                            "server_seq = 3")})
                .isEmpty());
    QStringList rehash;
    {
        auto store = m_stores.open(dir, url);
        QByteArray previous = AuditChain::genesis();
        QVERIFY(store->forEachStoredEvent([&](const StoredEvent &stored) {
            previous = AuditChain::link(previous, stored.event.serverSeq, stored.event);
            rehash << QStringLiteral("UPDATE events SET chain_hash = x'%1' WHERE server_seq = %2")
                          .arg(QString::fromLatin1(previous.toHex()))
                          .arg(stored.event.serverSeq);
            return Status::success();
        }));
    }
    QVERIFY(tamperFile(dir, rehash).isEmpty());

    auto store = m_stores.open(dir, url);
    const Sm2PublicKey publicKey = key->publicKey();
    const auto report = AuditChain::verify(*store, &publicKey);
    QVERIFY(!report->ok);
    QCOMPARE(report->problem.code, QStringLiteral("audit.checkpoint-mismatch"));
    QCOMPARE(report->firstBadServerSeq, 10);
}

void tst_AuditChain::detectsDeletedTail()
{
    const auto [dir, url] = m_stores.freshLocation(QStringLiteral("sqlite"));
    const auto key = Sm2KeyPair::generate();
    {
        auto store = m_stores.open(dir, url);
        fillChain(*store);
        QVERIFY(AuditChain::makeCheckpoint(*store, *key, t0));
    }
    QVERIFY(tamperFile(dir, {QStringLiteral("DELETE FROM events WHERE server_seq > 8")}).isEmpty());
    auto store = m_stores.open(dir, url);
    const auto report = AuditChain::verify(*store, nullptr);
    QVERIFY(!report->ok);
    QCOMPARE(report->problem.code, QStringLiteral("audit.checkpoint-beyond-chain"));
    QCOMPARE(report->firstBadServerSeq, 9);
}

void tst_AuditChain::detectsForgedCheckpoints()
{
    const auto [dir, url] = m_stores.freshLocation(QStringLiteral("sqlite"));
    const auto serverKey = Sm2KeyPair::generate();
    const auto otherKey = Sm2KeyPair::generate();
    QVERIFY(serverKey && otherKey);
    const Sm2PublicKey publicKey = serverKey->publicKey();
    auto store = m_stores.open(dir, url);
    QVERIFY(store);
    const core::Command first = command(QUuid::createUuid(), QStringLiteral("W02"), 1);
    QVERIFY(store->applyCommand(first, appending(first, 4))->applied);
    QVERIFY(AuditChain::makeCheckpoint(*store, *serverKey, t0));
    fillChain(*store); // events 5–14
    QVERIFY(AuditChain::verify(*store, &publicKey)->ok);
    // A checkpoint signed with a key that is not the server's.
    QVERIFY(AuditChain::makeCheckpoint(*store, *otherKey, t0.addSecs(60)));
    auto report = AuditChain::verify(*store, &publicKey);
    QVERIFY(!report->ok);
    QCOMPARE(report->problem.code, QStringLiteral("audit.checkpoint-signature"));
    QCOMPARE(report->firstBadServerSeq, store->lastServerSeq().value());
    // Without the key the forged checkpoint still matches the chain.
    QVERIFY(AuditChain::verify(*store, nullptr)->ok);

    // The genuine checkpoint's time moved after signing.
    QVERIFY(tamperFile(dir, {QStringLiteral("DELETE FROM audit_checkpoints WHERE server_seq > 4"),
                             QStringLiteral("UPDATE audit_checkpoints SET signed_at = "
                                            "'2025-03-02T09:00:00.000+08:00'")})
                .isEmpty());
    report = AuditChain::verify(*store, &publicKey);
    QVERIFY(!report->ok);
    QCOMPARE(report->problem.code, QStringLiteral("audit.checkpoint-signature"));
    QCOMPARE(report->firstBadServerSeq, 4);
}

void tst_AuditChain::detectsTamperingOnPostgres()
{
    auto store = m_stores.fresh(QStringLiteral("postgresql"));
    QVERIFY(store);
    fillChain(*store);
    const auto key = Sm2KeyPair::generate();
    QVERIFY(AuditChain::makeCheckpoint(*store, *key, t0));
    const Sm2PublicKey publicKey = key->publicKey();
    QVERIFY(AuditChain::verify(*store, &publicKey)->ok);
    QSqlQuery q(store->database());
    QVERIFY2(q.exec(QStringLiteral("UPDATE events SET payload = replace(payload, '3000', '3001') "
                                   "WHERE server_seq = 5")),
             qPrintable(q.lastError().text()));
    auto report = AuditChain::verify(*store, &publicKey);
    QVERIFY(!report->ok);
    QCOMPARE(report->firstBadServerSeq, 5);
    QCOMPARE(report->problem.code, QStringLiteral("audit.changed"));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM events WHERE server_seq = 2")));
    report = AuditChain::verify(*store, &publicKey);
    QCOMPARE(report->firstBadServerSeq, 2);
    QCOMPARE(report->problem.code, QStringLiteral("audit.missing"));
}

void tst_AuditChain::auditVerifyCommand()
{
    const auto [dir, url] = m_stores.freshLocation(QStringLiteral("sqlite"));
    const auto key = Sm2KeyPair::generate();
    {
        auto store = m_stores.open(dir, url);
        fillChain(*store);
        QVERIFY(AuditChain::makeCheckpoint(*store, *key, t0));
    }
    CtlRun run = auditVerify({QStringLiteral("--dir"), dir});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("Audit chain verified: 10 events, 1 checkpoints"));
    QVERIFY2(run.out.contains(QStringLiteral("not checked")), qPrintable(run.out));

    // With the server's key in its place, the signatures are checked too.
    QVERIFY(QDir(dir).mkpath(QStringLiteral("server-sign")));
    QFile pem(dir + QStringLiteral("/server-sign/public.pem"));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(key->publicKeyPem());
    pem.close();
    run = auditVerify({QStringLiteral("--dir"), dir});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("Audit chain verified: 10 events, 1 checkpoints\n"));

    const auto other = Sm2KeyPair::generate();
    QFile otherPem(dir + QStringLiteral("/other.pem"));
    QVERIFY(otherPem.open(QIODevice::WriteOnly));
    otherPem.write(other->publicKeyPem());
    otherPem.close();
    run = auditVerify({QStringLiteral("--dir"), dir, QStringLiteral("--key"), otherPem.fileName()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("Audit chain broken at serverSeq 10: ")),
             qPrintable(run.out));

    QVERIFY(tamperFile(dir, {QStringLiteral("UPDATE events SET payload = replace(payload, "
                                            "'2000', '2001') WHERE server_seq = 3")})
                .isEmpty());
    run = auditVerify({QStringLiteral("--dir"), dir});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("Audit chain broken at serverSeq 3: ")),
             qPrintable(run.out));
}

void tst_AuditChain::auditVerifyCommandUsage()
{
    QCOMPARE(auditVerify({}).exitCode, 2);
    CtlRun help = auditVerify({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("sunhallctl audit verify")));
    QVERIFY(help.out.contains(QStringLiteral("--key")));

    const auto [dir, url] = m_stores.freshLocation(QStringLiteral("sqlite"));
    CtlRun noHall = auditVerify({QStringLiteral("--dir"), dir});
    QCOMPARE(noHall.exitCode, 1);
    QVERIFY2(noHall.err.contains(QStringLiteral("hall.db")), qPrintable(noHall.err));
    QVERIFY2(!QFile::exists(dir + QStringLiteral("/hall.db")), "verify created a store");

    CtlRun badKey = auditVerify(
        {QStringLiteral("--dir"), dir, QStringLiteral("--key"), dir + QStringLiteral("/none.pem")});
    QCOMPARE(badKey.exitCode, 1);
    QVERIFY(badKey.err.contains(QStringLiteral("none.pem")));

    CtlRun badUrl = auditVerify(
        {QStringLiteral("--dir"), dir, QStringLiteral("--db"), QStringLiteral("mysql://x@y/z")});
    QCOMPARE(badUrl.exitCode, 1);
    QVERIFY(badUrl.err.contains(QStringLiteral("postgresql://")));
}

QTEST_GUILESS_MAIN(tst_AuditChain)
#include "tst_auditchain.moc"
