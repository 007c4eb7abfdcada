// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Certificates end to end, on a hall set up with the real sunhallctl (department keys made by
// `department keygen`) and the real sunhall-server over TLS with its public verification
// listener: a certificate printed at a window comes back from the server with a QR text signed
// by its department, which the workstation's own copy of the key set says is valid — and
// altered once a byte is changed, revoked once it is revoked, also with the server stopped; a
// department without a key is refused with the command that makes one; anyone can ask the
// public listener without a client certificate, and nothing else is reachable there.
#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/certificate/CertificateQr.h"
#include "core/sync/LocalCertificates.h"
#include "core/values/DocumentNumber.h"
#include "tests/integration/e2e/CtlProcess.h"
#include "tests/integration/e2e/E2eHall.h"
#include "tests/integration/e2e/Workstation.h"
#include "tests/integration/server/TlsClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace e2etest;
using namespace sunhall::core;
using servertest::HttpReply;
using servertest::TlsClient;
using State = CertificateVerification::State;

namespace {

const QString companyRegistration = QStringLiteral("370200-SJ-XK-004"); // 公司设立登记, SJ
const QString marriage = QStringLiteral("370200-MZ-QR-001");            // 结婚登记, MZ: no key

// The QR text with one byte of its signed data changed (a digit of its first day of validity).
QString alteredData(const QString &qr)
{
    const Result<CertificateQr> parsed = CertificateQr::parse(qr);
    if (!parsed)
        return {};
    QByteArray bytes = parsed->signedBytes();
    const qsizetype digit = bytes.indexOf("\nvf ") + 7;
    bytes[digit] = bytes.at(digit) == '9' ? '8' : char(bytes.at(digit) + 1);
    return CertificateQr(bytes, parsed->signature()).toText();
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QByteArray text(const Status &status)
{
    return status ? QByteArray() : describe(status);
}

} // namespace

class tst_ServerCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void printedCertificateCarriesSignedQr();
    void reprintIsSignedAgain();
    void departmentWithoutKeyIsRejected();
    void revokedCertificateFailsVerification();
    void publicListenerAnswersWithoutClientCertificate();
    void publicListenerServesNothingElse_data();
    void publicListenerServesNothingElse();
    void publicListenerRateLimits();
    void mutualTlsStillRefusesAnonymousClients();
    void verifiesOfflineWithTheServerStopped();

private:
    std::unique_ptr<Workstation> workstation(const QString &name, QString *error);
    /// Registers, accepts, approves, concludes and prints a certificate of `itemCode` on
    /// `ws` (a clerk who is also the chief approver), then synchronises; the case.
    QUuid printCertificate(Workstation &ws, const QString &itemCode, const QString &applicant);
    /// The signed QR text the workstation holds for the case, or empty.
    static QString qrOf(Workstation &ws, const QUuid &caseId);
    std::unique_ptr<TlsClient> publicClient(const QString &localAddress = {}) const;
    QString caPath() const { return m_hall.dir() + QStringLiteral("/ca/ca.pem"); }

    E2eHall m_hall;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600))};
    quint16 m_publicPort = 0;
    std::unique_ptr<Workstation> m_sj; // W01, li.na: clerk and chief approver of SJ
    std::unique_ptr<Workstation> m_mz; // W02, zhou.jie: clerk and chief approver of MZ
    QUuid m_kept;                      // an SJ certificate that stays valid
    QUuid m_revoked;                   // an SJ certificate that is revoked
};

std::unique_ptr<Workstation> tst_ServerCertificates::workstation(const QString &name,
                                                                 QString *error)
{
    const QString profile = m_hall.enroll(name, error);
    if (profile.isEmpty())
        return nullptr;
    auto ws = std::make_unique<Workstation>(profile, m_clock, testSettings(false));
    *error = ws->open();
    return error->isEmpty() ? std::move(ws) : nullptr;
}

void tst_ServerCertificates::initTestCase()
{
    QString error;
    QVERIFY2(m_hall.create(&error), qPrintable(error));
    QVERIFY2(m_hall.addUser(QStringLiteral("li.na"), QStringLiteral("clerk,chief-approver"),
                            QStringLiteral("SJ"), &error),
             qPrintable(error));
    QVERIFY2(m_hall.addUser(QStringLiteral("zhou.jie"), QStringLiteral("clerk,chief-approver"),
                            QStringLiteral("MZ"), &error),
             qPrintable(error));
    const CtlProcess::Result keygen = CtlProcess::run(
        {QStringLiteral("department"), QStringLiteral("keygen"), QStringLiteral("--dir"),
         m_hall.dir(), QStringLiteral("--department"), QStringLiteral("SJ")});
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err + keygen.out));

    m_publicPort = freePort();
    QVERIFY(m_publicPort != 0);
    m_hall.setServerOptions(
        {QStringLiteral("--public-verify"), QStringLiteral("127.0.0.1:%1").arg(m_publicPort)});
    QVERIFY2(m_hall.startServer(&error), qPrintable(error));
    m_sj = workstation(QStringLiteral("W01"), &error);
    QVERIFY2(m_sj, qPrintable(error));
    m_mz = workstation(QStringLiteral("W02"), &error);
    QVERIFY2(m_mz, qPrintable(error));
    for (const auto &[ws, user] :
         {std::pair{m_sj.get(), "li.na"}, std::pair{m_mz.get(), "zhou.jie"}}) {
        const Status in = ws->logIn(QString::fromLatin1(user));
        QVERIFY2(in, describe(in).constData());
    }
}

void tst_ServerCertificates::cleanup()
{
    if (QTest::currentTestFailed())
        qInfo().noquote() << m_hall.serverLogs();
}

void tst_ServerCertificates::cleanupTestCase()
{
    m_sj.reset();
    m_mz.reset();
    if (m_hall.isServerRunning())
        QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
}

QUuid tst_ServerCertificates::printCertificate(Workstation &ws, const QString &itemCode,
                                               const QString &applicant)
{
    const Result<QUuid> caseId = ws.registerCase(itemCode, applicant);
    if (!caseId) {
        qWarning("register: %s", describe(caseId.error()).constData());
        return {};
    }
    m_clock.advanceSecs(60);
    if (!ws.acceptCase(*caseId))
        return {};
    m_clock.advanceSecs(600);
    const Result<QString> number = ws.engine().takeNumber(DocumentNumber::Kind::Certificate);
    const QList<Command> commands{
        Commands::decide(*caseId, true, QStringLiteral("准予登记")),
        Commands::conclude(*caseId),
        Commands::printCertificate(*caseId, number.ok() ? *number : QString()),
    };
    for (const Command &command : commands) {
        m_clock.advanceSecs(60);
        const Result<Command> submitted = ws.engine().submit(command);
        if (!submitted) {
            qWarning("%s: %s", qPrintable(command.type), describe(submitted.error()).constData());
            return {};
        }
    }
    if (const Status synced = ws.sync(); !synced) {
        qWarning("sync: %s", describe(synced).constData());
        return {};
    }
    return *caseId;
}

QString tst_ServerCertificates::qrOf(Workstation &ws, const QUuid &caseId)
{
    const Result<std::optional<QString>> qr = LocalCertificates(ws.store()).qrText(caseId);
    return qr.ok() ? qr->value_or(QString()) : QString();
}

std::unique_ptr<TlsClient> tst_ServerCertificates::publicClient(const QString &localAddress) const
{
    auto client = std::make_unique<TlsClient>(caPath(), QString(), QString());
    if (!localAddress.isEmpty())
        client->setLocalAddress(localAddress);
    client->connectTo(m_publicPort);
    return client;
}

void tst_ServerCertificates::printedCertificateCarriesSignedQr()
{
    m_kept = printCertificate(*m_sj, companyRegistration, QStringLiteral("青岛海味餐饮管理"));
    QVERIFY(!m_kept.isNull());
    QCOMPARE(m_sj->engine().rejectedCount(), 0);
    QCOMPARE(m_sj->engine().pendingCount(), 0);

    // The event the workstation pulled is the server's, with the signed QR in its payload.
    const QString qr = qrOf(*m_sj, m_kept);
    QVERIFY2(qr.startsWith(QStringLiteral("SHC1.")), qPrintable(qr));
    QString error;
    const auto store = m_hall.openStore(&error);
    QVERIFY2(store, qPrintable(error));
    const QList<Event> onServer = store->caseEvents(m_kept).value();
    QCOMPARE(m_sj->events(m_kept), onServer);
    const auto print = std::find_if(onServer.cbegin(), onServer.cend(), [](const Event &event) {
        return event.type == EventType::certificatePrinted;
    });
    QVERIFY(print != onServer.cend());
    QCOMPARE(print->payload.value(QStringLiteral("qr")).toString(), qr);
    QStringList auditArguments{QStringLiteral("audit"), QStringLiteral("verify"),
                               QStringLiteral("--dir"), m_hall.dir()};
    if (!m_hall.databaseUrl().isEmpty())
        auditArguments << QStringLiteral("--db") << m_hall.databaseUrl();
    const CtlProcess::Result audit = CtlProcess::run(auditArguments);
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));

    // The key set came with the pull and is kept in the workstation's store.
    QVERIFY(!LocalCertificates(m_sj->store()).keySetVersion().isEmpty());
    const Result<CertificateVerifier> verifier = m_sj->engine().certificateVerifier();
    QVERIFY2(verifier, text(verifier.ok() ? Status::success() : verifier.error()).constData());
    const CertificateVerification verification = verifier->verify(qr);
    QCOMPARE(verification.code, QStringLiteral("certificate.valid"));
    const CertificateContent &content = *verification.content;
    QCOMPARE(content.caseId, m_kept);
    QCOMPARE(content.number, CaseState::fold(onServer).certificate->number);
    QCOMPARE(content.title, QStringLiteral("营业执照"));
    QCOMPARE(content.holderName, QStringLiteral("青岛海味餐饮管理"));
    QCOMPARE(content.departmentCode, QStringLiteral("SJ"));
    QCOMPARE(content.departmentName, QStringLiteral("市场监督管理局"));
    QVERIFY(content.isLongTerm());

    // One byte changed: altered.
    const CertificateVerification altered = verifier->verify(alteredData(qr));
    QCOMPARE(altered.state, State::Altered);
    QCOMPARE(altered.code, QStringLiteral("certificate.signature-mismatch"));

    // The key set the server hands out is the one the workstation keeps.
    TlsClient api(caPath(), m_sj->profileDir() + QStringLiteral("/cert.pem"),
                  m_sj->profileDir() + QStringLiteral("/key.pem"));
    QVERIFY(api.connectTo(m_hall.port()));
    const HttpReply login =
        api.postJson(QStringLiteral("/v1/session"),
                     {{QStringLiteral("user"), QStringLiteral("li.na")},
                      {QStringLiteral("password"), QString::fromLatin1(password)}});
    QCOMPARE(login.status, 200);
    api.setToken(login.json().value(QStringLiteral("token")).toString());
    const HttpReply keys = api.get(QStringLiteral("/v1/reference/certificate-keys"));
    QCOMPARE(keys.status, 200);
    QCOMPARE(keys.json().value(QStringLiteral("keysVersion")).toString(),
             LocalCertificates(m_sj->store()).keySetVersion());
    QCOMPARE(CertificateKeySet::fromJson(keys.body).value(), verifier->keySet());
}

void tst_ServerCertificates::reprintIsSignedAgain()
{
    const QString first = qrOf(*m_sj, m_kept);
    m_clock.advanceSecs(300);
    QVERIFY(m_sj->engine().submit(Commands::printCertificate(m_kept)).ok());
    // Until the server has signed it, the workstation still has the first print's code.
    QCOMPARE(qrOf(*m_sj, m_kept), first);
    QVERIFY(m_sj->sync());
    const QString second = qrOf(*m_sj, m_kept);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    const CertificateVerifier verifier = m_sj->engine().certificateVerifier().value();
    QCOMPARE(verifier.verify(second).state, State::Valid);
    QCOMPARE(verifier.verify(second).content->number, verifier.verify(first).content->number);
    QCOMPARE(CaseState::fold(m_sj->events(m_kept)).certificate->printedCount, 2);
}

void tst_ServerCertificates::departmentWithoutKeyIsRejected()
{
    const QUuid caseId = printCertificate(*m_mz, marriage, QStringLiteral("周新人"));
    QVERIFY(!caseId.isNull());
    const QList<OutboxEntry> rejected = m_mz->engine().rejectedCommands().value();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().type, CommandType::printCertificate);
    const Error why = rejected.first().rejection;
    QCOMPARE(why.code, QStringLiteral("certificate.department-key-missing"));
    QVERIFY2(why.message.contains(QStringLiteral("MZ")), qPrintable(why.message));
    QVERIFY2(why.message.contains(QStringLiteral("sunhallctl department keygen")),
             qPrintable(why.message));
    QVERIFY2(why.message.contains(QStringLiteral("--department MZ")), qPrintable(why.message));
    QVERIFY(qrOf(*m_mz, caseId).isEmpty());
    QVERIFY(!CaseState::fold(m_mz->events(caseId)).certificate.has_value());

    // The administrator makes the key; printing again goes through and verifies once the
    // workstation has the new key set.
    const CtlProcess::Result keygen = CtlProcess::run(
        {QStringLiteral("department"), QStringLiteral("keygen"), QStringLiteral("--dir"),
         m_hall.dir(), QStringLiteral("--department"), QStringLiteral("MZ")});
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err + keygen.out));
    m_clock.advanceSecs(60);
    const Result<QString> number = m_mz->engine().takeNumber(DocumentNumber::Kind::Certificate);
    QVERIFY(number.ok());
    QVERIFY(m_mz->engine().submit(Commands::printCertificate(caseId, *number)).ok());
    QVERIFY(m_mz->sync());
    const QString qr = qrOf(*m_mz, caseId);
    QVERIFY(!qr.isEmpty());
    QCOMPARE(m_mz->engine().certificateVerifier()->verify(qr).code,
             QStringLiteral("certificate.unknown-key"));
    const Status refreshed = m_mz->wait(m_mz->engine().refreshCertificateKeys());
    QVERIFY2(refreshed, text(refreshed).constData());
    const CertificateVerification verification = m_mz->engine().certificateVerifier()->verify(qr);
    QCOMPARE(verification.state, State::Valid);
    QCOMPARE(verification.content->departmentName, QStringLiteral("民政局"));
}

void tst_ServerCertificates::revokedCertificateFailsVerification()
{
    m_revoked = printCertificate(*m_sj, companyRegistration, QStringLiteral("青岛虚假公司"));
    QVERIFY(!m_revoked.isNull());
    const QString qr = qrOf(*m_sj, m_revoked);
    QCOMPARE(m_sj->engine().certificateVerifier()->verify(qr).state, State::Valid);

    m_clock.advanceSecs(3600);
    QVERIFY(
        m_sj->engine()
            .submit(Commands::revokeCertificate(m_revoked, QStringLiteral("以欺骗手段取得登记")))
            .ok());
    QVERIFY(m_sj->sync());
    QCOMPARE(m_sj->engine().rejectedCount(), 0);
    const QString before = LocalCertificates(m_sj->store()).keySetVersion();
    const Status refreshed = m_sj->wait(m_sj->engine().refreshCertificateKeys());
    QVERIFY2(refreshed, text(refreshed).constData());
    QVERIFY(LocalCertificates(m_sj->store()).keySetVersion() != before);

    const CertificateVerifier verifier = m_sj->engine().certificateVerifier().value();
    const CertificateVerification revoked = verifier.verify(qr);
    QCOMPARE(revoked.state, State::Revoked);
    QCOMPARE(revoked.code, QStringLiteral("certificate.revoked"));
    QCOMPARE(revoked.revocation->reason, QStringLiteral("以欺骗手段取得登记"));
    QCOMPARE(verifier.verify(qrOf(*m_sj, m_kept)).state, State::Valid);
}

void tst_ServerCertificates::publicListenerAnswersWithoutClientCertificate()
{
    const QString kept = qrOf(*m_sj, m_kept);
    const QString revoked = qrOf(*m_sj, m_revoked);
    auto client = publicClient();

    const HttpReply valid = client->get(QStringLiteral("/v1/verify?qr=") + kept);
    QCOMPARE(valid.status, 200);
    QCOMPARE(valid.json().value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    const QJsonObject record = valid.json().value(QStringLiteral("record")).toObject();
    QCOMPARE(record.value(QStringLiteral("holderName")).toString(),
             QStringLiteral("青岛海味餐饮管理"));
    QCOMPARE(record.value(QStringLiteral("caseId")).toString(),
             m_kept.toString(QUuid::WithoutBraces));
    QVERIFY(valid.json().value(QStringLiteral("inForce")).toBool());

    const HttpReply posted =
        client->postJson(QStringLiteral("/v1/verify"), {{QStringLiteral("qr"), revoked}});
    QCOMPARE(posted.status, 200);
    QCOMPARE(posted.json().value(QStringLiteral("state")).toString(), QStringLiteral("revoked"));
    QCOMPARE(posted.json().value(QStringLiteral("revokedReason")).toString(),
             QStringLiteral("以欺骗手段取得登记"));
    QVERIFY(posted.json().value(QStringLiteral("record")).isObject());

    // What an altered code claims is not repeated.
    const HttpReply altered = client->get(QStringLiteral("/v1/verify?qr=") + alteredData(kept));
    QCOMPARE(altered.status, 200);
    QCOMPARE(altered.json().value(QStringLiteral("state")).toString(), QStringLiteral("altered"));
    QVERIFY(altered.json().value(QStringLiteral("record")).isNull());

    const HttpReply missing = client->get(QStringLiteral("/v1/verify"));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorField(), QStringLiteral("qr"));

    // curl, as a citizen's script would ask: no client certificate, the hall's CA.
    const servertest::CurlReply curled = servertest::curl(
        {QStringLiteral("--cacert"), caPath(),
         QStringLiteral("https://127.0.0.1:%1/v1/verify?qr=%2").arg(m_publicPort).arg(kept)});
    QCOMPARE(curled.status, 200);
    QCOMPARE(QJsonDocument::fromJson(curled.body).object().value(QStringLiteral("state")),
             QJsonValue(QStringLiteral("valid")));
}

void tst_ServerCertificates::publicListenerServesNothingElse_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("health") << QByteArray("GET") << "/v1/health" << 404;
    QTest::newRow("metrics") << QByteArray("GET") << "/metrics" << 404;
    QTest::newRow("log in") << QByteArray("POST") << "/v1/session" << 404;
    QTest::newRow("pull") << QByteArray("GET") << "/v1/sync/pull?after=0" << 404;
    QTest::newRow("push") << QByteArray("POST") << "/v1/sync/push" << 404;
    QTest::newRow("key set") << QByteArray("GET") << "/v1/reference/certificate-keys" << 404;
    QTest::newRow("attachment") << QByteArray("GET") << "/v1/attachments/00" << 404;
    QTest::newRow("root") << QByteArray("GET") << "/" << 404;
    QTest::newRow("below verify") << QByteArray("GET") << "/v1/verify/x" << 404;
    QTest::newRow("live feed") << QByteArray("UPGRADE") << "/v1/live" << 404;
    QTest::newRow("delete verify") << QByteArray("DELETE") << "/v1/verify" << 405;
    QTest::newRow("put verify") << QByteArray("PUT") << "/v1/verify" << 405;
}

void tst_ServerCertificates::publicListenerServesNothingElse()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    auto client = publicClient(QStringLiteral("127.0.0.3"));
    const HttpReply reply =
        method == "UPGRADE" ? client->request("GET", path, {},
                                              {{"Connection", "Upgrade"},
                                               {"Upgrade", "websocket"},
                                               {"Sec-WebSocket-Version", "13"},
                                               {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}})
                            : client->request(method, path, method == "GET" ? QByteArray() : "{}");
    QCOMPARE(reply.status, status);
    if (status == 405)
        QCOMPARE(reply.header("allow"), QByteArray("GET, POST"));
}

void tst_ServerCertificates::publicListenerRateLimits()
{
    const QString path = QStringLiteral("/v1/verify?qr=") + qrOf(*m_sj, m_kept);
    auto client = publicClient(QStringLiteral("127.0.0.2"));
    int answered = 0;
    HttpReply limited;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 300 && limited.status == 0; ++i) {
        const HttpReply reply = client->get(path);
        if (reply.status == 429)
            limited = reply;
        else if (reply.status == 200)
            ++answered;
    }
    qInfo("public verification: %d answered in %lld ms before the first 429", answered,
          timer.elapsed());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("request.rate-limited"));
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY(retryAfter >= 1);
    QVERIFY2(answered >= 20, qPrintable(QString::number(answered)));
    // Another address is not held back meanwhile, and after the wait this one is served again.
    QCOMPARE(publicClient(QStringLiteral("127.0.0.4"))->get(path).status, 200);
    QTest::qWait(retryAfter * 1000);
    QCOMPARE(client->get(path).status, 200);
}

void tst_ServerCertificates::mutualTlsStillRefusesAnonymousClients()
{
    const servertest::CurlReply curled =
        servertest::curl({QStringLiteral("--cacert"), caPath(),
                          QStringLiteral("https://127.0.0.1:%1/v1/health").arg(m_hall.port())});
    QVERIFY(curled.exitCode != 0);
    QCOMPARE(curled.status, 0);
    TlsClient anonymous(caPath(), {}, {});
    anonymous.connectTo(m_hall.port());
    QCOMPARE(anonymous.get(QStringLiteral("/v1/health")).status, 0);
    // A workstation is still served there.
    TlsClient workstation(caPath(), m_sj->profileDir() + QStringLiteral("/cert.pem"),
                          m_sj->profileDir() + QStringLiteral("/key.pem"));
    QVERIFY(workstation.connectTo(m_hall.port()));
    QCOMPARE(workstation.get(QStringLiteral("/v1/health")).status, 200);
}

void tst_ServerCertificates::verifiesOfflineWithTheServerStopped()
{
    const QString kept = qrOf(*m_sj, m_kept);
    const QString revoked = qrOf(*m_sj, m_revoked);
    QVERIFY2(m_hall.stopServer(), qPrintable(m_hall.serverLogs()));
    QVERIFY(!publicClient()->isConnected());

    // The workstation starts again with no server to ask.
    m_sj->close();
    QCOMPARE(m_sj->open(), QString());
    QCOMPARE(qrOf(*m_sj, m_kept), kept);
    const Result<CertificateVerifier> verifier = m_sj->engine().certificateVerifier();
    QVERIFY(verifier.ok());
    QCOMPARE(verifier->verify(kept).state, State::Valid);
    QCOMPARE(verifier->verify(revoked).state, State::Revoked);
    QCOMPARE(verifier->verify(alteredData(kept)).state, State::Altered);
    QCOMPARE(verifier->verify(QStringLiteral("https://example.com/not-a-certificate")).state,
             State::Unknown);
}

QTEST_MAIN(tst_ServerCertificates)
#include "tst_servercertificates.moc"
