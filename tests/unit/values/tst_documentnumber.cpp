// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/DocumentNumber.h"
#include "core/values/NumberLease.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace sunhall::core;
using Kind = DocumentNumber::Kind;

Q_DECLARE_METATYPE(sunhall::core::DocumentNumber::Kind)

namespace {

const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

NumberLease sampleLease()
{
    NumberLease lease;
    lease.kind = Kind::Receipt;
    lease.hallCode = QStringLiteral("HALL01");
    lease.workstation = QStringLiteral("ws-cashier-3");
    lease.year = 2025;
    lease.first = 101;
    lease.last = 150;
    lease.next = 101;
    return lease;
}

} // namespace

class tst_DocumentNumber : public QObject
{
    Q_OBJECT
private slots:
    void makeAndParse_data();
    void makeAndParse();
    void parseForgivesTyping_data();
    void parseForgivesTyping();
    void makeErrors_data();
    void makeErrors();
    void parseErrors_data();
    void parseErrors();
    void mistypingIsCaught_data();
    void mistypingIsCaught();
    void swapDetectionRate();
    void kindIds();
    void leaseHandsOutEachSerialOnce();
    void leaseExhausted();
    void leaseInvalid();
    void leaseJsonRoundTrip();
    void leaseJsonErrors_data();
    void leaseJsonErrors();
};

void tst_DocumentNumber::makeAndParse_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("hall");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("serial");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("grouped");
    const auto row = [](const char *name, Kind kind, const char *hall, int year, int serial,
                        const char *text, const char *grouped) {
        QTest::newRow(name) << kind << QString::fromLatin1(hall) << year << serial
                            << QString::fromLatin1(text) << QString::fromLatin1(grouped);
    };
    row("case", Kind::Case, "HALL01", 2025, 123, "SLHALL012025000001233",
        "SL-HALL01-2025-00000123-3");
    row("receipt", Kind::Receipt, "HALL01", 2025, 1, "PJHALL012025000000016",
        "PJ-HALL01-2025-00000001-6");
    row("certificate", Kind::Certificate, "0A9Z7K", 2099, 99999999, "ZZ0A9Z7K209999999999N",
        "ZZ-0A9Z7K-2099-99999999-N");
    row("lower-case hall", Kind::Case, "qd0001", 2024, 12345, "SLQD0001202400012345U",
        "SL-QD0001-2024-00012345-U");
    row("numeric hall", Kind::Receipt, "310101", 2026, 12345678, "PJ3101012026123456786",
        "PJ-310101-2026-12345678-6");
}

void tst_DocumentNumber::makeAndParse()
{
    QFETCH(Kind, kind);
    QFETCH(QString, hall);
    QFETCH(int, year);
    QFETCH(int, serial);
    QFETCH(QString, text);
    QFETCH(QString, grouped);
    const Result<DocumentNumber> made = DocumentNumber::make(kind, hall, year, serial);
    QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
    QCOMPARE(made->toString(), text);
    QCOMPARE(made->toGroupedString(), grouped);

    const Result<DocumentNumber> parsed = DocumentNumber::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->kind(), kind);
    QCOMPARE(parsed->hallCode(), hall.toUpper());
    QCOMPARE(parsed->year(), year);
    QCOMPARE(parsed->serial(), serial);
    QCOMPARE(*parsed, *made);
    QCOMPARE(DocumentNumber::parse(grouped)->toString(), text);
}

void tst_DocumentNumber::parseForgivesTyping_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("grouped") << QStringLiteral("SL-HALL01-2025-00000123-3");
    QTest::newRow("lower case") << QStringLiteral("slhall012025000001233");
    QTest::newRow("spaces") << QStringLiteral(" SL HALL01 2025 00000123 3 ");
    QTest::newRow("full-width") << QStringLiteral("ＳＬＨＡＬＬ０１２０２５０００００１２３３");
}

void tst_DocumentNumber::parseForgivesTyping()
{
    QFETCH(QString, text);
    const Result<DocumentNumber> parsed = DocumentNumber::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->toString(), QStringLiteral("SLHALL012025000001233"));
}

void tst_DocumentNumber::makeErrors_data()
{
    QTest::addColumn<QString>("hall");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("serial");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention");
    const auto row = [](const char *name, const char *hall, int year, int serial, const char *code,
                        const char *mention) {
        QTest::newRow(name) << QString::fromUtf8(hall) << year << serial
                            << QString::fromLatin1(code) << QString::fromUtf8(mention);
    };
    row("hall code too short", "HALL1", 2025, 1, "number.hall-code", "HALL1");
    row("hall code too long", "HALL001", 2025, 1, "number.hall-code", "HALL001");
    row("dash in hall code", "HALL-1", 2025, 1, "number.hall-code", "HALL-1");
    row("Chinese hall code", "青岛市民中心", 2025, 1, "number.hall-code", "青岛市民中心");
    row("three-digit year", "HALL01", 999, 1, "number.year", "999");
    row("five-digit year", "HALL01", 10000, 1, "number.year", "10000");
    row("serial zero", "HALL01", 2025, 0, "number.serial", "0");
    row("serial of nine digits", "HALL01", 2025, 100000000, "number.serial", "100000000");
    row("negative serial", "HALL01", 2025, -5, "number.serial", "-5");
}

void tst_DocumentNumber::makeErrors()
{
    QFETCH(QString, hall);
    QFETCH(int, year);
    QFETCH(int, serial);
    QFETCH(QString, code);
    QFETCH(QString, mention);
    const Result<DocumentNumber> made = DocumentNumber::make(Kind::Case, hall, year, serial);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, code);
    QVERIFY2(made.error().message.contains(mention), qPrintable(made.error().message));
}

void tst_DocumentNumber::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("mentions");
    const auto row = [](const char *name, const char *text, const char *code,
                        const QStringList &mentions) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(code) << mentions;
    };
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    row("empty", "", "number.empty", {});
    row("too short", "SLHALL01202500000123", "number.length",
        {s("SLHALL01202500000123"), s("20 characters"), s("21")});
    row("punctuation", "SLHALL01202500000123.", "number.character", {s("“.”"), s("position 21")});
    row("Chinese character", "SL大厅LL01202500000123K", "number.character",
        {s("“大”"), s("position 3")});
    row("unknown kind", "XXHALL012025000001233", "number.kind",
        {s("XXHALL012025000001233"), s("SL"), s("PJ"), s("ZZ")});
    row("letter in the year", "SLHALL0120Z5000001233", "number.digits", {s("year")});
    row("letter in the serial", "SLHALL01202500O001233", "number.digits", {s("serial")});
    row("wrong check character", "SLHALL012025000001234", "number.check-character",
        {s("SLHALL012025000001234"), s("mistyped")});
    row("serial zero", "SLHALL01202500000000P", "number.serial", {s("0")});
}

void tst_DocumentNumber::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<DocumentNumber> parsed = DocumentNumber::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(parsed.error().message.contains(mention), qPrintable(parsed.error().message));
}

void tst_DocumentNumber::mistypingIsCaught_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("case") << QStringLiteral("SLHALL012025000001233");
    QTest::newRow("receipt") << QStringLiteral("PJHALL012025000000016");
    QTest::newRow("certificate") << QStringLiteral("ZZ0A9Z7K209999999999N");
    QTest::newRow("numeric hall") << QStringLiteral("PJ3101012026123456786");
}

// Every single-character substitution by another character of 0–9/A–Z, and every swap of
// two different neighbours, is refused.
void tst_DocumentNumber::mistypingIsCaught()
{
    QFETCH(QString, number);
    QVERIFY(DocumentNumber::parse(number).ok());
    int tried = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        for (QChar c : alphabet) {
            if (c == number.at(i))
                continue;
            QString typo = number;
            typo[i] = c;
            QVERIFY2(!DocumentNumber::parse(typo).ok(), qPrintable(typo));
            ++tried;
        }
    }
    QCOMPARE(tried, 21 * 35);
    for (qsizetype i = 0; i + 1 < number.size(); ++i) {
        if (number.at(i) == number.at(i + 1))
            continue;
        QString typo = number;
        std::swap(typo[i], typo[i + 1]);
        QVERIFY2(!DocumentNumber::parse(typo).ok(), qPrintable(typo));
    }
}

// Over a run of real serials, the hybrid system misses only swaps of two characters of
// consecutive value at one state of its running sum: well under one in two hundred swaps.
void tst_DocumentNumber::swapDetectionRate()
{
    int swaps = 0;
    int missed = 0;
    for (int serial = 1; serial <= 2000; ++serial) {
        const QString number =
            DocumentNumber::make(Kind::Case, QStringLiteral("HALL01"), 2025, serial)->toString();
        for (qsizetype i = 0; i + 1 < number.size(); ++i) {
            if (number.at(i) == number.at(i + 1))
                continue;
            QString typo = number;
            std::swap(typo[i], typo[i + 1]);
            ++swaps;
            if (DocumentNumber::parse(typo).ok())
                ++missed;
        }
    }
    QVERIFY2(missed * 200 < swaps, qPrintable(QStringLiteral("%1 of %2").arg(missed).arg(swaps)));
}

void tst_DocumentNumber::kindIds()
{
    for (Kind kind : {Kind::Case, Kind::Receipt, Kind::Certificate}) {
        QCOMPARE(DocumentNumber::kindFromId(DocumentNumber::kindId(kind)), kind);
        QVERIFY(!DocumentNumber::kindDisplayName(kind).isEmpty());
    }
    QCOMPARE(DocumentNumber::prefix(Kind::Case), QStringLiteral("SL"));
    QCOMPARE(DocumentNumber::prefix(Kind::Receipt), QStringLiteral("PJ"));
    QCOMPARE(DocumentNumber::prefix(Kind::Certificate), QStringLiteral("ZZ"));
    QVERIFY(!DocumentNumber::kindFromId(QStringLiteral("invoice")).has_value());
}

void tst_DocumentNumber::leaseHandsOutEachSerialOnce()
{
    NumberLease lease = sampleLease();
    QCOMPARE(lease.remaining(), 50);
    QSet<QString> seen;
    for (int expectedSerial = 101; expectedSerial <= 150; ++expectedSerial) {
        const Result<QString> taken = lease.take();
        QVERIFY2(taken.ok(), qPrintable(taken ? QString() : taken.error().message));
        const Result<DocumentNumber> number = DocumentNumber::parse(*taken);
        QVERIFY(number.ok());
        QCOMPARE(number->kind(), Kind::Receipt);
        QCOMPARE(number->hallCode(), QStringLiteral("HALL01"));
        QCOMPARE(number->year(), 2025);
        QCOMPARE(number->serial(), expectedSerial);
        QVERIFY(!seen.contains(*taken));
        seen.insert(*taken);
        QCOMPARE(lease.remaining(), 150 - expectedSerial);
    }
    QCOMPARE(seen.size(), 50);
    QCOMPARE(lease.next, 151);
}

void tst_DocumentNumber::leaseExhausted()
{
    NumberLease lease = sampleLease();
    lease.next = 150;
    QCOMPARE(lease.take().value(), QStringLiteral("PJHALL012025000001509"));
    QCOMPARE(lease.remaining(), 0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Result<QString> taken = lease.take();
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, QStringLiteral("number.lease-exhausted"));
        const QString &message = taken.error().message;
        for (const char *mention : {"ws-cashier-3", "HALL01", "2025", "00000101", "00000150"})
            QVERIFY2(message.contains(QLatin1String(mention)), qPrintable(message));
        QCOMPARE(lease.next, 151);
    }
}

void tst_DocumentNumber::leaseInvalid()
{
    NumberLease lease = sampleLease();
    lease.next = 99;
    const NumberLease before = lease;
    const Result<QString> taken = lease.take();
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, QStringLiteral("number.lease-invalid"));
    QCOMPARE(taken.error().field, QStringLiteral("next"));
    QCOMPARE(lease, before);

    lease = sampleLease();
    lease.hallCode = QStringLiteral("HALL");
    QCOMPARE(lease.take().error().field, QStringLiteral("hallCode"));
    QCOMPARE(lease.next, 101);
}

void tst_DocumentNumber::leaseJsonRoundTrip()
{
    NumberLease lease = sampleLease();
    QVERIFY(lease.take().ok());
    const QByteArray bytes = QJsonDocument(lease.toJson()).toJson();
    const Result<NumberLease> read = NumberLease::fromJson(QJsonDocument::fromJson(bytes).object());
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, lease);
    QCOMPARE(read->next, 102);
    QCOMPARE(lease.toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("receipt"));

    lease.next = lease.last + 1;
    QCOMPARE(NumberLease::fromJson(lease.toJson()).value(), lease);
}

void tst_DocumentNumber::leaseJsonErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *key, const QJsonValue &value,
                        const char *field) {
        QTest::newRow(name) << QString::fromLatin1(key) << value << QString::fromLatin1(field);
    };
    row("unknown kind", "kind", QStringLiteral("invoice"), "kind");
    row("no kind", "kind", QJsonValue(), "kind");
    row("bad hall code", "hallCode", QStringLiteral("H1"), "hallCode");
    row("no workstation", "workstation", QString(), "workstation");
    row("year as text", "year", QStringLiteral("2025"), "year");
    row("fractional first", "first", 1.5, "first");
    row("negative last", "last", -1, "last");
    row("last before first", "last", 100, "last");
    row("next before first", "next", 100, "next");
    row("next beyond the range", "next", 152, "next");
    row("no next", "next", QJsonValue(), "next");
}

void tst_DocumentNumber::leaseJsonErrors()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject json = sampleLease().toJson();
    if (value.isNull())
        json.remove(key);
    else
        json.insert(key, value);
    const Result<NumberLease> read = NumberLease::fromJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("number.lease-invalid"));
    QCOMPARE(read.error().field, field);
    QVERIFY(!read.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DocumentNumber)
#include "tst_documentnumber.moc"
