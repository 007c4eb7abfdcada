// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/LoadWindow.h"

#include "core/case/Commands.h"
#include "core/values/DocumentNumber.h"
#include "core/values/IdentityNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

constexpr int leaseCount = 1000;
constexpr int maxCommandsPerPush = 500; // docs/protocol.md
constexpr int retryMs = 500;

} // namespace

LoadWindow::LoadWindow(LoadIdentity identity, const LoadTarget &target, const Item &item, Pace pace,
                       QObject *parent)
    : LoadClient(std::move(identity), target, parent)
    , m_item(item)
    , m_pace(pace)
    , m_seq(m_identity.lastSeq)
{
    for (const Material &material : item.materials) {
        if (material.required)
            m_materials << material.id;
    }
    // Woken when the next case is due, not on a coarse tick: windows ticking together would
    // arrive in bursts and measure each other's queue instead of the server.
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setSingleShot(true);
    connect(&m_tick, &QTimer::timeout, this, [this]() {
        makeDueCases();
        pump();
        scheduleNextCase();
    });
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &LoadWindow::pump);
}

void LoadWindow::prepare()
{
    login([this](qint64) { lease([this]() { emit ready(true); }); });
}

void LoadWindow::start()
{
    m_state = State::Running;
    m_startedAt = monotonicMicros();
    pump();
    scheduleNextCase();
}

void LoadWindow::finish(qint64)
{
    m_finishAsked = true;
    m_tick.stop();
    if (m_state == State::Done) {
        emit drained();
        return;
    }
    m_state = State::Finishing;
    pump();
}

void LoadWindow::stop()
{
    m_tick.stop();
    m_retry.stop();
    const bool wasPreparing = m_state == State::Preparing;
    m_state = State::Done;
    if (wasPreparing)
        emit ready(false);
    else if (m_finishAsked)
        emit drained();
}

void LoadWindow::lease(const std::function<void()> &then)
{
    const QJsonObject body{{QStringLiteral("kind"), QStringLiteral("case")},
                           {QStringLiteral("year"), m_target.clock->today().year()},
                           {QStringLiteral("count"), leaseCount}};
    m_http.post("/v1/leases", QJsonDocument(body).toJson(QJsonDocument::Compact),
                [this, then](const LoadHttpConnection::Reply &reply) {
                    const QJsonObject range = QJsonDocument::fromJson(reply.body).object();
                    if (!reply.ok()) {
                        m_stats.addError(QStringLiteral("lease"), reply);
                        stop();
                        return;
                    }
                    m_hallCode = range.value(QStringLiteral("hallCode")).toString();
                    m_year = range.value(QStringLiteral("year")).toInt();
                    m_nextSerial = range.value(QStringLiteral("first")).toInteger();
                    m_lastSerial = range.value(QStringLiteral("last")).toInteger();
                    then();
                });
}

QString LoadWindow::nextApplicantId()
{
    // Valid citizen ID numbers of Qingdao (370202), born on a different day each time.
    const int n = m_applicants++;
    const QDate birth = QDate(1960, 1, 1).addDays(n % 15000);
    const QString first17 = QStringLiteral("370202%1%2")
                                .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                .arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdentityNumber::citizenIdCheckCharacter(first17);
}

bool LoadWindow::makeCase()
{
    if (m_nextSerial > m_lastSerial)
        return false;
    const Result<DocumentNumber> number =
        DocumentNumber::make(DocumentNumber::Kind::Case, m_hallCode, m_year, int(m_nextSerial++));
    if (!number) {
        m_stats.addError(QStringLiteral("case-number"), number.error().message);
        stop();
        return false;
    }
    RegisterPayload payload;
    payload.applicant.kind = ApplicantKind::Person;
    payload.applicant.idNumber = nextApplicantId();
    payload.applicant.name = QStringLiteral("压测申请人");
    payload.applicant.phone = QStringLiteral("13800000000");
    payload.itemCode = m_item.code;
    payload.itemVersion = m_item.flow.version;
    payload.window = m_identity.workstation;
    payload.materials = m_materials;
    const QUuid caseId = QUuid::createUuid();
    return queue(Commands::registerCase(caseId, payload)) &&
           queue(Commands::accept(caseId, number->toString()));
}

bool LoadWindow::queue(Command command)
{
    const server::UserRecord &user = m_identity.user;
    const CommandOrigin origin{Actor{user.id, user.name, user.roles, user.departments},
                               m_identity.workstation, m_target.clock->now(), m_seq + 1};
    Outgoing outgoing;
    outgoing.madeAt = monotonicMicros();
    command = origin.stamp(std::move(command));
    if (m_identity.signer) {
        const Result<QByteArray> signature = m_identity.signer->sign(command.canonicalBytes());
        if (!signature) {
            m_stats.addError(QStringLiteral("sign"), signature.error().message);
            stop();
            return false;
        }
        command.signature = *signature;
    }
    ++m_seq;
    outgoing.json = command.toJson();
    m_outbox.append(outgoing);
    return true;
}

void LoadWindow::makeDueCases()
{
    if (m_state != State::Running || m_pace.caseIntervalMicros <= 0)
        return;
    const qint64 elapsed = monotonicMicros() - m_startedAt - m_pace.phaseMicros;
    const qint64 due = elapsed < 0 ? 0 : elapsed / m_pace.caseIntervalMicros + 1;
    while (m_casesMade < due && makeCase())
        ++m_casesMade;
}

void LoadWindow::scheduleNextCase()
{
    // Out of case numbers, the next lease's answer schedules again.
    if (m_state != State::Running || m_pace.caseIntervalMicros <= 0 || m_nextSerial > m_lastSerial)
        return;
    const qint64 dueAt = m_startedAt + m_pace.phaseMicros + m_casesMade * m_pace.caseIntervalMicros;
    m_tick.start(int(qMax<qint64>(0, dueAt - monotonicMicros() + 999) / 1000));
}

void LoadWindow::pump()
{
    if (m_http.isBusy() || m_retry.isActive() || m_state == State::Preparing ||
        m_state == State::Done)
        return;
    if (m_state == State::Running) {
        if (m_lastSerial - m_nextSerial + 1 < qMax(20, m_pace.casesPerPush)) {
            lease([this]() {
                pump();
                scheduleNextCase();
            });
            return;
        }
        if (m_pace.caseIntervalMicros == 0 && m_outbox.isEmpty()) {
            int made = 0;
            while (made < m_pace.casesPerPush && makeCase())
                ++made;
        }
        makeDueCases();
    }
    if (!m_outbox.isEmpty()) {
        push();
    } else if (m_state == State::Finishing) {
        m_state = State::Done;
        emit drained();
    }
}

void LoadWindow::push()
{
    const qsizetype count = qMin<qsizetype>(m_outbox.size(), maxCommandsPerPush);
    QJsonArray commands;
    for (qsizetype i = 0; i < count; ++i) {
        Outgoing &outgoing = m_outbox[i];
        commands.append(outgoing.json);
        if (!outgoing.sent) {
            outgoing.sent = true;
            ++m_stats.commandsSent;
        }
    }
    const QJsonObject body{{QStringLiteral("commands"), commands}};
    m_http.post("/v1/sync/push", QJsonDocument(body).toJson(QJsonDocument::Compact),
                [this, count](const LoadHttpConnection::Reply &reply) { onPushed(reply, count); });
}

void LoadWindow::onPushed(const LoadHttpConnection::Reply &reply, qsizetype count)
{
    if (!reply.ok()) {
        m_stats.addError(QStringLiteral("push"), reply);
        // Lost on the way: pushed again, the server answers what it stored (idempotent).
        if (reply.status == 0)
            m_retry.start();
        else
            stop();
        return;
    }
    m_stats.answered(reply);
    const qint64 answeredAt = reply.sentAt + reply.micros;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QJsonArray results = body.value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < qMin(results.size(), count) && !m_outbox.isEmpty(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QUuid id(result.value(QStringLiteral("commandId")).toString());
        if (id != QUuid(m_outbox.constFirst().json.value(QStringLiteral("id")).toString())) {
            m_stats.addError(QStringLiteral("push result-mismatch"),
                             tr("result %1 of a push answers another command").arg(i + 1));
            stop();
            return;
        }
        const Outgoing done = m_outbox.takeFirst();
        if (result.value(QStringLiteral("status")).toString() == QLatin1String("applied")) {
            ++m_stats.applied;
            m_stats.commandLatency.add(answeredAt - done.madeAt);
            m_stats.pushedAt.insert(result.value(QStringLiteral("firstServerSeq")).toInteger(),
                                    reply.sentAt);
        } else {
            ++m_stats.rejected;
            const QJsonObject error = result.value(QStringLiteral("error")).toObject();
            ++m_stats.rejections[error.value(QStringLiteral("code")).toString()];
        }
    }
    m_stats.lastServerSeq =
        qMax(m_stats.lastServerSeq, body.value(QStringLiteral("serverSeq")).toInteger());
    pump();
}

} // namespace sunhall::ctl
