// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/gui/intake/IntakeWorkstation.h"

#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"
#include "tests/unit/sync/TestPki.h"

#include <QDir>
#include <QFile>

namespace sunhall::tests {

namespace {

QString failure(const core::Error &error)
{
    return error.code + QStringLiteral(": ") + error.message;
}

} // namespace

IntakeWorkstation::IntakeWorkstation(const QString &dir, const QString &pkiDir, core::Actor actor,
                                     const QDateTime &now)
    : m_actor(std::move(actor))
    , m_clock(now)
{
    m_error = setUp(dir, pkiDir);
}

IntakeWorkstation::~IntakeWorkstation()
{
    m_engine.reset();
    m_store.reset();
}

QString IntakeWorkstation::setUp(const QString &dir, const QString &pkiDir)
{
    const TestPki pki(pkiDir);
    const QString folder = pki.makeProfile(dir, QStringLiteral("https://127.0.0.1:9"));
    const core::Result<core::ClientProfile> profile = core::ClientProfile::load(folder);
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
    QFile file(core::DataPaths::catalogDir() + QStringLiteral("/demo-catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(file.fileName());
    const core::Result<core::Catalogue> demo = core::CatalogueJson::parse(file.readAll());
    if (!demo)
        return failure(demo.error());
    const core::Result<int> version =
        m_store->publishCatalogue(*demo, QStringLiteral("admin"), now);
    if (!version)
        return failure(version.error());

    const QString hall = QLatin1String(hallCode);
    for (const core::Status &status :
         {m_store->setSyncValue(QStringLiteral("hall.code"), hall),
          m_store->addLease(QStringLiteral("case"), hall, now.date().year(), 1, 100,
                            profile->workstation()),
          m_store->setSession(core::LocalSession{{}, m_actor, now, {}})}) {
        if (!status)
            return failure(status.error());
    }
    const core::Result<core::Catalogue> stored = m_store->catalogue(*version);
    const core::Result<core::WorkingCalendar> calendar = m_store->loadCalendar();
    if (!stored || !calendar)
        return QStringLiteral("the store lost its catalogue or calendar");
    m_catalogue = *stored;
    m_calendar = *calendar;
    m_engine = std::make_unique<core::SyncEngine>(*m_store, *profile, m_clock);
    return {};
}

QList<core::CaseState> IntakeWorkstation::cases() const
{
    QList<core::CaseState> states;
    const core::Result<QList<core::CaseRow>> rows = m_store->caseRows();
    if (!rows)
        return states;
    for (const core::CaseRow &row : *rows) {
        const core::Result<QList<core::Event>> events = m_store->caseEvents(row.caseId);
        if (events)
            states.append(core::CaseState::fold(*events));
    }
    return states;
}

core::Actor IntakeWorkstation::chiefClerk()
{
    QStringList departments;
    for (const char *code : {"GA", "SJ", "ZG", "ZJ", "JT", "WJ", "MZ", "RS", "HB", "SW", "JY", "WL",
                             "NY", "CG", "SL", "YJ"})
        departments.append(QLatin1String(code));
    return core::Actor{QStringLiteral("li.na"),
                       QStringLiteral("李娜"),
                       {core::Role::Clerk, core::Role::ChiefApprover},
                       departments};
}

core::Actor IntakeWorkstation::clerkOf(const QString &department)
{
    return core::Actor{
        QStringLiteral("wang.fang"), QStringLiteral("王芳"), {core::Role::Clerk}, {department}};
}

} // namespace sunhall::tests
