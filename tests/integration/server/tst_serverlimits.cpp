// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What sunhall-server does with clients it must not trust or must not wait for: certificates
// from another CA, no certificate, a revoked workstation, an old TLS version, oversized or
// malformed requests, a client sending one byte a second, garbage, hundreds of idle
// connections; and how it starts and stops (a port in use, unreadable keys, SIGTERM during a
// request). The server runs with short time limits so that the waits stay short.
#include "core/case/Commands.h"
#include "tests/integration/server/ServerProcess.h"
#include "tests/integration/server/TestHall.h"
#include "tests/integration/server/TlsClient.h"
#include "tests/support/CaseFixture.h"
#include "tests/support/PostgresFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <csignal>
#include <memory>

using namespace servertest;
using namespace sunhall::core;

namespace {
// The limits the server under test runs with (seconds).
const QStringList shortLimits{QStringLiteral("--handshake-timeout"), QStringLiteral("2"),
                              QStringLiteral("--request-timeout"),   QStringLiteral("3"),
                              QStringLiteral("--idle-timeout"),      QStringLiteral("3"),
                              QStringLiteral("--revocation-check"),  QStringLiteral("0.5")};
constexpr int handshakeMs = 2000;
constexpr int requestMs = 3000;
constexpr int idleMs = 3000;
// Slack for a loaded two-core machine.
constexpr int slackMs = 3000;
} // namespace

class tst_ServerLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void certificateFromAnotherCa();
    void noClientCertificate();
    void tls11Refused();
    void revokedWorkstation();
    void refusedRequests_data();
    void refusedRequests();
    void fiveMiBBodyWithCurl();
    void slowClient_data();
    void slowClient();
    void garbage();
    void manyIdleConnections();
    void idleKeepAliveClosed();
    void sigtermFinishesRequestInFlight();
    void startupFailures_data();
    void startupFailures();

private:
    std::unique_ptr<TlsClient> client(const QString &workstation = QStringLiteral("W01"));
    bool healthy();
    CurlReply curlAs(const QString &certificate, const QString &key, const QString &path,
                     const QStringList &extra = {});

    sunhall::testing::PostgresFixture m_postgres;
    TestHall m_hall;
    ServerProcess m_server;
};

std::unique_ptr<TlsClient> tst_ServerLimits::client(const QString &workstation)
{
    auto tls = std::make_unique<TlsClient>(m_hall.caPath(), m_hall.certificatePath(workstation),
                                           m_hall.keyPath(workstation));
    tls->connectTo(m_server.port());
    return tls;
}

bool tst_ServerLimits::healthy()
{
    auto tls = client(QStringLiteral("W02"));
    return tls->get(QStringLiteral("/v1/health")).status == 200;
}

CurlReply tst_ServerLimits::curlAs(const QString &certificate, const QString &key,
                                   const QString &path, const QStringList &extra)
{
    QStringList arguments{QStringLiteral("--cacert"), m_hall.caPath()};
    if (!certificate.isEmpty())
        arguments << QStringLiteral("--cert") << certificate << QStringLiteral("--key") << key;
    return curl(
        arguments + extra +
        QStringList{QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.port()).arg(path)});
}

void tst_ServerLimits::initTestCase()
{
    if (testEngine() == QLatin1String("postgresql")) {
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        const QString url = m_postgres.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_postgres.errorString()));
        m_hall.setDatabaseUrl(url);
    }
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_hall.dir(), m_hall.serverArguments() + shortLimits),
             qPrintable(m_server.log()));
}

void tst_ServerLimits::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SUNHALL_TEST_SERVER_LOG"))
        qInfo().noquote() << m_server.log();
    if (m_server.isRunning())
        QCOMPARE(m_server.stop(), 0);
}

void tst_ServerLimits::certificateFromAnotherCa()
{
    const CurlReply reply = curlAs(m_hall.foreignCertificatePath(), m_hall.foreignKeyPath(),
                                   QStringLiteral("/v1/health"));
    QVERIFY(reply.exitCode != 0);
    QCOMPARE(reply.status, 0);
    TlsClient foreign(m_hall.caPath(), m_hall.foreignCertificatePath(), m_hall.foreignKeyPath());
    foreign.connectTo(m_server.port());
    QCOMPARE(foreign.get(QStringLiteral("/v1/health")).status, 0);
    QVERIFY(m_server.waitForLog(QStringLiteral("TLS handshake with 127.0.0.1 failed"), 5000));
    QVERIFY(healthy());
}

void tst_ServerLimits::noClientCertificate()
{
    const CurlReply reply = curlAs({}, {}, QStringLiteral("/v1/health"));
    QVERIFY(reply.exitCode != 0);
    QCOMPARE(reply.status, 0);
    TlsClient anonymous(m_hall.caPath(), {}, {});
    anonymous.connectTo(m_server.port());
    QCOMPARE(anonymous.get(QStringLiteral("/v1/health")).status, 0);
    QVERIFY(healthy());
}

namespace {
struct SClient
{
    int exitCode = -1;
    QString output;
};

SClient opensslClient(quint16 port, const TestHall &hall, const QStringList &versionOptions)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"),
                  QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"),
                              QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-CAfile"),
                              hall.caPath(), QStringLiteral("-cert"),
                              hall.certificatePath(QStringLiteral("W01")), QStringLiteral("-key"),
                              hall.keyPath(QStringLiteral("W01"))} +
                      versionOptions);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}
} // namespace

void tst_ServerLimits::tls11Refused()
{
    // The same client speaking TLS 1.2 gets through, so the refusal below is the server's.
    const SClient modern = opensslClient(m_server.port(), m_hall, {QStringLiteral("-tls1_2")});
    QVERIFY2(modern.output.contains(QLatin1String("Verify return code: 0 (ok)")),
             qPrintable(modern.output));
    // SECLEVEL=0 lets this OpenSSL offer TLS 1.1 at all.
    const SClient old = opensslClient(m_server.port(), m_hall,
                                      {QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                       QStringLiteral("DEFAULT@SECLEVEL=0")});
    QVERIFY(old.exitCode != 0);
    QVERIFY2(old.output.contains(QLatin1String("alert protocol version")), qPrintable(old.output));
    QVERIFY(healthy());
}

void tst_ServerLimits::revokedWorkstation()
{
    auto keepAlive = client(QStringLiteral("W03"));
    const QString token = logIn(*keepAlive, QStringLiteral("li.na"));
    QVERIFY(!token.isEmpty());
    QSslConfiguration tls = keepAlive->socket().sslConfiguration();
    QWebSocket live;
    live.setSslConfiguration(tls);
    QSignalSpy connected(&live, &QWebSocket::connected);
    QSignalSpy disconnected(&live, &QWebSocket::disconnected);
    QNetworkRequest request(
        QUrl(QStringLiteral("wss://127.0.0.1:%1/v1/live").arg(m_server.port())));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    live.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

    const auto store = m_hall.openStore();
    QVERIFY(store);
    QVERIFY(store->revokeWorkstation(QStringLiteral("W03"), QDateTime::currentDateTime()).ok());

    // Open connections of the workstation are shut within the sweep interval.
    QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
    QVERIFY(keepAlive->waitForClosed(5000));
    // A new connection gets through TLS (the certificate itself is valid) and is refused.
    auto fresh = client(QStringLiteral("W03"));
    const HttpReply refused = fresh->get(QStringLiteral("/v1/health"));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("workstation.revoked"));
    QVERIFY(fresh->waitForClosed(5000));
    const CurlReply viaCurl =
        curlAs(m_hall.certificatePath(QStringLiteral("W03")), m_hall.keyPath(QStringLiteral("W03")),
               QStringLiteral("/v1/health"));
    QCOMPARE(viaCurl.status, 403);
    QVERIFY(healthy());
}

void tst_ServerLimits::refusedRequests_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("5 MiB JSON body")
        << QByteArray("POST /v1/sync/push HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                      "Content-Length: 5242880\r\n\r\n")
        << 413 << "request.too-large"
        << "Content-Length";
    QTest::newRow("headers over 16 KiB")
        << QByteArray("GET /v1/health HTTP/1.1\r\nHost: a\r\nX-Pad: ") + QByteArray(20000, 'a') +
               "\r\n\r\n"
        << 413 << "request.too-large"
        << "headers";
    QTest::newRow("chunked body")
        << QByteArray("POST /v1/session HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5\r\nhello\r\n0\r\n\r\n")
        << 411 << "request.length-required"
        << "Content-Length";
    QTest::newRow("two lengths") << QByteArray("POST /v1/session HTTP/1.1\r\nHost: a\r\n"
                                               "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
                                 << 400 << "request.malformed"
                                 << "Content-Length";
    QTest::newRow("negative length") << QByteArray("POST /v1/session HTTP/1.1\r\nHost: a\r\n"
                                                   "Content-Length: -1\r\n\r\n")
                                     << 400 << "request.malformed"
                                     << "Content-Length";
    QTest::newRow("HTTP/2.0") << QByteArray("GET /v1/health HTTP/2.0\r\nHost: a\r\n\r\n") << 505
                              << "request.http-version"
                              << "version";
    QTest::newRow("no Host") << QByteArray("GET /v1/health HTTP/1.1\r\n\r\n") << 400
                             << "request.malformed"
                             << "Host";
    QTest::newRow("absolute URL") << QByteArray(
                                         "GET http://a/v1/health HTTP/1.1\r\nHost: a\r\n\r\n")
                                  << 400 << "request.malformed"
                                  << "path";
    QTest::newRow("folded header") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: a\r\nX: 1\r\n"
                                                 " continued\r\n\r\n")
                                   << 400 << "request.malformed"
                                   << "headers";
    QTest::newRow("bare LF") << QByteArray("GET /v1/health HTTP/1.1\nHost: a\r\n\r\n") << 400
                             << "request.malformed"
                             << "version";
}

void tst_ServerLimits::refusedRequests()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto tls = client();
    QVERIFY(tls->writeRaw(head));
    const HttpReply reply = tls->readReply(10000);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    QCOMPARE(reply.header("connection"), QByteArray("close"));
    QVERIFY(tls->waitForClosed(5000));
    QVERIFY(healthy());
}

void tst_ServerLimits::fiveMiBBodyWithCurl()
{
    QTemporaryDir dir;
    QFile body(dir.filePath(QStringLiteral("body.json")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    QByteArray json = "{\"commands\":[],\"pad\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}";
    QCOMPARE(body.write(json), json.size());
    body.close();
    const CurlReply reply =
        curlAs(m_hall.certificatePath(QStringLiteral("W01")), m_hall.keyPath(QStringLiteral("W01")),
               QStringLiteral("/v1/sync/push"),
               {QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                QStringLiteral("--data-binary"), QLatin1Char('@') + body.fileName()});
    QCOMPARE(reply.status, 413);
    QCOMPARE(QJsonDocument::fromJson(reply.body)
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("request.too-large"));
    QVERIFY(healthy());
}

void tst_ServerLimits::slowClient_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray body = "{\"user\":\"li.na\",\"password\":\"whatever\"}";
    QTest::newRow("slow headers") << QByteArray("GET /v1/health HTTP/1.1\r\nHost: a\r\nX-Pad: ") +
                                         QByteArray(200, 'a') + "\r\n\r\n";
    QTest::newRow("slow body") << QByteArray("POST /v1/session HTTP/1.1\r\nHost: a\r\n"
                                             "Content-Length: ") +
                                      QByteArray::number(body.size() * 10) + "\r\n\r\n" +
                                      body.repeated(10);
}

void tst_ServerLimits::slowClient()
{
    QFETCH(QByteArray, request);
    auto slow = client();
    QVERIFY(slow->isConnected());
    QElapsedTimer clock;
    clock.start();
    QByteArray received;
    int servedMeanwhile = 0;
    for (qsizetype sent = 0; sent < request.size() && clock.elapsed() < requestMs + 4 * slackMs;
         ++sent) {
        slow->socket().write(request.mid(sent, 1));
        slow->socket().waitForBytesWritten(1000);
        // Other clients are served at once while the slow one dawdles.
        QElapsedTimer other;
        other.start();
        if (healthy() && other.elapsed() < 2000)
            ++servedMeanwhile;
        slow->socket().waitForReadyRead(qMax<qint64>(1, 1000 - other.elapsed()));
        received += slow->socket().readAll();
        if (slow->socket().state() != QAbstractSocket::ConnectedState)
            break;
    }
    QVERIFY(slow->waitForClosed(slackMs));
    received += slow->socket().readAll();
    QVERIFY2(clock.elapsed() < requestMs + slackMs, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.constData());
    QVERIFY(servedMeanwhile >= 2);
}

void tst_ServerLimits::garbage()
{
    // Bytes that are not TLS at all.
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(plain.waitForConnected(5000));
    plain.write(QByteArray("\x16\x03\x01\xff\xff garbage garbage\r\n\r\n", 25));
    plain.waitForBytesWritten(1000);
    QElapsedTimer clock;
    clock.start();
    while (plain.state() != QAbstractSocket::UnconnectedState &&
           clock.elapsed() < handshakeMs + slackMs)
        plain.waitForReadyRead(200);
    QCOMPARE(plain.state(), QAbstractSocket::UnconnectedState);

    // Garbage inside TLS.
    auto tls = client();
    QByteArray noise(4096, Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    QVERIFY(tls->writeRaw(noise + "\r\n\r\n"));
    const HttpReply reply = tls->readReply(5000);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("request.malformed"));
    QVERIFY(!reply.errorField().isEmpty()); // names the part that is wrong
    QVERIFY(tls->waitForClosed(5000));
    QVERIFY(healthy());
}

void tst_ServerLimits::manyIdleConnections()
{
    // 200 connections that never start TLS, 50 from each of four loopback addresses (the
    // per-address limit), then one too many from one of them.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 200; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + i / 50))));
        socket->connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
        QVERIFY(socket->waitForConnected(5000));
        idle.push_back(std::move(socket));
    }
    QVERIFY(healthy()); // 127.0.0.1 is still served
    // The 51st from one address is closed at once, long before a handshake could time out.
    QTcpSocket extra;
    QVERIFY(extra.bind(QHostAddress(QStringLiteral("127.0.0.2"))));
    extra.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(extra.waitForConnected(5000));
    QElapsedTimer refused;
    refused.start();
    while (extra.state() != QAbstractSocket::UnconnectedState && refused.elapsed() < handshakeMs)
        extra.waitForReadyRead(50);
    QCOMPARE(extra.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(refused.elapsed() < handshakeMs / 2, qPrintable(QString::number(refused.elapsed())));

    // None of them finishes its handshake: all are closed when the handshake time is up.
    QElapsedTimer clock;
    clock.start();
    int open = 200;
    while (open > 0 && clock.elapsed() < handshakeMs + 2 * slackMs) {
        open = 0;
        for (const auto &socket : idle) {
            if (socket->state() != QAbstractSocket::UnconnectedState) {
                socket->waitForReadyRead(5);
                open += socket->state() != QAbstractSocket::UnconnectedState ? 1 : 0;
            }
        }
    }
    QCOMPARE(open, 0);
    QVERIFY(healthy());
}

void tst_ServerLimits::idleKeepAliveClosed()
{
    auto tls = client();
    QCOMPARE(tls->get(QStringLiteral("/v1/health")).status, 200);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(tls->waitForClosed(idleMs + slackMs));
    QVERIFY2(clock.elapsed() >= idleMs - 500, qPrintable(QString::number(clock.elapsed())));
}

void tst_ServerLimits::sigtermFinishesRequestInFlight()
{
    ServerProcess server;
    QVERIFY2(server.start(m_hall.dir(),
                          m_hall.serverArguments() + QStringList{QStringLiteral("--shutdown-grace"),
                                                                 QStringLiteral("10")}),
             qPrintable(server.log()));
    TlsClient tls(m_hall.caPath(), m_hall.certificatePath(QStringLiteral("W01")),
                  m_hall.keyPath(QStringLiteral("W01")));
    QVERIFY(tls.connectTo(server.port()));
    const QString token = logIn(tls, QStringLiteral("li.na"));
    QVERIFY(!token.isEmpty());
    const sunhall::server::UserRecord clerk = TestHall::user(QStringLiteral("li.na"));
    const CommandOrigin origin{Actor{clerk.id, clerk.name, clerk.roles, clerk.departments},
                               QStringLiteral("W01"), casefixture::at(2025, 3, 3), 1};
    const Command command = origin.stamp(
        Commands::registerCase(QUuid::createUuid(), casefixture::application(TestHall::item())));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("commands"), QJsonArray{command.toJson()}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray head = "POST /v1/sync/push HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer " +
                            token.toLatin1() +
                            "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    QVERIFY(tls.writeRaw(head + body.left(body.size() / 2)));
    QThread::msleep(300);

    server.sendSignal(SIGTERM);
    QVERIFY(server.waitForLog(QStringLiteral("stopping"), 5000));
    TlsClient late(m_hall.caPath(), m_hall.certificatePath(QStringLiteral("W02")),
                   m_hall.keyPath(QStringLiteral("W02")));
    QVERIFY(!late.connectTo(server.port(), 2000));

    QVERIFY(tls.writeRaw(body.mid(body.size() / 2)));
    const HttpReply reply = tls.readReply(10000);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("connection"), QByteArray("close"));
    QCOMPARE(reply.json()
                 .value(QStringLiteral("results"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(server.waitForExit(15000), 0);
    QVERIFY2(server.log().contains(QLatin1String("final checkpoint signed at event")),
             qPrintable(server.log()));
}

namespace {
bool writeText(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

void tst_ServerLimits::startupFailures_data()
{
    QTest::addColumn<QString>("setUp");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("port in use") << "port" << 1 << "Cannot listen on 127.0.0.1:";
    QTest::newRow("no hall") << "none" << 1 << "holds no hall";
    QTest::newRow("unreadable key") << "badkey" << 1 << "server/key.pem does not hold";
    QTest::newRow("missing CA") << "noca" << 1 << "ca/ca.pem";
    QTest::newRow("no --dir") << "usage" << 2 << "--dir is required";
    QTest::newRow("bad --listen") << "listen" << 2 << "--listen";
}

void tst_ServerLimits::startupFailures()
{
    QFETCH(QString, setUp);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString hall = dir.filePath(QStringLiteral("hall"));
    QStringList arguments{QStringLiteral("--dir"), hall};
    if (setUp == QLatin1String("port")) {
        arguments = QStringList{QStringLiteral("--dir"), m_hall.dir(), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(m_server.port())} +
                    m_hall.serverArguments();
    } else if (setUp == QLatin1String("badkey") || setUp == QLatin1String("noca")) {
        QVERIFY(
            writeText(hall + QStringLiteral("/hall.json"), "{\"name\":\"x\",\"code\":\"X00001\"}"));
        QVERIFY(QDir().mkpath(hall + QStringLiteral("/ca")));
        QVERIFY(QDir().mkpath(hall + QStringLiteral("/server")));
        QVERIFY(QFile::copy(m_hall.dir() + QStringLiteral("/server/cert.pem"),
                            hall + QStringLiteral("/server/cert.pem")));
        QVERIFY(writeText(hall + QStringLiteral("/server/key.pem"),
                          setUp == QLatin1String("badkey") ? "not a key" : ""));
        if (setUp == QLatin1String("badkey")) {
            QVERIFY(QFile::copy(m_hall.caPath(), hall + QStringLiteral("/ca/ca.pem")));
        }
    } else if (setUp == QLatin1String("usage")) {
        arguments = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    } else if (setUp == QLatin1String("listen")) {
        arguments << QStringLiteral("--listen") << QStringLiteral("nowhere");
    }
    const ServerRun run = runServer(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.log.contains(message), qPrintable(run.log));
}

QTEST_GUILESS_MAIN(tst_ServerLimits)
#include "tst_serverlimits.moc"
