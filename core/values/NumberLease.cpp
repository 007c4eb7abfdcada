// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/NumberLease.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sunhall::core {

namespace {

Error leaseError(const char *field, const QString &message)
{
    return makeError(QStringLiteral("number.lease-invalid"), message, QString::fromLatin1(field));
}

QString serialText(int serial)
{
    return QStringLiteral("%1").arg(serial, 8, 10, QLatin1Char('0'));
}

// A JSON number is a double: only a whole number within int range is a serial or a year.
Result<int> readInt(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1StringView(key));
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || number < 0 ||
        number > DocumentNumber::maxSerial + 1)
        return leaseError(key, QCoreApplication::translate(
                                   "NumberLease", "The number lease has no whole number for “%1”.")
                                   .arg(QLatin1StringView(key)));
    return static_cast<int>(number);
}

} // namespace

Status NumberLease::validate() const
{
    if (const Status hall = DocumentNumber::checkHallCode(hallCode); !hall)
        return leaseError("hallCode", hall.error().message);
    if (workstation.trimmed().isEmpty())
        return leaseError(
            "workstation",
            QCoreApplication::translate("NumberLease", "The number lease names no workstation."));
    if (year < 1000 || year > 9999)
        return leaseError("year",
                          QCoreApplication::translate(
                              "NumberLease", "The number lease is for the year %1, which does not "
                                             "have four digits.")
                              .arg(year));
    if (first < 1 || first > DocumentNumber::maxSerial)
        return leaseError("first", QCoreApplication::translate(
                                       "NumberLease", "The number lease starts at serial %1, "
                                                      "which is not from 1 to %2.")
                                       .arg(first)
                                       .arg(DocumentNumber::maxSerial));
    if (last < first || last > DocumentNumber::maxSerial)
        return leaseError("last", QCoreApplication::translate(
                                      "NumberLease", "The number lease ends at serial %1, which "
                                                     "is not from its first serial %2 to %3.")
                                      .arg(last)
                                      .arg(first)
                                      .arg(DocumentNumber::maxSerial));
    if (next < first || next > last + 1)
        return leaseError("next", QCoreApplication::translate(
                                      "NumberLease", "The number lease's next serial %1 is outside "
                                                     "its range %2 to %3.")
                                      .arg(next)
                                      .arg(first)
                                      .arg(last));
    return Status::success();
}

Result<QString> NumberLease::take()
{
    if (const Status status = validate(); !status)
        return status.error();
    if (next > last)
        return makeError(QStringLiteral("number.lease-exhausted"),
                         QCoreApplication::translate(
                             "NumberLease", "Workstation %1 has used every %2 of its range (hall "
                                            "%3, year %4, serials %5 to %6); it needs a new range "
                                            "from the server.")
                             .arg(workstation, DocumentNumber::kindDisplayName(kind), hallCode,
                                  QString::number(year), serialText(first), serialText(last)),
                         QStringLiteral("next"));
    const Result<DocumentNumber> number = DocumentNumber::make(kind, hallCode, year, next);
    if (!number)
        return number.error();
    ++next;
    return number->toString();
}

int NumberLease::remaining() const
{
    return std::max(0, last - std::max(next, first) + 1);
}

QJsonObject NumberLease::toJson() const
{
    return QJsonObject{
        {QStringLiteral("kind"), DocumentNumber::kindId(kind)},
        {QStringLiteral("hallCode"), hallCode},
        {QStringLiteral("workstation"), workstation},
        {QStringLiteral("year"), year},
        {QStringLiteral("first"), first},
        {QStringLiteral("last"), last},
        {QStringLiteral("next"), next},
    };
}

Result<NumberLease> NumberLease::fromJson(const QJsonObject &json)
{
    const QString kindId = json.value(QStringLiteral("kind")).toString();
    const std::optional<DocumentNumber::Kind> kind = DocumentNumber::kindFromId(kindId);
    if (!kind)
        return leaseError("kind", QCoreApplication::translate(
                                      "NumberLease", "The number lease is for “%1”, which is not "
                                                     "case, receipt or certificate.")
                                      .arg(kindId));
    NumberLease lease;
    lease.kind = *kind;
    lease.hallCode = json.value(QStringLiteral("hallCode")).toString();
    lease.workstation = json.value(QStringLiteral("workstation")).toString();
    for (auto [key, field] :
         {std::pair{"year", &NumberLease::year}, std::pair{"first", &NumberLease::first},
          std::pair{"last", &NumberLease::last}, std::pair{"next", &NumberLease::next}}) {
        const Result<int> value = readInt(json, key);
        if (!value)
            return value.error();
        lease.*field = *value;
    }
    if (const Status status = lease.validate(); !status)
        return status.error();
    return lease;
}

} // namespace sunhall::core
