// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/ScreenContext.h"

#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"

#include <QLoggingCategory>

namespace sunhall::widgets {

namespace {
Q_LOGGING_CATEGORY(shellLog, "sunhall.shell")
} // namespace

ScreenContext::ScreenContext(core::LocalStore &store, core::SyncEngine &engine,
                             const core::Clock &clock, core::Actor user, bool loggedInOffline,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_offlineLogin(loggedInOffline)
{
    reloadCatalogue();
    reloadCalendar();
    connect(&m_engine, &core::SyncEngine::referenceDataChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String("catalog"))
            reloadCatalogue();
        else if (kind == QLatin1String("calendar"))
            reloadCalendar();
    });
    connect(&m_engine, &core::SyncEngine::onlineChanged, this, [this](bool online) {
        if (online && m_offlineLogin) {
            m_offlineLogin = false;
            emit offlineLoginChanged(false);
        }
    });
}

const core::ClientProfile &ScreenContext::profile() const
{
    return m_engine.profile();
}

void ScreenContext::reloadReferenceData()
{
    reloadCatalogue();
    reloadCalendar();
}

void ScreenContext::reloadCatalogue()
{
    const std::optional<int> version = m_store.latestCatalogueVersion();
    if (!version || version == m_catalogueVersion)
        return;
    core::Result<core::Catalogue> catalogue = m_store.catalogue(*version);
    if (!catalogue) {
        // The screens keep the version they have; the next fetch tries again.
        qCWarning(shellLog, "%s", qUtf8Printable(catalogue.error().message));
        return;
    }
    m_catalogue = std::move(catalogue).value();
    m_catalogueVersion = version;
    emit catalogueChanged();
}

void ScreenContext::reloadCalendar()
{
    core::Result<core::WorkingCalendar> calendar = m_store.loadCalendar();
    if (!calendar) {
        qCWarning(shellLog, "%s", qUtf8Printable(calendar.error().message));
        return;
    }
    m_calendar = std::move(calendar).value();
    emit calendarChanged();
}

} // namespace sunhall::widgets
