// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The evaluator (评价器) as the applicant uses it at the window, offscreen: the national five
// levels and the hall's four, with keys and clicks, the rating recorded on the case as the
// logged-in clerk through the real sync engine (offline), and the follow-up a poor rating
// opens, due 15 working days later across the National Day holiday.
#include "core/case/CaseSummary.h"
#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "core/catalog/CatalogueJson.h"
#include "core/common/DataPaths.h"
#include "core/store/LocalStore.h"
#include "core/sync/ClientProfile.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/CaseFixture.h"
#include "tests/unit/sync/TestPki.h"
#include "translations/Translations.h"
#include "widgets/evaluator/EvaluationRequest.h"
#include "widgets/evaluator/EvaluatorDialog.h"
#include "widgets/shell/ScreenContext.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace sunhall;
using namespace Qt::StringLiterals;
using core::EvaluationScale;
using widgets::EvaluatorDialog;

namespace {

constexpr char hallCode[] = "QD0001";
const QString birthItem = u"370200-WJ-GG-003"_s; // 生育登记服务: an immediate item of WJ

// A clerk of the WJ window who is also its chief representative, so that an immediate item
// can be decided and concluded on the spot.
core::Actor windowClerk()
{
    return core::Actor{
        u"li.na"_s, u"李娜"_s, {core::Role::Clerk, core::Role::ChiefApprover}, {u"WJ"_s}};
}

} // namespace

class tst_EvaluatorDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fiveLevelsWithKeys_data();
    void fiveLevelsWithKeys();
    void fourLevelsWithClicks();
    void poorRatingFollowUpAcrossHoliday();
    void escapeSkips();
    void requestShowsTheHallsScale();
    void notAskedBeforeTheDecision();
    void notAskedTwice();
    void screenshotsInChinese();

private:
    QString openWorkstation(const QDateTime &now);
    /// A case refused at the window (不予受理), ready to be rated.
    QUuid refusedCase();
    /// A case of the immediate item accepted, decided and concluded on the spot.
    QUuid concludedCase();
    QUuid registeredCase();
    QString submit(core::Command command);
    core::CaseState caseState(const QUuid &caseId) const;
    std::unique_ptr<EvaluatorDialog> openDialog(const QUuid &caseId, EvaluationScale scale);
    QPushButton *levelButton(const QWidget &dialog, int level) const;
    QString levelWords(const QWidget &dialog, int level) const;
    QString thanksText(const QWidget &dialog) const;
    void saveScreenshot(QWidget &widget, const QString &name);

    QTemporaryDir m_dir;
    int m_workstations = 0;
    core::Item m_item;
    std::unique_ptr<core::FixedClock> m_clock;
    std::unique_ptr<core::ClientProfile> m_profile;
    std::unique_ptr<core::LocalStore> m_store;
    std::unique_ptr<core::SyncEngine> m_engine;
    std::unique_ptr<widgets::ScreenContext> m_context;
};

void tst_EvaluatorDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(u"pki"_s)));
    TestPki pki(m_dir.filePath(u"pki"_s));
    const QString made = pki.make();
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_EvaluatorDialog::init()
{
    const QString error = openWorkstation(casefixture::at(2025, 3, 3, 9, 30));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_EvaluatorDialog::cleanup()
{
    m_context.reset();
    m_engine.reset();
    m_store.reset();
    m_profile.reset();
    m_clock.reset();
}

QString tst_EvaluatorDialog::openWorkstation(const QDateTime &now)
{
    cleanup();
    m_clock = std::make_unique<core::FixedClock>(now);
    const TestPki pki(m_dir.filePath(u"pki"_s));
    const QString folder =
        pki.makeProfile(m_dir.filePath(u"ws%1"_s.arg(++m_workstations)), u"https://127.0.0.1:9"_s);
    core::Result<core::ClientProfile> profile = core::ClientProfile::load(folder);
    if (!profile)
        return profile.error().message;
    m_profile = std::make_unique<core::ClientProfile>(*profile);
    auto store = core::LocalStore::open(m_profile->storePath());
    if (!store)
        return store.error().message;
    m_store = std::move(store).value();
    const auto calendar = core::WorkingCalendar::loadDirectory(core::DataPaths::calendarsDir());
    if (!calendar)
        return calendar.error().message;
    for (const int year : calendar->years()) {
        if (const core::Status put = m_store->putCalendarYear(*calendar->schedule(year), now); !put)
            return put.error().message;
    }
    QFile file(core::DataPaths::catalogDir() + u"/demo-catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const auto catalogue = core::CatalogueJson::parse(file.readAll());
    if (!catalogue)
        return catalogue.error().message;
    const auto version = m_store->publishCatalogue(*catalogue, u"admin"_s, now);
    if (!version)
        return version.error().message;
    m_item = *m_store->catalogue(*version)->item(birthItem);
    const QString hall = QLatin1String(hallCode);
    for (const core::Status &status :
         {m_store->setSyncValue(u"hall.code"_s, hall),
          m_store->addLease(u"case"_s, hall, now.date().year(), 1, 100, m_profile->workstation()),
          m_store->setSession(core::LocalSession{{}, windowClerk(), now, {}})}) {
        if (!status)
            return status.error().message;
    }
    m_engine = std::make_unique<core::SyncEngine>(*m_store, *m_profile, *m_clock);
    m_context = std::make_unique<widgets::ScreenContext>(*m_store, *m_engine, *m_clock,
                                                         windowClerk(), true);
    return {};
}

QString tst_EvaluatorDialog::submit(core::Command command)
{
    const core::Result<core::Command> submitted = m_engine->submit(std::move(command));
    return submitted ? QString() : submitted.error().code + u": "_s + submitted.error().message;
}

QUuid tst_EvaluatorDialog::registeredCase()
{
    const QUuid caseId = QUuid::createUuid();
    core::RegisterPayload application = casefixture::application(m_item);
    application.applicant.name = u"赵育英"_s;
    const QString registered = submit(core::Commands::registerCase(caseId, application));
    return registered.isEmpty() ? caseId : QUuid();
}

QUuid tst_EvaluatorDialog::refusedCase()
{
    const QUuid caseId = registeredCase();
    if (caseId.isNull() ||
        !submit(core::Commands::refuse(caseId, u"不属于本窗口受理范围"_s)).isEmpty())
        return {};
    return caseId;
}

QUuid tst_EvaluatorDialog::concludedCase()
{
    const QUuid caseId = registeredCase();
    const core::Result<QString> number = m_engine->takeNumber(core::DocumentNumber::Kind::Case);
    if (caseId.isNull() || !number)
        return {};
    for (core::Command command :
         {core::Commands::accept(caseId, *number), core::Commands::decide(caseId, true, {}),
          core::Commands::conclude(caseId)}) {
        if (const QString error = submit(command); !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
    }
    return caseId;
}

core::CaseState tst_EvaluatorDialog::caseState(const QUuid &caseId) const
{
    return core::CaseState::fold(m_store->caseEvents(caseId).value());
}

std::unique_ptr<EvaluatorDialog> tst_EvaluatorDialog::openDialog(const QUuid &caseId,
                                                                 EvaluationScale scale)
{
    auto dialog = std::make_unique<EvaluatorDialog>(*m_context, caseId, scale);
    dialog->setCloseDelayMs(0);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return {};
    return dialog;
}

QPushButton *tst_EvaluatorDialog::levelButton(const QWidget &dialog, int level) const
{
    return dialog.findChild<QPushButton *>(u"levelButton%1"_s.arg(level));
}

QString tst_EvaluatorDialog::levelWords(const QWidget &dialog, int level) const
{
    const QPushButton *button = levelButton(dialog, level);
    const auto *words = button ? button->findChild<QLabel *>(u"levelWordsLabel"_s) : nullptr;
    return words ? words->text() : QString();
}

QString tst_EvaluatorDialog::thanksText(const QWidget &dialog) const
{
    const auto *stack = dialog.findChild<QStackedWidget *>(u"evaluatorStack"_s);
    const auto *thanks = dialog.findChild<QLabel *>(u"thanksLabel"_s);
    return stack && thanks && stack->currentWidget() == thanks ? thanks->text() : QString();
}

void tst_EvaluatorDialog::saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = QDir::currentPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u'/' + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void tst_EvaluatorDialog::fiveLevelsWithKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("words");

    QTest::newRow("1 very satisfied") << int(Qt::Key_1) << 1 << u"Very satisfied"_s;
    QTest::newRow("2 satisfied") << int(Qt::Key_2) << 2 << u"Satisfied"_s;
    QTest::newRow("3 basically satisfied") << int(Qt::Key_3) << 3 << u"Basically satisfied"_s;
}

// The applicant presses a digit; the rating lands on the case, by the clerk at the window.
void tst_EvaluatorDialog::fiveLevelsWithKeys()
{
    QFETCH(int, key);
    QFETCH(int, level);
    QFETCH(QString, words);

    const QUuid caseId = concludedCase();
    QVERIFY(!caseId.isNull());
    const int pendingBefore = m_engine->pendingCount();
    auto dialog = openDialog(caseId, EvaluationScale::FiveLevel);
    QVERIFY(dialog);
    for (int shown = 1; shown <= 5; ++shown) {
        QPushButton *button = levelButton(*dialog, shown);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY2(button->height() >= 120, "the buttons are big enough to press");
    }
    QCOMPARE(levelWords(*dialog, 2), u"Satisfied"_s);
    QCOMPARE(levelWords(*dialog, 5), u"Very dissatisfied"_s);
    QVERIFY(!levelButton(*dialog, 6));
    QVERIFY(dialog->findChild<QLabel *>(u"evaluatorCaseLabel"_s)->text().contains(u"李娜"_s));

    QTest::keyClick(dialog.get(), Qt::Key(key));
    QCOMPARE(dialog->recordedLevel(), level);
    QVERIFY2(thanksText(*dialog).contains(words), qPrintable(thanksText(*dialog)));
    QVERIFY(!dialog->followUpDue().isValid());

    const core::CaseState state = caseState(caseId);
    QCOMPARE(state.evaluationLevel, level);
    QCOMPARE(state.evaluationScale, EvaluationScale::FiveLevel);
    QCOMPARE(state.evaluationClerkId, u"li.na"_s);
    QVERIFY(!state.followUpOpenedAt.isValid());
    QCOMPARE(m_engine->pendingCount(), pendingBefore + 1);

    QTest::keyClick(dialog.get(), Qt::Key(key)); // another key only closes the thanks
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(caseState(caseId).lastCaseSeq, state.lastCaseSeq);
}

void tst_EvaluatorDialog::fourLevelsWithClicks()
{
    const QUuid caseId = refusedCase();
    QVERIFY(!caseId.isNull());
    auto dialog = openDialog(caseId, EvaluationScale::FourLevel);
    QVERIFY(dialog);
    QVERIFY(levelButton(*dialog, 4));
    QVERIFY(!levelButton(*dialog, 5));
    QCOMPARE(levelWords(*dialog, 3), u"Average"_s);

    QTest::keyClick(dialog.get(), Qt::Key_5); // not on a four-level scale
    QCOMPARE(dialog->recordedLevel(), 0);
    QTest::mouseClick(levelButton(*dialog, 3), Qt::LeftButton);
    QCOMPARE(dialog->recordedLevel(), 3);
    QVERIFY(thanksText(*dialog).contains(u"Average"_s));
    const core::CaseState state = caseState(caseId);
    QCOMPARE(state.evaluationLevel, 3);
    QCOMPARE(state.evaluationScale, EvaluationScale::FourLevel);
    QVERIFY(!state.followUpOpenedAt.isValid());
}

// Rated very dissatisfied on Friday 26 September 2025: with 28 September and 11 October
// worked and 1–8 October off, the 15th working day after is Thursday 23 October.
void tst_EvaluatorDialog::poorRatingFollowUpAcrossHoliday()
{
    const QString error = openWorkstation(casefixture::at(2025, 9, 26, 16, 10));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QUuid caseId = concludedCase();
    QVERIFY(!caseId.isNull());
    auto dialog = openDialog(caseId, EvaluationScale::FiveLevel);
    QVERIFY(dialog);
    QSignalSpy evaluated(dialog.get(), &EvaluatorDialog::evaluated);
    QTest::mouseClick(levelButton(*dialog, 5), Qt::LeftButton);
    QCOMPARE(evaluated.size(), 1);
    QCOMPARE(dialog->recordedLevel(), 5);
    QCOMPARE(dialog->followUpDue(), QDate(2025, 10, 23));
    const QString thanks = thanksText(*dialog);
    QVERIFY2(thanks.contains(u"Very dissatisfied"_s) && thanks.contains(u"call you back"_s) &&
                 thanks.contains(QLocale().toString(QDate(2025, 10, 23), QLocale::LongFormat)),
             qPrintable(thanks));

    const core::CaseState state = caseState(caseId);
    QCOMPARE(state.followUpOpenedAt, casefixture::at(2025, 9, 26, 16, 10));
    const auto row = m_store->caseRow(caseId);
    QVERIFY(row && row->has_value());
    const auto summary =
        core::CaseSummary::fromJson(QJsonDocument::fromJson((*row)->summaryJson).object());
    QVERIFY(summary.ok());
    QCOMPARE(summary->followUpDue.date(), QDate(2025, 10, 23));
    QCOMPARE(summary->evaluationLevel, 5);
}

void tst_EvaluatorDialog::escapeSkips()
{
    const QUuid caseId = refusedCase();
    QVERIFY(!caseId.isNull());
    auto dialog = openDialog(caseId, EvaluationScale::FiveLevel);
    QVERIFY(dialog);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(caseState(caseId).evaluationLevel, 0);
}

// What the intake and cashier screens call: the dialog comes up modal on the hall's scale
// (here the four levels the workstation's store holds) and its answer comes back.
void tst_EvaluatorDialog::requestShowsTheHallsScale()
{
    QVERIFY(m_store->setSyncValue(EvaluatorDialog::scaleSettingKey(), u"four-level"_s));
    const QUuid caseId = concludedCase();
    QVERIFY(!caseId.isNull());
    int buttonsShown = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<EvaluatorDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        buttonsShown = int(
            dialog->findChildren<QPushButton *>(QRegularExpression(u"^levelButton\\d$"_s)).size());
        QTest::keyClick(dialog, Qt::Key_4);
        QTest::keyClick(dialog, Qt::Key_Space); // the thanks close at the next key
    });
    const widgets::EvaluationOutcome outcome =
        widgets::requestEvaluation(*m_context, caseId, nullptr);
    QCOMPARE(buttonsShown, 4);
    QCOMPARE(outcome.kind, widgets::EvaluationOutcome::Kind::Rated);
    QCOMPARE(outcome.level, 4);
    QVERIFY(outcome.followUpDue.isValid());
    QCOMPARE(outcome.followUpDue, QDate(2025, 3, 24));
    QCOMPARE(caseState(caseId).evaluationScale, EvaluationScale::FourLevel);
}

void tst_EvaluatorDialog::notAskedBeforeTheDecision()
{
    const QUuid caseId = registeredCase();
    QVERIFY(!caseId.isNull());
    bool shown = false;
    QTimer::singleShot(0, this, [&] { shown = QApplication::activeModalWidget() != nullptr; });
    const widgets::EvaluationOutcome outcome =
        widgets::requestEvaluation(*m_context, caseId, nullptr);
    QCOMPARE(outcome.kind, widgets::EvaluationOutcome::Kind::NotAsked);
    QVERIFY(!outcome.reason.code.isEmpty());
    QVERIFY(!outcome.reason.message.isEmpty());
    QTest::qWait(10);
    QVERIFY(!shown);
    QCOMPARE(caseState(caseId).evaluationLevel, 0);
}

void tst_EvaluatorDialog::notAskedTwice()
{
    const QUuid caseId = refusedCase();
    QVERIFY(!caseId.isNull());
    QCOMPARE(submit(core::Commands::evaluate(caseId, 1)), QString());
    const widgets::EvaluationOutcome outcome =
        widgets::requestEvaluation(*m_context, caseId, nullptr);
    QCOMPARE(outcome.kind, widgets::EvaluationOutcome::Kind::NotAsked);
    QCOMPARE(outcome.reason.code, u"case.already-evaluated"_s);
}

void tst_EvaluatorDialog::screenshotsInChinese()
{
    QCOMPARE(
        i18n::install(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)),
        u"zh_CN"_s);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QString error = openWorkstation(casefixture::at(2025, 9, 26, 16, 10));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QUuid caseId = concludedCase();
    QVERIFY(!caseId.isNull());
    auto dialog = openDialog(caseId, EvaluationScale::FiveLevel);
    QVERIFY(dialog);
    dialog->resize(1024, 560);
    QTest::qWait(20);
    saveScreenshot(*dialog, u"evaluator-zh_CN.png"_s);
    QTest::keyClick(dialog.get(), Qt::Key_4);
    QCOMPARE(dialog->followUpDue(), QDate(2025, 10, 23));
    QVERIFY2(thanksText(*dialog).contains(u"2025年10月23日"_s), qPrintable(thanksText(*dialog)));
    saveScreenshot(*dialog, u"evaluator-follow-up-zh_CN.png"_s);

    auto four = openDialog(refusedCase(), EvaluationScale::FourLevel);
    QVERIFY(four);
    four->resize(1024, 560);
    QTest::qWait(20);
    saveScreenshot(*four, u"evaluator-four-levels-zh_CN.png"_s);

    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English));
}

QTEST_MAIN(tst_EvaluatorDialog)
#include "tst_evaluatordialog.moc"
