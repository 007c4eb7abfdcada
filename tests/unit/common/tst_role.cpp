// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Role.h"

#include <QTest>

using namespace sunhall::core;

class tst_Role : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void unknownId();
};

void tst_Role::roundTrip_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("id");
    QTest::newRow("clerk") << int(Role::Clerk) << QStringLiteral("clerk");
    QTest::newRow("reviewer") << int(Role::Reviewer) << QStringLiteral("reviewer");
    QTest::newRow("chief") << int(Role::ChiefApprover) << QStringLiteral("chief-approver");
    QTest::newRow("leader") << int(Role::Leader) << QStringLiteral("leader");
    QTest::newRow("cashier") << int(Role::Cashier) << QStringLiteral("cashier");
    QTest::newRow("supervisor") << int(Role::Supervisor) << QStringLiteral("supervisor");
    QTest::newRow("admin") << int(Role::Administrator) << QStringLiteral("administrator");
}

void tst_Role::roundTrip()
{
    QFETCH(int, role);
    QFETCH(QString, id);
    QCOMPARE(roleId(Role(role)), id);
    QCOMPARE(roleFromId(id), std::optional<Role>(Role(role)));
    QVERIFY(!roleDisplayName(Role(role)).isEmpty());
}

void tst_Role::unknownId()
{
    QVERIFY(!roleFromId(QStringLiteral("janitor")).has_value());
    QCOMPARE(allRoles().size(), 7);
}

QTEST_GUILESS_MAIN(tst_Role)
#include "tst_role.moc"
