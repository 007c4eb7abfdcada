// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/unit/sync/FakeHall.h"

#include "core/case/CaseAggregate.h"
#include "core/case/CaseState.h"
#include "core/case/IntakePayloads.h"
#include "core/catalog/CatalogueJson.h"
#include "tests/unit/sync/TestPki.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>
#include <QUrl>
#include <QUrlQuery>

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    default:
        return "Error";
    }
}

QByteArray textFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else {
        frame.append(char(126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    return frame + payload;
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

FakeHall::FakeHall(Catalogue catalogue, QList<YearSchedule> years, QObject *parent)
    : QObject(parent)
    , m_years(std::move(years))
{
    catalogue.version = 1;
    m_catalogues.append(catalogue);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHall::accept);
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHall::accept);
}

FakeHall::~FakeHall()
{
    close();
}

QString FakeHall::listen(const TestPki &pki, const QString &certName, quint16 port)
{
    QFile key(pki.path(certName + QStringLiteral(".key")));
    if (!key.open(QIODevice::ReadOnly))
        return QStringLiteral("no key for %1").arg(certName);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(
        QSslCertificate::fromPath(pki.path(certName + QStringLiteral(".pem"))).value(0));
    config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    config.setCaCertificates(QSslCertificate::fromPath(pki.path(QStringLiteral("ca.pem"))));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_server.setSslConfiguration(config);
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return m_server.errorString();
    m_port = m_server.serverPort();
    return {};
}

void FakeHall::close()
{
    m_server.close();
    for (const QPointer<QSslSocket> &socket : std::as_const(m_connections)) {
        if (socket)
            socket->abort();
    }
    m_connections.clear();
    m_live.clear();
}

void FakeHall::addUser(const QString &password, const Actor &actor)
{
    m_users.insert(actor.userId, {password, actor});
}

int FakeHall::eventsOfCommand(const QUuid &commandId) const
{
    return int(std::count_if(m_events.cbegin(), m_events.cend(),
                             [&](const Event &e) { return e.commandId == commandId; }));
}

int FakeHall::liveOpen() const
{
    return int(std::count_if(m_live.cbegin(), m_live.cend(), [](const QPointer<QSslSocket> &s) {
        return s && s->state() == QAbstractSocket::ConnectedState;
    }));
}

void FakeHall::setPullFault(qint64 after, PullFault fault)
{
    m_pullFaults.insert(after, fault);
}

void FakeHall::dropLiveClients()
{
    for (const QPointer<QSslSocket> &socket : std::as_const(m_live)) {
        if (socket)
            socket->abort();
    }
    m_live.clear();
}

void FakeHall::setCatalogue(Catalogue catalogue)
{
    catalogue.version = int(m_catalogues.size()) + 1;
    m_catalogues.append(catalogue);
}

void FakeHall::accept()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        socket->setParent(this);
        m_connections.append(socket);
        connect(socket, &QSslSocket::readyRead, this, [this, socket]() { serve(socket); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            serve(socket);
    }
}

void FakeHall::serve(QSslSocket *socket)
{
    if (socket->property("websocket").toBool()) {
        socket->readAll(); // pongs and close frames of the client: nothing to do
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = start.value(0);
        const QUrl target(QString::fromLatin1(start.value(1)));
        request.path = target.path();
        for (const auto &[key, value] : QUrlQuery(target).queryItems())
            request.query.insert(key, value);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            break;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests[request.path] += 1;
        if (request.path == QLatin1String("/v1/live")) {
            upgrade(socket, request);
            return;
        }
        const Response response = route(socket, request);
        if (response.drop) {
            socket->abort();
            return;
        }
        const QByteArray body = response.status == 204
                                    ? QByteArray()
                                    : QJsonDocument(response.body).toJson(QJsonDocument::Compact);
        socket->write(
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) +
            "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body);
    }
    socket->setProperty("buffer", buffer);
}

FakeHall::Response FakeHall::error(int status, const QString &code, const QString &message,
                                   const QJsonObject &extra)
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("code"), code);
    object.insert(QStringLiteral("message"), message);
    object.insert(QStringLiteral("field"), QString());
    return Response{status, QJsonObject{{QStringLiteral("error"), object}}, false};
}

std::optional<Actor> FakeHall::userOf(const Request &request) const
{
    QByteArray bearer = request.headers.value("authorization");
    QString token = bearer.startsWith("Bearer ") ? QString::fromLatin1(bearer.mid(7))
                                                 : request.query.value(QStringLiteral("token"));
    const QString id = m_tokens.value(token);
    if (id.isEmpty())
        return std::nullopt;
    return m_users.value(id).second;
}

FakeHall::Response FakeHall::route(QSslSocket *socket, const Request &request)
{
    if (request.path == QLatin1String("/v1/health")) {
        return Response{200,
                        {{"status", "ok"},
                         {"version", "0.1.0"},
                         {"apiVersion", 1},
                         {"hall", "Test Hall"},
                         {"serverSeq", serverSeq()},
                         {"engine", "fake"}},
                        false};
    }
    if (request.path == QLatin1String("/v1/session"))
        return session(request);
    if (!userOf(request))
        return error(401, "auth.session-invalid", "会话无效，请重新登录");
    if (request.path == QLatin1String("/v1/sync/push"))
        return push(socket, request);
    if (request.path == QLatin1String("/v1/sync/pull"))
        return pull(request);
    if (request.path == QLatin1String("/v1/leases"))
        return lease(socket, request);
    if (request.path.startsWith(QLatin1String("/v1/reference/")))
        return reference(request);
    return error(404, "request.not-found", "not found");
}

FakeHall::Response FakeHall::session(const Request &request)
{
    if (request.method == "DELETE") {
        m_tokens.remove(QString::fromLatin1(request.headers.value("authorization").mid(7)));
        return Response{204, {}, false};
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString id = body.value("user").toString();
    const auto found = m_users.constFind(id);
    if (found == m_users.constEnd() || found->first != body.value("password").toString())
        return error(401, "auth.failed", "用户名或密码不正确");
    const QString token = randomToken();
    m_tokens.insert(token, id);
    QJsonObject user = found->second.toJson();
    user.insert("id", user.take("userId"));
    return Response{200,
                    {{"token", token},
                     {"expiresAt", "2025-03-03T21:00:00.000+08:00"},
                     {"user", user},
                     {"workstation", "W01"},
                     {"serverSeq", serverSeq()}},
                    false};
}

FakeHall::Response FakeHall::push(QSslSocket *socket, const Request &request)
{
    const Actor user = *userOf(request);
    const QString workstation =
        socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
    const QJsonArray commands =
        QJsonDocument::fromJson(request.body).object().value("commands").toArray();
    QJsonArray results;
    QList<StoredResult> &stored = m_results[workstation];
    for (const QJsonValue &value : commands) {
        Result<Command> command = Command::fromJson(value.toObject());
        if (!command)
            return error(400, "request.bad-field", command.error().message);
        if (command->workstation != workstation || command->actor.userId != user.userId)
            return error(403, "auth.forbidden", "forbidden");
        const qint64 seq = command->workstationSeq;
        if (seq <= stored.size()) {
            const StoredResult &previous = stored.at(seq - 1);
            if (previous.commandId != command->id)
                return error(409, "sync.sequence-conflict", "sequence used");
            results.append(previous.json);
            continue;
        }
        if (seq > stored.size() + 1) {
            return error(409, "sync.sequence-gap",
                         QStringLiteral("expected %1").arg(stored.size() + 1),
                         {{"expected", stored.size() + 1}});
        }
        const QJsonObject result = apply(*command, user);
        stored.append(StoredResult{command->id, result});
        results.append(result);
    }
    if (m_losePushAnswers)
        return Response{200, {}, true};
    return Response{200, {{"results", results}, {"serverSeq", serverSeq()}}, false};
}

QJsonObject FakeHall::apply(Command command, const Actor &actor)
{
    command.actor = actor; // the server's record of the user decides, not the client's
    QList<Event> history;
    for (const Event &event : std::as_const(m_events)) {
        if (event.caseId == command.caseId)
            history.append(event);
    }
    const CaseState state = CaseState::fold(history);
    QString code = state.itemCode;
    int version = state.itemVersion;
    if (state.status == CaseStatus::None) {
        const auto payload = RegisterPayload::fromJson(command.payload);
        code = payload ? payload->itemCode : QString();
        version = payload ? payload->itemVersion : 0;
    }
    Item item;
    for (const Catalogue &catalogue : std::as_const(m_catalogues)) {
        if (const Item *found = catalogue.item(code); found && found->flow.version == version)
            item = *found;
    }
    QJsonObject result{{"commandId", command.id.toString(QUuid::WithoutBraces)},
                       {"workstationSeq", command.workstationSeq}};
    const Result<QList<Event>> events = CaseAggregate::decide(state, command, item);
    if (!events) {
        result.insert("status", "rejected");
        result.insert("error", QJsonObject{{"code", events.error().code},
                                           {"message", events.error().message},
                                           {"field", events.error().field}});
        return result;
    }
    const qint64 first = serverSeq() + 1;
    for (Event event : *events) {
        event.serverSeq = serverSeq() + 1;
        m_events.append(event);
    }
    if (!item.department.isEmpty())
        m_caseDepartments.insert(command.caseId, item.department);
    result.insert("status", "applied");
    result.insert("firstServerSeq", first);
    result.insert("lastServerSeq", serverSeq());
    pokeAll();
    return result;
}

QString FakeHall::applyFromElsewhere(Command command, const Actor &actor)
{
    qint64 seq = m_results.value(QStringLiteral("W99")).size() + 1;
    command.workstation = QStringLiteral("W99");
    command.workstationSeq = seq;
    const QJsonObject result = apply(command, actor);
    m_results[QStringLiteral("W99")].append(StoredResult{command.id, result});
    return result.value("error").toObject().value("message").toString();
}

bool FakeHall::visible(const Actor &user, const Event &event) const
{
    if (user.hasRole(Role::Supervisor) || user.hasRole(Role::Administrator))
        return true;
    return user.departments.contains(m_caseDepartments.value(event.caseId));
}

FakeHall::Response FakeHall::pull(const Request &request)
{
    const Actor user = *userOf(request);
    const qint64 after = request.query.value("after").toLongLong();
    const int limit = std::clamp(request.query.value("limit", "500").toInt(), 1, 2000);
    const PullFault fault = m_pullFaults.value(after, PullFault::None);
    if (fault == PullFault::ServerError)
        return error(500, "server.internal", "内部错误");
    if (fault == PullFault::Drop)
        return Response{200, {}, true};
    QJsonArray events;
    qint64 seen = serverSeq();
    bool more = false;
    QList<Event> page;
    for (const Event &event : std::as_const(m_events)) {
        if (event.serverSeq <= after || !visible(user, event))
            continue;
        if (page.size() == limit) {
            more = true;
            seen = page.last().serverSeq;
            break;
        }
        page.append(event);
    }
    if (fault == PullFault::Corrupt && page.size() > 1) {
        // Reuse a place in the case that an earlier event of this page already takes.
        page.last().caseId = page.first().caseId;
        page.last().caseSeq = page.first().caseSeq;
    }
    for (const Event &event : std::as_const(page))
        events.append(event.toJson());
    const QJsonObject reference{{"catalogVersion", int(m_catalogues.size())},
                                {"calendarVersion", 1},
                                {"usersVersion", int(m_users.size())}};
    return Response{
        200,
        {{"events", events}, {"serverSeq", seen}, {"more", more}, {"reference", reference}},
        false};
}

FakeHall::Response FakeHall::lease(QSslSocket *socket, const Request &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString kind = body.value("kind").toString();
    const int year = body.value("year").toInt();
    const int count = body.value("count").toInt();
    if (count < 1 || count > 1000)
        return error(400, "request.bad-field", "count");
    const QString key = kind + QLatin1Char('/') + QString::number(year);
    const qint64 first = m_leaseNext.value(key, 1);
    m_leaseNext.insert(key, first + count);
    return Response{200,
                    {{"kind", kind},
                     {"hallCode", "HALL01"},
                     {"workstation",
                      socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0)},
                     {"year", year},
                     {"first", first},
                     {"last", first + count - 1}},
                    false};
}

FakeHall::Response FakeHall::reference(const Request &request)
{
    if (request.path.endsWith(QLatin1String("/catalog"))) {
        const int version =
            request.query.value("version", QString::number(m_catalogues.size())).toInt();
        if (version < 1 || version > m_catalogues.size())
            return error(404, "catalog.no-version", "no such version");
        return Response{
            200,
            QJsonDocument::fromJson(CatalogueJson::write(m_catalogues.at(version - 1))).object(),
            false};
    }
    if (request.path.endsWith(QLatin1String("/calendar"))) {
        QJsonArray years;
        for (const YearSchedule &year : std::as_const(m_years))
            years.append(QJsonDocument::fromJson(WorkingCalendar::scheduleToJson(year)).object());
        return Response{200, {{"years", years}, {"closures", QJsonArray()}, {"version", 1}}, false};
    }
    if (request.path.endsWith(QLatin1String("/users"))) {
        QJsonArray users;
        for (const auto &[password, actor] : std::as_const(m_users)) {
            QJsonObject user = actor.toJson();
            user.insert("id", user.take("userId"));
            user.insert("disabled", false);
            users.append(user);
        }
        return Response{200, {{"users", users}, {"version", int(m_users.size())}}, false};
    }
    return error(404, "request.not-found", "not found");
}

void FakeHall::upgrade(QSslSocket *socket, const Request &request)
{
    if (!userOf(request)) {
        socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(request.headers.value("sec-websocket-key") +
                                            "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                  accept + "\r\n\r\n");
    socket->setProperty("websocket", true);
    m_live.append(socket);
    ++m_liveAccepted;
}

void FakeHall::pokeAll()
{
    const QByteArray poke = QJsonDocument(QJsonObject{{"type", "poke"}, {"serverSeq", serverSeq()}})
                                .toJson(QJsonDocument::Compact);
    for (const QPointer<QSslSocket> &socket : std::as_const(m_live)) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            socket->write(textFrame(poke));
    }
}
