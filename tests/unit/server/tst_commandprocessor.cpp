// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerTestSupport.h"

#include "core/case/CaseState.h"
#include "core/case/Commands.h"
#include "core/crypto/Sm2KeyPair.h"
#include "server/sync/CommandProcessor.h"

using namespace servertest;
using namespace sunhall::core;
using casefixture::caseNumber;
using casefixture::certificateNumber;
using casefixture::receiptNumber;

namespace {

UserRecord serverUser(const QString &id, const QString &name, QList<Role> roles,
                      QStringList departments)
{
    UserRecord user;
    user.id = id;
    user.name = name;
    user.roles = std::move(roles);
    user.departments = std::move(departments);
    user.passwordHash = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA");
    return user;
}

const QString scjg = QStringLiteral("SCJG");

// The hall's people as the server knows them; the case fixture's actors have the same ids.
QList<UserRecord> hallUsers()
{
    return {
        serverUser(QStringLiteral("clerk-1"), QStringLiteral("王窗口"), {Role::Clerk},
                   {scjg, QStringLiteral("FGW")}),
        serverUser(QStringLiteral("reviewer-1"), QStringLiteral("李审核"), {Role::Reviewer},
                   {scjg}),
        serverUser(QStringLiteral("chief-1"), QStringLiteral("张首席"), {Role::ChiefApprover},
                   {scjg}),
        serverUser(QStringLiteral("cashier-1"), QStringLiteral("钱收费"), {Role::Cashier},
                   {QStringLiteral("CASH")}),
        serverUser(QStringLiteral("xf-reviewer"), QStringLiteral("消防审核"), {Role::Reviewer},
                   {QStringLiteral("XF")}),
        serverUser(QStringLiteral("ga-clerk"), QStringLiteral("公安窗口"), {Role::Clerk},
                   {QStringLiteral("GA")}),
        serverUser(QStringLiteral("watcher"), QStringLiteral("监察员"), {Role::Supervisor}, {}),
    };
}

} // namespace

class tst_CommandProcessor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void drivesACaseToTheEnd_data() { addEngines(); }
    void drivesACaseToTheEnd();
    void refusesAnotherWorkstationOrUser_data();
    void refusesAnotherWorkstationOrUser();
    void replayIsIdempotent();
    void refusesGapAndConflict();
    void serverRolesOverrideClaimedRoles();
    void eventsCarryTheServersName();
    void recordsJointDepartmentsForPulls();
    void rejectsUnknownItemAndUnregisteredCase();
    void checksSignatures();
    void rejectsCommandsFromTheFuture();
    void pullScopeFollowsRoles_data();
    void pullScopeFollowsRoles();

private:
    /// Stamps `c` as made by `claimed` on W01 now, with the next workstation sequence.
    Command stamp(Command c, const Actor &claimed);
    /// Sends `c` as the server user with `c`'s actor id, from W01.
    Result<CommandResult> send(const Command &c);
    /// Stamps and sends; returns an empty string when applied, else why not.
    QString run(Command c, const Actor &claimed);
    UserRecord user(const QString &id) const;

    StoreFactory m_stores;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<CommandProcessor> m_processor;
    qint64 m_seq = 0;
    QDateTime m_now;
};

void tst_CommandProcessor::initTestCase()
{
    QVERIFY2(m_stores.start(), qPrintable(m_stores.error()));
}

void tst_CommandProcessor::init()
{
    const QString engine = QTest::currentDataTag() == QLatin1String("postgresql")
                               ? QStringLiteral("postgresql")
                               : QStringLiteral("sqlite");
    m_store = m_stores.fresh(engine);
    QVERIFY(m_store);
    SUNHALL_VERIFY_OK(m_store->publishCatalogue(smallCatalogue(), QStringLiteral("admin"), t0));
    for (const UserRecord &u : hallUsers())
        SUNHALL_VERIFY_OK(m_store->addUser(u, t0));
    m_processor = std::make_unique<CommandProcessor>(*m_store);
    m_seq = 0;
    m_now = casefixture::at(2025, 3, 3);
}

void tst_CommandProcessor::cleanup()
{
    m_processor.reset();
    m_store.reset();
}

UserRecord tst_CommandProcessor::user(const QString &id) const
{
    return m_store->user(id).value().value_or(UserRecord{});
}

Command tst_CommandProcessor::stamp(Command c, const Actor &claimed)
{
    m_now = m_now.addSecs(60);
    return CommandOrigin{claimed, QStringLiteral("W01"), m_now, ++m_seq}.stamp(std::move(c));
}

Result<CommandResult> tst_CommandProcessor::send(const Command &c)
{
    return m_processor->process(c, QStringLiteral("W01"), user(c.actor.userId), m_now);
}

QString tst_CommandProcessor::run(Command c, const Actor &claimed)
{
    const QString type = c.type;
    const Result<CommandResult> result = send(stamp(std::move(c), claimed));
    if (!result)
        return QStringLiteral("%1: error %2 %3")
            .arg(type, result.error().code, result.error().message);
    if (!result->applied)
        return QStringLiteral("%1: rejected %2 %3")
            .arg(type, result->error.code, result->error.message);
    return {};
}

void tst_CommandProcessor::drivesACaseToTheEnd()
{
    const Item item = smallCatalogue().items.at(0);
    const QUuid id = QUuid::createUuid();
    using namespace casefixture;
    const QList<FeeLine> fees = {{QStringLiteral("F1"), Money::fromFen(5000)},
                                 {QStringLiteral("F2"), Money::fromFen(1250)}};
    QCOMPARE(run(Commands::registerCase(id, application(item)), clerk()), QString());
    QCOMPARE(run(Commands::accept(id, caseNumber(1)), clerk()), QString());
    QCOMPARE(run(Commands::claimStep(id, QStringLiteral("review")), reviewer()), QString());
    QCOMPARE(run(Commands::completeStep(id, QStringLiteral("review"), QStringLiteral("同意")),
                 reviewer()),
             QString());
    QCOMPARE(run(Commands::decide(id, true, {}), chief()), QString());
    QCOMPARE(run(Commands::conclude(id), clerk()), QString());
    QCOMPARE(run(Commands::assessFee(id, fees), clerk()), QString());
    QCOMPARE(run(Commands::payFee(id, receiptNumber(1), PaymentMethod::Cash, Money::fromFen(6250)),
                 cashier()),
             QString());
    QCOMPARE(run(Commands::printCertificate(id, certificateNumber(1)), clerk()), QString());
    QCOMPARE(run(Commands::issueCertificate(id), clerk()), QString());

    const QList<Event> events = m_store->caseEvents(id).value();
    const CaseState state = CaseState::fold(events);
    QCOMPARE(state.status, CaseStatus::Concluded);
    QVERIFY(state.isApproved());
    QCOMPARE(state.certificate->number, certificateNumber(1));
    QCOMPARE(events.last().serverSeq, m_store->lastServerSeq().value());
    QCOMPARE(m_store->lastWorkstationSeq(QStringLiteral("W01")).value(), m_seq);
    // The cashier's department sees the case too, to collect its fee.
    QCOMPARE(m_store->caseDepartments(id).value(),
             (QStringList{QStringLiteral("CASH"), QStringLiteral("SCJG")}));
}

void tst_CommandProcessor::refusesAnotherWorkstationOrUser_data()
{
    QTest::addColumn<QString>("certWorkstation");
    QTest::addColumn<QString>("sessionUser");
    QTest::addColumn<QString>("field");
    QTest::newRow("another workstation") << "W02"
                                         << "clerk-1"
                                         << "workstation";
    QTest::newRow("another user") << "W01"
                                  << "reviewer-1"
                                  << "actor.userId";
}

void tst_CommandProcessor::refusesAnotherWorkstationOrUser()
{
    QFETCH(QString, certWorkstation);
    QFETCH(QString, sessionUser);
    const Item item = smallCatalogue().items.at(0);
    const Command c =
        stamp(Commands::registerCase(QUuid::createUuid(), casefixture::application(item)),
              casefixture::clerk());
    const auto result = m_processor->process(c, certWorkstation, user(sessionUser), m_now);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("auth.forbidden"));
    QTEST(result.error().field, "field");
    QCOMPARE(m_store->lastWorkstationSeq(QStringLiteral("W01")).value(), 0);
    QCOMPARE(m_store->lastServerSeq().value(), 0);
}

void tst_CommandProcessor::replayIsIdempotent()
{
    const Item item = smallCatalogue().items.at(0);
    const Command c =
        stamp(Commands::registerCase(QUuid::createUuid(), casefixture::application(item)),
              casefixture::clerk());
    const auto first = send(c);
    QVERIFY(first && first->applied);
    const qint64 events = m_store->lastServerSeq().value();
    for (int i = 0; i < 3; ++i) {
        const auto again = send(c);
        QVERIFY(again);
        QCOMPARE(again->toJson(), first->toJson());
    }
    QCOMPARE(m_store->lastServerSeq().value(), events);

    // A rejection is replayed just the same.
    const Command refused =
        stamp(Commands::accept(c.caseId, QStringLiteral("not-a-number")), casefixture::clerk());
    const auto rejected = send(refused);
    QVERIFY(rejected && !rejected->applied);
    QCOMPARE(send(refused)->toJson(), rejected->toJson());
}

void tst_CommandProcessor::refusesGapAndConflict()
{
    const Item item = smallCatalogue().items.at(0);
    const QUuid id = QUuid::createUuid();
    QCOMPARE(run(Commands::registerCase(id, casefixture::application(item)), casefixture::clerk()),
             QString());
    m_seq += 2; // two commands never arrive
    const auto gap = send(stamp(Commands::accept(id, caseNumber(1)), casefixture::clerk()));
    QVERIFY(!gap);
    QCOMPARE(gap.error().code, QStringLiteral("sync.sequence-gap"));
    QCOMPARE(gap.error().field, QStringLiteral("workstationSeq"));
    QVERIFY2(gap.error().message.contains(QLatin1String("number 2")),
             qPrintable(gap.error().message));

    m_seq = 0; // another command under the used sequence 1
    const auto conflict = send(stamp(Commands::accept(id, caseNumber(1)), casefixture::clerk()));
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code, QStringLiteral("sync.sequence-conflict"));
    QCOMPARE(m_store->lastWorkstationSeq(QStringLiteral("W01")).value(), 1);

    Command zero = stamp(Commands::accept(id, caseNumber(1)), casefixture::clerk());
    zero.workstationSeq = 0;
    QCOMPARE(send(zero).error().field, QStringLiteral("workstationSeq"));
}

void tst_CommandProcessor::serverRolesOverrideClaimedRoles()
{
    const Item item = smallCatalogue().items.at(0);
    const QUuid id = QUuid::createUuid();
    using namespace casefixture;
    QCOMPARE(run(Commands::registerCase(id, application(item)), clerk()), QString());
    QCOMPARE(run(Commands::accept(id, caseNumber(1)), clerk()), QString());
    QCOMPARE(run(Commands::completeStep(id, QStringLiteral("review"), QStringLiteral("同意")),
                 reviewer()),
             QString());

    // A clerk whose client claims to be the chief approver cannot decide.
    Actor pretender = clerk();
    pretender.roles = {Role::ChiefApprover, Role::Clerk};
    const auto claimed = send(stamp(Commands::decide(id, true, {}), pretender));
    QVERIFY(claimed);
    QVERIFY(!claimed->applied);
    QVERIFY2(claimed->error.code.startsWith(QLatin1String("case.")),
             qPrintable(claimed->error.code));
    QVERIFY(!CaseState::fold(m_store->caseEvents(id).value()).decision.has_value());

    // The chief approver decides even when the client lost their roles.
    Actor modest = chief();
    modest.roles = {};
    modest.departments = {};
    QCOMPARE(run(Commands::decide(id, true, {}), modest), QString());
    QVERIFY(CaseState::fold(m_store->caseEvents(id).value()).isApproved());
}

void tst_CommandProcessor::eventsCarryTheServersName()
{
    const Item item = smallCatalogue().items.at(0);
    const QUuid id = QUuid::createUuid();
    Actor clerk = casefixture::clerk();
    clerk.name = QStringLiteral("冒名顶替");
    QCOMPARE(run(Commands::registerCase(id, casefixture::application(item)), clerk), QString());
    const Event registered = m_store->caseEvents(id).value().first();
    QCOMPARE(registered.actorId, QStringLiteral("clerk-1"));
    QCOMPARE(registered.actorName, QStringLiteral("王窗口"));
    QCOMPARE(registered.workstation, QStringLiteral("W01"));
}

void tst_CommandProcessor::recordsJointDepartmentsForPulls()
{
    const Item joint = smallCatalogue().items.at(2);
    const QUuid id = QUuid::createUuid();
    QCOMPARE(run(Commands::registerCase(id, casefixture::application(joint)),
                 casefixture::clerkOf(QStringLiteral("FGW"))),
             QString());
    QCOMPARE(m_store->caseDepartments(id).value(),
             (QStringList{QStringLiteral("FGW"), QStringLiteral("SCJG"), QStringLiteral("WJW"),
                          QStringLiteral("XF")}));
    const auto pulled = [&](const QString &userId) {
        return m_store->eventsAfter(0, CommandProcessor::pullScope(user(userId)), 100)
            .value()
            .size();
    };
    QCOMPARE(pulled(QStringLiteral("xf-reviewer")), 1);
    QCOMPARE(pulled(QStringLiteral("watcher")), 1);
    QCOMPARE(pulled(QStringLiteral("ga-clerk")), 0);

    // A rejected registration records no departments.
    const QUuid refused = QUuid::createUuid();
    RegisterPayload payload = casefixture::application(joint);
    payload.materials.clear();
    payload.applicant.idNumber = QStringLiteral("123");
    const auto result = send(stamp(Commands::registerCase(refused, payload),
                                   casefixture::clerkOf(QStringLiteral("FGW"))));
    QVERIFY(result && !result->applied);
    QVERIFY(m_store->caseDepartments(refused).value().isEmpty());
}

void tst_CommandProcessor::rejectsUnknownItemAndUnregisteredCase()
{
    RegisterPayload payload = casefixture::application(smallCatalogue().items.at(0));
    payload.itemCode = QStringLiteral("NO-SUCH-ITEM");
    const auto unknown =
        send(stamp(Commands::registerCase(QUuid::createUuid(), payload), casefixture::clerk()));
    QVERIFY(unknown && !unknown->applied);
    QCOMPARE(unknown->error.code, QStringLiteral("catalog.no-item"));
    QVERIFY(unknown->error.message.contains(QStringLiteral("NO-SUCH-ITEM")));

    payload.itemCode = QStringLiteral("SCJG-001");
    payload.itemVersion = 99;
    const auto version =
        send(stamp(Commands::registerCase(QUuid::createUuid(), payload), casefixture::clerk()));
    QVERIFY(version && !version->applied);
    QCOMPARE(version->error.code, QStringLiteral("catalog.no-item"));

    const auto unregistered =
        send(stamp(Commands::accept(QUuid::createUuid(), caseNumber(3)), casefixture::clerk()));
    QVERIFY(unregistered && !unregistered->applied);
    QCOMPARE(unregistered->error.code, QStringLiteral("case.not-registered"));
    QCOMPARE(m_store->lastServerSeq().value(), 0);
    QCOMPARE(m_store->lastWorkstationSeq(QStringLiteral("W01")).value(), 3);
}

void tst_CommandProcessor::checksSignatures()
{
    const Item item = smallCatalogue().items.at(0);
    auto application = [&] {
        return Commands::registerCase(QUuid::createUuid(), casefixture::application(item));
    };
    // No key and signatures not required: accepted unsigned.
    QCOMPARE(run(application(), casefixture::clerk()), QString());

    SUNHALL_VERIFY_OK(m_store->setSetting(HallSetting::signaturesRequired, QStringLiteral("on")));
    const auto required = send(stamp(application(), casefixture::clerk()));
    QVERIFY(required && !required->applied);
    QCOMPARE(required->error.code, QStringLiteral("sync.signature-required"));

    const auto key = Sm2KeyPair::generate();
    QVERIFY(key);
    UserRecord clerk = user(QStringLiteral("clerk-1"));
    clerk.publicKeyPem = QString::fromLatin1(key->publicKeyPem());
    SUNHALL_VERIFY_OK(m_store->updateUser(clerk, t0));

    const auto unsignedCommand = send(stamp(application(), casefixture::clerk()));
    QCOMPARE(unsignedCommand->error.code, QStringLiteral("sync.signature-missing"));

    Command signedCommand = stamp(application(), casefixture::clerk());
    signedCommand.signature = key->sign(signedCommand.canonicalBytes()).value();
    QVERIFY(send(signedCommand)->applied);

    Command tampered = stamp(application(), casefixture::clerk());
    tampered.signature = key->sign(tampered.canonicalBytes()).value();
    tampered.payload.insert(QStringLiteral("window"), QStringLiteral("W99"));
    const auto forged = send(tampered);
    QVERIFY(forged && !forged->applied);
    QCOMPARE(forged->error.code, QStringLiteral("sync.signature-invalid"));
}

void tst_CommandProcessor::rejectsCommandsFromTheFuture()
{
    const Item item = smallCatalogue().items.at(0);
    Command c = stamp(Commands::registerCase(QUuid::createUuid(), casefixture::application(item)),
                      casefixture::clerk());
    c.clientTime = m_now.addDays(2);
    const auto result = send(c);
    QVERIFY(result && !result->applied);
    QCOMPARE(result->error.code, QStringLiteral("sync.client-time-ahead"));
    QCOMPARE(result->error.field, QStringLiteral("clientTime"));

    // A clock a few hours off is tolerated: offline windows' clocks drift.
    Command drift =
        stamp(Commands::registerCase(QUuid::createUuid(), casefixture::application(item)),
              casefixture::clerk());
    drift.clientTime = m_now.addSecs(3 * 3600);
    QVERIFY(send(drift)->applied);
}

void tst_CommandProcessor::pullScopeFollowsRoles_data()
{
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<bool>("everything");
    QTest::newRow("clerk") << QList<Role>{Role::Clerk} << false;
    QTest::newRow("chief") << QList<Role>{Role::ChiefApprover, Role::Leader} << false;
    QTest::newRow("supervisor") << QList<Role>{Role::Supervisor} << true;
    QTest::newRow("administrator") << QList<Role>{Role::Clerk, Role::Administrator} << true;
}

void tst_CommandProcessor::pullScopeFollowsRoles()
{
    QFETCH(QList<Role>, roles);
    QFETCH(bool, everything);
    const UserRecord u = serverUser(QStringLiteral("u"), QStringLiteral("某人"), roles,
                                    {QStringLiteral("SCJG"), QStringLiteral("GA")});
    const PullScope scope = CommandProcessor::pullScope(u);
    QCOMPARE(scope.everything, everything);
    if (!everything)
        QCOMPARE(scope.departments, u.departments);
}

QTEST_GUILESS_MAIN(tst_CommandProcessor)
#include "tst_commandprocessor.moc"
