// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Event.h"
#include "core/catalog/Catalogue.h"
#include "server/store/ServerStore.h"
#include "tests/support/CaseFixture.h"
#include "tests/support/PostgresFixture.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

/// Verifies a Status or Result and shows its error message when it failed.
#define SUNHALL_VERIFY_OK(expression)                                                              \
    do {                                                                                           \
        const auto &outcome_ = (expression);                                                       \
        QVERIFY2(outcome_.ok(), qPrintable(outcome_.ok() ? QString() : outcome_.error().message)); \
    } while (false)

// What the server unit's tests share: a fresh hall store on either engine, a small catalogue
// of the case fixture's items, and hand-made commands and events.
namespace servertest {

using namespace sunhall;
using namespace sunhall::server;

/// Adds the `engine` column with one row per engine: "sqlite" and "postgresql".
inline void addEngines()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

/// Fresh, empty hall stores: a new folder for SQLite, a new database for PostgreSQL.
class StoreFactory
{
public:
    /// Starts PostgreSQL; a test fails (not skips) when it cannot.
    bool start() { return m_postgres.start(); }
    QString error() const { return m_postgres.errorString(); }

    /// The `dir` and `db` arguments of ServerStore::open for a fresh store.
    std::pair<QString, QString> freshLocation(const QString &engine)
    {
        const QString dir = m_dir.filePath(QStringLiteral("hall%1").arg(++m_count));
        QDir().mkpath(dir);
        if (engine == QLatin1String("sqlite"))
            return {dir, QString()};
        return {dir, m_postgres.createDatabase()};
    }

    std::unique_ptr<ServerStore> open(const QString &dir, const QString &url)
    {
        auto store = ServerStore::open(dir, url);
        if (!store) {
            qWarning("cannot open the store: %s", qPrintable(store.error().message));
            return {};
        }
        return std::move(store).value();
    }

    std::unique_ptr<ServerStore> fresh(const QString &engine)
    {
        const auto [dir, url] = freshLocation(engine);
        return open(dir, url);
    }

private:
    testing::PostgresFixture m_postgres;
    QTemporaryDir m_dir;
    int m_count = 0;
};

inline const QDateTime t0(QDate(2025, 3, 3), QTime(9, 0), QTimeZone(8 * 3600));

/// The case fixture's three items under their departments, valid for publishing.
inline core::Catalogue smallCatalogue()
{
    core::Catalogue catalogue;
    catalogue.hallName = QStringLiteral("青岛市示范行政服务中心");
    for (const auto &[code, name] :
         {std::pair{"SCJG", "市场监督管理局"}, std::pair{"CASH", "统一收费窗口"},
          std::pair{"FGW", "发展和改革委员会"}, std::pair{"WJW", "卫生健康委员会"},
          std::pair{"XF", "消防救援支队"}}) {
        catalogue.departments.append(
            core::Department{QString::fromLatin1(code), QString::fromUtf8(name)});
    }
    catalogue.items = {casefixture::item(casefixture::TestItem::Promised),
                       casefixture::item(casefixture::TestItem::Immediate),
                       casefixture::item(casefixture::TestItem::Joint)};
    // The steps' budgets must fit in the promised limit to be published.
    catalogue.items[0].promisedLimitDays = 20;
    return catalogue;
}

/// A command of workstation `workstation` with sequence `seq` for `caseId`, by `actor`.
inline core::Command command(const QUuid &caseId, const QString &workstation, qint64 seq,
                             const QString &type = QStringLiteral("note"))
{
    core::Command c;
    c.id = QUuid::createUuid();
    c.type = type;
    c.caseId = caseId;
    c.payload = QJsonObject{{QStringLiteral("seq"), seq}};
    c.actor = casefixture::clerk();
    c.workstation = workstation;
    c.clientTime = t0.addSecs(seq);
    c.workstationSeq = seq;
    return c;
}

/// A decider that appends `count` events carrying `payload`, numbered on from the stored
/// ones, as CaseAggregate::decide would.
inline ServerStore::Decider appending(const core::Command &c, int count = 1,
                                      const QJsonObject &payload = {})
{
    return [c, count, payload](const QList<core::Event> &stored) {
        QList<core::Event> events;
        for (int i = 0; i < count; ++i) {
            core::Event e;
            e.caseId = c.caseId;
            e.caseSeq = int(stored.size()) + i + 1;
            e.type = QStringLiteral("noted");
            e.payload = payload.isEmpty() ? c.payload : payload;
            e.actorId = c.actor.userId;
            e.actorName = c.actor.name;
            e.workstation = c.workstation;
            e.at = c.clientTime;
            e.commandId = c.id;
            events.append(e);
        }
        return core::Result<QList<core::Event>>(events);
    };
}

} // namespace servertest
