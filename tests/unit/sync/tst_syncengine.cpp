// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"
#include "core/store/LocalStore.h"
#include "core/sync/ClientProfile.h"
#include "core/sync/LiveChannel.h"
#include "core/sync/ServerApi.h"
#include "core/sync/SyncEngine.h"
#include "core/values/DocumentNumber.h"
#include "tests/unit/sync/FakeHall.h"
#include "tests/unit/sync/TestPki.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sunhall::core;

namespace {

constexpr int timeoutMs = 10000;
const QString itemCode = QStringLiteral("370200-SJ-XK-001");
const QString password = QStringLiteral("窗口-secret-1");

Actor liNa()
{
    return Actor{"li.na", "李娜", {Role::Clerk}, {"SJ"}};
}

Actor wangWu()
{
    return Actor{"wang.wu", "王五", {Role::Clerk}, {"SJ"}};
}

QStringList requiredMaterials(const Item &item)
{
    QStringList ids;
    for (const Material &material : item.materials) {
        if (material.required)
            ids << material.id;
    }
    return ids;
}

Command registration(const QUuid &caseId, const Item &item,
                     std::optional<QStringList> materials = {})
{
    RegisterPayload payload;
    payload.applicant.kind = ApplicantKind::Person;
    payload.applicant.idNumber = QStringLiteral("11010519491231002X");
    payload.applicant.name = QStringLiteral("张三");
    payload.itemCode = item.code;
    payload.itemVersion = item.flow.version;
    payload.window = QStringLiteral("W01");
    payload.materials = materials.value_or(requiredMaterials(item));
    return Commands::registerCase(caseId, payload);
}

QString caseNumber(int serial)
{
    return DocumentNumber::make(DocumentNumber::Kind::Case, "HALL01", 2025, serial)->toString();
}

SyncSettings quickSettings(bool autoSync = false)
{
    SyncSettings settings;
    settings.autoSync = autoSync;
    settings.requestTimeoutMs = 5000;
    settings.reconnectInitialMs = 50;
    settings.reconnectMaxMs = 400;
    settings.verifierParameters = PasswordHasher::Parameters{1, 256, 1};
    return settings;
}

// A workstation: its profile folder, local store and engine.
struct Client
{
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<ClientProfile> profile;
    std::unique_ptr<SyncEngine> engine;

    SyncEngine &operator*() const { return *engine; }
    SyncEngine *operator->() const { return engine.get(); }
};

int countRows(LocalStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backoffDoublesWithJitter_data();
    void backoffDoublesWithJitter();
    void profileNamesWhatIsWrong_data();
    void profileNamesWhatIsWrong();
    void profileTrustsOnlyTheHallCa();
    void refusesServerNotOfTheHall_data();
    void refusesServerNotOfTheHall();
    void loginKeepsSessionAndVerifier();
    void offlineLogin_data();
    void offlineLogin();
    void submitQueuesInOrderWithLocalEffect();
    void localValidationRefuses_data();
    void localValidationRefuses();
    void offlineWorkIsPushedLater();
    void reconnectPushesByItself();
    void lostAnswerIsResentWithoutDoubling();
    void sequenceGapIsResentFromExpected();
    void rejectedCommandsAreKept();
    void pagesApplyAtomically_data();
    void pagesApplyAtomically();
    void pendingCommandsStayOnTopOfPulledEvents();
    void referenceDataIsKeptLocally();
    void leasesAreToppedUp();
    void pokeTriggersPull();
    void liveReconnectsWithBackoff();
    void logoutEndsTheSession();
    void expiredSessionAsksForLogin();
    void commandsWaitForTheirUser();

private:
    Client client(SyncSettings settings = quickSettings(), const QString &server = {});
    Client loggedIn(SyncSettings settings = quickSettings());
    QString reopen(); // the hall comes back on the same port

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    Catalogue m_catalogue;
    Item m_item;
    QList<YearSchedule> m_years;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600))};
    std::unique_ptr<FakeHall> m_hall;
    QString m_profileDir;
    int m_profiles = 0;
};

void tst_SyncEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.path());
    const QString made = m_pki->make();
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QFile file(DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<Catalogue> catalogue = CatalogueJson::parse(file.readAll());
    QVERIFY(catalogue.ok());
    m_catalogue = catalogue.value();
    m_item = *m_catalogue.item(itemCode);
    const Result<WorkingCalendar> calendar =
        WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    QVERIFY(calendar.ok());
    for (const int year : calendar->years())
        m_years.append(*calendar->schedule(year));
}

void tst_SyncEngine::init()
{
    m_hall = std::make_unique<FakeHall>(m_catalogue, m_years);
    const QString listening = m_hall->listen(*m_pki);
    QVERIFY2(listening.isEmpty(), qPrintable(listening));
    m_hall->addUser(password, liNa());
    m_hall->addUser(QStringLiteral("another-secret"), wangWu());
    m_profileDir = m_pki->makeProfile(m_dir.filePath(QStringLiteral("profile%1").arg(++m_profiles)),
                                      m_hall->url());
}

void tst_SyncEngine::cleanup()
{
    m_hall.reset();
}

Client tst_SyncEngine::client(SyncSettings settings, const QString &server)
{
    Client c;
    Result<ClientProfile> profile = ClientProfile::load(m_profileDir, server);
    if (!profile)
        qFatal("profile: %s", qPrintable(profile.error().message));
    c.profile = std::make_unique<ClientProfile>(profile.value());
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(c.profile->storePath());
    if (!store)
        qFatal("store: %s", qPrintable(store.error().message));
    c.store = std::move(store).value();
    c.engine = std::make_unique<SyncEngine>(*c.store, *c.profile, m_clock, settings);
    return c;
}

Client tst_SyncEngine::loggedIn(SyncSettings settings)
{
    Client c = client(settings);
    for (const SyncOperationPtr &operation :
         {c->login(liNa().userId, password), c->topUpLeases(), c->pull()}) {
        const Status done = operation->wait(timeoutMs);
        if (!done)
            qFatal("%s: %s", qPrintable(operation->name()), qPrintable(done.error().message));
    }
    return c;
}

QString tst_SyncEngine::reopen()
{
    const quint16 port = m_hall->port();
    m_hall->close();
    return m_hall->listen(*m_pki, QStringLiteral("server"), port);
}

// ---- Small parts --------------------------------------------------------------------------

void tst_SyncEngine::backoffDoublesWithJitter_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");
    QTest::newRow("first, no spread") << 0 << 0.5 << 1000;
    QTest::newRow("first, earliest") << 0 << 0.0 << 750;
    QTest::newRow("first, latest") << 0 << 0.999999 << 1249;
    QTest::newRow("second") << 1 << 0.5 << 2000;
    QTest::newRow("fifth") << 4 << 0.5 << 16000;
    QTest::newRow("capped") << 5 << 0.5 << 30000;
    QTest::newRow("capped, early") << 9 << 0.0 << 22500;
    QTest::newRow("never above the cap") << 12 << 0.999999 << 30000;
}

void tst_SyncEngine::backoffDoublesWithJitter()
{
    QFETCH(int, attempt);
    QFETCH(double, random);
    QFETCH(int, expected);
    QCOMPARE(Backoff::delayFor(attempt, 1000, 30000, random), expected);
    Backoff backoff(1000, 30000, [random] { return random; });
    for (int i = 0; i < attempt; ++i)
        backoff.nextDelayMs();
    QCOMPARE(backoff.nextDelayMs(), expected);
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
}

void tst_SyncEngine::profileNamesWhatIsWrong_data()
{
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("no certificate") << "cert.pem"
                                    << ""
                                    << "profile.file-missing"
                                    << "cert.pem";
    QTest::newRow("no key") << "key.pem"
                            << ""
                            << "profile.file-missing"
                            << "key.pem";
    QTest::newRow("no CA") << "ca.pem"
                           << ""
                           << "profile.file-missing"
                           << "ca.pem";
    QTest::newRow("no settings") << "profile.json"
                                 << ""
                                 << "profile.file-missing"
                                 << "profile.json";
    QTest::newRow("plain http") << ""
                                << "http://127.0.0.1:8443"
                                << "profile.bad-server"
                                << "server";
    QTest::newRow("a path") << ""
                            << "https://127.0.0.1:8443/v1"
                            << "profile.bad-server"
                            << "server";
}

void tst_SyncEngine::profileNamesWhatIsWrong()
{
    QFETCH(QString, remove);
    QFETCH(QString, server);
    QFETCH(QString, code);
    QFETCH(QString, field);
    if (!remove.isEmpty())
        QVERIFY(QFile::remove(QDir(m_profileDir).filePath(remove)));
    const Result<ClientProfile> profile = ClientProfile::load(m_profileDir, server);
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().code, code);
    QCOMPARE(profile.error().field, field);
    QVERIFY(!profile.error().message.isEmpty());
}

void tst_SyncEngine::profileTrustsOnlyTheHallCa()
{
    const Result<ClientProfile> profile = ClientProfile::load(m_profileDir);
    QVERIFY(profile.ok());
    QCOMPARE(profile->workstation(), QStringLiteral("W01"));
    QCOMPARE(profile->server().toString(), m_hall->url());
    const QSslConfiguration ssl = profile->sslConfiguration();
    QCOMPARE(ssl.caCertificates(), QSslCertificate::fromPath(m_pki->path("ca.pem")));
    QCOMPARE(ssl.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(ssl.localCertificate().subjectInfo(QSslCertificate::CommonName), QStringList{"W01"});
    QCOMPARE(ssl.privateKey().algorithm(), QSsl::Ec);
    // --server replaces the address of profile.json.
    const Result<ClientProfile> other = ClientProfile::load(m_profileDir, "https://localhost:9");
    QVERIFY(other.ok());
    QCOMPARE(other->server().toString(), QStringLiteral("https://localhost:9"));
}

void tst_SyncEngine::refusesServerNotOfTheHall_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::newRow("certificate of another CA") << "rogue-server";
    QTest::newRow("certificate for another name") << "misnamed-server";
}

void tst_SyncEngine::refusesServerNotOfTheHall()
{
    QFETCH(QString, certificate);
    const quint16 port = m_hall->port();
    m_hall->close();
    QCOMPARE(m_hall->listen(*m_pki, certificate, port), QString());
    Client c = client();
    const Status health = c->checkHealth()->wait(timeoutMs);
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QStringLiteral("sync.untrusted-server"));
    QVERIFY(!c->isOnline());
    const Status login = c->login(liNa().userId, password)->wait(timeoutMs);
    QVERIFY(!login.ok());
    QCOMPARE(login.error().code, QStringLiteral("auth.offline-unknown"));
    QCOMPARE(m_hall->requests("/v1/session"), 0); // the password never left the workstation
    QCOMPARE(m_hall->requests("/v1/health"), 0);
    QVERIFY(!c->session().has_value());
}

// ---- The session --------------------------------------------------------------------------

void tst_SyncEngine::loginKeepsSessionAndVerifier()
{
    Client c = client();
    QSignalSpy sessions(c.engine.get(), &SyncEngine::sessionChanged);
    QVERIFY(c->login(liNa().userId, password)->wait(timeoutMs).ok());
    QCOMPARE(sessions.size(), 1);
    QVERIFY(c->isOnline());
    const std::optional<LocalSession> session = c->session();
    QVERIFY(session.has_value());
    QCOMPARE(session->user.userId, liNa().userId);
    QCOMPARE(session->user.departments, QStringList{"SJ"});
    QCOMPARE(session->token.size(), 43);
    const auto user = c.store->user(liNa().userId);
    QVERIFY(user.ok() && user->has_value());
    QVERIFY((*user)->verifier.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!(*user)->verifier.contains(password));
    // A new engine over the same store carries on with the session.
    c.engine.reset();
    c.engine = std::make_unique<SyncEngine>(*c.store, *c.profile, m_clock, quickSettings());
    QCOMPARE(c->session(), session);
    QVERIFY(c->pull()->wait(timeoutMs).ok());
    // A wrong password is refused by the server, which answers: no offline fallback.
    const Status wrong = c->login(liNa().userId, "wrong")->wait(timeoutMs);
    QCOMPARE(wrong.error().code, QStringLiteral("auth.failed"));
}

void tst_SyncEngine::offlineLogin_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::newRow("logged in here before") << liNa().userId << password << "";
    QTest::newRow("wrong password") << liNa().userId << "窗口-secret-2"
                                    << "auth.failed";
    QTest::newRow("never logged in here") << wangWu().userId << "another-secret"
                                          << "auth.offline-unknown";
}

void tst_SyncEngine::offlineLogin()
{
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    {
        Client first = loggedIn();
        QVERIFY(first->logout()->wait(timeoutMs).ok());
    }
    m_hall->close();
    Client c = client();
    const Status login = c->login(user, secret)->wait(timeoutMs);
    QVERIFY(!c->isOnline());
    if (code.isEmpty()) {
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().message));
        QCOMPARE(c->session()->user.userId, user);
        QVERIFY(c->session()->isOffline());
        // Work done offline waits for the server, which re-checks it.
        const Result<Command> registered = c->submit(registration(QUuid::createUuid(), m_item));
        QVERIFY(registered.ok());
        QCOMPARE(c->pendingCount(), 1);
        // Back online, the held password logs in at the server and the work goes out.
        QCOMPARE(reopen(), QString());
        QVERIFY(c->push()->wait(timeoutMs).ok());
        QVERIFY(!c->session()->isOffline());
        QCOMPARE(c->pendingCount(), 0);
        QCOMPARE(m_hall->eventsOfCommand(registered->id), 1);
    } else {
        QVERIFY(!login.ok());
        QCOMPARE(login.error().code, code);
        QVERIFY(!login.error().message.isEmpty());
        QVERIFY(!c->session().has_value());
    }
}

void tst_SyncEngine::logoutEndsTheSession()
{
    Client c = loggedIn();
    QVERIFY(c->logout()->wait(timeoutMs).ok());
    QVERIFY(!c->session().has_value());
    QVERIFY(!c.store->session().value().has_value());
    const Result<Command> refused = c->submit(registration(QUuid::createUuid(), m_item));
    QCOMPARE(refused.error().code, QStringLiteral("sync.not-logged-in"));
    QCOMPARE(c->push()->wait(timeoutMs).error().code, QStringLiteral("sync.not-logged-in"));
}

void tst_SyncEngine::expiredSessionAsksForLogin()
{
    Client c = loggedIn();
    QVERIFY(c->submit(registration(QUuid::createUuid(), m_item)).ok());
    m_hall->forgetSessions();
    QSignalSpy required(c.engine.get(), &SyncEngine::loginRequired);
    const Status pushed = c->push()->wait(timeoutMs);
    QCOMPARE(pushed.error().code, QStringLiteral("auth.session-invalid"));
    QCOMPARE(required.size(), 1);
    QVERIFY(c->isOnline());
    QCOMPARE(c->session()->user.userId, liNa().userId); // who it was stays known
    QVERIFY(c->session()->isOffline());
    QCOMPARE(c->pendingCount(), 1);
    QCOMPARE(c->push()->wait(timeoutMs).error().code, QStringLiteral("sync.not-logged-in"));
    QVERIFY(c->login(liNa().userId, password)->wait(timeoutMs).ok());
    QVERIFY(c->push()->wait(timeoutMs).ok());
    QCOMPARE(c->pendingCount(), 0);
}

void tst_SyncEngine::commandsWaitForTheirUser()
{
    Client c = loggedIn();
    const Command hers = c->submit(registration(QUuid::createUuid(), m_item)).value();
    QVERIFY(c->logout()->wait(timeoutMs).ok());
    QVERIFY(c->login(wangWu().userId, QStringLiteral("another-secret"))->wait(timeoutMs).ok());
    // The server takes only the logged-in user's commands, in order: his wait behind hers.
    const Command his = c->submit(registration(QUuid::createUuid(), m_item)).value();
    QCOMPARE(his.workstationSeq, 2);
    const Status pushed = c->push()->wait(timeoutMs);
    QCOMPARE(pushed.error().code, QStringLiteral("sync.waiting-for-user"));
    QVERIFY(pushed.error().message.contains(liNa().userId));
    QCOMPARE(m_hall->requests("/v1/sync/push"), 0);
    QCOMPARE(c->pendingCount(), 2);
    QVERIFY(c->login(liNa().userId, password)->wait(timeoutMs).ok());
    // Hers go out; the push still says why the rest waits.
    QCOMPARE(c->push()->wait(timeoutMs).error().code, QStringLiteral("sync.waiting-for-user"));
    QCOMPARE(m_hall->eventsOfCommand(hers.id), 1);
    QCOMPARE(c->pendingCount(), 1);
    QVERIFY(c->login(wangWu().userId, QStringLiteral("another-secret"))->wait(timeoutMs).ok());
    QVERIFY(c->push()->wait(timeoutMs).ok());
    QCOMPARE(m_hall->eventsOfCommand(his.id), 1);
    QCOMPARE(c->pendingCount(), 0);
}

// ---- Local work ---------------------------------------------------------------------------

void tst_SyncEngine::submitQueuesInOrderWithLocalEffect()
{
    Client c = loggedIn();
    QSignalSpy pending(c.engine.get(), &SyncEngine::pendingCountChanged);
    QSignalSpy changed(c.engine.get(), &SyncEngine::casesChanged);
    const QUuid caseId = QUuid::createUuid();
    const Result<Command> registered = c->submit(registration(caseId, m_item));
    QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().message));
    const Result<QString> number = c->takeNumber(DocumentNumber::Kind::Case);
    QVERIFY(number.ok());
    QCOMPARE(*number, caseNumber(1));
    const Result<Command> accepted = c->submit(Commands::accept(caseId, *number));
    QVERIFY(accepted.ok());

    QCOMPARE(registered->workstationSeq, 1);
    QCOMPARE(accepted->workstationSeq, 2);
    QCOMPARE(accepted->workstation, QStringLiteral("W01"));
    QCOMPARE(accepted->actor, liNa());
    QCOMPARE(accepted->clientTime, m_clock.now());
    QCOMPARE(c->pendingCount(), 2);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(changed.size(), 2);
    const auto outbox = c.store->outboxFrom(0, 10, true);
    QVERIFY(outbox.ok());
    QCOMPARE(outbox->size(), 2);
    QCOMPARE(outbox->at(0).commandId, registered->id);
    QCOMPARE(outbox->at(1).commandId, accepted->id);
    QCOMPARE(outbox->at(1).userId, liNa().userId);
    QCOMPARE(outbox->at(1).command().value(), *accepted);
    // The clerk sees the case at once, from events not yet confirmed by the server.
    const auto row = c.store->caseRow(caseId);
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE((*row)->caseNumber, *number);
    QCOMPARE((*row)->status, QStringLiteral("in-progress"));
    QCOMPARE(c.store->casesWithPendingEvents().value(), QSet<QUuid>{caseId});
    QCOMPARE(countRows(*c.store, "SELECT count(*) FROM events WHERE server_seq IS NOT NULL"), 0);
    // A commit of the outbox is a promise: the store syncs it to disk in full.
    QCOMPARE(countRows(*c.store, "PRAGMA synchronous"), 2);
    QCOMPARE(m_hall->requests("/v1/sync/push"), 0); // a script drives pushes itself
}

void tst_SyncEngine::localValidationRefuses_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("accept before registration") << "accept-unregistered"
                                                << "case.not-registered";
    QTest::newRow("accept without a required material") << "accept-incomplete"
                                                        << "case.missing-material";
    QTest::newRow("item not in the catalogue") << "unknown-item"
                                               << "catalog.no-item";
    QTest::newRow("mistyped case number") << "mistyped-number"
                                          << "number.check-character";
    QTest::newRow("registered twice") << "register-twice"
                                      << "case.already-registered";
}

void tst_SyncEngine::localValidationRefuses()
{
    QFETCH(QString, what);
    QFETCH(QString, code);
    Client c = loggedIn();
    const QUuid caseId = QUuid::createUuid();
    QStringList materials = requiredMaterials(m_item);
    if (what == QLatin1String("accept-incomplete"))
        materials.removeFirst();
    if (what != QLatin1String("accept-unregistered") && what != QLatin1String("unknown-item"))
        QVERIFY(c->submit(registration(caseId, m_item, materials)).ok());
    const int events = countRows(*c.store, "SELECT count(*) FROM events");
    const int pending = c->pendingCount();

    Command command = Commands::accept(caseId, caseNumber(7));
    if (what == QLatin1String("unknown-item")) {
        Item unknown = m_item;
        unknown.code = QStringLiteral("370200-XX-XK-999");
        command = registration(caseId, unknown);
    } else if (what == QLatin1String("mistyped-number")) {
        QString number = caseNumber(7);
        number[number.size() - 1] = number.back() == QLatin1Char('A') ? 'B' : 'A';
        command = Commands::accept(caseId, number);
    } else if (what == QLatin1String("register-twice")) {
        command = registration(caseId, m_item);
    }
    const Result<Command> refused = c->submit(command);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(countRows(*c.store, "SELECT count(*) FROM events"), events);
    QCOMPARE(c->pendingCount(), pending);
    QCOMPARE(c.store->lastWorkstationSeq().value(), qint64(pending));
}

// ---- Push ---------------------------------------------------------------------------------

void tst_SyncEngine::offlineWorkIsPushedLater()
{
    SyncSettings settings = quickSettings();
    settings.pushBatch = 1;
    Client c = loggedIn(settings);
    m_hall->close();
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(c->submit(registration(caseId, m_item)).ok());
    QVERIFY(c->submit(Commands::accept(caseId, c->takeNumber(DocumentNumber::Kind::Case).value()))
                .ok());
    const Status offline = c->push()->wait(timeoutMs);
    QCOMPARE(offline.error().code, QStringLiteral("sync.unreachable"));
    QVERIFY(!c->isOnline());
    QCOMPARE(c->pendingCount(), 2);
    const CaseRow before = c.store->caseRow(caseId).value().value();

    QCOMPARE(reopen(), QString());
    QSignalSpy online(c.engine.get(), &SyncEngine::onlineChanged);
    QVERIFY(c->sync()->wait(timeoutMs).ok());
    QCOMPARE(online.size(), 1);
    QVERIFY(c->isOnline());
    QCOMPARE(c->pendingCount(), 0);
    QCOMPARE(m_hall->requests("/v1/sync/push"), 2); // in order, one command per batch
    QCOMPARE(m_hall->serverSeq(), 4); // registered; accepted, accept step done, review started
    // The case is now made of the server's events alone, and reads as it did.
    QVERIFY(c.store->casesWithPendingEvents().value().isEmpty());
    QCOMPARE(countRows(*c.store, "SELECT count(*) FROM events WHERE server_seq IS NOT NULL"), 4);
    const CaseRow after = c.store->caseRow(caseId).value().value();
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.caseNumber, before.caseNumber);
    QCOMPARE(after.lastCaseSeq, before.lastCaseSeq);
    QCOMPARE(c.store->pullCursor(), 4);
}

void tst_SyncEngine::reconnectPushesByItself()
{
    Client c = loggedIn(quickSettings(true));
    QTRY_VERIFY_WITH_TIMEOUT(c->isLiveConnected(), timeoutMs);
    m_hall->close();
    QTRY_VERIFY_WITH_TIMEOUT(!c->isLiveConnected(), timeoutMs);
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(c->submit(registration(caseId, m_item)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!c->isOnline(), timeoutMs);
    QCOMPARE(c->pendingCount(), 1);
    QCOMPARE(reopen(), QString());
    // The live channel comes back by itself, and the engine sends what waited.
    QTRY_COMPARE_WITH_TIMEOUT(c->pendingCount(), 0, timeoutMs);
    QVERIFY(c->isOnline());
    QTRY_VERIFY_WITH_TIMEOUT(c.store->casesWithPendingEvents().value().isEmpty(), timeoutMs);
    QCOMPARE(m_hall->serverSeq(), 1);
}

void tst_SyncEngine::lostAnswerIsResentWithoutDoubling()
{
    Client c = loggedIn();
    const QUuid caseId = QUuid::createUuid();
    const Command registered = c->submit(registration(caseId, m_item)).value();
    const Command accepted =
        c->submit(Commands::accept(caseId, c->takeNumber(DocumentNumber::Kind::Case).value()))
            .value();
    m_hall->setLosePushAnswers(true); // applied at the server, the answers lost on the way
    const Status lost = c->push()->wait(timeoutMs);
    m_hall->setLosePushAnswers(false);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, QStringLiteral("sync.unreachable"));
    QCOMPARE(m_hall->serverSeq(), 4);
    QCOMPARE(c->pendingCount(), 2);
    QCOMPARE(c.store->outboxEntry(accepted.id).value()->state, OutboxState::Sent);

    const int sent = m_hall->requests("/v1/sync/push");
    QVERIFY(sent >= 2);
    QVERIFY(c->push()->wait(timeoutMs).ok());
    QCOMPARE(m_hall->requests("/v1/sync/push"), sent + 1);
    QCOMPARE(m_hall->serverSeq(), 4); // every replay returned the stored results
    QCOMPARE(m_hall->eventsOfCommand(registered.id), 1);
    QCOMPARE(m_hall->eventsOfCommand(accepted.id), 3);
    const OutboxEntry entry = c.store->outboxEntry(accepted.id).value().value();
    QCOMPARE(entry.state, OutboxState::Applied);
    QCOMPARE(entry.firstServerSeq, 2);
    QCOMPARE(entry.lastServerSeq, 4);
    QCOMPARE(c->pendingCount(), 0);
}

void tst_SyncEngine::sequenceGapIsResentFromExpected()
{
    Client c = loggedIn();
    const QUuid caseId = QUuid::createUuid();
    const Command registered = c->submit(registration(caseId, m_item)).value();
    const Command accepted =
        c->submit(Commands::accept(caseId, c->takeNumber(DocumentNumber::Kind::Case).value()))
            .value();
    // The workstation believes its first command answered, but the server never had it.
    QVERIFY(c.store
                ->transaction(
                    [&] { return c.store->recordApplied(registered.id, 1, 1, m_clock.now()); })
                .ok());
    QVERIFY(c->push()->wait(timeoutMs).ok());
    QCOMPARE(m_hall->requests("/v1/sync/push"), 2); // the gap, then from the expected one
    QCOMPARE(m_hall->eventsOfCommand(registered.id), 1);
    QCOMPARE(m_hall->eventsOfCommand(accepted.id), 3);
    QCOMPARE(c->pendingCount(), 0);
}

void tst_SyncEngine::rejectedCommandsAreKept()
{
    Client c = loggedIn();
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(c->submit(registration(caseId, m_item)).ok());
    QVERIFY(c->sync()->wait(timeoutMs).ok());
    // Another clerk refuses the case while this workstation accepts it without knowing.
    Command refusal = Commands::refuse(caseId, QStringLiteral("申请材料系伪造"));
    refusal.clientTime = m_clock.now();
    QCOMPARE(m_hall->applyFromElsewhere(refusal, wangWu()), QString());
    const Result<Command> accepted =
        c->submit(Commands::accept(caseId, c->takeNumber(DocumentNumber::Kind::Case).value()));
    QVERIFY(accepted.ok());
    QCOMPARE(c.store->caseRow(caseId).value()->status, QStringLiteral("in-progress"));

    QSignalSpy rejected(c.engine.get(), &SyncEngine::commandRejected);
    QVERIFY(c->push()->wait(timeoutMs).ok()); // a rejection is data, not a failed push
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(c->rejectedCount(), 1);
    QCOMPARE(c->pendingCount(), 0);
    const QList<OutboxEntry> kept = c->rejectedCommands().value();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().commandId, accepted->id);
    QCOMPARE(kept.first().rejection.code, QStringLiteral("case.closed"));
    QVERIFY(!kept.first().rejection.message.isEmpty());
    // Its local effect is gone at once; the pull then shows what the server decided.
    QCOMPARE(c.store->caseRow(caseId).value()->status, QStringLiteral("registered"));
    QVERIFY(c->pull()->wait(timeoutMs).ok());
    QCOMPARE(c.store->caseRow(caseId).value()->status, QStringLiteral("refused"));
    QVERIFY(c.store->casesWithPendingEvents().value().isEmpty());
    // Shown to the user who made it, kept on record after they dismiss it.
    QVERIFY(c->dismissRejected(accepted->id).ok());
    QCOMPARE(c->rejectedCount(), 0);
    QCOMPARE(c.store->outboxEntry(accepted->id).value()->state, OutboxState::Rejected);
}

// ---- Pull ---------------------------------------------------------------------------------

void tst_SyncEngine::pagesApplyAtomically_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("server error") << int(FakeHall::PullFault::ServerError);
    QTest::newRow("connection lost") << int(FakeHall::PullFault::Drop);
    QTest::newRow("page that cannot be stored") << int(FakeHall::PullFault::Corrupt);
}

void tst_SyncEngine::pagesApplyAtomically()
{
    QFETCH(int, fault);
    for (int serial = 1; serial <= 2; ++serial) {
        const QUuid caseId = QUuid::createUuid();
        Command registered = registration(caseId, m_item);
        Command accepted = Commands::accept(caseId, caseNumber(900 + serial));
        registered.clientTime = accepted.clientTime = m_clock.now();
        QCOMPARE(m_hall->applyFromElsewhere(registered, wangWu()), QString());
        QCOMPARE(m_hall->applyFromElsewhere(accepted, wangWu()), QString());
    }
    QCOMPARE(m_hall->serverSeq(), 8);
    SyncSettings settings = quickSettings();
    settings.pullLimit = 3;
    Client c = client(settings);
    QVERIFY(c->login(liNa().userId, password)->wait(timeoutMs).ok());
    m_hall->setPullFault(3, FakeHall::PullFault(fault));

    QVERIFY(!c->pull()->wait(timeoutMs).ok());
    // The first page is in, whole; nothing of the second.
    QCOMPARE(c.store->pullCursor(), 3);
    QCOMPARE(countRows(*c.store, "SELECT count(*) FROM events"), 3);
    QCOMPARE(countRows(*c.store, "SELECT max(server_seq) FROM events"), 3);
    QCOMPARE(c.store->caseRows().value().size(), 1);

    m_hall->setPullFault(3, FakeHall::PullFault::None);
    QVERIFY(c->pull()->wait(timeoutMs).ok());
    QCOMPARE(c.store->pullCursor(), 8);
    QCOMPARE(countRows(*c.store, "SELECT count(*) FROM events"), 8);
    const QList<CaseRow> rows = c.store->caseRows().value();
    QCOMPARE(rows.size(), 2);
    for (const CaseRow &row : rows)
        QCOMPARE(row.status, QStringLiteral("in-progress"));
}

void tst_SyncEngine::pendingCommandsStayOnTopOfPulledEvents()
{
    Client c = loggedIn();
    const QUuid caseId = QUuid::createUuid();
    QVERIFY(c->submit(registration(caseId, m_item)).ok());
    QVERIFY(c->sync()->wait(timeoutMs).ok());
    // While this workstation accepts, another ticks the optional material at the server.
    const Command accepted =
        c->submit(Commands::accept(caseId, c->takeNumber(DocumentNumber::Kind::Case).value()))
            .value();
    Command ticked = Commands::updateMaterials(caseId, {QStringLiteral("m6")});
    ticked.clientTime = m_clock.now();
    QCOMPARE(m_hall->applyFromElsewhere(ticked, wangWu()), QString());

    QVERIFY(c->pull()->wait(timeoutMs).ok());
    const QList<Event> events = c.store->caseEvents(caseId).value();
    QCOMPARE(events.size(), 5);
    QCOMPARE(events.at(1).serverSeq, 2); // the other workstation's, in its place
    QCOMPARE(events.at(1).type, QStringLiteral("materials-checked"));
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(events.at(i).serverSeq, 0); // this workstation's, still waiting, on top
        QCOMPARE(events.at(i).commandId, accepted.id);
        QCOMPARE(events.at(i).caseSeq, i + 1);
    }
    const CaseRow row = c.store->caseRow(caseId).value().value();
    QCOMPARE(row.status, QStringLiteral("in-progress"));
    QCOMPARE(row.caseNumber, caseNumber(1));

    QVERIFY(c->sync()->wait(timeoutMs).ok());
    QCOMPARE(m_hall->eventsOfCommand(accepted.id), 3);
    QVERIFY(c.store->casesWithPendingEvents().value().isEmpty());
    const QList<Event> confirmed = c.store->caseEvents(caseId).value();
    QCOMPARE(confirmed.size(), 5);
    QCOMPARE(confirmed.last().serverSeq, 5);
    QCOMPARE(c.store->caseRow(caseId).value().value().status, row.status);
}

void tst_SyncEngine::referenceDataIsKeptLocally()
{
    Client c = loggedIn();
    QCOMPARE(c.store->latestCatalogueVersion(), std::optional<int>(1));
    QCOMPARE(c.store->catalogue(1).value().items.size(), m_catalogue.items.size());
    QVERIFY(c.store->loadCalendar().value().hasYear(2025));
    QCOMPARE(c.store->user(wangWu().userId).value()->actor, wangWu());
    QCOMPARE(c->currentItem(itemCode).value().code, itemCode);
    // A new catalogue version is fetched on the next pull; the old one stays for old cases.
    Catalogue next = m_catalogue;
    next.items.removeIf([](const Item &item) { return item.code == itemCode; });
    m_hall->setCatalogue(next);
    QSignalSpy changed(c.engine.get(), &SyncEngine::referenceDataChanged);
    QVERIFY(c->pull()->wait(timeoutMs).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("catalog"));
    QCOMPARE(c.store->latestCatalogueVersion(), std::optional<int>(2));
    QCOMPARE(c->currentItem(itemCode).error().code, QStringLiteral("catalog.no-item"));
    QVERIFY(c.store->item(itemCode, m_item.flow.version).ok());
}

// ---- Leases and live ----------------------------------------------------------------------

void tst_SyncEngine::leasesAreToppedUp()
{
    Client fresh = client();
    QCOMPARE(fresh->takeNumber(DocumentNumber::Kind::Case).error().code,
             QStringLiteral("number.no-lease"));

    Client c = loggedIn();
    QCOMPARE(c.store->remainingSerials("case", "HALL01", 2025).value(), 100);
    QCOMPARE(c.store->remainingSerials("receipt", "HALL01", 2025).value(), 100);
    QSet<QString> numbers;
    for (int i = 0; i < 81; ++i) {
        const Result<QString> number = c->takeNumber(DocumentNumber::Kind::Case);
        QVERIFY(number.ok());
        QVERIFY(DocumentNumber::parse(*number).ok());
        numbers.insert(*number);
    }
    QCOMPARE(c.store->remainingSerials("case", "HALL01", 2025).value(), 19);
    QVERIFY(c->topUpLeases()->wait(timeoutMs).ok());
    QCOMPARE(c.store->remainingSerials("case", "HALL01", 2025).value(), 119);
    QCOMPARE(c.store->remainingSerials("receipt", "HALL01", 2025).value(), 100); // had enough
    // Offline, numbers keep coming from the leased ranges, never one twice.
    m_hall->close();
    for (int i = 0; i < 119; ++i)
        numbers.insert(c->takeNumber(DocumentNumber::Kind::Case).value());
    QCOMPARE(numbers.size(), 200);
    QCOMPARE(c->takeNumber(DocumentNumber::Kind::Case).error().code,
             QStringLiteral("number.lease-exhausted"));
}

void tst_SyncEngine::pokeTriggersPull()
{
    Client c = loggedIn(quickSettings(true));
    QTRY_VERIFY_WITH_TIMEOUT(c->isLiveConnected(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_hall->liveOpen(), 1, timeoutMs);
    QSignalSpy pulled(c.engine.get(), &SyncEngine::pulled);
    const QUuid caseId = QUuid::createUuid();
    Command registered = registration(caseId, m_item);
    registered.clientTime = m_clock.now();
    QCOMPARE(m_hall->applyFromElsewhere(registered, wangWu()), QString());
    QTRY_VERIFY_WITH_TIMEOUT(c.store->caseRow(caseId).value().has_value(), timeoutMs);
    QVERIFY(!pulled.isEmpty());
    QCOMPARE(c.store->pullCursor(), 1);
}

void tst_SyncEngine::liveReconnectsWithBackoff()
{
    Client c = loggedIn();
    QUrl url = c.profile->server();
    url.setScheme("wss");
    url.setPath("/v1/live");
    LiveChannel channel(url, c.profile->sslConfiguration(), Backoff(40, 200, [] { return 0.5; }),
                        60000);
    QSignalSpy dropped(&channel, &LiveChannel::dropped);
    QSignalSpy poked(&channel, &LiveChannel::poked);
    channel.start(c->session()->token);
    QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected(), timeoutMs);

    m_hall->close(); // the server goes away: attempts every 40, 80, 160, 200, 200 ms
    QTRY_VERIFY_WITH_TIMEOUT(dropped.size() >= 5, timeoutMs);
    QList<int> delays;
    for (const QList<QVariant> &drop : std::as_const(dropped))
        delays << drop.at(1).toInt();
    QCOMPARE(delays.mid(0, 5), (QList<int>{40, 80, 160, 200, 200}));

    QCOMPARE(reopen(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected(), timeoutMs);
    QVERIFY(m_hall->liveAccepted() >= 2);
    // Connected again, the waits start over.
    dropped.clear();
    m_hall->dropLiveClients();
    QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty(), timeoutMs);
    QCOMPARE(dropped.first().at(1).toInt(), 40);
    QTRY_VERIFY_WITH_TIMEOUT(channel.isConnected(), timeoutMs);
    // Pokes arrive on the new socket.
    Command registered = registration(QUuid::createUuid(), m_item);
    registered.clientTime = m_clock.now();
    QTRY_COMPARE_WITH_TIMEOUT(m_hall->liveOpen(), 1, timeoutMs);
    QCOMPARE(m_hall->applyFromElsewhere(registered, wangWu()), QString());
    QTRY_COMPARE_WITH_TIMEOUT(poked.size(), 1, timeoutMs);
    QCOMPARE(poked.first().first().toLongLong(), m_hall->serverSeq());
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
