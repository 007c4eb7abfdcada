// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The public verification listener's rate limit: a burst, then a steady rate per client
// address, a Retry-After that says when the next request goes through, and a bounded table.
#include "server/http/RateLimiter.h"

#include <QTest>

using sunhall::server::RateLimiter;

class tst_RateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void burstThenRate_data();
    void burstThenRate();
    void retryAfterIsWhenATokenIsBack();
    void clientsAreCountedApart();
    void tableStaysBounded();
    void clockGoingBackDoesNotRefill();
};

void tst_RateLimiter::burstThenRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("burst");
    QTest::newRow("public listener: 10/s, burst 20") << 10.0 << 20;
    QTest::newRow("1/s, burst 1") << 1.0 << 1;
    QTest::newRow("half a request a second, burst 3") << 0.5 << 3;
}

void tst_RateLimiter::burstThenRate()
{
    QFETCH(double, rate);
    QFETCH(int, burst);
    RateLimiter limiter(rate, burst);
    const QString client = QStringLiteral("203.0.113.7");
    qint64 now = 1'000'000;
    for (int i = 0; i < burst; ++i)
        QCOMPARE(limiter.take(client, now), 0);
    QVERIFY(limiter.take(client, now) > 0);

    // Over ten seconds of steady asking, about `rate` a second get through.
    int allowed = 0;
    const qint64 stepMs = 10;
    for (qint64 t = stepMs; t <= 10'000; t += stepMs) {
        if (limiter.take(client, now + t) == 0)
            ++allowed;
    }
    const int expected = int(rate * 10);
    QVERIFY2(qAbs(allowed - expected) <= 1, qPrintable(QString::number(allowed)));
}

void tst_RateLimiter::retryAfterIsWhenATokenIsBack()
{
    RateLimiter limiter(0.25, 1); // one request every four seconds
    const QString client = QStringLiteral("198.51.100.1");
    QCOMPARE(limiter.take(client, 0), 0);
    const int wait = limiter.take(client, 0);
    QCOMPARE(wait, 4);
    QVERIFY(limiter.take(client, 3'900) > 0);
    QCOMPARE(limiter.take(client, qint64(wait) * 1000), 0);

    RateLimiter fast(10, 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(fast.take(client, 0), 0);
    QCOMPARE(fast.take(client, 0), 1); // never less than a whole second
}

void tst_RateLimiter::clientsAreCountedApart()
{
    RateLimiter limiter(10, 20);
    const QString greedy = QStringLiteral("192.0.2.10");
    const QString other = QStringLiteral("192.0.2.11");
    for (int i = 0; i < 25; ++i)
        limiter.take(greedy, 0);
    QVERIFY(limiter.take(greedy, 0) > 0);
    QCOMPARE(limiter.take(other, 0), 0);
    QCOMPARE(limiter.clientCount(), 2);
}

void tst_RateLimiter::tableStaysBounded()
{
    RateLimiter limiter(10, 20, 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(limiter.take(QStringLiteral("10.0.0.%1").arg(i), 0), 0);
    QCOMPARE(limiter.clientCount(), 100);
    // While every client is still paying off its requests, a newcomer has to wait.
    QVERIFY(limiter.take(QStringLiteral("10.0.1.1"), 0) > 0);
    QCOMPARE(limiter.clientCount(), 100);
    // Once their buckets are full again they are forgotten and make room.
    QCOMPARE(limiter.take(QStringLiteral("10.0.1.1"), 5'000), 0);
    QCOMPARE(limiter.clientCount(), 1);
}

void tst_RateLimiter::clockGoingBackDoesNotRefill()
{
    RateLimiter limiter(1, 2);
    const QString client = QStringLiteral("192.0.2.50");
    QCOMPARE(limiter.take(client, 10'000), 0);
    QCOMPARE(limiter.take(client, 10'000), 0);
    QVERIFY(limiter.take(client, 5'000) > 0);
    QVERIFY(limiter.take(client, 10'500) > 0);
    QCOMPARE(limiter.take(client, 11'000), 0);
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
