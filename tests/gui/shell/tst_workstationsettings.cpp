// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/WorkstationSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sunhall::widgets;
using Language = WorkstationSettings::Language;

class tst_WorkstationSettings : public QObject
{
    Q_OBJECT
private slots:
    void defaultsWithoutFile();
    void roundTrip_data();
    void roundTrip();
    void unknownLanguageIsAutomatic();
    void locale_data();
    void locale();
    void unwritableFolderIsAnError();
};

void tst_WorkstationSettings::defaultsWithoutFile()
{
    QTemporaryDir dir;
    const WorkstationSettings settings = WorkstationSettings::load(dir.path());
    QCOMPARE(settings.language(), Language::Automatic);
    QVERIFY(settings.lastUser().isEmpty());
    QCOMPARE(settings.filePath(), dir.filePath("settings.ini"));
    QVERIFY(!QFile::exists(settings.filePath()));
}

void tst_WorkstationSettings::roundTrip_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("lastUser");
    QTest::addColumn<QString>("stored"); // the line in settings.ini
    QTest::newRow("Chinese") << Language::Chinese << "li.na"
                             << "language=zh_CN";
    QTest::newRow("English") << Language::English << "chen.jing"
                             << "language=en";
    QTest::newRow("automatic, nobody yet") << Language::Automatic << ""
                                           << "language=auto";
}

void tst_WorkstationSettings::roundTrip()
{
    QFETCH(Language, language);
    QFETCH(QString, lastUser);
    QFETCH(QString, stored);
    QTemporaryDir dir;
    WorkstationSettings settings = WorkstationSettings::load(dir.path());
    settings.setLanguage(language);
    settings.setLastUser(lastUser);
    QVERIFY(settings.save().ok());

    QFile file(settings.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(stored), qPrintable(text));
    QCOMPARE(text.contains("lastUser"), !lastUser.isEmpty());

    const WorkstationSettings read = WorkstationSettings::load(dir.path());
    QCOMPARE(read.language(), language);
    QCOMPARE(read.lastUser(), lastUser);
}

void tst_WorkstationSettings::unknownLanguageIsAutomatic()
{
    QTemporaryDir dir;
    QFile file(dir.filePath("settings.ini"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[client]\nlanguage=klingon\nlastUser=wang.qiang\n");
    file.close();
    const WorkstationSettings settings = WorkstationSettings::load(dir.path());
    QCOMPARE(settings.language(), Language::Automatic);
    QCOMPARE(settings.lastUser(), QString("wang.qiang"));
}

void tst_WorkstationSettings::locale_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QLocale::Language>("expected");
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("automatic on a Chinese system")
        << Language::Automatic << chinese << QLocale::Chinese;
    QTest::newRow("automatic on an English system")
        << Language::Automatic << english << QLocale::English;
    QTest::newRow("Chinese on an English system")
        << Language::Chinese << english << QLocale::Chinese;
    QTest::newRow("English on a Chinese system")
        << Language::English << chinese << QLocale::English;
}

void tst_WorkstationSettings::locale()
{
    QFETCH(Language, language);
    QFETCH(QLocale, system);
    QFETCH(QLocale::Language, expected);
    QTemporaryDir dir;
    WorkstationSettings settings = WorkstationSettings::load(dir.path());
    settings.setLanguage(language);
    QCOMPARE(settings.locale(system).language(), expected);
}

void tst_WorkstationSettings::unwritableFolderIsAnError()
{
    // A file where the profile folder should be: nothing can be written beneath it (even as
    // root, which ignores permissions).
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath("profile");
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    WorkstationSettings settings = WorkstationSettings::load(notAFolder);
    settings.setLanguage(Language::English);
    const sunhall::core::Status saved = settings.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QString("settings.not-saved"));
    QVERIFY2(saved.error().message.contains(settings.filePath()),
             qPrintable(saved.error().message));
}

QTEST_GUILESS_MAIN(tst_WorkstationSettings)
#include "tst_workstationsettings.moc"
