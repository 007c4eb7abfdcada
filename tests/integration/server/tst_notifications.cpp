// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SMS notices to applicants with the real sunhall-server over mutual TLS: an accepted case
// gives one line in the file gateway's day file with the rendered Chinese text and the
// applicant's phone, and a replayed push never a second; a template set with sunhallctl words
// the next notice; a case without a phone is skipped; an HTTP gateway answering 500 keeps the
// notice queued, retried with backoff, until it answers 200, also across a restart.
#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"
#include "server/notify/NoticeOutbox.h"
#include "tests/integration/server/ServerProcess.h"
#include "tests/integration/server/TestHall.h"
#include "tests/integration/server/TlsClient.h"
#include "tests/support/CaseFixture.h"
#include "tests/support/PostgresFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace servertest;
using namespace sunhall::core;
using namespace Qt::StringLiterals;
using sunhall::server::NoticeCounts;
using sunhall::server::NoticeOutbox;

namespace {

constexpr int waitMs = 20000;

// An SMS provider's HTTP endpoint in the test's process: it answers every POST with the
// status it is told to, and keeps what it was sent.
class FakeSmsProvider : public QObject
{
public:
    FakeSmsProvider()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QString url() const { return u"http://127.0.0.1:%1/sms"_s.arg(m_server.serverPort()); }
    /// The status of the answers from now on; 0 holds each request unanswered.
    void setStatus(int status) { m_status = status; }
    /// Every request body, with the status it was answered with.
    QList<std::pair<QJsonObject, int>> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append({QJsonDocument::fromJson(body).object(), m_status});
        if (m_status == 0)
            return;
        const QByteArray reason = m_status == 200 ? "OK" : "Internal Server Error";
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n{}");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_status = 500;
};

} // namespace

class tst_Notifications : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptedCaseGivesOneLine();
    void replayedPushGivesNoSecond();
    void supplementNoticeListsTheMaterials();
    void editedTemplateWordsTheNextNotice();
    void templateWithUnknownPlaceholderRefused();
    void caseWithoutPhoneIsSkipped();
    void statusCounts();
    void httpGatewayRetriesUntilItAnswers();
    void queueSurvivesRestart();
    void noticeInFlightAtStopIsSentAfterRestart();

private:
    bool startServer(const QStringList &options = {});
    bool stopServer();
    std::unique_ptr<TlsClient> clerk();
    Command stamped(Command command);
    HttpReply push(const QList<Command> &commands);
    QString nextCaseNumber(TlsClient &client);
    /// Registers and accepts a case as li.na at W01; the commands pushed, or none.
    QList<Command> acceptCase(const QUuid &caseId, const QString &applicant, const QString &phone);
    /// The file gateway's lines about a case, from every day file.
    QList<QJsonObject> fileLines(const QUuid &caseId) const;
    NoticeCounts counts() const;
    /// The newest notice in the outbox.
    sunhall::server::OutboxNotice latest() const;
    struct Ctl
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Ctl ctl(const QStringList &arguments) const;

    sunhall::testing::PostgresFixture m_postgres;
    TestHall m_hall;
    std::unique_ptr<ServerProcess> m_server;
    QString m_logs;
    qint64 m_sequence = 0;
    QList<int> m_caseSerials;
    QUuid m_firstCase;
    QList<Command> m_firstPush;
};

void tst_Notifications::initTestCase()
{
    if (testEngine() == QLatin1String("postgresql")) {
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        const QString url = m_postgres.createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_postgres.errorString()));
        m_hall.setDatabaseUrl(url);
    }
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    QVERIFY2(startServer(), qPrintable(m_logs));
}

void tst_Notifications::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("SUNHALL_TEST_SERVER_LOG"))
        qInfo().noquote() << m_logs << (m_server ? m_server->log() : QString());
    if (m_server && m_server->isRunning())
        QCOMPARE(m_server->stop(), 0);
}

bool tst_Notifications::startServer(const QStringList &options)
{
    if (m_server)
        m_logs += m_server->log();
    m_server = std::make_unique<ServerProcess>();
    const bool started = m_server->start(m_hall.dir(), m_hall.serverArguments() + options);
    if (!started)
        m_logs += m_server->log();
    return started;
}

bool tst_Notifications::stopServer()
{
    return m_server->stop() == 0;
}

std::unique_ptr<TlsClient> tst_Notifications::clerk()
{
    auto tls = std::make_unique<TlsClient>(m_hall.caPath(), m_hall.certificatePath(u"W01"_s),
                                           m_hall.keyPath(u"W01"_s));
    tls->connectTo(m_server->port());
    logIn(*tls, u"li.na"_s);
    return tls;
}

Command tst_Notifications::stamped(Command command)
{
    const sunhall::server::UserRecord record = TestHall::user(u"li.na"_s);
    ++m_sequence;
    CommandOrigin origin{Actor{record.id, record.name, record.roles, record.departments}, u"W01"_s,
                         casefixture::at(2025, 3, 3).addSecs(m_sequence * 60), m_sequence};
    return origin.stamp(std::move(command));
}

HttpReply tst_Notifications::push(const QList<Command> &commands)
{
    QJsonArray list;
    for (const Command &command : commands)
        list.append(command.toJson());
    return clerk()->postJson(u"/v1/sync/push"_s, {{u"commands"_s, list}});
}

QString tst_Notifications::nextCaseNumber(TlsClient &client)
{
    if (m_caseSerials.isEmpty()) {
        const HttpReply lease = client.postJson(
            u"/v1/leases"_s, {{u"kind"_s, u"case"_s}, {u"year"_s, 2025}, {u"count"_s, 20}});
        for (int serial = lease.json().value(u"first"_s).toInt();
             serial <= lease.json().value(u"last"_s).toInt(); ++serial)
            m_caseSerials.append(serial);
    }
    if (m_caseSerials.isEmpty())
        return {};
    return DocumentNumber::make(DocumentNumber::Kind::Case, QString::fromLatin1(hallCode), 2025,
                                m_caseSerials.takeFirst())
        ->toString();
}

QList<Command> tst_Notifications::acceptCase(const QUuid &caseId, const QString &applicant,
                                             const QString &phone)
{
    RegisterPayload application = casefixture::application(TestHall::item());
    application.applicant.name = applicant;
    application.applicant.phone = phone;
    const QString number = nextCaseNumber(*clerk());
    const QList<Command> commands{stamped(Commands::registerCase(caseId, application)),
                                  stamped(Commands::accept(caseId, number))};
    const HttpReply reply = push(commands);
    const QJsonArray results = reply.json().value(u"results"_s).toArray();
    for (const QJsonValue &result : results) {
        if (result.toObject().value(u"status"_s).toString() != QLatin1String("applied"))
            return {};
    }
    return reply.status == 200 && results.size() == 2 ? commands : QList<Command>();
}

QList<QJsonObject> tst_Notifications::fileLines(const QUuid &caseId) const
{
    QList<QJsonObject> lines;
    const QDir folder(m_hall.dir() + u"/sms-outbox"_s);
    for (const QString &name : folder.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject json = QJsonDocument::fromJson(line).object();
            if (QUuid(json.value(u"caseId"_s).toString()) == caseId)
                lines.append(json);
        }
    }
    return lines;
}

NoticeCounts tst_Notifications::counts() const
{
    auto store = m_hall.openStore();
    if (!store)
        return {};
    const auto counted = NoticeOutbox(*store).counts();
    return counted ? *counted : NoticeCounts{-1, -1, -1, -1};
}

sunhall::server::OutboxNotice tst_Notifications::latest() const
{
    auto store = m_hall.openStore();
    if (!store)
        return {};
    const auto recent = NoticeOutbox(*store).recent(1);
    return recent && !recent->isEmpty() ? recent->first() : sunhall::server::OutboxNotice{};
}

tst_Notifications::Ctl tst_Notifications::ctl(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SUNHALL_LANG"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SUNHALLCTL_PATH),
                  arguments + QStringList{u"--dir"_s, m_hall.dir()} + m_hall.serverArguments());
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Accepted on Monday 3 March 2025 with a promise of 20 working days: due 31 March.
void tst_Notifications::acceptedCaseGivesOneLine()
{
    m_firstCase = QUuid::createUuid();
    m_firstPush = acceptCase(m_firstCase, u"陈申请"_s, u"138 0013 8000"_s);
    QVERIFY(!m_firstPush.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(fileLines(m_firstCase).size(), 1, waitMs);
    const QJsonObject line = fileLines(m_firstCase).first();
    QCOMPARE(line.value(u"phone"_s).toString(), u"13800138000"_s);
    QCOMPARE(line.value(u"kind"_s).toString(), u"accepted"_s);
    const QString number = m_firstPush.last().payload.value(u"caseNumber"_s).toString();
    QCOMPARE(line.value(u"text"_s).toString(),
             u"【测试行政服务中心】陈申请您好：您申请的“食品经营许可”已受理，受理编号"_s + number +
                 u"，承诺办结日期2025年3月31日。可凭受理编号查询办理进度。"_s);
    QTRY_COMPARE_WITH_TIMEOUT(counts().sent, 1, waitMs);
}

// The same push again is answered from the stored results: nothing new is committed, and the
// next commit's notices still leave the first case with its one line.
void tst_Notifications::replayedPushGivesNoSecond()
{
    QVERIFY(!m_firstPush.isEmpty());
    const HttpReply again = push(m_firstPush);
    QCOMPARE(again.status, 200);
    const QUuid next = QUuid::createUuid();
    QVERIFY(!acceptCase(next, u"钱二"_s, u"13900000002"_s).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(fileLines(next).size(), 1, waitMs);
    QCOMPARE(fileLines(m_firstCase).size(), 1);

    // A restart looks again from the outbox's cursor and finds nothing left to write.
    QVERIFY(stopServer());
    QVERIFY2(startServer(), qPrintable(m_logs));
    QVERIFY(!acceptCase(QUuid::createUuid(), u"孙三"_s, u"13900000003"_s).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(counts().sent, 3, waitMs);
    QCOMPARE(fileLines(m_firstCase).size(), 1);
    QCOMPARE(fileLines(next).size(), 1);
}

void tst_Notifications::supplementNoticeListsTheMaterials()
{
    const QUuid caseId = QUuid::createUuid();
    RegisterPayload application = casefixture::application(TestHall::item(), false);
    application.applicant.name = u"周补正"_s;
    const HttpReply reply = push(
        {stamped(Commands::registerCase(caseId, application)),
         stamped(Commands::requestSupplement(caseId, {{u"m2"_s, u"缺少加盖公章的复印件"_s}}))});
    QCOMPARE(reply.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(fileLines(caseId).size(), 1, waitMs);
    const QJsonObject line = fileLines(caseId).first();
    QCOMPARE(line.value(u"kind"_s).toString(), u"supplement"_s);
    QCOMPARE(line.value(u"text"_s).toString(),
             u"【测试行政服务中心】周补正您好：您申请的“食品经营许可”需补正以下材料："
             u"营业执照副本（缺少加盖公章的复印件）。请一次性补齐后到受理窗口提交。"_s);
}

void tst_Notifications::editedTemplateWordsTheNextNotice()
{
    const Ctl set =
        ctl({u"notify"_s, u"template"_s, u"set"_s, u"--kind"_s, u"accepted"_s, u"--text"_s,
             u"{applicant}：{item}已受理（{caseNumber}），{dueDate}前办结。"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Ctl list = ctl({u"notify"_s, u"template"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"accepted (Case accepted, the hall's own)"_s),
             qPrintable(list.out));
    QVERIFY2(list.out.contains(u"{applicant}：{item}已受理"_s), qPrintable(list.out));

    const QUuid caseId = QUuid::createUuid();
    const QList<Command> pushed = acceptCase(caseId, u"吴改版"_s, u"+86 139-0000-0004"_s);
    QVERIFY(!pushed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(fileLines(caseId).size(), 1, waitMs);
    const QString number = pushed.last().payload.value(u"caseNumber"_s).toString();
    QCOMPARE(fileLines(caseId).first().value(u"text"_s).toString(),
             u"吴改版：食品经营许可已受理（"_s + number + u"），2025年3月31日前办结。"_s);
    QCOMPARE(fileLines(caseId).first().value(u"phone"_s).toString(), u"13900000004"_s);

    const Ctl reset =
        ctl({u"notify"_s, u"template"_s, u"set"_s, u"--kind"_s, u"accepted"_s, u"--default"_s});
    QCOMPARE(reset.exitCode, 0);
    QVERIFY(reset.out.contains(u"可凭受理编号查询办理进度"_s));
}

void tst_Notifications::templateWithUnknownPlaceholderRefused()
{
    const Ctl set = ctl({u"notify"_s, u"template"_s, u"set"_s, u"--kind"_s, u"pickup"_s,
                         u"--text"_s, u"{applicant}请到{room}领取"_s});
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains(u"{room}"_s) && set.err.contains(u"{applicant}"_s),
             qPrintable(set.err));
    const Ctl list = ctl({u"notify"_s, u"template"_s, u"list"_s});
    QVERIFY(list.out.contains(u"pickup (Certificate ready for pickup, default)"_s));
    const Ctl kind = ctl(
        {u"notify"_s, u"template"_s, u"set"_s, u"--kind"_s, u"decision"_s, u"--text"_s, u"x"_s});
    QCOMPARE(kind.exitCode, 2);
    QVERIFY(kind.err.contains(u"approved"_s));
}

void tst_Notifications::caseWithoutPhoneIsSkipped()
{
    const NoticeCounts before = counts();
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(!acceptCase(caseId, u"郑无号"_s, QString()).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(counts().skipped, before.skipped + 1, waitMs);
    QCOMPARE(fileLines(caseId).size(), 0);
    const QUuid landline = QUuid::createUuid();
    QVERIFY(!acceptCase(landline, u"冯座机"_s, u"0532-8888 6666"_s).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(counts().skipped, before.skipped + 2, waitMs);
    QCOMPARE(fileLines(landline).size(), 0);
    QCOMPARE(counts().sent, before.sent);
}

void tst_Notifications::statusCounts()
{
    const NoticeCounts now = counts();
    const Ctl status = ctl({u"notify"_s, u"status"_s, u"--list"_s, u"3"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    QVERIFY2(status.out.contains(u"sent: %1"_s.arg(now.sent)) && now.sent >= 5,
             qPrintable(status.out));
    QVERIFY(status.out.contains(u"skipped: %1"_s.arg(now.skipped)));
    QVERIFY(status.out.contains(u"queued: 0"_s));
    QVERIFY(status.out.contains(u"failed: 0"_s));
    QVERIFY2(status.out.contains(u"no mobile number"_s) ||
                 status.out.contains(u"not a mobile number"_s),
             qPrintable(status.out));
}

// The provider answers 500: the notice stays queued and is tried again, each wait longer;
// once the provider answers 200 it is sent, once.
void tst_Notifications::httpGatewayRetriesUntilItAnswers()
{
    FakeSmsProvider provider;
    QVERIFY(stopServer());
    QVERIFY2(startServer({u"--sms-gateway"_s, u"http"_s, u"--sms-url"_s, provider.url(),
                          u"--sms-retry"_s, u"0.2"_s, u"--sms-retry-max"_s, u"0.8"_s}),
             qPrintable(m_logs));
    const NoticeCounts before = counts();
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(!acceptCase(caseId, u"王重试"_s, u"13700000007"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(provider.requests.size() >= 3, waitMs);
    QCOMPARE(counts().queued, before.queued + 1);
    QCOMPARE(counts().sent, before.sent);
    const QJsonObject body = provider.requests.first().first;
    QCOMPARE(body.value(u"phone"_s).toString(), u"13700000007"_s);
    QVERIFY(body.value(u"text"_s).toString().contains(u"王重试您好"_s));
    QVERIFY(m_server->waitForLog(u"HTTP 500"_s, waitMs));

    provider.setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(counts().sent, before.sent + 1, waitMs);
    QCOMPARE(counts().queued, before.queued);
    int delivered = 0;
    for (const auto &[request, status] : provider.requests) {
        QCOMPARE(request.value(u"id"_s), body.value(u"id"_s));
        delivered += status == 200 ? 1 : 0;
    }
    QCOMPARE(delivered, 1);
    QTest::qWait(500);
    QCOMPARE(provider.requests.last().second, 200); // nothing tried after it was sent
}

void tst_Notifications::queueSurvivesRestart()
{
    FakeSmsProvider provider;
    const QStringList http{u"--sms-gateway"_s, u"http"_s, u"--sms-url"_s,       provider.url(),
                           u"--sms-retry"_s,   u"0.2"_s,  u"--sms-retry-max"_s, u"0.4"_s};
    QVERIFY(stopServer());
    QVERIFY2(startServer(http), qPrintable(m_logs));
    const NoticeCounts before = counts();
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(!acceptCase(caseId, u"李重启"_s, u"13600000006"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!provider.requests.isEmpty(), waitMs);
    QVERIFY(m_server->waitForLog(u"HTTP 500"_s, waitMs)); // the failure is recorded
    QVERIFY(stopServer());
    QCOMPARE(counts().queued, before.queued + 1);

    provider.setStatus(200);
    const qsizetype tried = provider.requests.size();
    QVERIFY2(startServer(http), qPrintable(m_logs));
    QTRY_COMPARE_WITH_TIMEOUT(counts().sent, before.sent + 1, waitMs);
    QCOMPARE(counts().queued, before.queued);
    QVERIFY(provider.requests.size() > tried);
    QCOMPARE(provider.requests.last().first.value(u"phone"_s).toString(), u"13600000006"_s);
    QCOMPARE(provider.requests.last().second, 200);
}

// The server stops while the provider still holds the request: the notice is queued again,
// not left claimed, so the next start sends it at once.
void tst_Notifications::noticeInFlightAtStopIsSentAfterRestart()
{
    FakeSmsProvider provider;
    provider.setStatus(0);
    const QStringList http{u"--sms-gateway"_s, u"http"_s,          u"--sms-url"_s,
                           provider.url(),     u"--sms-timeout"_s, u"60"_s};
    QVERIFY(stopServer());
    QVERIFY2(startServer(http), qPrintable(m_logs));
    const NoticeCounts before = counts();
    QVERIFY(!acceptCase(QUuid::createUuid(), u"何在途"_s, u"13500000005"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!provider.requests.isEmpty(), waitMs);
    QVERIFY(stopServer());
    QCOMPARE(counts().queued, before.queued + 1);
    QVERIFY2(latest().lastError.contains(u"stopped before the gateway answered"_s),
             qPrintable(latest().lastError));

    provider.setStatus(200);
    QVERIFY2(startServer(http), qPrintable(m_logs));
    QTRY_COMPARE_WITH_TIMEOUT(counts().sent, before.sent + 1, 10000);
    QCOMPARE(provider.requests.last().first.value(u"phone"_s).toString(), u"13500000005"_s);
}

QTEST_GUILESS_MAIN(tst_Notifications)
#include "tst_notifications.moc"
