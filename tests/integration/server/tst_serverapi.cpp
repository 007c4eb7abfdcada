// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The API of the real sunhall-server over mutual TLS, as the desktop client, sunhallctl and a
// monitoring script use it: health and metrics, logging in and out, push and pull with their
// authority and scope rules, reference data, leases, attachments and the live feed.
#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"
#include "tests/integration/server/ServerProcess.h"
#include "tests/integration/server/TestHall.h"
#include "tests/integration/server/TlsClient.h"
#include "tests/support/CaseFixture.h"
#include "tests/support/PostgresFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace servertest;
using namespace sunhall::core;

class tst_ServerApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthWithCurl();
    void healthKeepsConnectionAlive();
    void login_data();
    void login();
    void loginFailuresLookAlike();
    void loginAnswer();
    void sessionRequired_data();
    void sessionRequired();
    void logout();
    void lockout();
    void pushAndPull();
    void replayReturnsStoredResult();
    void sequenceConflict();
    void sequenceGap();
    void clerkCannotDecide();
    void pullScope_data();
    void pullScope();
    void pullPages();
    void foreignCommandsForbidden_data();
    void foreignCommandsForbidden();
    void malformedInput_data();
    void malformedInput();
    void unknownPathAndWrongMethod_data();
    void unknownPathAndWrongMethod();
    void sqlMetacharactersAndLongChineseNames();
    void referenceData();
    void leases_data();
    void leases();
    void attachmentInTwoChunks();
    void attachmentRefusals_data();
    void attachmentRefusals();
    void attachmentTooLarge();
    void livePokeAfterAnotherClientsPush();
    void liveNeedsSession();
    void metrics();
    void checkpoints();

private:
    std::unique_ptr<TlsClient> client(const QString &workstation = QStringLiteral("W01"));
    std::unique_ptr<TlsClient> loggedIn(const QString &user, const QString &workstation);
    Command stamped(Command command, const QString &user, const QString &workstation);
    HttpReply push(TlsClient &client, const QList<Command> &commands);
    QString nextCaseNumber(TlsClient &client);
    /// Registers and accepts a new case as li.na at W01; its id.
    QUuid acceptedCase(const QString &applicantName = QStringLiteral("陈申请"));
    QList<QJsonObject> pullAll(TlsClient &client);

    sunhall::testing::PostgresFixture m_postgres;
    TestHall m_hall;
    ServerProcess m_server;
    QHash<QString, qint64> m_sequence;
    QList<int> m_caseSerials;
};

std::unique_ptr<TlsClient> tst_ServerApi::client(const QString &workstation)
{
    auto tls = std::make_unique<TlsClient>(m_hall.caPath(), m_hall.certificatePath(workstation),
                                           m_hall.keyPath(workstation));
    tls->connectTo(m_server.port());
    return tls;
}

std::unique_ptr<TlsClient> tst_ServerApi::loggedIn(const QString &user, const QString &workstation)
{
    auto tls = client(workstation);
    logIn(*tls, user);
    return tls;
}

Command tst_ServerApi::stamped(Command command, const QString &user, const QString &workstation)
{
    const sunhall::server::UserRecord record = TestHall::user(user);
    const qint64 seq = ++m_sequence[workstation];
    CommandOrigin origin{Actor{record.id, record.name, record.roles, record.departments},
                         workstation, casefixture::at(2025, 3, 3).addSecs(seq * 60), seq};
    return origin.stamp(std::move(command));
}

HttpReply tst_ServerApi::push(TlsClient &client, const QList<Command> &commands)
{
    QJsonArray list;
    for (const Command &command : commands)
        list.append(command.toJson());
    return client.postJson(QStringLiteral("/v1/sync/push"), {{QStringLiteral("commands"), list}});
}

QString tst_ServerApi::nextCaseNumber(TlsClient &client)
{
    if (m_caseSerials.isEmpty()) {
        const HttpReply lease = client.postJson(QStringLiteral("/v1/leases"),
                                                {{QStringLiteral("kind"), QStringLiteral("case")},
                                                 {QStringLiteral("year"), 2025},
                                                 {QStringLiteral("count"), 20}});
        for (int serial = lease.json().value(QStringLiteral("first")).toInt();
             serial <= lease.json().value(QStringLiteral("last")).toInt(); ++serial)
            m_caseSerials.append(serial);
    }
    if (m_caseSerials.isEmpty())
        return {};
    return DocumentNumber::make(DocumentNumber::Kind::Case, QString::fromLatin1(hallCode), 2025,
                                m_caseSerials.takeFirst())
        ->toString();
}

QUuid tst_ServerApi::acceptedCase(const QString &applicantName)
{
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const QUuid caseId = QUuid::createUuid();
    RegisterPayload application = casefixture::application(TestHall::item());
    application.applicant.name = applicantName;
    const QString number = nextCaseNumber(*clerk);
    const HttpReply reply = push(*clerk, {stamped(Commands::registerCase(caseId, application),
                                                  QStringLiteral("li.na"), QStringLiteral("W01")),
                                          stamped(Commands::accept(caseId, number),
                                                  QStringLiteral("li.na"), QStringLiteral("W01"))});
    const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &result : results) {
        if (result.toObject().value(QStringLiteral("status")).toString() !=
            QLatin1String("applied"))
            qWarning() << "not applied:" << result;
    }
    return reply.status == 200 && results.size() == 2 ? caseId : QUuid();
}

QList<QJsonObject> tst_ServerApi::pullAll(TlsClient &client)
{
    QList<QJsonObject> events;
    qint64 after = 0;
    for (int page = 0; page < 100; ++page) {
        const HttpReply reply =
            client.get(QStringLiteral("/v1/sync/pull?after=%1&limit=2000").arg(after));
        if (reply.status != 200)
            return {};
        for (const QJsonValue &event : reply.json().value(QStringLiteral("events")).toArray())
            events.append(event.toObject());
        after = reply.json().value(QStringLiteral("serverSeq")).toInteger();
        if (!reply.json().value(QStringLiteral("more")).toBool())
            break;
    }
    return events;
}

void tst_ServerApi::initTestCase()
{
    if (testEngine() == QLatin1String("postgresql")) {
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        const QString url = m_postgres.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_postgres.errorString()));
        m_hall.setDatabaseUrl(url);
    }
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_hall.dir(), m_hall.serverArguments() +
                                              QStringList{QStringLiteral("--checkpoint-every"),
                                                          QStringLiteral("3")}),
             qPrintable(m_server.log()));
}

void tst_ServerApi::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SUNHALL_TEST_SERVER_LOG"))
        qInfo().noquote() << m_server.log();
    if (m_server.isRunning())
        QCOMPARE(m_server.stop(), 0);
}

void tst_ServerApi::healthWithCurl()
{
    const CurlReply reply =
        curl({QStringLiteral("--cacert"), m_hall.caPath(), QStringLiteral("--cert"),
              m_hall.certificatePath(QStringLiteral("W01")), QStringLiteral("--key"),
              m_hall.keyPath(QStringLiteral("W01")),
              QStringLiteral("https://127.0.0.1:%1/v1/health").arg(m_server.port())});
    QVERIFY2(reply.exitCode == 0, reply.errors.constData());
    QCOMPARE(reply.status, 200);
    const QJsonObject health = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.value(QStringLiteral("apiVersion")).toInt(), 1);
    QCOMPARE(health.value(QStringLiteral("hall")).toString(), QStringLiteral("测试行政服务中心"));
    QCOMPARE(health.value(QStringLiteral("engine")).toString(), testEngine());
    QVERIFY(
        QDateTime::fromString(health.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
            .isValid());
    QVERIFY(health.contains(QStringLiteral("serverSeq")));
}

void tst_ServerApi::healthKeepsConnectionAlive()
{
    auto tls = client();
    QVERIFY(tls->isConnected());
    for (int i = 0; i < 3; ++i) {
        const HttpReply reply = tls->get(QStringLiteral("/v1/health"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("connection"), QByteArray("keep-alive"));
        QVERIFY(tls->isConnected());
    }
}

void tst_ServerApi::login_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString pw = QString::fromLatin1(password);
    const auto body = [](const QString &user, const QString &password) {
        return QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    };
    QTest::newRow("right") << body(QStringLiteral("li.na"), pw) << 200 << QString() << QString();
    QTest::newRow("wrong password")
        << body(QStringLiteral("li.na"), QStringLiteral("nope nope")) << 401 << "auth.failed"
        << "password";
    QTest::newRow("unknown user") << body(QStringLiteral("nobody.here"), pw) << 401 << "auth.failed"
                                  << "password";
    QTest::newRow("disabled user") << body(QStringLiteral("sun.li"), pw) << 401 << "auth.failed"
                                   << "password";
    QTest::newRow("SQL in the name")
        << body(QStringLiteral("x' OR '1'='1"), pw) << 401 << "auth.failed"
        << "password";
    QTest::newRow("no password") << QJsonObject{{QStringLiteral("user"), QStringLiteral("li.na")}}
                                 << 400 << "request.bad-field"
                                 << "password";
    QTest::newRow("password not text")
        << QJsonObject{{QStringLiteral("user"), QStringLiteral("li.na")},
                       {QStringLiteral("password"), 42}}
        << 400 << "request.bad-field"
        << "password";
}

void tst_ServerApi::login()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto tls = client();
    const HttpReply reply = tls->postJson(QStringLiteral("/v1/session"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    if (status != 200)
        QVERIFY(!reply.errorMessage().isEmpty());
}

void tst_ServerApi::loginFailuresLookAlike()
{
    auto tls = client(QStringLiteral("W02"));
    QList<QByteArray> bodies;
    for (const char *user : {"li.na", "nobody.here", "sun.li"}) {
        const QString pw = QLatin1String(user) == QLatin1String("li.na")
                               ? QStringLiteral("wrong password")
                               : QString::fromLatin1(password);
        const HttpReply reply = tls->postJson(QStringLiteral("/v1/session"),
                                              {{QStringLiteral("user"), QString::fromLatin1(user)},
                                               {QStringLiteral("password"), pw}});
        QCOMPARE(reply.status, 401);
        bodies.append(reply.body);
    }
    QCOMPARE(bodies[1], bodies[0]);
    QCOMPARE(bodies[2], bodies[0]);
}

void tst_ServerApi::loginAnswer()
{
    auto tls = client();
    const HttpReply reply =
        tls->postJson(QStringLiteral("/v1/session"),
                      {{QStringLiteral("user"), QStringLiteral("li.na")},
                       {QStringLiteral("password"), QString::fromLatin1(password)}});
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    const QString token = json.value(QStringLiteral("token")).toString();
    QCOMPARE(token.size(), 43);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(token).hasMatch());
    QCOMPARE(json.value(QStringLiteral("workstation")).toString(), QStringLiteral("W01"));
    const QJsonObject user = json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("id")).toString(), QStringLiteral("li.na"));
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("李娜"));
    QCOMPARE(user.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("clerk")});
    QCOMPARE(user.value(QStringLiteral("departments")).toArray(),
             QJsonArray{QStringLiteral("SCJG")});
    QVERIFY(!user.contains(QStringLiteral("passwordHash")));
    const QDateTime expires = QDateTime::fromString(
        json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(3600));
    QVERIFY(json.contains(QStringLiteral("serverSeq")));
}

void tst_ServerApi::sessionRequired_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("loginAt");
    QTest::newRow("no token") << QString() << QString();
    QTest::newRow("garbage token") << QStringLiteral("not-a-token") << QString();
    QTest::newRow("well-formed unknown token") << QString(43, QLatin1Char('A')) << QString();
    QTest::newRow("another workstation's token") << QString() << QStringLiteral("W02");
}

void tst_ServerApi::sessionRequired()
{
    QFETCH(QString, token);
    QFETCH(QString, loginAt);
    if (!loginAt.isEmpty()) {
        auto other = client(loginAt);
        token = logIn(*other, QStringLiteral("li.na"));
        QVERIFY(!token.isEmpty());
    }
    auto tls = client();
    tls->setToken(token);
    for (const QString &path :
         {QStringLiteral("/v1/sync/pull?after=0"), QStringLiteral("/v1/reference/users")}) {
        const HttpReply reply = tls->get(path);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("auth.session-invalid"));
    }
}

void tst_ServerApi::logout()
{
    auto tls = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    QCOMPARE(tls->get(QStringLiteral("/v1/sync/pull?after=0")).status, 200);
    QCOMPARE(tls->request("DELETE", QStringLiteral("/v1/session")).status, 204);
    const HttpReply after = tls->get(QStringLiteral("/v1/sync/pull?after=0"));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("auth.session-invalid"));
}

void tst_ServerApi::lockout()
{
    auto tls = client(QStringLiteral("W03"));
    const auto attempt = [&tls](const QString &user, const QString &password) {
        return tls->postJson(
            QStringLiteral("/v1/session"),
            {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(QStringLiteral("ghost"), QStringLiteral("guess %1").arg(i)).status, 401);
    const HttpReply locked = attempt(QStringLiteral("ghost"), QStringLiteral("guess 6"));
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.errorCode(), QStringLiteral("auth.locked"));
    QVERIFY2(locked.errorMessage().contains(QStringLiteral("15 minute")),
             qPrintable(locked.errorMessage()));
    // One account's lock leaves the others alone.
    QCOMPARE(attempt(QStringLiteral("li.na"), QString::fromLatin1(password)).status, 200);
    // Twenty failures at one workstation lock the workstation, for everyone.
    for (int i = 0; i < 15; ++i)
        QCOMPARE(attempt(QStringLiteral("ghost-%1").arg(i), QStringLiteral("x")).status, 401);
    const HttpReply workstationLocked =
        attempt(QStringLiteral("li.na"), QString::fromLatin1(password));
    QCOMPARE(workstationLocked.status, 429);
    QCOMPARE(workstationLocked.errorCode(), QStringLiteral("auth.locked"));
    auto elsewhere = client(QStringLiteral("W01"));
    QVERIFY(!logIn(*elsewhere, QStringLiteral("li.na")).isEmpty());
}

void tst_ServerApi::pushAndPull()
{
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const QUuid caseId = QUuid::createUuid();
    const QString number = nextCaseNumber(*clerk);
    QVERIFY(!number.isEmpty());
    const HttpReply reply = push(
        *clerk, {stamped(Commands::registerCase(caseId, casefixture::application(TestHall::item())),
                         QStringLiteral("li.na"), QStringLiteral("W01")),
                 stamped(Commands::accept(caseId, number), QStringLiteral("li.na"),
                         QStringLiteral("W01"))});
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &result : results)
        QCOMPARE(result.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
    const qint64 lastSeq = results[1].toObject().value(QStringLiteral("lastServerSeq")).toInteger();
    QCOMPARE(reply.json().value(QStringLiteral("serverSeq")).toInteger(), lastSeq);

    QStringList types;
    for (const QJsonObject &event : pullAll(*clerk)) {
        if (event.value(QStringLiteral("caseId")).toString() ==
            caseId.toString(QUuid::WithoutBraces))
            types.append(event.value(QStringLiteral("type")).toString());
    }
    QVERIFY2(types.contains(EventType::registered) && types.contains(EventType::accepted),
             qPrintable(types.join(QLatin1Char(','))));
}

void tst_ServerApi::replayReturnsStoredResult()
{
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const QUuid caseId = QUuid::createUuid();
    const QList<Command> commands{
        stamped(Commands::registerCase(caseId, casefixture::application(TestHall::item())),
                QStringLiteral("li.na"), QStringLiteral("W01")),
        stamped(Commands::accept(caseId, nextCaseNumber(*clerk)), QStringLiteral("li.na"),
                QStringLiteral("W01"))};
    const HttpReply first = push(*clerk, commands);
    QCOMPARE(first.status, 200);
    const qint64 seqAfterFirst = first.json().value(QStringLiteral("serverSeq")).toInteger();
    const HttpReply again = push(*clerk, commands);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QStringLiteral("results")),
             first.json().value(QStringLiteral("results")));
    QCOMPARE(again.json().value(QStringLiteral("serverSeq")).toInteger(), seqAfterFirst);
}

void tst_ServerApi::sequenceConflict()
{
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    Command other = stamped(Commands::withdraw(QUuid::createUuid(), QStringLiteral("x")),
                            QStringLiteral("li.na"), QStringLiteral("W01"));
    --m_sequence[QStringLiteral("W01")];
    other.workstationSeq = m_sequence[QStringLiteral("W01")]; // already used by another command
    const HttpReply reply = push(*clerk, {other});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("sync.sequence-conflict"));
    QVERIFY(reply.errorField().startsWith(QStringLiteral("commands[0]")));
}

void tst_ServerApi::sequenceGap()
{
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const qint64 expected = m_sequence[QStringLiteral("W01")] + 1;
    Command skipping = stamped(Commands::withdraw(QUuid::createUuid(), QStringLiteral("x")),
                               QStringLiteral("li.na"), QStringLiteral("W01"));
    skipping.workstationSeq = expected + 1;
    --m_sequence[QStringLiteral("W01")];
    const HttpReply reply = push(*clerk, {skipping});
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("sync.sequence-gap"));
    QCOMPARE(reply.errorField(), QStringLiteral("commands[0].workstationSeq"));
    QVERIFY2(reply.errorMessage().contains(QString::number(expected)),
             qPrintable(reply.errorMessage()));
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("expected"))
                 .toInteger(),
             expected);
    QCOMPARE(reply.json().value(QStringLiteral("results")).toArray().size(), 0);
}

void tst_ServerApi::clerkCannotDecide()
{
    const QUuid caseId = acceptedCase();
    QVERIFY(!caseId.isNull());
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const HttpReply reply =
        push(*clerk, {stamped(Commands::decide(caseId, true, QStringLiteral("ok")),
                              QStringLiteral("li.na"), QStringLiteral("W01"))});
    QCOMPARE(reply.status, 200);
    const QJsonObject result =
        reply.json().value(QStringLiteral("results")).toArray()[0].toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QVERIFY(!result.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    for (const QJsonObject &event : pullAll(*clerk)) {
        if (event.value(QStringLiteral("caseId")).toString() ==
            caseId.toString(QUuid::WithoutBraces))
            QVERIFY(event.value(QStringLiteral("type")).toString() != EventType::decided);
    }
}

void tst_ServerApi::pullScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("seesCase");
    QTest::newRow("clerk of the department") << QStringLiteral("li.na") << true;
    QTest::newRow("clerk of another department") << QStringLiteral("wang.fang") << false;
    QTest::newRow("supervisor") << QStringLiteral("zhao.min") << true;
}

void tst_ServerApi::pullScope()
{
    QFETCH(QString, user);
    QFETCH(bool, seesCase);
    const QUuid caseId = acceptedCase();
    QVERIFY(!caseId.isNull());
    auto reader = loggedIn(user, QStringLiteral("W02"));
    bool seen = false;
    for (const QJsonObject &event : pullAll(*reader)) {
        seen = seen || event.value(QStringLiteral("caseId")).toString() ==
                           caseId.toString(QUuid::WithoutBraces);
    }
    QCOMPARE(seen, seesCase);
    // Even with nothing to see, the cursor moves to the newest event.
    const HttpReply page = reader->get(QStringLiteral("/v1/sync/pull?after=0&limit=2000"));
    const HttpReply health = reader->get(QStringLiteral("/v1/health"));
    QCOMPARE(page.json().value(QStringLiteral("serverSeq")).toInteger(),
             health.json().value(QStringLiteral("serverSeq")).toInteger());
}

void tst_ServerApi::pullPages()
{
    QVERIFY(!acceptedCase().isNull());
    auto supervisor = loggedIn(QStringLiteral("zhao.min"), QStringLiteral("W02"));
    const HttpReply first = supervisor->get(QStringLiteral("/v1/sync/pull?after=0&limit=1"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("events")).toArray().size(), 1);
    QVERIFY(first.json().value(QStringLiteral("more")).toBool());
    const qint64 cursor = first.json().value(QStringLiteral("serverSeq")).toInteger();
    QCOMPARE(cursor, first.json()
                         .value(QStringLiteral("events"))
                         .toArray()[0]
                         .toObject()
                         .value(QStringLiteral("serverSeq"))
                         .toInteger());
    const HttpReply second =
        supervisor->get(QStringLiteral("/v1/sync/pull?after=%1&limit=1").arg(cursor));
    QVERIFY(second.json()
                .value(QStringLiteral("events"))
                .toArray()[0]
                .toObject()
                .value(QStringLiteral("serverSeq"))
                .toInteger() > cursor);
    const QJsonObject reference = first.json().value(QStringLiteral("reference")).toObject();
    QCOMPARE(reference.value(QStringLiteral("catalogVersion")).toInt(), 1);
    QVERIFY(reference.contains(QStringLiteral("calendarVersion")));
    QVERIFY(reference.contains(QStringLiteral("usersVersion")));
}

void tst_ServerApi::foreignCommandsForbidden_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("workstation");
    QTest::addColumn<QString>("field");
    QTest::newRow("another workstation")
        << QStringLiteral("li.na") << QStringLiteral("W02") << QStringLiteral("commands[0]");
    QTest::newRow("another user") << QStringLiteral("zhang.wei") << QStringLiteral("W01")
                                  << QStringLiteral("commands[0]");
}

void tst_ServerApi::foreignCommandsForbidden()
{
    QFETCH(QString, actor);
    QFETCH(QString, workstation);
    QFETCH(QString, field);
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const qint64 before = clerk->get(QStringLiteral("/v1/health"))
                              .json()
                              .value(QStringLiteral("serverSeq"))
                              .toInteger();
    Command command = stamped(
        Commands::registerCase(QUuid::createUuid(), casefixture::application(TestHall::item())),
        actor, workstation);
    --m_sequence[workstation];
    const HttpReply reply = push(*clerk, {command});
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("auth.forbidden"));
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(clerk->get(QStringLiteral("/v1/health"))
                 .json()
                 .value(QStringLiteral("serverSeq"))
                 .toInteger(),
             before);
}

void tst_ServerApi::malformedInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QString pushPath = QStringLiteral("/v1/sync/push");
    QTest::newRow("cut-off JSON") << pushPath << QByteArray("{\"commands\": [")
                                  << "request.malformed-json"
                                  << "body";
    QTest::newRow("not an object") << pushPath << QByteArray("[1,2]") << "request.malformed-json"
                                   << "body";
    QTest::newRow("empty body") << pushPath << QByteArray() << "request.malformed-json"
                                << "body";
    QTest::newRow("commands not a list")
        << pushPath << QByteArray("{\"commands\":\"all\"}") << "request.bad-field"
        << "commands";
    QTest::newRow("command not an object")
        << pushPath << QByteArray("{\"commands\":[7]}") << "request.bad-field"
        << "commands[0]";
    QTest::newRow("command without id")
        << pushPath << QByteArray("{\"commands\":[{\"type\":\"accept\"}]}") << "request.bad-field"
        << "commands[0].";
    QTest::newRow("lease count out of range")
        << QStringLiteral("/v1/leases")
        << QByteArray("{\"kind\":\"case\",\"year\":2025,\"count\":100000}") << "request.bad-field"
        << "count";
    QTest::newRow("lease kind unknown")
        << QStringLiteral("/v1/leases")
        << QByteArray("{\"kind\":\"case'; DROP TABLE leases; --\",\"year\":2025,\"count\":5}")
        << "request.bad-field"
        << "kind";
    QTest::newRow("pull after not a number")
        << QStringLiteral("/v1/sync/pull?after=ten") << QByteArray() << "request.bad-field"
        << "after";
    QTest::newRow("pull limit too large")
        << QStringLiteral("/v1/sync/pull?after=0&limit=5000") << QByteArray() << "request.bad-field"
        << "limit";
}

void tst_ServerApi::malformedInput()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto tls = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const bool isGet = path.contains(QLatin1String("/pull"));
    const HttpReply reply =
        tls->request(isGet ? "GET" : "POST", path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY2(reply.errorField().startsWith(field), qPrintable(reply.errorField()));
    QVERIFY(!reply.errorMessage().isEmpty());
    QVERIFY(tls->isConnected()); // a bad request does not cost the connection
}

void tst_ServerApi::unknownPathAndWrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/v1/nothing") << 404
                                  << QByteArray();
    QTest::newRow("trailing slash")
        << QByteArray("GET") << QStringLiteral("/v1/health/") << 404 << QByteArray();
    QTest::newRow("encoded slash")
        << QByteArray("GET") << QStringLiteral("/v1%2Fhealth") << 404 << QByteArray();
    QTest::newRow("PUT health") << QByteArray("PUT") << QStringLiteral("/v1/health") << 405
                                << QByteArray("GET");
    QTest::newRow("GET push") << QByteArray("GET") << QStringLiteral("/v1/sync/push") << 405
                              << QByteArray("POST");
    QTest::newRow("PATCH session") << QByteArray("PATCH") << QStringLiteral("/v1/session") << 405
                                   << QByteArray("POST, DELETE");
}

void tst_ServerApi::unknownPathAndWrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    auto tls = client();
    const HttpReply reply = tls->request(method, path);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("allow"), allow);
    QCOMPARE(reply.errorCode(), status == 404 ? QStringLiteral("request.not-found")
                                              : QStringLiteral("request.method-not-allowed"));
}

void tst_ServerApi::sqlMetacharactersAndLongChineseNames()
{
    // The longest applicant name the core accepts (200 characters), Chinese and SQL.
    QString name = QStringLiteral("'); DROP TABLE events; -- \" OR 1=1; \\ %_");
    const QString hanzi = QStringLiteral("张王李赵刘陈杨黄周吴");
    while (name.size() < 200)
        name.prepend(hanzi.at(name.size() % hanzi.size()));
    const QUuid caseId = acceptedCase(name);
    QVERIFY(!caseId.isNull());
    auto supervisor = loggedIn(QStringLiteral("zhao.min"), QStringLiteral("W02"));
    QString stored;
    for (const QJsonObject &event : pullAll(*supervisor)) {
        if (event.value(QStringLiteral("caseId")).toString() ==
                caseId.toString(QUuid::WithoutBraces) &&
            event.value(QStringLiteral("type")).toString() == EventType::registered) {
            stored = event.value(QStringLiteral("payload"))
                         .toObject()
                         .value(QStringLiteral("applicant"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString();
        }
    }
    QCOMPARE(stored, name);
    QCOMPARE(supervisor->get(QStringLiteral("/v1/health")).status, 200);
}

void tst_ServerApi::referenceData()
{
    auto tls = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const HttpReply catalog = tls->get(QStringLiteral("/v1/reference/catalog"));
    QCOMPARE(catalog.status, 200);
    QCOMPARE(catalog.json().value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(tls->get(QStringLiteral("/v1/reference/catalog?version=1")).status, 200);
    const HttpReply missing = tls->get(QStringLiteral("/v1/reference/catalog?version=9"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorField(), QStringLiteral("version"));
    const HttpReply calendar = tls->get(QStringLiteral("/v1/reference/calendar"));
    QCOMPARE(calendar.status, 200);
    QVERIFY(calendar.json().value(QStringLiteral("years")).toArray().size() >= 3);
    const HttpReply users = tls->get(QStringLiteral("/v1/reference/users"));
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json().value(QStringLiteral("users")).toArray().size(), 5);
    QVERIFY(!users.body.contains("argon2"));
}

void tst_ServerApi::leases_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("case") << QStringLiteral("case");
    QTest::newRow("receipt") << QStringLiteral("receipt");
    QTest::newRow("certificate") << QStringLiteral("certificate");
}

void tst_ServerApi::leases()
{
    QFETCH(QString, kind);
    auto first = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    auto second = loggedIn(QStringLiteral("zhang.wei"), QStringLiteral("W02"));
    const QJsonObject body{{QStringLiteral("kind"), kind},
                           {QStringLiteral("year"), 2026},
                           {QStringLiteral("count"), 100}};
    const HttpReply a = first->postJson(QStringLiteral("/v1/leases"), body);
    const HttpReply b = second->postJson(QStringLiteral("/v1/leases"), body);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.status, 200);
    QCOMPARE(a.json().value(QStringLiteral("hallCode")).toString(), QString::fromLatin1(hallCode));
    QCOMPARE(a.json().value(QStringLiteral("workstation")).toString(), QStringLiteral("W01"));
    QCOMPARE(a.json().value(QStringLiteral("last")).toInteger() -
                 a.json().value(QStringLiteral("first")).toInteger(),
             99);
    // Two workstations never share a serial.
    QVERIFY(b.json().value(QStringLiteral("first")).toInteger() >
                a.json().value(QStringLiteral("last")).toInteger() ||
            b.json().value(QStringLiteral("last")).toInteger() <
                a.json().value(QStringLiteral("first")).toInteger());
}

namespace {
QByteArray pdfBytes(qsizetype size)
{
    QByteArray bytes("%PDF-1.7\n");
    while (bytes.size() < size)
        bytes += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    bytes.resize(size);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

void tst_ServerApi::attachmentInTwoChunks()
{
    auto tls = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const QByteArray scan = pdfBytes(300 * 1024);
    const QString name = sha256(scan);
    const QString base = QStringLiteral("/v1/attachments/") + name;
    const QByteArray firstHalf = scan.left(120 * 1024);
    const QList<std::pair<QByteArray, QByteArray>> octets{
        {"Content-Type", "application/octet-stream"}};

    HttpReply reply = tls->request("PUT", base + QStringLiteral("?offset=0"), firstHalf, octets);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("received")).toInteger(), firstHalf.size());
    QCOMPARE(reply.json().value(QStringLiteral("complete")).toBool(), false);

    // The client lost track: the server says where to resume.
    reply = tls->request("PUT", base + QStringLiteral("?offset=0"), firstHalf, octets);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("attachment.offset"));
    QCOMPARE(reply.json().value(QStringLiteral("received")).toInteger(), firstHalf.size());
    reply = tls->get(base + QStringLiteral("/status"));
    QCOMPARE(reply.json().value(QStringLiteral("received")).toInteger(), firstHalf.size());

    reply = tls->request("PUT", base + QStringLiteral("?offset=%1&final=1").arg(firstHalf.size()),
                         scan.mid(firstHalf.size()), octets);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(reply.json().value(QStringLiteral("received")).toInteger(), scan.size());

    reply = tls->get(base);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/pdf"));
    QCOMPARE(reply.body, scan);
}

void tst_ServerApi::attachmentRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray pdf = pdfBytes(4096);
    QTest::newRow("wrong hash") << pdf << sha256("something else") << 400
                                << "attachment.hash-mismatch";
    QTest::newRow("GIF") << QByteArray("GIF89a") + pdf << sha256(QByteArray("GIF89a") + pdf) << 415
                         << "attachment.type";
    QTest::newRow("executable") << QByteArray("\x7f"
                                              "ELF") +
                                       pdf
                                << sha256(QByteArray("\x7f"
                                                     "ELF") +
                                          pdf)
                                << 415 << "attachment.type";
    QTest::newRow("name not a hash")
        << pdf << QStringLiteral("..%2F..%2Fhall.db") << 400 << "request.bad-field";
    QTest::newRow("JPEG ok") << QByteArray("\xFF\xD8\xFF\xE0") + pdf
                             << sha256(QByteArray("\xFF\xD8\xFF\xE0") + pdf) << 200 << QString();
    QTest::newRow("PNG ok") << QByteArray("\x89PNG\r\n\x1a\n") + pdf
                            << sha256(QByteArray("\x89PNG\r\n\x1a\n") + pdf) << 200 << QString();
    QTest::newRow("TIFF ok") << QByteArray("II*\0", 4) + pdf << sha256(QByteArray("II*\0", 4) + pdf)
                             << 200 << QString();
}

void tst_ServerApi::attachmentRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto tls = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const QString base = QStringLiteral("/v1/attachments/") + name;
    const HttpReply reply = tls->request("PUT", base + QStringLiteral("?offset=0&final=1"), bytes,
                                         {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    if (status != 200 && status != 400) {
        // A refused upload is dropped: nothing is left to resume.
        QCOMPARE(tls->get(base + QStringLiteral("/status"))
                     .json()
                     .value(QStringLiteral("received"))
                     .toInteger(),
                 0);
    }
}

void tst_ServerApi::attachmentTooLarge()
{
    auto tls = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const QByteArray chunk = pdfBytes(4 * 1024 * 1024);
    const QString base = QStringLiteral("/v1/attachments/") + sha256("not this one");
    qint64 offset = 0;
    for (int i = 0; i < 12; ++i) {
        const HttpReply reply =
            tls->request("PUT", base + QStringLiteral("?offset=%1").arg(offset), chunk,
                         {{"Content-Type", "application/octet-stream"}}, 60000);
        QCOMPARE(reply.status, 200);
        offset += chunk.size();
    }
    const HttpReply tooMuch = tls->request("PUT", base + QStringLiteral("?offset=%1").arg(offset),
                                           chunk.left(3 * 1024 * 1024),
                                           {{"Content-Type", "application/octet-stream"}}, 60000);
    QCOMPARE(tooMuch.status, 413);
    QCOMPARE(tooMuch.errorCode(), QStringLiteral("attachment.too-large"));
    QCOMPARE(tls->get(base + QStringLiteral("/status"))
                 .json()
                 .value(QStringLiteral("received"))
                 .toInteger(),
             0);
}

namespace {
QSslConfiguration liveTls(const TestHall &hall, const QString &workstation)
{
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(read(hall.caPath())));
    tls.setLocalCertificate(QSslCertificate(read(hall.certificatePath(workstation))));
    tls.setPrivateKey(QSslKey(read(hall.keyPath(workstation)), QSsl::Ec));
    return tls;
}

QNetworkRequest liveRequest(quint16 port, const QString &token)
{
    QNetworkRequest request(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(port)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}
} // namespace

void tst_ServerApi::livePokeAfterAnotherClientsPush()
{
    auto supervisorLogin = client(QStringLiteral("W02"));
    auto otherLogin = client(QStringLiteral("W02"));
    const QString supervisorToken = logIn(*supervisorLogin, QStringLiteral("zhao.min"));
    const QString otherToken = logIn(*otherLogin, QStringLiteral("wang.fang"));
    QVERIFY(!supervisorToken.isEmpty() && !otherToken.isEmpty());
    QWebSocket supervisor;
    QWebSocket otherDepartment;
    supervisor.setSslConfiguration(liveTls(m_hall, QStringLiteral("W02")));
    otherDepartment.setSslConfiguration(liveTls(m_hall, QStringLiteral("W02")));
    QSignalSpy supervisorMessages(&supervisor, &QWebSocket::textMessageReceived);
    QSignalSpy otherMessages(&otherDepartment, &QWebSocket::textMessageReceived);
    QSignalSpy supervisorConnected(&supervisor, &QWebSocket::connected);
    QSignalSpy otherConnected(&otherDepartment, &QWebSocket::connected);
    supervisor.open(liveRequest(m_server.port(), supervisorToken));
    // The token may also come in the query, for clients that cannot set headers.
    otherDepartment.open(QNetworkRequest(QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live?token=%2")
                                                  .arg(m_server.port())
                                                  .arg(otherToken))));
    QTRY_COMPARE_WITH_TIMEOUT(supervisorConnected.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(otherConnected.size(), 1, 10000);

    const QUuid caseId = acceptedCase();
    QVERIFY(!caseId.isNull());
    auto clerk = loggedIn(QStringLiteral("li.na"), QStringLiteral("W01"));
    const qint64 serverSeq = clerk->get(QStringLiteral("/v1/health"))
                                 .json()
                                 .value(QStringLiteral("serverSeq"))
                                 .toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(!supervisorMessages.isEmpty(), 5000);
    const QJsonObject poke =
        QJsonDocument::fromJson(supervisorMessages.constLast().at(0).toString().toUtf8()).object();
    QCOMPARE(poke.value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
    QCOMPARE(poke.value(QStringLiteral("serverSeq")).toInteger(), serverSeq);
    // A clerk of another department is not woken for a case it may not see.
    QTest::qWait(500);
    QCOMPARE(otherMessages.size(), 0);
    supervisor.close();
    otherDepartment.close();
}

void tst_ServerApi::liveNeedsSession()
{
    QWebSocket socket;
    socket.setSslConfiguration(liveTls(m_hall, QStringLiteral("W02")));
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(liveRequest(m_server.port(), QString(43, QLatin1Char('x'))));
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 10000);
    QCOMPARE(connected.size(), 0);
    // Without the upgrade, /v1/live is a bad request, not a hang.
    auto tls = loggedIn(QStringLiteral("zhao.min"), QStringLiteral("W02"));
    QCOMPARE(tls->get(QStringLiteral("/v1/live")).status, 400);
}

void tst_ServerApi::metrics()
{
    const CurlReply reply =
        curl({QStringLiteral("--cacert"), m_hall.caPath(), QStringLiteral("--cert"),
              m_hall.certificatePath(QStringLiteral("W01")), QStringLiteral("--key"),
              m_hall.keyPath(QStringLiteral("W01")),
              QStringLiteral("https://127.0.0.1:%1/metrics").arg(m_server.port())});
    QCOMPARE(reply.status, 200);
    const QString text = QString::fromUtf8(reply.body);
    for (const char *expected :
         {"sunhall_http_requests_total{route=\"/v1/health\",status=\"200\"} ",
          "sunhall_http_requests_total{route=\"/v1/session\",status=\"401\"} ",
          "sunhall_http_requests_total{route=\"(unknown)\",status=\"404\"} ",
          "sunhall_http_request_duration_seconds_bucket{route=\"/v1/sync/push\",le=\"+Inf\"} ",
          "sunhall_http_request_duration_seconds_count{route=\"/v1/sync/pull\"} ",
          "# TYPE sunhall_http_request_duration_seconds histogram", "sunhall_live_clients ",
          "sunhall_event_seq "}) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
    static const QRegularExpression applied(
        QStringLiteral("sunhall_commands_total\\{result=\"applied\"\\} (\\d+)"));
    static const QRegularExpression rejected(
        QStringLiteral("sunhall_commands_total\\{result=\"rejected\"\\} (\\d+)"));
    static const QRegularExpression failures(QStringLiteral("sunhall_login_failures_total (\\d+)"));
    QVERIFY(applied.match(text).captured(1).toInt() >= 10);
    QVERIFY(rejected.match(text).captured(1).toInt() >= 1);
    QVERIFY(failures.match(text).captured(1).toInt() >= 20);
}

void tst_ServerApi::checkpoints()
{
    // Started with --checkpoint-every 3: the pushes above have signed several.
    QVERIFY2(m_server.log().contains(QLatin1String("checkpoint signed at event")),
             qPrintable(m_server.log()));
    const auto store = m_hall.openStore();
    QVERIFY(store);
    const auto checkpoints = store->checkpoints();
    QVERIFY(checkpoints);
    QVERIFY(!checkpoints->isEmpty());
    QVERIFY(checkpoints->constLast().serverSeq >= 3);
}

QTEST_GUILESS_MAIN(tst_ServerApi)
#include "tst_serverapi.moc"
