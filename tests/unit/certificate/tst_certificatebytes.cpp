// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateSamples.h"

#include "core/certificate/CertificateBytes.h"

#include <QTest>

using namespace sunhall::core;
using namespace samples;

namespace {

CertificateContent signedCompany()
{
    CertificateContent content = company();
    content.keyId = QString(64, QLatin1Char('a'));
    return content;
}

CertificateContent signedPerson()
{
    CertificateContent content = person();
    content.keyId = QStringLiteral("0123456789abcdef").repeated(4);
    return content;
}

} // namespace

class tst_CertificateBytes : public QObject
{
    Q_OBJECT
private slots:
    void layoutIsDocumented();
    void roundTrip_data();
    void roundTrip();
    void instantKeepsItsOffset_data();
    void instantKeepsItsOffset();
    void strictDecoding_data();
    void strictDecoding();
    void invalidContentRefused_data();
    void invalidContentRefused();
    void jsonRoundTrip();
    void jsonNormalisesNumbers();
    void inForce();
};

void tst_CertificateBytes::layoutIsDocumented()
{
    // docs/certificate-qr.md shows these bytes; a change here is a change of the format.
    const QByteArray expected = "SUNHALL-CERT/1\n"
                                "no " +
                                company().number.toLatin1() +
                                "\n"
                                "ci 0b6f3c1e-5f0e-4c8e-9a55-2f5a1c3d9e77\n"
                                "ti 食品经营许可证\n"
                                "ic 370200-SJ-XK-001\n"
                                "in 食品经营许可\n"
                                "hn 青岛海味餐饮管理有限公司\n"
                                "hi " +
                                creditCode().toLatin1() +
                                "\n"
                                "li 经营场所=青岛市市南区香港中路10号\n"
                                "li 主体业态=餐饮服务经营者\n"
                                "li 经营项目=热食类食品制售\n"
                                "vf 2025-03-04\n"
                                "vu 2030-03-03\n"
                                "dc SJ\n"
                                "dn 青岛市市场监督管理局\n"
                                "at 2025-03-04T09:30:00+08:00\n"
                                "ki " +
                                QByteArray(64, 'a') + "\n";
    QCOMPARE(CertificateBytes::encode(signedCompany()), expected);
}

void tst_CertificateBytes::roundTrip_data()
{
    QTest::addColumn<CertificateContent>("content");
    QTest::newRow("company, five years, three lines") << signedCompany();
    QTest::newRow("person, long-term, no lines, 𠮷") << signedPerson();
    CertificateContent equalsInValue = signedCompany();
    equalsInValue.lines = {{QStringLiteral("面积"), QStringLiteral("120 m² = 120平方米")}};
    QTest::newRow("'=' in a line's text") << equalsInValue;
    CertificateContent oneDay = signedPerson();
    oneDay.validUntil = oneDay.validFrom;
    QTest::newRow("valid for one day") << oneDay;
}

void tst_CertificateBytes::roundTrip()
{
    QFETCH(CertificateContent, content);
    QVERIFY2(content.validate(true).ok(), failure(content.validate(true)));
    const QByteArray bytes = CertificateBytes::encode(content);
    const Result<CertificateContent> decoded = CertificateBytes::decode(bytes);
    QVERIFY2(decoded.ok(), failure(decoded));
    QCOMPARE(*decoded, content);
    QCOMPARE(decoded->holderName, content.holderName);
    QCOMPARE(decoded->isLongTerm(), content.isLongTerm());
    QCOMPARE(CertificateBytes::encode(*decoded), bytes);
}

void tst_CertificateBytes::instantKeepsItsOffset_data()
{
    QTest::addColumn<QDateTime>("issuedAt");
    QTest::addColumn<QString>("text");
    QTest::newRow("Shanghai") << at(2025, 3, 4, 9, 30, 5) << "2025-03-04T09:30:05+08:00";
    QTest::newRow("UTC") << QDateTime(QDate(2025, 3, 4), QTime(1, 30), QTimeZone::utc())
                         << "2025-03-04T01:30:00+00:00";
    QTest::newRow("west of Greenwich")
        << QDateTime(QDate(2025, 3, 3), QTime(20, 30), QTimeZone(-5 * 3600 - 30 * 60))
        << "2025-03-03T20:30:00-05:30";
}

void tst_CertificateBytes::instantKeepsItsOffset()
{
    QFETCH(QDateTime, issuedAt);
    QFETCH(QString, text);
    QCOMPARE(CertificateBytes::instantText(issuedAt), text);
    CertificateContent content = signedCompany();
    content.issuedAt = issuedAt;
    const Result<CertificateContent> decoded =
        CertificateBytes::decode(CertificateBytes::encode(content));
    QVERIFY2(decoded.ok(), failure(decoded));
    QCOMPARE(decoded->issuedAt, issuedAt);
    QCOMPARE(decoded->issuedAt.offsetFromUtc(), issuedAt.offsetFromUtc());
}

void tst_CertificateBytes::strictDecoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = CertificateBytes::encode(signedCompany());
    const auto replaced = [&good](const QByteArray &from, const QByteArray &to) {
        QByteArray bytes = good;
        Q_ASSERT(bytes.contains(from));
        return bytes.replace(from, to);
    };
    QTest::newRow("empty") << QByteArray() << "line feed";
    QTest::newRow("other version")
        << replaced("SUNHALL-CERT/1", "SUNHALL-CERT/2") << "SUNHALL-CERT/1";
    QTest::newRow("no final line feed") << good.chopped(1) << "line feed";
    QTest::newRow("CR LF") << QByteArray(good).replace("\n", "\r\n") << "";
    QTest::newRow("fields swapped") << replaced("ic 370200-SJ-XK-001\nin 食品经营许可\n",
                                                "in 食品经营许可\nic 370200-SJ-XK-001\n")
                                    << "\"ic\"";
    QTest::newRow("field missing") << replaced("ti 食品经营许可证\n", "") << "\"ti\"";
    QTest::newRow("two spaces") << replaced("hn 青岛", "hn  青岛") << "";
    QTest::newRow("line without '='")
        << replaced("li 主体业态=餐饮服务经营者", "li 主体业态：餐饮服务经营者") << "=";
    QTest::newRow("line after the dates") << replaced("dc SJ\n", "li 备注=无\ndc SJ\n") << "\"dc\"";
    QTest::newRow("text after key") << good + "extra 1\n"
                                    << "\"ki\"";
    QTest::newRow("upper-case case id") << replaced("0b6f3c1e-5f0e", "0B6F3C1E-5F0E") << "UUID";
    QTest::newRow("date with slashes") << replaced("2025-03-04\n", "2025/03/04\n") << "2025/03/04";
    QTest::newRow("long-term spelled otherwise") << replaced("vu 2030-03-03", "vu 长期") << "长期";
    QTest::newRow("instant without offset")
        << replaced("2025-03-04T09:30:00+08:00", "2025-03-04T09:30:00") << "2025-03-04T09:30:00";
    QTest::newRow("instant with Z")
        << replaced("2025-03-04T09:30:00+08:00", "2025-03-04T01:30:00Z") << "";
    QTest::newRow("bad check character")
        << replaced(company().number.toLatin1(),
                    QByteArray(company().number.chopped(1).toLatin1() + "0"))
        << "";
    QTest::newRow("grouped number")
        << replaced(company().number.toLatin1(),
                    QByteArray("ZZ-QD0001-2025-00000123-" + company().number.right(1).toLatin1()))
        << "";
    QTest::newRow("invalid UTF-8") << replaced("青岛海味", "\xe9\x9d") << "UTF-8";
    QTest::newRow("upper-case key id") << replaced(QByteArray(64, 'a'), QByteArray(64, 'A')) << "";
    QTest::newRow("too large") << QByteArray(CertificateBytes::maxSize + 1, 'x') << "bytes";
}

void tst_CertificateBytes::strictDecoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const Result<CertificateContent> decoded = CertificateBytes::decode(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, QStringLiteral("certificate.bytes-malformed"));
    QVERIFY2(decoded.error().message.contains(mentions), failure(decoded));
}

void tst_CertificateBytes::invalidContentRefused_data()
{
    QTest::addColumn<CertificateContent>("content");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *field,
                        const std::function<void(CertificateContent &)> &change) {
        CertificateContent content = signedCompany();
        change(content);
        QTest::newRow(name) << content << QString::fromLatin1(field);
    };
    row("case number", "number", [](auto &c) {
        c.number = QStringLiteral("SLQD0001202500000123");
        c.number += DocumentNumber::checkCharacter(c.number);
    });
    row("no case", "caseId", [](auto &c) { c.caseId = QUuid(); });
    row("no title", "title", [](auto &c) { c.title.clear(); });
    row("long title", "title", [](auto &c) { c.title = QString(41, QChar(0x8bc1)); });
    row("line break in holder", "holderName",
        [](auto &c) { c.holderName = QStringLiteral("青岛\n海味"); });
    row("space at end", "itemName", [](auto &c) { c.itemName += QLatin1Char(' '); });
    row("bad holder id", "holderId",
        [](auto &c) { c.holderId = QStringLiteral("110105194912310021"); });
    row("lower-case holder id", "holderId",
        [](auto &c) { c.holderId = QStringLiteral("11010519491231002x"); });
    row("'=' in a heading", "lines[0].key",
        [](auto &c) { c.lines[0].key = QStringLiteral("场所=地址"); });
    row("empty line text", "lines[1]", [](auto &c) { c.lines[1].value.clear(); });
    row("21 lines", "lines", [](auto &c) {
        c.lines = QList<CertificateLine>(21, {QStringLiteral("项"), QStringLiteral("值")});
    });
    row("ends before it begins", "validUntil",
        [](auto &c) { c.validUntil = c.validFrom.addDays(-1); });
    row("no start", "validFrom", [](auto &c) { c.validFrom = QDate(); });
    row("department with a slash", "departmentCode",
        [](auto &c) { c.departmentCode = QStringLiteral("SJ/../GA"); });
    row("short key id", "keyId", [](auto &c) { c.keyId = QStringLiteral("abc"); });
    row("no instant", "issuedAt", [](auto &c) { c.issuedAt = QDateTime(); });
}

void tst_CertificateBytes::invalidContentRefused()
{
    QFETCH(CertificateContent, content);
    QFETCH(QString, field);
    const Status valid = content.validate(true);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().field, field);
    QVERIFY(valid.error().code.startsWith(QStringLiteral("certificate.")) ||
            valid.error().code.startsWith(QStringLiteral("number.")) ||
            valid.error().code.startsWith(QStringLiteral("identity.")));
    QVERIFY(!valid.error().message.isEmpty());
}

void tst_CertificateBytes::jsonRoundTrip()
{
    for (const CertificateContent &content : {signedCompany(), signedPerson()}) {
        const Result<CertificateContent> read = CertificateContent::fromJson(content.toJson());
        QVERIFY2(read.ok(), failure(read));
        QCOMPARE(*read, content);
    }
    QCOMPARE(signedPerson().toJson().value(QStringLiteral("validUntil")).toString(),
             QStringLiteral("long-term"));
}

void tst_CertificateBytes::jsonNormalisesNumbers()
{
    QJsonObject json = signedPerson().toJson();
    const QString number = signedPerson().number;
    json.insert(QStringLiteral("number"),
                QString(number.left(2) + QLatin1Char('-') + number.mid(2, 6) + QLatin1Char('-') +
                        number.mid(8, 4) + QLatin1Char('-') + number.mid(12, 8) + QLatin1Char('-') +
                        number.right(1).toLower()));
    json.insert(QStringLiteral("holderId"), QStringLiteral("１１０１０５１９４９１２３１００２ｘ"));
    const Result<CertificateContent> read = CertificateContent::fromJson(json);
    QVERIFY2(read.ok(), failure(read));
    QCOMPARE(read->number, number);
    QCOMPARE(read->holderId, QStringLiteral("11010519491231002X"));
    QVERIFY(read->validate(true).ok());

    json.insert(QStringLiteral("validUntil"), QStringLiteral("2030-02-30"));
    const Result<CertificateContent> bad = CertificateContent::fromJson(json);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("validUntil"));
}

void tst_CertificateBytes::inForce()
{
    const CertificateContent five = company();
    QVERIFY(!five.isInForceOn(QDate(2025, 3, 3)));
    QVERIFY(five.isInForceOn(QDate(2025, 3, 4)));
    QVERIFY(five.isInForceOn(QDate(2030, 3, 3)));
    QVERIFY(!five.isInForceOn(QDate(2030, 3, 4)));
    QVERIFY(person().isLongTerm());
    QVERIFY(person().isInForceOn(QDate(2125, 1, 1)));
}

QTEST_GUILESS_MAIN(tst_CertificateBytes)
#include "tst_certificatebytes.moc"
