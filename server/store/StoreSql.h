// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

// Small helpers shared by the hall store's source files: running a parameterised statement,
// and the text forms of times and ids in the store.
namespace sunhall::server::storesql {

/// Keys of the PostgreSQL advisory locks: every serialised write, and schema migration.
inline constexpr qint64 writeLockKey = 0x53554E48414C4C01;
inline constexpr qint64 migrationLockKey = 0x53554E48414C4C02;

/// Prepares `sql`, binds `values` in order and runs it; the error says what the store was
/// doing (`what`, translated) and what the database answered.
core::Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                  const QString &storeName, const QString &what);
/// Binds `values` in order to a prepared `query` (an empty text or blob stays empty, not NULL)
/// and runs it.
core::Status bindAndExec(QSqlQuery &query, const QVariantList &values, const QString &storeName,
                         const QString &what);
/// Runs a statement that takes no values (transaction control, DDL, pragmas): PostgreSQL
/// cannot prepare those.
core::Status execPlain(QSqlQuery &query, const QString &sql, const QString &storeName,
                       const QString &what);
core::Error sqlError(const QString &storeName, const QString &what, const QString &detail);

/// A record time (enrolled, used, expires…) in UTC with milliseconds, so that text order is
/// time order; empty for an invalid time.
QString utcText(const QDateTime &at);
QDateTime fromText(const QString &text);
QVariant nullableText(const QString &text);
QString uuidText(const QUuid &id);

} // namespace sunhall::server::storesql
