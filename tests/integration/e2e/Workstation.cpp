// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/integration/e2e/Workstation.h"

#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"
#include "tests/integration/e2e/E2eHall.h"
#include "tests/support/CaseFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace e2etest {

using namespace sunhall::core;

SyncSettings testSettings(bool autoSync)
{
    SyncSettings settings;
    settings.autoSync = autoSync;
    settings.requestTimeoutMs = waitMs;
    settings.reconnectInitialMs = 50;
    settings.reconnectMaxMs = 400;
    settings.verifierParameters = PasswordHasher::Parameters{1, 256, 1};
    return settings;
}

QByteArray describe(const Status &status)
{
    if (status)
        return {};
    return (status.error().code + QStringLiteral(": ") + status.error().message).toUtf8();
}

Workstation::Workstation(QString profileDir, const Clock &clock, SyncSettings settings)
    : m_profileDir(std::move(profileDir))
    , m_clock(clock)
    , m_settings(std::move(settings))
{}

Workstation::~Workstation()
{
    close();
}

QString Workstation::open()
{
    close();
    Result<ClientProfile> profile = ClientProfile::load(m_profileDir);
    if (!profile)
        return profile.error().message;
    m_profile = std::make_unique<ClientProfile>(std::move(profile).value());
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_profile->storePath());
    if (!store)
        return store.error().message;
    m_store = std::move(store).value();
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_profile, m_clock, m_settings);
    return {};
}

void Workstation::close()
{
    m_engine.reset();
    m_store.reset();
    m_profile.reset();
}

QString Workstation::name() const
{
    return m_profile ? m_profile->workstation() : QString();
}

Status Workstation::wait(const SyncOperationPtr &operation) const
{
    return operation->wait(waitMs);
}

Status Workstation::logIn(const QString &user)
{
    for (const SyncOperationPtr &operation : {m_engine->login(user, QString::fromLatin1(password)),
                                              m_engine->topUpLeases(), m_engine->pull()}) {
        if (Status done = wait(operation); !done)
            return done;
    }
    return Status::success();
}

Result<QUuid> Workstation::registerCase(const QString &itemCode, const QString &applicantName)
{
    const Result<Item> item = m_engine->currentItem(itemCode);
    if (!item)
        return item.error();
    RegisterPayload payload;
    payload.applicant.kind = ApplicantKind::Person;
    payload.applicant.idNumber = casefixture::citizenId();
    payload.applicant.name = applicantName;
    payload.itemCode = item->code;
    payload.itemVersion = item->flow.version;
    payload.window = name();
    for (const Material &material : item->materials) {
        if (material.required)
            payload.materials << material.id;
    }
    const QUuid caseId = QUuid::createUuid();
    const Result<Command> registered = m_engine->submit(Commands::registerCase(caseId, payload));
    if (!registered)
        return registered.error();
    return caseId;
}

Result<QString> Workstation::acceptCase(const QUuid &caseId)
{
    const Result<QString> number = m_engine->takeNumber(DocumentNumber::Kind::Case);
    if (!number)
        return number.error();
    const Result<Command> accepted = m_engine->submit(Commands::accept(caseId, *number));
    if (!accepted)
        return accepted.error();
    return *number;
}

std::optional<CaseRow> Workstation::row(const QUuid &caseId) const
{
    const Result<std::optional<CaseRow>> found = m_store->caseRow(caseId);
    return found ? *found : std::nullopt;
}

QList<Event> Workstation::events(const QUuid &caseId) const
{
    const Result<QList<Event>> found = m_store->caseEvents(caseId);
    return found ? *found : QList<Event>();
}

QStringList Workstation::currentSteps(const QUuid &caseId) const
{
    const std::optional<CaseRow> found = row(caseId);
    if (!found)
        return {};
    QStringList steps;
    const QJsonObject summary = QJsonDocument::fromJson(found->summaryJson).object();
    for (const QJsonValue &step : summary.value(QStringLiteral("currentSteps")).toArray())
        steps << step.toObject().value(QStringLiteral("stepId")).toString();
    return steps;
}

} // namespace e2etest
