// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/cashier/CashierWorkstation.h"

#include "core/common/DataPaths.h"
#include "core/crypto/PasswordHasher.h"
#include "core/store/CaseProjector.h"
#include "core/time/DeadlineClock.h"
#include "core/values/IdentityNumber.h"
#include "tests/support/CaseFixture.h"
#include "tests/unit/sync/TestPki.h"

namespace sunhall::tests {

namespace {

QString failure(const core::Error &error)
{
    return error.code + QStringLiteral(": ") + error.message;
}

core::SyncSettings offlineSettings()
{
    core::SyncSettings settings;
    settings.autoSync = false;
    settings.verifierParameters = core::PasswordHasher::Parameters{1, 256, 1};
    return settings;
}

// A valid citizen ID per serial (born 1980-01-01), so that every applicant is another person.
QString citizenId(int serial)
{
    const QString first17 =
        QStringLiteral("11010519800101%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    return first17 + core::IdentityNumber::citizenIdCheckCharacter(first17);
}

} // namespace

CashierWorkstation::CashierWorkstation(const QString &dir, const QString &pkiDir,
                                       core::Actor cashier, const QDateTime &now)
    : m_cashier(std::move(cashier))
    , m_clock(now)
{
    m_error = setUp(dir, pkiDir);
}

CashierWorkstation::~CashierWorkstation()
{
    m_engine.reset();
    m_store.reset();
}

core::Actor CashierWorkstation::cashierActor()
{
    return casefixture::cashier();
}

core::Actor CashierWorkstation::secondCashier()
{
    return core::Actor{QStringLiteral("cashier-2"),
                       QStringLiteral("孙出纳"),
                       {core::Role::Cashier},
                       {QStringLiteral("CASH")}};
}

QString CashierWorkstation::publishCatalogue()
{
    core::Item item = casefixture::item(casefixture::TestItem::Promised);
    item.legalBasis = QStringLiteral("《食品经营许可管理办法》");
    item.promisedLimitDays = item.legalLimitDays; // the validator wants room for the steps
    item.fees[0].basis = QStringLiteral("《食品经营许可收费标准》（示例价〔2025〕1号）");
    item.fees[1].basis = QStringLiteral("《证照工本费标准》（示例价〔2025〕2号）");
    core::Catalogue catalogue;
    catalogue.hallName = QStringLiteral("示范市政务服务中心");
    catalogue.publishedAt = m_clock.now();
    catalogue.publishedBy = QStringLiteral("admin");
    catalogue.departments = {{QStringLiteral("SCJG"), QStringLiteral("市场监督管理局")},
                             {QStringLiteral("CASH"), QStringLiteral("统一收费窗口")}};
    catalogue.items = {item};
    const core::Result<int> version =
        m_store->publishCatalogue(catalogue, QStringLiteral("admin"), m_clock.now());
    if (!version)
        return failure(version.error());
    const core::Result<core::Catalogue> stored = m_store->catalogue(*version);
    if (!stored)
        return failure(stored.error());
    m_catalogue = *stored;
    return {};
}

QString CashierWorkstation::setUp(const QString &dir, const QString &pkiDir)
{
    const TestPki pki(pkiDir);
    m_profileDir = pki.makeProfile(dir, QStringLiteral("https://127.0.0.1:9"));
    const core::Result<core::ClientProfile> profile = core::ClientProfile::load(m_profileDir);
    if (!profile)
        return failure(profile.error());
    core::Result<std::unique_ptr<core::LocalStore>> opened =
        core::LocalStore::open(profile->storePath());
    if (!opened)
        return failure(opened.error());
    m_store = std::move(opened).value();
    const QDateTime now = m_clock.now();
    const core::Result<core::WorkingCalendar> shipped =
        core::WorkingCalendar::loadDirectory(core::DataPaths::calendarsDir());
    if (!shipped)
        return failure(shipped.error());
    for (const int year : shipped->years()) {
        if (core::Status put = m_store->putCalendarYear(*shipped->schedule(year), now); !put)
            return failure(put.error());
    }
    if (QString published = publishCatalogue(); !published.isEmpty())
        return published;
    const core::Result<QString> verifier =
        core::PasswordHasher(offlineSettings().verifierParameters)
            .hash(QString::fromUtf8(password));
    if (!verifier)
        return failure(verifier.error());
    const QString hall = QLatin1String(hallCode);
    for (const core::Status &status :
         {m_store->setSyncValue(QStringLiteral("hall.code"), hall),
          m_store->addLease(QStringLiteral("receipt"), hall, now.date().year(), 1, 100,
                            profile->workstation()),
          m_store->putUser(core::LocalUser{m_cashier, false, *verifier}),
          m_store->setSession(core::LocalSession{{}, m_cashier, now, {}})}) {
        if (!status)
            return failure(status.error());
    }
    m_engine = std::make_unique<core::SyncEngine>(*m_store, *profile, m_clock, offlineSettings());
    return {};
}

QUuid CashierWorkstation::addCaseWithFee(int serial, const QString &applicant)
{
    using namespace casefixture;
    const core::Item item = *m_catalogue.item(QStringLiteral("SCJG-001"));
    CaseDriver driver(item, m_clock.now().addDays(-7));
    driver.setCaseSerial(serial);
    RegisterPayload payload = application(item);
    payload.applicant.name = applicant;
    payload.applicant.idNumber = citizenId(serial);
    const QUuid id = driver.caseId();
    const QList<FeeLine> standard = {{QStringLiteral("F1"), Money::fromFen(5000)},
                                     {QStringLiteral("F2"), Money::fromFen(1250)}};
    for (const QString &failed :
         {driver.must(Commands::registerCase(id, payload), clerk()),
          driver.must(Commands::accept(id, caseNumber(serial)), clerk()),
          driver.must(Commands::completeStep(id, QStringLiteral("review"), QStringLiteral("同意")),
                      reviewer()),
          driver.must(Commands::decide(id, true, {}), chief()),
          driver.must(Commands::conclude(id), clerk()),
          driver.must(Commands::assessFee(id, standard), clerk())}) {
        if (!failed.isEmpty()) {
            m_error = failed;
            return {};
        }
    }
    QList<core::Event> events = driver.events();
    for (core::Event &event : events)
        event.serverSeq = ++m_serverSeq;
    const core::Result<core::WorkingCalendar> calendar = m_store->loadCalendar();
    if (!calendar) {
        m_error = failure(calendar.error());
        return {};
    }
    const core::DeadlineClock deadlines(*calendar);
    const core::CaseProjector projector(core::CaseProjector::itemsOf(*m_store), deadlines);
    const core::Result<core::CaseRow> row = projector.project(events, m_clock.now());
    if (!row) {
        m_error = failure(row.error());
        return {};
    }
    if (core::Status stored = m_store->applyEvents(events, {*row}); !stored) {
        m_error = failure(stored.error());
        return {};
    }
    return id;
}

} // namespace sunhall::tests
