// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificate/CertificateKeySet.h"
#include "core/common/Result.h"
#include "core/store/LocalSession.h"
#include "core/store/LocalUser.h"
#include "core/time/WorkingCalendar.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace sunhall::core {

/// Reads the server's answers about the hall's reference data and the workstation's standing
/// (docs/protocol.md): the calendar, the user list, the certificate key set, a leased number
/// range and a login. Every error names the field that is wrong.
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
public:
    struct Calendar
    {
        QList<YearSchedule> years;
        QList<LocalClosure> closures;
        int version = 0;
    };
    struct Users
    {
        QList<LocalUser> users;
        int version = 0;
    };
    struct CertificateKeys
    {
        CertificateKeySet keySet;
        QString version; // "keysVersion"
    };
    struct Lease
    {
        QString kind;
        QString hallCode;
        QString workstation;
        int year = 0;
        qint64 first = 0;
        qint64 last = 0;
    };

    static Result<Calendar> calendarFromJson(const QJsonObject &json);
    static Result<Users> usersFromJson(const QJsonObject &json);
    /// The key set of GET /v1/reference/certificate-keys (docs/certificate-qr.md §6) with its
    /// "keysVersion".
    static Result<CertificateKeys> certificateKeysFromJson(const QJsonObject &json);
    static Result<Lease> leaseFromJson(const QJsonObject &json);
    /// The session of a POST /v1/session answer, logged in at `at`.
    static Result<LocalSession> sessionFromJson(const QJsonObject &json, const QDateTime &at);
};

} // namespace sunhall::core
