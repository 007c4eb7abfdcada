// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificates the certificate unit's tests share: a person's and an organisation's, with
// Chinese names and content as a hall prints them.
#include "core/certificate/CertificateContent.h"
#include "core/crypto/Sm2KeyPair.h"
#include "core/values/DocumentNumber.h"
#include "core/values/IdentityNumber.h"

#include <QTimeZone>
#include <QtGlobal>

namespace samples {

using namespace sunhall::core;

inline const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));

inline QDateTime at(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), shanghai);
}

// A valid unified social credit code: authority 9 (工商), type 1 (企业), Qingdao.
inline QString creditCode()
{
    const QString first17 = QStringLiteral("91370200MA3C5X123");
    return first17 + IdentityNumber::creditCodeCheckCharacter(first17);
}

// 食品经营许可证 of a company: five years, three content lines.
inline CertificateContent company()
{
    CertificateContent content;
    content.number = QStringLiteral("ZZQD0001202500000123");
    content.number += DocumentNumber::checkCharacter(content.number);
    content.caseId = QUuid(QStringLiteral("{0b6f3c1e-5f0e-4c8e-9a55-2f5a1c3d9e77}"));
    content.title = QStringLiteral("食品经营许可证");
    content.itemCode = QStringLiteral("370200-SJ-XK-001");
    content.itemName = QStringLiteral("食品经营许可");
    content.holderName = QStringLiteral("青岛海味餐饮管理有限公司");
    content.holderId = creditCode();
    content.lines = {
        {QStringLiteral("经营场所"), QStringLiteral("青岛市市南区香港中路10号")},
        {QStringLiteral("主体业态"), QStringLiteral("餐饮服务经营者")},
        {QStringLiteral("经营项目"), QStringLiteral("热食类食品制售")},
    };
    content.validFrom = QDate(2025, 3, 4);
    content.validUntil = QDate(2030, 3, 3);
    content.departmentCode = QStringLiteral("SJ");
    content.departmentName = QStringLiteral("青岛市市场监督管理局");
    content.issuedAt = at(2025, 3, 4, 9, 30);
    return content;
}

// 结婚证 of a person: long-term, no content lines, a name with an extension-B character.
inline CertificateContent person()
{
    CertificateContent content;
    content.number = QStringLiteral("ZZQD0001202500000456");
    content.number += DocumentNumber::checkCharacter(content.number);
    content.caseId = QUuid(QStringLiteral("{6a1d2a4e-2c39-4a43-8d1b-1f0e6b9a7c21}"));
    content.title = QStringLiteral("结婚证");
    content.itemCode = QStringLiteral("370200-MZ-QR-001");
    content.itemName = QStringLiteral("内地居民结婚登记");
    content.holderName = QStringLiteral("𠮷祥·王");
    content.holderId = QStringLiteral("11010519491231002X");
    content.validFrom = QDate(2025, 5, 20);
    content.departmentCode = QStringLiteral("MZ");
    content.departmentName = QStringLiteral("青岛市民政局");
    content.issuedAt = at(2025, 5, 20, 10, 5, 17);
    return content;
}

inline Sm2KeyPair generatedKey()
{
    auto key = Sm2KeyPair::generate();
    if (!key)
        qFatal("SM2 key generation failed: %s", qPrintable(key.error().message));
    return std::move(key).value();
}

// The message of a failed result, for QVERIFY2, which builds its message even on success.
template<typename Outcome>
QByteArray failure(const Outcome &outcome)
{
    return outcome.ok() ? QByteArray() : outcome.error().message.toUtf8();
}

} // namespace samples

Q_DECLARE_METATYPE(sunhall::core::CertificateContent)
