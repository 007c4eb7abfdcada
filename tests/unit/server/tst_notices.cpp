// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The parts of the SMS notices below the server: templates and their placeholders, mobile
// numbers, the notices a case's events call for (each written once, on SQLite and
// PostgreSQL), the outbox's claims and retries, the schema upgrade that starts after the
// events already stored, the file gateway, and the sender's backoff with a gateway that fails.
#include "core/common/DataPaths.h"
#include "server/notify/FileSmsGateway.h"
#include "server/notify/NoticeComposer.h"
#include "server/notify/NoticeOutbox.h"
#include "server/notify/NoticeSender.h"
#include "server/notify/NoticeTemplates.h"
#include "server/notify/NoticeWriter.h"
#include "tests/unit/server/ServerTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace servertest;
using namespace sunhall::core;
using namespace Qt::StringLiterals;

namespace {

// A gateway that answers with the outcomes it is given, one per message, and keeps what it
// was handed.
class ScriptedGateway final : public SmsGateway
{
public:
    QList<SmsDelivery::Outcome> outcomes;
    QList<SmsMessage> received;

    QString name() const override { return u"scripted"_s; }
    int batchSize() const override { return 10; }
    void send(const QList<SmsMessage> &messages, Done done) override
    {
        for (const SmsMessage &message : messages) {
            received.append(message);
            const SmsDelivery::Outcome outcome =
                outcomes.isEmpty() ? SmsDelivery::Outcome::Sent : outcomes.takeFirst();
            done(message.id, {outcome, u"scripted %1"_s.arg(int(outcome))});
        }
    }
};

Notice notice(qint64 serverSeq, const QString &phone = u"13800138000"_s)
{
    Notice n;
    n.serverSeq = serverSeq;
    n.caseId = QUuid::createUuid();
    n.caseSeq = 2;
    n.kind = NoticeKind::Accepted;
    n.phone = phone;
    n.text = u"已受理"_s;
    return n;
}

} // namespace

class tst_Notices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void validateTemplates_data();
    void validateTemplates();
    void renderTemplate();
    void mobileNumbers_data();
    void mobileNumbers();
    void kindsOfEvents();
    void writesEachEventOnce_data() { addEngines(); }
    void writesEachEventOnce();
    void claimsAndRetries_data() { addEngines(); }
    void claimsAndRetries();
    void upgradeStartsAfterStoredEvents_data() { addEngines(); }
    void upgradeStartsAfterStoredEvents();
    void fileGatewayAppendsLines();
    void senderBacksOffThenSends();
    void senderGivesUp();

private:
    std::unique_ptr<ServerStore> freshStore(const QString &engine);
    /// Stores the events of a case of the promised item driven to `stage`; its id.
    QUuid storeCase(casefixture::Stage stage);

    StoreFactory m_stores;
    std::unique_ptr<ServerStore> m_store;
    qint64 m_seq = 0;
};

void tst_Notices::initTestCase()
{
    QVERIFY2(m_stores.start(), qPrintable(m_stores.error()));
}

void tst_Notices::cleanup()
{
    m_store.reset();
}

std::unique_ptr<ServerStore> tst_Notices::freshStore(const QString &engine)
{
    m_seq = 0;
    auto store = m_stores.fresh(engine);
    if (!store)
        return {};
    const auto calendar = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
    if (!calendar || !store->putCalendarYear(*calendar->schedule(2025), t0) ||
        !store->publishCatalogue(smallCatalogue(), u"admin"_s, t0))
        return {};
    return store;
}

QUuid tst_Notices::storeCase(casefixture::Stage stage)
{
    casefixture::CaseDriver driver(casefixture::item(casefixture::TestItem::Promised),
                                   casefixture::at(2025, 3, 3));
    if (!driver.reach(stage).isEmpty())
        return {};
    for (const Event &event : driver.events()) {
        const Command c = command(driver.caseId(), u"W01"_s, ++m_seq);
        const auto stored = m_store->applyCommand(
            c, [event](const QList<Event> &) { return Result<QList<Event>>(QList{event}); });
        if (!stored || !stored->applied)
            return {};
    }
    return driver.caseId();
}

void tst_Notices::validateTemplates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("every placeholder")
        << u"{applicant}{caseNumber}{item}{dueDate}{hall}{window}{materials}"_s << QString();
    QTest::newRow("no placeholder") << u"您的申请已受理。"_s << QString();
    QTest::newRow("empty") << u"  "_s << u"notify.template-empty"_s;
    QTest::newRow("too long") << QString(501, u'字') << u"notify.template-too-long"_s;
    QTest::newRow("unknown name") << u"{applicant}请到{room}"_s << u"notify.template-placeholder"_s;
    QTest::newRow("open brace") << u"{applicant 您好"_s << u"notify.template-braces"_s;
    QTest::newRow("close brace") << u"applicant} 您好"_s << u"notify.template-braces"_s;
    QTest::newRow("nested") << u"{appl{item}icant}"_s << u"notify.template-placeholder"_s;
}

void tst_Notices::validateTemplates()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const Status valid = NoticeTemplates::validate(text);
    QCOMPARE(valid.ok() ? QString() : valid.error().code, error);
    if (!valid.ok())
        QCOMPARE(valid.error().field, u"text"_s);
    for (const NoticeKind kind : allNoticeKinds())
        QVERIFY(NoticeTemplates::validate(NoticeTemplates::defaultText(kind)).ok());
}

void tst_Notices::renderTemplate()
{
    const QString text =
        NoticeTemplates::render(u"【{hall}】{applicant}：{item}，{caseNumber}，{dueDate}{window}"_s,
                                {{u"hall"_s, u"市民中心"_s},
                                 {u"applicant"_s, u"陈申请"_s},
                                 {u"item"_s, u"食品经营许可"_s},
                                 {u"caseNumber"_s, u"SL-1"_s},
                                 {u"dueDate"_s, u"2025年3月31日"_s}});
    QCOMPARE(text, u"【市民中心】陈申请：食品经营许可，SL-1，2025年3月31日"_s);
}

void tst_Notices::mobileNumbers_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("mobile"); // empty: none

    QTest::newRow("plain") << u"13800138000"_s << u"13800138000"_s;
    QTest::newRow("spaced") << u"138 0013 8000"_s << u"13800138000"_s;
    QTest::newRow("+86 with dashes") << u"+86 138-0013-8000"_s << u"13800138000"_s;
    QTest::newRow("0086") << u"0086 199 0000 0001"_s << u"19900000001"_s;
    QTest::newRow("86") << u"8615900000002"_s << u"15900000002"_s;
    QTest::newRow("landline") << u"0532-8888 6666"_s << QString();
    QTest::newRow("starts with 12") << u"12345678901"_s << QString();
    QTest::newRow("too short") << u"1380013800"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_Notices::mobileNumbers()
{
    QFETCH(QString, phone);
    QFETCH(QString, mobile);
    QCOMPARE(NoticeComposer::mobileNumber(phone).value_or(QString()), mobile);
}

void tst_Notices::kindsOfEvents()
{
    Event event;
    event.type = QString(EventType::accepted);
    QCOMPARE(noticeKindForEvent(event), std::optional(NoticeKind::Accepted));
    event.type = QString(EventType::decided);
    event.payload = {{u"approved"_s, false}};
    QCOMPARE(noticeKindForEvent(event), std::optional(NoticeKind::Denied));
    event.payload = {{u"approved"_s, true}};
    QCOMPARE(noticeKindForEvent(event), std::optional(NoticeKind::Approved));
    event.type = QString(EventType::certificatePrinted);
    event.payload = {{u"reprint"_s, true}};
    QCOMPARE(noticeKindForEvent(event), std::nullopt);
    event.payload = {{u"reprint"_s, false}};
    QCOMPARE(noticeKindForEvent(event), std::optional(NoticeKind::ReadyForPickup));
    event.type = QString(EventType::feePaid);
    QCOMPARE(noticeKindForEvent(event), std::nullopt);
}

// A case taken all the way to the end gets its acceptance and approval notices; the
// certificate was handed over before the notices were written, so "ready for pickup" is kept
// as skipped. Writing again adds nothing.
void tst_Notices::writesEachEventOnce()
{
    QFETCH(QString, engine);
    m_store = freshStore(engine);
    QVERIFY(m_store);
    const QUuid caseId = storeCase(casefixture::Stage::Concluded);
    QVERIFY(!caseId.isNull());

    NoticeOutbox outbox(*m_store);
    NoticeWriter writer(*m_store, outbox, u"测试行政服务中心"_s);
    const Result<int> written = writer.writeNew(t0);
    SUNHALL_VERIFY_OK(written);
    QCOMPARE(*written, 3);
    QCOMPARE(*outbox.cursor(), *m_store->lastServerSeq());
    const QList<OutboxNotice> notices = *outbox.recent(10);
    QCOMPARE(notices.size(), 3);
    QCOMPARE(notices.at(2).kind, NoticeKind::Accepted);
    QCOMPARE(notices.at(2).state, NoticeState::Queued);
    QCOMPARE(notices.at(2).phone, u"13800000000"_s);
    QVERIFY2(notices.at(2).text.contains(u"承诺办结日期2025年3月31日"_s),
             qPrintable(notices.at(2).text));
    QCOMPARE(notices.at(1).kind, NoticeKind::Approved);
    QCOMPARE(notices.at(0).kind, NoticeKind::ReadyForPickup);
    QCOMPARE(notices.at(0).state, NoticeState::Skipped);
    QVERIFY(notices.at(0).lastError.contains(u"handed over"_s));
    for (const OutboxNotice &n : notices)
        QCOMPARE(n.caseId, caseId);

    QCOMPARE(*writer.writeNew(t0), 0);
    SUNHALL_VERIFY_OK(outbox.add({notice(notices.at(2).id, u"13900000000"_s)}, 1, t0));
    QCOMPARE(outbox.recent(10)->size(), 3);
    QCOMPARE(outbox.recent(10)->at(2).phone, u"13800000000"_s);
    QCOMPARE(*outbox.cursor(), *m_store->lastServerSeq()); // never moves back
    const NoticeCounts counts = *outbox.counts();
    QCOMPARE(counts.queued, 2);
    QCOMPARE(counts.skipped, 1);
}

void tst_Notices::claimsAndRetries()
{
    QFETCH(QString, engine);
    m_store = freshStore(engine);
    QVERIFY(m_store);
    NoticeOutbox outbox(*m_store);
    const qint64 now = t0.toMSecsSinceEpoch();
    SUNHALL_VERIFY_OK(outbox.add({notice(7), notice(8, {})}, 8, t0));
    QList<OutboxNotice> due = *outbox.due(now, 10);
    QCOMPARE(due.size(), 2);

    QCOMPARE(outbox.claim({due.at(0)}, now + 60000)->size(), 1);
    QCOMPARE(outbox.claim({due.at(0)}, now + 60000)->size(), 0); // taken: its next attempt moved
    QCOMPARE(outbox.due(now, 10)->size(), 1);
    SUNHALL_VERIFY_OK(
        outbox.record({{7, NoticeState::Queued, u"HTTP 503"_s, now + 5000}}, t0.addSecs(1)));
    QCOMPARE(outbox.due(now + 4999, 10)->size(), 1);
    due = *outbox.due(now + 5000, 10);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due.at(0).attempts, 1);
    QCOMPARE(due.at(0).lastError, u"HTTP 503"_s);
    QCOMPARE(due.at(0).state, NoticeState::Queued);
    QCOMPARE(*outbox.nextAttemptMs(), std::optional<qint64>(now));

    SUNHALL_VERIFY_OK(
        outbox.record({{7, NoticeState::Sent, {}, 0}, {8, NoticeState::Failed, u"HTTP 400"_s, 0}},
                      t0.addSecs(2)));
    NoticeCounts counts = *outbox.counts();
    QCOMPARE(counts.sent, 1);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.queued, 0);
    QCOMPARE(*outbox.nextAttemptMs(), std::nullopt);
    const QList<OutboxNotice> recent = *outbox.recent(2);
    QCOMPARE(recent.at(1).sentAt, t0.addSecs(2));
    QCOMPARE(recent.at(0).lastError, u"HTTP 400"_s);
    QVERIFY(!recent.at(0).sentAt.isValid());
    QCOMPARE(*outbox.requeueFailed(now), 1);
    counts = *outbox.counts();
    QCOMPARE(counts.queued, 1);
    QCOMPARE(outbox.due(now, 10)->at(0).attempts, 0);
}

// A hall that upgrades to the outbox does not text its applicants about the past: the
// cursor starts at the last event already stored.
void tst_Notices::upgradeStartsAfterStoredEvents()
{
    QFETCH(QString, engine);
    const auto [dir, url] = m_stores.freshLocation(engine);
    m_seq = 0;
    {
        m_store = m_stores.open(dir, url);
        QVERIFY(m_store);
        const auto calendar = WorkingCalendar::loadDirectory(DataPaths::calendarsDir());
        SUNHALL_VERIFY_OK(m_store->putCalendarYear(*calendar->schedule(2025), t0));
        SUNHALL_VERIFY_OK(m_store->publishCatalogue(smallCatalogue(), u"admin"_s, t0));
        QVERIFY(!storeCase(casefixture::Stage::Review).isNull());
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(u"DROP TABLE notification_outbox"_s));
        QVERIFY(q.exec(u"DROP TABLE notification_cursor"_s));
        QVERIFY(q.exec(engine == QLatin1String("sqlite")
                           ? u"PRAGMA user_version = 1"_s
                           : u"UPDATE schema_version SET version = 1"_s));
        m_store.reset();
    }
    m_store = m_stores.open(dir, url);
    QVERIFY(m_store);
    QCOMPARE(m_store->schemaVersion(), 2);
    NoticeOutbox outbox(*m_store);
    QCOMPARE(*outbox.cursor(), *m_store->lastServerSeq());
    QVERIFY(*outbox.cursor() > 0);
    NoticeWriter writer(*m_store, outbox, u"测试行政服务中心"_s);
    QCOMPARE(*writer.writeNew(t0), 0);
}

void tst_Notices::fileGatewayAppendsLines()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2025, 10, 9), QTime(10, 15), QTimeZone(8 * 3600)));
    FileSmsGateway gateway(dir.filePath(u"sms-outbox"_s), clock);
    QList<std::pair<qint64, SmsDelivery>> answers;
    const auto done = [&](qint64 id, const SmsDelivery &delivery) {
        answers.append({id, delivery});
    };
    SmsMessage message{
        41,         QUuid::createUuid(), NoticeKind::Approved, u"13800138000"_s, u"已审批通过。"_s,
        clock.now()};
    SmsMessage next = message;
    next.id = 42;
    gateway.send({message, next}, done);
    next.id = 43;
    gateway.send({next}, done);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).first, 41);
    QCOMPARE(answers.at(1).first, 42);
    QCOMPARE(answers.at(0).second.outcome, SmsDelivery::Outcome::Sent);
    QFile file(dir.filePath(u"sms-outbox/2025-10-09.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"id"_s).toInteger(), 41);
    QCOMPARE(first.value(u"phone"_s).toString(), u"13800138000"_s);
    QCOMPARE(first.value(u"text"_s).toString(), u"已审批通过。"_s);
    QCOMPARE(first.value(u"kind"_s).toString(), u"approved"_s);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"id"_s).toInteger(), 42);
}

// The gateway fails twice: each time the notice stays queued, its next attempt later (the
// first wait, then twice it, within the spread); the third attempt sends it.
void tst_Notices::senderBacksOffThenSends()
{
    m_store = freshStore(u"sqlite"_s);
    QVERIFY(m_store);
    NoticeOutbox outbox(*m_store);
    FixedClock clock(t0);
    SUNHALL_VERIFY_OK(outbox.add({notice(5)}, 5, t0));
    auto gateway = std::make_unique<ScriptedGateway>();
    ScriptedGateway &scripted = *gateway;
    scripted.outcomes = {SmsDelivery::Outcome::Retry, SmsDelivery::Outcome::Retry};
    NoticeOptions options;
    options.retryInitialMs = 10000;
    options.retryMaxMs = 60000;
    NoticeSender sender(outbox, std::move(gateway), clock, options);
    QSignalSpy delivered(&sender, &NoticeSender::delivered);
    const auto stored = [&outbox] {
        return outbox.recent(1)->at(0);
    };
    sender.start();
    QTRY_COMPARE(scripted.received.size(), 1);
    QTRY_COMPARE(stored().lastError, u"scripted 1"_s); // the outcome is recorded
    QCOMPARE(stored().state, NoticeState::Queued);
    QCOMPARE(stored().attempts, 1);
    QVERIFY(stored().nextAttemptMs >= t0.toMSecsSinceEpoch() + 7500);
    QVERIFY(stored().nextAttemptMs <= t0.toMSecsSinceEpoch() + 12500);

    clock.advanceSecs(13);
    sender.wake();
    QTRY_COMPARE(scripted.received.size(), 2);
    QTRY_COMPARE(stored().attempts, 2);
    QTRY_VERIFY(stored().nextAttemptMs < clock.now().toMSecsSinceEpoch() + 60000);
    QVERIFY(stored().nextAttemptMs >= clock.now().toMSecsSinceEpoch() + 15000);
    QVERIFY(stored().nextAttemptMs <= clock.now().toMSecsSinceEpoch() + 25000);
    QTest::qWait(50);
    QCOMPARE(scripted.received.size(), 2); // not due yet

    clock.advanceSecs(26);
    sender.wake();
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(outbox.recent(1)->at(0).state, NoticeState::Sent);
    QCOMPARE(scripted.received.size(), 3);
    QCOMPARE(scripted.received.last().phone, u"13800138000"_s);
}

void tst_Notices::senderGivesUp()
{
    m_store = freshStore(u"sqlite"_s);
    QVERIFY(m_store);
    NoticeOutbox outbox(*m_store);
    FixedClock clock(t0);
    SUNHALL_VERIFY_OK(outbox.add({notice(5), notice(6)}, 6, t0));
    auto gateway = std::make_unique<ScriptedGateway>();
    ScriptedGateway &scripted = *gateway;
    scripted.outcomes = {SmsDelivery::Outcome::Failed, SmsDelivery::Outcome::Retry};
    NoticeOptions options;
    options.maxAttempts = 1;
    NoticeSender sender(outbox, std::move(gateway), clock, options);
    QSignalSpy problems(&sender, &NoticeSender::problem);
    sender.start();
    QTRY_COMPARE(scripted.received.size(), 2);
    QTRY_COMPARE(outbox.counts()->failed, 2);
    QVERIFY(problems.size() >= 2);
    QVERIFY(problems.first().first().toString().contains(u"138****8000"_s));
}

QTEST_GUILESS_MAIN(tst_Notices)
#include "tst_notices.moc"
