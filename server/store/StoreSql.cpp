// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/store/StoreSql.h"

#include "server/store/ServerStore.h"

#include <QSqlError>

namespace sunhall::server::storesql {

namespace {

// The drivers bind a null QString or QByteArray as SQL NULL; an empty text or blob is meant
// here. A NULL is asked for with nullableText(), a variant without a value.
QVariant notNull(const QVariant &value)
{
    if (value.isNull())
        return value;
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QVariant(QByteArray("", 0));
    return value;
}

} // namespace

core::Error sqlError(const QString &storeName, const QString &what, const QString &detail)
{
    return core::makeError(
        QStringLiteral("store.sql"),
        ServerStore::tr("The hall store %1 failed while %2: %3").arg(storeName, what, detail));
}

core::Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                  const QString &storeName, const QString &what)
{
    if (!query.prepare(sql))
        return sqlError(storeName, what, query.lastError().text());
    return bindAndExec(query, values, storeName, what);
}

core::Status bindAndExec(QSqlQuery &query, const QVariantList &values, const QString &storeName,
                         const QString &what)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), notNull(values.at(i)));
    if (!query.exec())
        return sqlError(storeName, what, query.lastError().text());
    return core::Status::success();
}

core::Status execPlain(QSqlQuery &query, const QString &sql, const QString &storeName,
                       const QString &what)
{
    if (!query.exec(sql))
        return sqlError(storeName, what, query.lastError().text());
    return core::Status::success();
}

QString utcText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace sunhall::server::storesql
