// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/values/IdentityNumber.h"

#include <QTest>

using namespace sunhall::core;

namespace {
// The tests stand on a fixed day; nothing reads the wall clock.
const QDate today(2025, 3, 3);
} // namespace

class tst_IdentityNumber : public QObject
{
    Q_OBJECT
private slots:
    void validCitizenId_data();
    void validCitizenId();
    void invalidCitizenId_data();
    void invalidCitizenId();
    void validCreditCode_data();
    void validCreditCode();
    void invalidCreditCode_data();
    void invalidCreditCode();
    void checkTellsTheKind_data();
    void checkTellsTheKind();
    void checkCharacters();
};

void tst_IdentityNumber::validCitizenId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<bool>("male");
    QTest::addColumn<QString>("region");
    const auto row = [](const char *name, const char *text, const char *number, QDate birth,
                        bool male, const char *region) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(number) << birth
                            << male << QString::fromLatin1(region);
    };
    row("check X", "11010519491231002X", "11010519491231002X", QDate(1949, 12, 31), false,
        "110105");
    row("lower-case x", "11010519491231002x", "11010519491231002X", QDate(1949, 12, 31), false,
        "110105");
    row("spaces and full-width", " １１０１０５ 19491231 002ｘ ", "11010519491231002X",
        QDate(1949, 12, 31), false, "110105");
    row("male", "44030519900101123X", "44030519900101123X", QDate(1990, 1, 1), true, "440305");
    row("leap day", "51010720000229111X", "51010720000229111X", QDate(2000, 2, 29), true, "510107");
    row("digit check", "650102190012312343", "650102190012312343", QDate(1900, 12, 31), false,
        "650102");
    row("first day of 1900", "11010519000101001X", "11010519000101001X", QDate(1900, 1, 1), true,
        "110105");
    row("Hong Kong resident", "810000202411200012", "810000202411200012", QDate(2024, 11, 20), true,
        "810000");
    row("born today", "110105202503030024", "110105202503030024", QDate(2025, 3, 3), false,
        "110105");
}

void tst_IdentityNumber::validCitizenId()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    QFETCH(QDate, birthDate);
    QFETCH(bool, male);
    QFETCH(QString, region);
    const Result<IdentityNumber> id = IdentityNumber::parseCitizenId(text, today);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    QCOMPARE(id->kind(), IdentityNumber::Kind::CitizenId);
    QCOMPARE(id->number(), number);
    QCOMPARE(id->birthDate(), birthDate);
    QCOMPARE(id->sex(), male ? IdentityNumber::Sex::Male : IdentityNumber::Sex::Female);
    QCOMPARE(id->regionCode(), region);
    QVERIFY(id->registrationAuthority().isNull());
}

void tst_IdentityNumber::invalidCitizenId_data()
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
    row("empty", "", "identity.empty", {});
    row("too short", "1101051949123100", "identity.length",
        {s("1101051949123100"), s("16 characters"), s("18")});
    row("too long", "11010519491231002X1", "identity.length", {s("19 characters")});
    row("letter in the digits", "1101051949A231002X", "identity.character",
        {s("“A”"), s("position 11"), s("1101051949A231002X")});
    row("X not last", "11010519491231X022", "identity.character", {s("“X”"), s("position 15")});
    row("first digit 0", "010105198001011234", "identity.region",
        {s("010105198001011234"), s("starts with 0")});
    row("first digit 9", "910105198001011237", "identity.region", {s("starts with 9")});
    row("31 February", "110105194902310026", "identity.birth-date",
        {s("1949-02-31"), s("not a real date")});
    row("month 13", "110105190013010017", "identity.birth-date", {s("1900-13-01")});
    row("1900 not a leap year", "110105190002290017", "identity.birth-date", {s("1900-02-29")});
    row("before 1900", "110105189912310015", "identity.birth-date-too-early",
        {s("1899-12-31"), s("1900")});
    row("born tomorrow", "11010520250304002X", "identity.birth-date-future",
        {s("2025-03-04"), s("2025-03-03")});
    row("born 2030", "11010520300101001X", "identity.birth-date-future", {s("2030-01-01")});
    row("wrong check character", "110105194912310021", "identity.check-character",
        {s("110105194912310021"), s("should be X"), s("mistyped")});
    row("one digit mistyped", "11010519491231012X", "identity.check-character",
        {s("is X but should be 6")});
}

void tst_IdentityNumber::invalidCitizenId()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<IdentityNumber> id = IdentityNumber::parseCitizenId(text, today);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QCOMPARE(id.error().field, QStringLiteral("identityNumber"));
    QVERIFY(!id.error().message.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(id.error().message.contains(mention), qPrintable(id.error().message));
}

void tst_IdentityNumber::validCreditCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("region");
    const auto row = [](const char *name, const char *text, const char *number) {
        const QString normalised = QString::fromLatin1(number);
        QTest::newRow(name) << QString::fromUtf8(text) << normalised << normalised.left(1)
                            << normalised.mid(1, 1) << normalised.mid(2, 6);
    };
    row("enterprise", "91350100M000100Y43", "91350100M000100Y43");
    row("lower case", "91350100m000100y43", "91350100M000100Y43");
    row("full-width and spaces", "９１３５０１００ M000100Y43", "91350100M000100Y43");
    row("enterprise, letter check", "91110108MA01C3D4EQ", "91110108MA01C3D4EQ");
    row("individual business", "92440300L12345678R", "92440300L12345678R");
    row("cooperative", "93110000MA00ABCD1W", "93110000MA00ABCD1W");
    row("public institution", "12100000400000624D", "12100000400000624D");
    row("social organisation", "51110000500000123C", "51110000500000123C");
    row("law firm", "31110000E00012345E", "31110000E00012345E");
    row("rural collective", "N2330100MA2CD0001Y", "N2330100MA2CD0001Y");
    row("other", "Y1440300MA5EXXXX1N", "Y1440300MA5EXXXX1N");
    row("all digits", "913501000001000004", "913501000001000004");
}

void tst_IdentityNumber::validCreditCode()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    QFETCH(QString, authority);
    QFETCH(QString, type);
    QFETCH(QString, region);
    const Result<IdentityNumber> id = IdentityNumber::parseCreditCode(text);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    QCOMPARE(id->kind(), IdentityNumber::Kind::CreditCode);
    QCOMPARE(id->number(), number);
    QCOMPARE(QString(id->registrationAuthority()), authority);
    QCOMPARE(QString(id->organisationType()), type);
    QCOMPARE(id->regionCode(), region);
    QVERIFY(!id->birthDate().isValid());
    QVERIFY(!id->sex().has_value());
}

void tst_IdentityNumber::invalidCreditCode_data()
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
    row("empty", "  ", "identity.empty", {});
    row("too short", "91350100M000100Y4", "identity.length",
        {s("91350100M000100Y4"), s("17 characters"), s("18")});
    row("letter I", "91350100M000100I43", "identity.character",
        {s("“I”"), s("position 16"), s("91350100M000100I43")});
    row("letter O as check", "91350100M000100Y4O", "identity.character",
        {s("“O”"), s("position 18")});
    row("letter S", "91350100S000100Y43", "identity.character", {s("“S”"), s("position 9")});
    row("letter V", "9135V100M000100Y43", "identity.character", {s("“V”"), s("position 5")});
    row("letter Z", "91350100M00Z100Y43", "identity.character", {s("“Z”"), s("position 12")});
    row("punctuation", "91350100M000100Y4.", "identity.character", {s("“.”")});
    row("unknown authority", "B1350100M000100Y41", "identity.registration-authority",
        {s("starts with B"), s("B1350100M000100Y41")});
    row("unknown organisation type", "94350100M000100Y4R", "identity.organisation-type",
        {s("organisation type 4"), s("authority 9"), s("123")});
    row("letter in the region", "9135010AM000100Y4K", "identity.region",
        {s("35010A"), s("region code")});
    row("wrong check character", "91350100M000100Y44", "identity.check-character",
        {s("91350100M000100Y44"), s("is 4 but should be 3"), s("mistyped")});
    row("two characters swapped", "91350100M000010Y43", "identity.check-character",
        {s("mistyped")});
}

void tst_IdentityNumber::invalidCreditCode()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QStringList, mentions);
    const Result<IdentityNumber> id = IdentityNumber::parseCreditCode(text);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QCOMPARE(id.error().field, QStringLiteral("identityNumber"));
    QVERIFY(!id.error().message.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(id.error().message.contains(mention), qPrintable(id.error().message));
}

void tst_IdentityNumber::checkTellsTheKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    const int citizen = int(IdentityNumber::Kind::CitizenId);
    const int credit = int(IdentityNumber::Kind::CreditCode);
    const auto row = [](const char *name, const char *text, bool ok, int kind, const char *code) {
        QTest::newRow(name) << QString::fromUtf8(text) << ok << kind << QString::fromLatin1(code);
    };
    row("citizen ID", "11010519491231002x", true, citizen, "");
    row("credit code", "91350100m000100y43", true, credit, "");
    row("credit code of digits", "913501000001000004", true, credit, "");
    row("mistyped citizen ID", "110105194912310021", false, citizen, "identity.check-character");
    row("citizen ID with a bad date", "110105194902310026", false, citizen, "identity.birth-date");
    row("mistyped credit code", "91350100M000100Y44", false, credit, "identity.check-character");
    row("neither: too short", "12345", false, citizen, "identity.length");
    row("neither: empty", "", false, citizen, "identity.empty");
    row("neither: letters", "ABCDEFGHIJKLMNOPQR", false, credit, "identity.character");
}

void tst_IdentityNumber::checkTellsTheKind()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const Result<IdentityNumber> id = IdentityNumber::check(text, today);
    QCOMPARE(id.ok(), ok);
    if (ok) {
        QCOMPARE(int(id->kind()), kind);
        return;
    }
    QCOMPARE(id.error().code, code);
    if (code == QLatin1String("identity.length"))
        QVERIFY(id.error().message.contains(QStringLiteral("5 characters")));
}

// The check characters of every valid sample above, computed by the implementation, agree
// with those the samples were made with; and every other last character is refused.
void tst_IdentityNumber::checkCharacters()
{
    QCOMPARE(IdentityNumber::citizenIdCheckCharacter(u"11010519491231002"), QLatin1Char('X'));
    QCOMPARE(IdentityNumber::citizenIdCheckCharacter(u"65010219001231234"), QLatin1Char('3'));
    QVERIFY(IdentityNumber::citizenIdCheckCharacter(u"1101051949123100").isNull());
    QVERIFY(IdentityNumber::citizenIdCheckCharacter(u"1101051949123100A").isNull());
    QCOMPARE(IdentityNumber::creditCodeCheckCharacter(u"91350100M000100Y4"), QLatin1Char('3'));
    QCOMPARE(IdentityNumber::creditCodeCheckCharacter(u"91110108MA01C3D4E"), QLatin1Char('Q'));
    QVERIFY(IdentityNumber::creditCodeCheckCharacter(u"91350100M000100I4").isNull());

    const QString citizen17 = QStringLiteral("11010519491231002");
    for (QChar last : QStringLiteral("0123456789X")) {
        const bool valid = last == QLatin1Char('X');
        QCOMPARE(IdentityNumber::parseCitizenId(citizen17 + last, today).ok(), valid);
    }
    const QString credit17 = QStringLiteral("91350100M000100Y4");
    for (QChar last : QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
        const bool valid = last == QLatin1Char('3');
        QCOMPARE(IdentityNumber::parseCreditCode(credit17 + last).ok(), valid);
    }
}

QTEST_GUILESS_MAIN(tst_IdentityNumber)
#include "tst_identitynumber.moc"
