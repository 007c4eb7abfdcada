// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

using namespace sunhall::core;

namespace {
// Light parameters keep the tests fast; the defaults are checked once on their own.
const PasswordHasher::Parameters light{1, 256, 1};

// From the reference implementation's test suite (phc-winner-argon2, src/test.c).
const QString referenceHash = QStringLiteral(
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc");

// The message of a failed result, for QVERIFY2, which builds its message even on success.
template<typename Outcome>
QByteArray failure(const Outcome &outcome)
{
    return outcome.ok() ? QByteArray() : outcome.error().message.toUtf8();
}

QString encodedWith(const PasswordHasher::Parameters &parameters)
{
    const auto encoded = PasswordHasher(parameters).hash(QStringLiteral("secret"));
    return encoded.ok() ? encoded.value() : QString();
}
} // namespace

class tst_PasswordHasher : public QObject
{
    Q_OBJECT
private slots:
    void rightAndWrongPassword_data();
    void rightAndWrongPassword();
    void encodedForm();
    void differentSalts();
    void defaults();
    void referenceVector_data();
    void referenceVector();
    void verifyUsesStoredParameters();
    void malformed_data();
    void malformed();
    void needsRehash_data();
    void needsRehash();
    void invalidParameters_data();
    void invalidParameters();
};

void tst_PasswordHasher::rightAndWrongPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("matches");
    const QString password = QStringLiteral("Hongtong-2025!");
    QTest::newRow("right") << password << password << true;
    QTest::newRow("wrong") << password << QStringLiteral("hongtong-2025") << false;
    QTest::newRow("case differs") << password << QStringLiteral("HONGTONG-2025!") << false;
    QTest::newRow("trailing space") << password << password + QLatin1Char(' ') << false;
    QTest::newRow("empty attempt") << password << QString() << false;
    QTest::newRow("empty password") << QString() << QString() << true;
    QTest::newRow("chinese right")
        << QStringLiteral("政务服务大厅１２３") << QStringLiteral("政务服务大厅１２３") << true;
    QTest::newRow("full-width digits differ")
        << QStringLiteral("政务服务大厅１２３") << QStringLiteral("政务服务大厅123") << false;
    QTest::newRow("long") << QString(1000, QLatin1Char('x')) << QString(1000, QLatin1Char('x'))
                          << true;
    QTest::newRow("long, last differs")
        << QString(1000, QLatin1Char('x')) << QString(999, QLatin1Char('x')) + QLatin1Char('y')
        << false;
}

void tst_PasswordHasher::rightAndWrongPassword()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, matches);
    const PasswordHasher hasher(light);
    const auto encoded = hasher.hash(password);
    QVERIFY2(encoded.ok(), failure(encoded).constData());
    const auto verified = hasher.verify(attempt, *encoded);
    QVERIFY2(verified.ok(), failure(verified).constData());
    QCOMPARE(*verified, matches);
}

void tst_PasswordHasher::encodedForm()
{
    const QString encoded = encodedWith({2, 512, 2});
    // 16 salt bytes and 32 hash bytes in unpadded Base64.
    const QRegularExpression form(QStringLiteral(
        R"(^\$argon2id\$v=19\$m=512,t=2,p=2\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$)"));
    QVERIFY2(form.match(encoded).hasMatch(), qPrintable(encoded));
}

void tst_PasswordHasher::differentSalts()
{
    const PasswordHasher hasher(light);
    const QString first = *hasher.hash(QStringLiteral("same password"));
    const QString second = *hasher.hash(QStringLiteral("same password"));
    QVERIFY(first != second);
    QVERIFY(first.section(QLatin1Char('$'), 4, 4) != second.section(QLatin1Char('$'), 4, 4));
    QVERIFY(*hasher.verify(QStringLiteral("same password"), first));
    QVERIFY(*hasher.verify(QStringLiteral("same password"), second));
}

void tst_PasswordHasher::defaults()
{
    const PasswordHasher hasher;
    QCOMPARE(hasher.parameters(), (PasswordHasher::Parameters{3, 64 * 1024, 1}));
    const auto encoded = hasher.hash(QStringLiteral("window 12"));
    QVERIFY(encoded.ok());
    QVERIFY(encoded->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")));
    QVERIFY(*hasher.verify(QStringLiteral("window 12"), *encoded));
    QVERIFY(!*hasher.needsRehash(*encoded));
}

void tst_PasswordHasher::referenceVector_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("matches");
    QTest::newRow("password") << QStringLiteral("password") << true;
    QTest::newRow("Password") << QStringLiteral("Password") << false;
}

void tst_PasswordHasher::referenceVector()
{
    QFETCH(QString, password);
    QFETCH(bool, matches);
    const auto verified = PasswordHasher(light).verify(password, referenceHash);
    QVERIFY2(verified.ok(), failure(verified).constData());
    QCOMPARE(*verified, matches);
}

void tst_PasswordHasher::verifyUsesStoredParameters()
{
    const QString encoded = encodedWith({2, 1024, 1});
    QVERIFY(*PasswordHasher(light).verify(QStringLiteral("secret"), encoded));
    QVERIFY(*PasswordHasher().verify(QStringLiteral("secret"), encoded));
}

void tst_PasswordHasher::malformed_data()
{
    QTest::addColumn<QString>("encoded");
    const QString good = encodedWith(light);
    const QString salt = good.section(QLatin1Char('$'), 4, 4);
    const QString hash = good.section(QLatin1Char('$'), 5, 5);
    const auto with = [](const QString &head, const QString &s, const QString &h) -> QString {
        return head + QLatin1Char('$') + s + QLatin1Char('$') + h;
    };
    const QString head = QStringLiteral("$argon2id$v=19$m=256,t=1,p=1");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("Hongtong-2025!");
    QTest::newRow("bcrypt") << QStringLiteral(
        "$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy");
    QTest::newRow("argon2i") << with(QStringLiteral("$argon2i$v=19$m=256,t=1,p=1"), salt, hash);
    QTest::newRow("old version") << with(QStringLiteral("$argon2id$v=16$m=256,t=1,p=1"), salt,
                                         hash);
    QTest::newRow("no version") << with(QStringLiteral("$argon2id$m=256,t=1,p=1"), salt, hash);
    QTest::newRow("missing hash") << head + QLatin1Char('$') + salt;
    QTest::newRow("extra part") << with(head, salt, hash) + QStringLiteral("$AAAA");
    QTest::newRow("costs reordered")
        << with(QStringLiteral("$argon2id$v=19$t=1,m=256,p=1"), salt, hash);
    QTest::newRow("cost not a number")
        << with(QStringLiteral("$argon2id$v=19$m=lots,t=1,p=1"), salt, hash);
    QTest::newRow("negative cost")
        << with(QStringLiteral("$argon2id$v=19$m=256,t=-1,p=1"), salt, hash);
    QTest::newRow("cost overflows")
        << with(QStringLiteral("$argon2id$v=19$m=99999999999,t=1,p=1"), salt, hash);
    QTest::newRow("zero passes") << with(QStringLiteral("$argon2id$v=19$m=256,t=0,p=1"), salt,
                                         hash);
    QTest::newRow("zero lanes") << with(QStringLiteral("$argon2id$v=19$m=256,t=1,p=0"), salt, hash);
    QTest::newRow("runaway memory")
        << with(QStringLiteral("$argon2id$v=19$m=4294967295,t=1,p=1"), salt, hash);
    QTest::newRow("runaway passes")
        << with(QStringLiteral("$argon2id$v=19$m=256,t=4000000000,p=1"), salt, hash);
    QTest::newRow("too little memory")
        << with(QStringLiteral("$argon2id$v=19$m=4,t=1,p=1"), salt, hash);
    QTest::newRow("bad base64") << with(head, salt, hash.left(40) + QStringLiteral("*!?"));
    QTest::newRow("padded base64") << with(head, salt, hash + QLatin1Char('='));
    QTest::newRow("salt too short") << with(head, QStringLiteral("c2FsdA"), hash);
    QTest::newRow("non-ASCII") << with(head, salt, hash.left(42) + QStringLiteral("密"));
    QTest::newRow("huge") << with(head, salt, QString(100'000, QLatin1Char('A')));
}

void tst_PasswordHasher::malformed()
{
    QFETCH(QString, encoded);
    const PasswordHasher hasher(light);
    const auto verified = hasher.verify(QStringLiteral("secret"), encoded);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, QStringLiteral("crypto.password-hash-malformed"));
    QCOMPARE(verified.error().field, QStringLiteral("passwordHash"));
    QVERIFY(!verified.error().message.isEmpty());
    const auto rehash = hasher.needsRehash(encoded);
    QVERIFY(!rehash.ok());
    QCOMPARE(rehash.error().code, QStringLiteral("crypto.password-hash-malformed"));
}

void tst_PasswordHasher::needsRehash_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("rehash");
    const PasswordHasher::Parameters current{2, 1024, 1};
    QTest::newRow("same") << encodedWith(current) << false;
    QTest::newRow("fewer passes") << encodedWith({1, 1024, 1}) << true;
    QTest::newRow("less memory") << encodedWith({2, 512, 1}) << true;
    QTest::newRow("both weaker") << encodedWith({1, 256, 1}) << true;
    QTest::newRow("stronger") << encodedWith({3, 2048, 1}) << false;
    QTest::newRow("more lanes, same work") << encodedWith({2, 1024, 2}) << false;
    QTest::newRow("reference: 8-byte salt") << referenceHash << true;
}

void tst_PasswordHasher::needsRehash()
{
    QFETCH(QString, stored);
    QFETCH(bool, rehash);
    QVERIFY(!stored.isEmpty());
    const auto answer = PasswordHasher({2, 1024, 1}).needsRehash(stored);
    QVERIFY2(answer.ok(), failure(answer).constData());
    QCOMPARE(*answer, rehash);
}

void tst_PasswordHasher::invalidParameters_data()
{
    QTest::addColumn<uint>("iterations");
    QTest::addColumn<uint>("memoryKiB");
    QTest::addColumn<uint>("parallelism");
    QTest::newRow("zero passes") << 0u << 1024u << 1u;
    QTest::newRow("zero lanes") << 1u << 1024u << 0u;
    QTest::newRow("too little memory for lanes") << 1u << 16u << 4u;
    QTest::newRow("too much memory") << 1u << PasswordHasher::maxMemoryKiB + 1 << 1u;
    QTest::newRow("too many passes") << PasswordHasher::maxIterations + 1 << 1024u << 1u;
}

void tst_PasswordHasher::invalidParameters()
{
    QFETCH(uint, iterations);
    QFETCH(uint, memoryKiB);
    QFETCH(uint, parallelism);
    const auto encoded =
        PasswordHasher({iterations, memoryKiB, parallelism}).hash(QStringLiteral("secret"));
    QVERIFY(!encoded.ok());
    QCOMPARE(encoded.error().code, QStringLiteral("crypto.password-parameters-invalid"));
}

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
