// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Certificates signed as the server records their printing (CommandProcessor with its
// CertificateIssuer), and the key set the server hands out (CertificateKeyRegistry), on
// SQLite and on PostgreSQL: the stored event carries a QR text that the served key set
// verifies, a reprint is signed again under the same number, a department without a key is
// refused with the command that makes one, a revocation reaches the key set.
#include "ServerTestSupport.h"

#include "core/case/CaseState.h"
#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/certificate/CertificateBytes.h"
#include "core/certificate/CertificateQr.h"
#include "core/certificate/CertificateVerifier.h"
#include "core/certificate/DepartmentKeyFolder.h"
#include "server/sync/AuditChain.h"
#include "server/sync/CertificateIssuer.h"
#include "server/sync/CertificateKeyRegistry.h"
#include "server/sync/CommandProcessor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

using namespace servertest;
using namespace sunhall::core;
using casefixture::caseNumber;
using casefixture::certificateNumber;
using casefixture::receiptNumber;
using State = CertificateVerification::State;

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

// The case fixture's actors, as the server knows them.
QList<UserRecord> hallUsers()
{
    const QString scjg = QStringLiteral("SCJG");
    return {
        serverUser(QStringLiteral("clerk-1"), QStringLiteral("王窗口"), {Role::Clerk}, {scjg}),
        serverUser(QStringLiteral("reviewer-1"), QStringLiteral("李审核"), {Role::Reviewer},
                   {scjg}),
        serverUser(QStringLiteral("chief-1"), QStringLiteral("张首席"), {Role::ChiefApprover},
                   {scjg}),
        serverUser(QStringLiteral("cashier-1"), QStringLiteral("钱收费"), {Role::Cashier},
                   {QStringLiteral("CASH")}),
    };
}

// The QR text with one byte of its signed data changed: a digit of the first day of validity.
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

// The QR text with one character of its signature changed.
QString alteredSignature(const QString &qr)
{
    QString altered = qr;
    const qsizetype index = qr.lastIndexOf(QLatin1Char('.')) + 20;
    altered[index] = altered.at(index) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return altered;
}

} // namespace

class tst_CertificateIssuer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void printedEventCarriesSignedQr_data() { addEngines(); }
    void printedEventCarriesSignedQr();
    void reprintIsSignedAgain_data() { addEngines(); }
    void reprintIsSignedAgain();
    void departmentWithoutKeyIsRefused_data() { addEngines(); }
    void departmentWithoutKeyIsRefused();
    void replacedKeyIsOpenedAgain_data() { addEngines(); }
    void replacedKeyIsOpenedAgain();
    void revocationReachesTheKeySet_data() { addEngines(); }
    void revocationReachesTheKeySet();
    void keySetVersionFollowsTheFolder_data() { addEngines(); }
    void keySetVersionFollowsTheFolder();
    void contentFollowsTheCase();

private:
    /// Stamps `c` as made by `actor` on W01, a minute after the last one, and sends it;
    /// empty when applied, else why not.
    QString run(Command c, const Actor &actor);
    /// Drives a new case of the promised item up to its print; its id.
    QUuid caseAtPrint();
    /// The payload of the case's last "certificate-printed" event as stored.
    QJsonObject lastPrint(const QUuid &caseId) const;
    CommandResult lastResult() const { return m_lastResult; }

    StoreFactory m_stores;
    QString m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<CertificateIssuer> m_issuer;
    std::unique_ptr<CommandProcessor> m_processor;
    std::unique_ptr<CertificateKeyRegistry> m_keys;
    qint64 m_seq = 0;
    int m_cases = 0;
    QDateTime m_now;
    CommandResult m_lastResult;
};

void tst_CertificateIssuer::initTestCase()
{
    QVERIFY2(m_stores.start(), qPrintable(m_stores.error()));
}

void tst_CertificateIssuer::init()
{
    const QString engine = QTest::currentDataTag() == QLatin1String("postgresql")
                               ? QStringLiteral("postgresql")
                               : QStringLiteral("sqlite");
    const auto [dir, url] = m_stores.freshLocation(engine);
    m_dir = dir;
    m_store = m_stores.open(dir, url);
    QVERIFY(m_store);
    SUNHALL_VERIFY_OK(m_store->publishCatalogue(smallCatalogue(), QStringLiteral("admin"), t0));
    for (const UserRecord &user : hallUsers())
        SUNHALL_VERIFY_OK(m_store->addUser(user, t0));
    m_issuer = std::make_unique<CertificateIssuer>(*m_store, m_dir);
    m_processor = std::make_unique<CommandProcessor>(*m_store);
    m_processor->setCertificateIssuer(m_issuer.get());
    m_keys = std::make_unique<CertificateKeyRegistry>(*m_store, m_dir);
    m_seq = 0;
    m_cases = 0;
    m_now = casefixture::at(2025, 3, 3);
}

void tst_CertificateIssuer::cleanup()
{
    m_keys.reset();
    m_processor.reset();
    m_issuer.reset();
    m_store.reset();
}

QString tst_CertificateIssuer::run(Command c, const Actor &actor)
{
    m_now = m_now.addSecs(60);
    const QString type = c.type;
    const Command stamped =
        CommandOrigin{actor, QStringLiteral("W01"), m_now, ++m_seq}.stamp(std::move(c));
    const UserRecord user = m_store->user(actor.userId).value().value_or(UserRecord{});
    const Result<CommandResult> result =
        m_processor->process(stamped, QStringLiteral("W01"), user, m_now);
    if (!result)
        return QStringLiteral("%1: error %2 %3")
            .arg(type, result.error().code, result.error().message);
    m_lastResult = *result;
    if (!result->applied)
        return QStringLiteral("%1: rejected %2").arg(type, result->error.code);
    return {};
}

QUuid tst_CertificateIssuer::caseAtPrint()
{
    using namespace casefixture;
    const Item item = smallCatalogue().items.at(0);
    const QUuid id = QUuid::createUuid();
    const int serial = ++m_cases;
    const QList<FeeLine> fees = {{QStringLiteral("F1"), Money::fromFen(5000)},
                                 {QStringLiteral("F2"), Money::fromFen(1250)}};
    const QList<std::pair<Command, Actor>> steps{
        {Commands::registerCase(id, application(item)), clerk()},
        {Commands::accept(id, caseNumber(serial)), clerk()},
        {Commands::claimStep(id, QStringLiteral("review")), reviewer()},
        {Commands::completeStep(id, QStringLiteral("review"), QStringLiteral("同意")), reviewer()},
        {Commands::decide(id, true, {}), chief()},
        {Commands::conclude(id), clerk()},
        {Commands::assessFee(id, fees), clerk()},
        {Commands::payFee(id, receiptNumber(serial), PaymentMethod::Cash, Money::fromFen(6250)),
         cashier()},
    };
    for (const auto &[command, actor] : steps) {
        const QString failed = run(command, actor);
        if (!failed.isEmpty()) {
            qWarning("%s", qPrintable(failed));
            return {};
        }
    }
    return id;
}

QJsonObject tst_CertificateIssuer::lastPrint(const QUuid &caseId) const
{
    const QList<Event> events = m_store->caseEvents(caseId).value();
    for (auto event = events.crbegin(); event != events.crend(); ++event) {
        if (event->type == EventType::certificatePrinted)
            return event->payload;
    }
    return {};
}

void tst_CertificateIssuer::printedEventCarriesSignedQr()
{
    const Result<Sm2PublicKey> key = DepartmentKeyFolder(m_dir).create(QStringLiteral("SCJG"));
    SUNHALL_VERIFY_OK(key);
    const QUuid id = caseAtPrint();
    QVERIFY(!id.isNull());
    QCOMPARE(run(Commands::printCertificate(id, certificateNumber(1)), casefixture::clerk()),
             QString());

    const QString qr = lastPrint(id).value(QStringLiteral("qr")).toString();
    QVERIFY2(qr.startsWith(QStringLiteral("SHC1.")), qPrintable(qr));
    SUNHALL_VERIFY_OK(m_keys->refresh());
    const CertificateVerifier verifier = m_keys->verifier();
    const CertificateVerification verification = verifier.verify(qr);
    QCOMPARE(verification.code, QStringLiteral("certificate.valid"));
    QCOMPARE(verification.state, State::Valid);
    const CertificateContent &content = *verification.content;
    QCOMPARE(content.number, certificateNumber(1));
    QCOMPARE(content.caseId, id);
    QCOMPARE(content.title, QStringLiteral("食品经营许可证"));
    QCOMPARE(content.holderName, QStringLiteral("陈申请"));
    QCOMPARE(content.holderId, casefixture::citizenId());
    QCOMPARE(content.departmentCode, QStringLiteral("SCJG"));
    QCOMPARE(content.departmentName, QStringLiteral("市场监督管理局"));
    QCOMPARE(content.keyId, key->fingerprint());
    const CaseState state = CaseState::fold(m_store->caseEvents(id).value());
    QCOMPARE(content.validFrom, state.decision->at.date());
    QCOMPARE(content.validUntil, content.validFrom.addYears(5).addDays(-1));
    QCOMPARE(content.issuedAt, m_now);
    // The number and the certificate's state stay what the case rules made of them.
    QCOMPARE(lastPrint(id).value(QStringLiteral("certificateNumber")).toString(),
             certificateNumber(1));
    QCOMPARE(state.certificate->number, certificateNumber(1));

    // One byte of the signed data changed, or one character of the signature: altered.
    const CertificateVerification data = verifier.verify(alteredData(qr));
    QCOMPARE(data.state, State::Altered);
    QCOMPARE(data.code, QStringLiteral("certificate.signature-mismatch"));
    QVERIFY(data.content->validFrom != content.validFrom);
    QCOMPARE(verifier.verify(alteredSignature(qr)).state, State::Altered);
    // The audit chain covers the QR text as stored.
    const Result<AuditReport> audit = AuditChain::verify(*m_store, nullptr);
    SUNHALL_VERIFY_OK(audit);
    QVERIFY(audit->ok);
}

void tst_CertificateIssuer::reprintIsSignedAgain()
{
    SUNHALL_VERIFY_OK(DepartmentKeyFolder(m_dir).create(QStringLiteral("SCJG")));
    const QUuid id = caseAtPrint();
    // The first print opens the department's key; later ones find it open.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run(Commands::printCertificate(id, certificateNumber(1)), casefixture::clerk()),
             QString());
    const qint64 firstMicros = timer.nsecsElapsed() / 1000;
    const QString first = lastPrint(id).value(QStringLiteral("qr")).toString();
    timer.restart();
    QCOMPARE(run(Commands::printCertificate(id), casefixture::clerk()), QString());
    qInfo("print command, key opened: %lld µs; reprint, key kept open: %lld µs", firstMicros,
          timer.nsecsElapsed() / 1000);
    const QJsonObject reprint = lastPrint(id);
    QVERIFY(reprint.value(QStringLiteral("reprint")).toBool());
    const QString second = reprint.value(QStringLiteral("qr")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);

    SUNHALL_VERIFY_OK(m_keys->refresh());
    for (const QString &qr : {first, second}) {
        const CertificateVerification verification = m_keys->verifier().verify(qr);
        QCOMPARE(verification.state, State::Valid);
        QCOMPARE(verification.content->number, certificateNumber(1));
    }
    QCOMPARE(CaseState::fold(m_store->caseEvents(id).value()).certificate->printedCount, 2);
}

void tst_CertificateIssuer::departmentWithoutKeyIsRefused()
{
    const QUuid id = caseAtPrint();
    const qint64 eventsBefore = m_store->lastServerSeq().value();
    QCOMPARE(run(Commands::printCertificate(id, certificateNumber(1)), casefixture::clerk()),
             QStringLiteral("print-certificate: rejected certificate.department-key-missing"));
    const QString reason = lastResult().error.message;
    QVERIFY2(reason.contains(QStringLiteral("SCJG")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("市场监督管理局")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("sunhallctl department keygen --dir %1 --department "
                                            "SCJG")
                                 .arg(m_dir)),
             qPrintable(reason));
    QCOMPARE(lastResult().error.field, QStringLiteral("department"));
    QCOMPARE(m_store->lastServerSeq().value(), eventsBefore);

    // Once the administrator has made the key, the same print goes through.
    SUNHALL_VERIFY_OK(DepartmentKeyFolder(m_dir).create(QStringLiteral("SCJG")));
    QCOMPARE(run(Commands::printCertificate(id, certificateNumber(1)), casefixture::clerk()),
             QString());
    QVERIFY(!lastPrint(id).value(QStringLiteral("qr")).toString().isEmpty());
}

void tst_CertificateIssuer::replacedKeyIsOpenedAgain()
{
    const DepartmentKeyFolder folder(m_dir);
    const QString scjg = QStringLiteral("SCJG");
    const Result<Sm2PublicKey> first = folder.create(scjg);
    SUNHALL_VERIFY_OK(first);
    const QUuid id = caseAtPrint();
    QCOMPARE(run(Commands::printCertificate(id, certificateNumber(1)), casefixture::clerk()),
             QString());
    const QString before = lastPrint(id).value(QStringLiteral("qr")).toString();

    // Withdrawn from a minute from now: what it signed before stays valid.
    SUNHALL_VERIFY_OK(folder.revoke(scjg, m_now.addSecs(30), QStringLiteral("年度轮换")));
    QCOMPARE(run(Commands::printCertificate(id), casefixture::clerk()),
             QStringLiteral("print-certificate: rejected certificate.department-key-missing"));
    const Result<Sm2PublicKey> second = folder.create(scjg);
    SUNHALL_VERIFY_OK(second);
    QCOMPARE(run(Commands::printCertificate(id), casefixture::clerk()), QString());
    const QString after = lastPrint(id).value(QStringLiteral("qr")).toString();

    SUNHALL_VERIFY_OK(m_keys->refresh());
    QCOMPARE(m_keys->keySet().keysOf(scjg).size(), 2);
    const CertificateVerification old = m_keys->verifier().verify(before);
    QCOMPARE(old.state, State::Valid);
    QCOMPARE(old.key->fingerprint, first->fingerprint());
    const CertificateVerification renewed = m_keys->verifier().verify(after);
    QCOMPARE(renewed.state, State::Valid);
    QCOMPARE(renewed.key->fingerprint, second->fingerprint());
}

void tst_CertificateIssuer::revocationReachesTheKeySet()
{
    SUNHALL_VERIFY_OK(DepartmentKeyFolder(m_dir).create(QStringLiteral("SCJG")));
    const QUuid kept = caseAtPrint();
    const QUuid revoked = caseAtPrint();
    QCOMPARE(run(Commands::printCertificate(kept, certificateNumber(1)), casefixture::clerk()),
             QString());
    QCOMPARE(run(Commands::printCertificate(revoked, certificateNumber(2)), casefixture::clerk()),
             QString());
    SUNHALL_VERIFY_OK(m_keys->refresh());
    const QString versionBefore = m_keys->version();
    QCOMPARE(versionBefore.size(), CertificateKeyRegistry::versionLength);

    QCOMPARE(run(Commands::revokeCertificate(revoked, QStringLiteral("以欺骗手段取得许可")),
                 casefixture::chief()),
             QString());
    SUNHALL_VERIFY_OK(m_keys->refresh());
    QVERIFY(m_keys->version() != versionBefore);
    QCOMPARE(m_keys->scannedUpTo(), m_store->lastServerSeq().value());
    const CertificateVerification verification =
        m_keys->verifier().verify(lastPrint(revoked).value(QStringLiteral("qr")).toString());
    QCOMPARE(verification.state, State::Revoked);
    QCOMPARE(verification.code, QStringLiteral("certificate.revoked"));
    QCOMPARE(verification.revocation->reason, QStringLiteral("以欺骗手段取得许可"));
    QCOMPARE(
        m_keys->verifier().verify(lastPrint(kept).value(QStringLiteral("qr")).toString()).state,
        State::Valid);

    // What clients fetch says the same, under the same version.
    const QJsonObject served = QJsonDocument::fromJson(m_keys->json()).object();
    QCOMPARE(served.value(QStringLiteral("keysVersion")).toString(), m_keys->version());
    const Result<CertificateKeySet> parsed = CertificateKeySet::fromJson(m_keys->json());
    SUNHALL_VERIFY_OK(parsed);
    QCOMPARE(*parsed, m_keys->keySet());
    QVERIFY(parsed->revokedCertificate(certificateNumber(2)));
    QVERIFY(!parsed->revokedCertificate(certificateNumber(1)));

    // A second registry (another server process, a restart) reads the same key set.
    CertificateKeyRegistry again(*m_store, m_dir);
    SUNHALL_VERIFY_OK(again.refresh());
    QCOMPARE(again.version(), m_keys->version());
}

void tst_CertificateIssuer::keySetVersionFollowsTheFolder()
{
    SUNHALL_VERIFY_OK(m_keys->refresh());
    const QString empty = m_keys->version();
    QVERIFY(!empty.isEmpty());
    QVERIFY(m_keys->keySet().isEmpty());
    SUNHALL_VERIFY_OK(m_keys->refresh());
    QCOMPARE(m_keys->version(), empty);

    // A refresh asked again within its maximum age does not look: a key made meanwhile waits.
    SUNHALL_VERIFY_OK(DepartmentKeyFolder(m_dir).create(QStringLiteral("SCJG")));
    SUNHALL_VERIFY_OK(m_keys->refresh(60'000));
    QCOMPARE(m_keys->version(), empty);
    SUNHALL_VERIFY_OK(m_keys->refresh());
    const QString withKey = m_keys->version();
    QVERIFY(withKey != empty);
    QCOMPARE(m_keys->keySet().keysOf(QStringLiteral("SCJG")).size(), 1);
    QCOMPARE(m_keys->keySet().departmentName(QStringLiteral("SCJG")),
             QStringLiteral("市场监督管理局"));

    // Events that revoke nothing leave it as it is.
    QVERIFY(!caseAtPrint().isNull());
    SUNHALL_VERIFY_OK(m_keys->refresh());
    QCOMPARE(m_keys->version(), withKey);
    QCOMPARE(m_keys->scannedUpTo(), m_store->lastServerSeq().value());

    // A key file that cannot be read: the refresh says which, the last good key set stays.
    QFile publicKey(DepartmentKeyFolder(m_dir).departmentPath(QStringLiteral("SCJG")) +
                    QStringLiteral("/public.pem"));
    QVERIFY(publicKey.open(QIODevice::WriteOnly | QIODevice::Truncate));
    publicKey.write("not a key\n");
    publicKey.close();
    const Status broken = m_keys->refresh();
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QStringLiteral("public.pem")),
             qPrintable(broken.error().message));
    QCOMPARE(m_keys->version(), withKey);
}

void tst_CertificateIssuer::contentFollowsTheCase()
{
    // A long-term certificate of an item with a name longer than a certificate field holds.
    casefixture::CaseDriver driver(casefixture::item(casefixture::TestItem::Promised));
    QCOMPARE(driver.reach(casefixture::Stage::AtIssue), QString());
    Item item = driver.item();
    item.certificate->validityYears = 0;
    item.name = QStringLiteral("食").repeated(120);
    const QDateTime at = casefixture::at(2025, 2, 10, 15, 30);
    const Result<CertificateContent> content =
        CertificateIssuer::content(driver.state(), item, QStringLiteral("市场监督管理局"), at);
    SUNHALL_VERIFY_OK(content);
    QVERIFY(content->isLongTerm());
    QCOMPARE(content->itemName.size(), CertificateContent::maxNameLength);
    QVERIFY(content->itemName.endsWith(QChar(0x2026)));
    QCOMPARE(content->issuedAt, at);
    QVERIFY(content->lines.isEmpty());

    // A case without a recorded certificate has nothing to sign.
    casefixture::CaseDriver early(casefixture::item(casefixture::TestItem::Promised));
    QCOMPARE(early.reach(casefixture::Stage::AtPrint), QString());
    const Result<CertificateContent> none =
        CertificateIssuer::content(early.state(), early.item(), QStringLiteral("市场"), at);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("certificate.not-issuable"));
}

QTEST_GUILESS_MAIN(tst_CertificateIssuer)
#include "tst_certificateissuer.moc"
