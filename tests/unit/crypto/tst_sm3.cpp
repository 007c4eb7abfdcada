// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Sm3.h"

#include <QBuffer>
#include <QTest>

using namespace sunhall::core;

class tst_Sm3 : public QObject
{
    Q_OBJECT
private slots:
    void knownVectors_data();
    void knownVectors();
    void incrementalEqualsOneShot_data();
    void incrementalEqualsOneShot();
    void resultLeavesHashOpen();
    void reset();
    void device();
    void unreadableDevice();
};

void tst_Sm3::knownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // GB/T 32905-2016 appendix A, examples 1 and 2.
    QTest::newRow("abc") << QByteArray("abc")
                         << QStringLiteral(
                                "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    QTest::newRow("abcd x16") << QByteArray("abcd").repeated(16)
                              << QStringLiteral("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765"
                                                "293dcba39c0c5732");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed0"
                                             "35eb5082aa2b");
}

void tst_Sm3::knownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    const QByteArray hash = Sm3::hash(input);
    QCOMPARE(hash.size(), Sm3::digestSize);
    QCOMPARE(Sm3::toHex(hash), digest);
    QCOMPARE(Sm3::hashHex(input), digest);
}

void tst_Sm3::incrementalEqualsOneShot_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("chunk");
    QTest::newRow("one byte at a time") << 200 << 1;
    QTest::newRow("block size") << 640 << 64;
    QTest::newRow("odd chunks") << 100'000 << 997;
    QTest::newRow("large, few chunks") << 3 * 1024 * 1024 << 1024 * 1024;
}

void tst_Sm3::incrementalEqualsOneShot()
{
    QFETCH(int, size);
    QFETCH(int, chunk);
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 131 + 7) % 251);
    Sm3 hasher;
    for (int offset = 0; offset < size; offset += chunk)
        hasher.addData(QByteArrayView(data).sliced(offset, qMin(chunk, size - offset)));
    QCOMPARE(Sm3::toHex(hasher.result()), Sm3::hashHex(data));
}

void tst_Sm3::resultLeavesHashOpen()
{
    Sm3 hasher;
    hasher.addData("ab");
    QCOMPARE(hasher.result(), Sm3::hash("ab"));
    hasher.addData("c");
    QCOMPARE(Sm3::toHex(hasher.result()),
             QStringLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
}

void tst_Sm3::reset()
{
    Sm3 hasher;
    hasher.addData("something else");
    hasher.reset();
    hasher.addData("abc");
    QCOMPARE(hasher.result(), Sm3::hash("abc"));
}

void tst_Sm3::device()
{
    QByteArray data = QByteArray("abcd").repeated(100'000);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Sm3 hasher;
    const Status status = hasher.addData(&buffer);
    QVERIFY(status.ok());
    QCOMPARE(hasher.result(), Sm3::hash(data));
}

void tst_Sm3::unreadableDevice()
{
    QBuffer closed;
    Sm3 hasher;
    const Status status = hasher.addData(&closed);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("crypto.read-failed"));
    QVERIFY(!hasher.addData(nullptr).ok());
}

QTEST_GUILESS_MAIN(tst_Sm3)
#include "tst_sm3.moc"
