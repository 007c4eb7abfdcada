// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/case/Command.h"
#include "core/case/Event.h"
#include "core/catalog/Catalogue.h"
#include "core/time/WorkingCalendar.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslServer>

class QSslSocket;
class TestPki;

using namespace sunhall::core;

// A small, protocol-faithful stand-in for sunhall-server (docs/protocol.md), for the sync
// engine's tests until the real server lands: HTTPS with mutual TLS over QSslServer, the
// session, push (idempotent replays, sequence gaps, validation with the real core rules),
// paged pull, reference data, leases and the live WebSocket with pokes. It keeps its state in
// memory; the client under test keeps its own in a real SQLite store. Faults can be injected:
// a push answer lost after applying, a pull page failing or corrupt, live sockets dropped.
class FakeHall : public QObject
{
    Q_OBJECT
public:
    enum class PullFault
    {
        None,
        ServerError, // 500 for the page after the given cursor
        Corrupt,     // the page's last event takes a place already taken in its case
        Drop,        // the connection is closed without an answer
    };

    FakeHall(Catalogue catalogue, QList<YearSchedule> years, QObject *parent = nullptr);
    ~FakeHall() override;

    /// Listens on 127.0.0.1 with the certificate `certName` of the PKI; returns an error text.
    QString listen(const TestPki &pki, const QString &certName = QStringLiteral("server"),
                   quint16 port = 0);
    /// Stops listening and drops every connection, as a server that went away.
    void close();
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    void addUser(const QString &password, const Actor &actor);
    /// Decides and applies a command of another workstation, as the server would; pokes.
    /// Returns the rejection's message, or empty.
    QString applyFromElsewhere(Command command, const Actor &actor);

    const QList<Event> &events() const { return m_events; }
    qint64 serverSeq() const { return m_events.size(); }
    int eventsOfCommand(const QUuid &commandId) const;
    int requests(const QString &path) const { return m_requests.value(path); }
    int liveAccepted() const { return m_liveAccepted; }
    int liveOpen() const;

    /// Applies pushes but loses their answers, until told otherwise. (Qt resends a request by
    /// itself a few times when a kept-alive connection closes before the answer.)
    void setLosePushAnswers(bool lose) { m_losePushAnswers = lose; }
    /// Every pull after `after` fails so until the fault is cleared with PullFault::None.
    void setPullFault(qint64 after, PullFault fault);
    void dropLiveClients();
    /// Forgets every session, as after their expiry.
    void forgetSessions() { m_tokens.clear(); }
    void setCatalogue(Catalogue catalogue); // publishes the next version

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QString, QString> query;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QJsonObject body;
        bool drop = false;
    };
    struct StoredResult
    {
        QUuid commandId;
        QJsonObject json;
    };

    void accept();
    void serve(QSslSocket *socket);
    Response route(QSslSocket *socket, const Request &request);
    Response session(const Request &request);
    Response push(QSslSocket *socket, const Request &request);
    Response pull(const Request &request);
    Response lease(QSslSocket *socket, const Request &request);
    Response reference(const Request &request);
    void upgrade(QSslSocket *socket, const Request &request);
    QJsonObject apply(Command command, const Actor &actor);
    void pokeAll();
    std::optional<Actor> userOf(const Request &request) const;
    static Response error(int status, const QString &code, const QString &message,
                          const QJsonObject &extra = {});
    bool visible(const Actor &user, const Event &event) const;

    QSslServer m_server;
    quint16 m_port = 0;
    QList<Catalogue> m_catalogues;
    QList<YearSchedule> m_years;
    QHash<QString, std::pair<QString, Actor>> m_users; // id → password, actor
    QHash<QString, QString> m_tokens;                  // token → user id
    QList<Event> m_events;
    QHash<QUuid, QString> m_caseDepartments;
    QHash<QString, QList<StoredResult>> m_results; // workstation → results by seq - 1
    QHash<QString, qint64> m_leaseNext;            // "kind/year" → next serial
    QHash<QString, int> m_requests;
    QHash<qint64, PullFault> m_pullFaults;
    QList<QPointer<QSslSocket>> m_connections;
    QList<QPointer<QSslSocket>> m_live;
    int m_liveAccepted = 0;
    bool m_losePushAnswers = false;
};
