// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The intake screen's models, without the screen: the applicant checks, the material
// checklist, the scan archive and scan folder, returning applicants in a real store, and the
// submission of outcomes through a real sync engine working offline.
#include "core/values/DocumentNumber.h"
#include "core/values/IdentityNumber.h"
#include "models/ApplicantCheck.h"
#include "models/ApplicantSearchModel.h"
#include "models/IntakeSubmission.h"
#include "models/MaterialChecklistModel.h"
#include "models/MaterialScanArchive.h"
#include "models/MaterialScanFolderModel.h"
#include "tests/gui/intake/IntakeWorkstation.h"
#include "tests/unit/sync/TestPki.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace sunhall;
using namespace Qt::StringLiterals;
using models::IntakeOutcomeKind;
using models::MaterialChecklistModel;

namespace {

const QDateTime monday(QDate(2025, 3, 3), QTime(9, 30), QTimeZone(8 * 3600));
const QString personId = u"11010519491231002X"_s;
const QString foodCode = u"370200-SJ-XK-001"_s;
const QString birthCode = u"370200-WJ-GG-003"_s;

QString creditCode()
{
    const QString first17 = u"91370202MA3C4D5E6"_s;
    return first17 + core::IdentityNumber::creditCodeCheckCharacter(first17);
}

core::Applicant person(const QString &name, const QString &phone, const QString &id = personId)
{
    core::Applicant applicant;
    applicant.idNumber = id;
    applicant.name = name;
    applicant.phone = phone;
    applicant.address = u"青岛市市南区香港中路1号"_s;
    return applicant;
}

models::MaterialScan scanOf(const QString &sha256, const QString &name)
{
    models::MaterialScan scan;
    scan.sha256 = sha256;
    scan.fileName = name;
    scan.mediaType = "image/png";
    return scan;
}

} // namespace

class tst_IntakeModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void phone_data();
    void phone();
    void identityOfTheOtherKind();
    void checklistListsWhatIsMissing();
    void checklistScansTickTheirMaterial();
    void archiveKeepsScans_data();
    void archiveKeepsScans();
    void archiveRefusesWhatTheServerWould_data();
    void archiveRefusesWhatTheServerWould();
    void scanFolderShowsNewScans();
    void returningApplicants();
    void submissionIsWholeOrNothing();
    void submissionAnswersWithTheCoresWords();

private:
    tests::IntakeWorkstation &workstation(const core::Actor &actor);
    models::IntakeSubmission submission() const;
    models::IntakeApplication application(const QString &code, const core::Applicant &applicant,
                                          const QStringList &materials) const;
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_workstations = 0;
    std::unique_ptr<tests::IntakeWorkstation> m_ws;
};

void tst_IntakeModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(u"pki"_s));
    TestPki pki(m_dir.filePath(u"pki"_s));
    const QString made = pki.make();
    QVERIFY2(made.isEmpty(), qPrintable(made));
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_IntakeModels::cleanup()
{
    m_ws.reset();
}

tests::IntakeWorkstation &tst_IntakeModels::workstation(const core::Actor &actor)
{
    m_ws = std::make_unique<tests::IntakeWorkstation>(
        m_dir.filePath(u"ws%1"_s.arg(++m_workstations)), m_dir.filePath(u"pki"_s), actor, monday);
    return *m_ws;
}

models::IntakeSubmission tst_IntakeModels::submission() const
{
    core::SyncEngine &engine = m_ws->engine();
    return models::IntakeSubmission(
        [&engine](core::Command command) { return engine.submit(std::move(command)); },
        [&engine]() { return engine.takeNumber(core::DocumentNumber::Kind::Case); }, m_ws->clock(),
        m_ws->actor(), u"W01"_s);
}

models::IntakeApplication tst_IntakeModels::application(const QString &code,
                                                        const core::Applicant &applicant,
                                                        const QStringList &materials) const
{
    models::IntakeApplication application;
    application.applicant = applicant;
    application.item = *m_ws->catalogue().item(code);
    application.window = u"W01"_s;
    application.materials = materials;
    return application;
}

QString tst_IntakeModels::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

void tst_IntakeModels::phone_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");  // empty when refused
    QTest::addColumn<QString>("error"); // the error code when refused
    QTest::newRow("mobile") << "13800000000"
                            << "13800000000"
                            << "";
    QTest::newRow("mobile with spaces") << "138 0000 0000"
                                        << "13800000000"
                                        << "";
    QTest::newRow("full-width digits") << "１３８００００００００"
                                       << "13800000000"
                                       << "";
    QTest::newRow("country code") << "+86 138-0000-0000"
                                  << "13800000000"
                                  << "";
    QTest::newRow("landline") << "0532-88886666"
                              << "053288886666"
                              << "";
    QTest::newRow("Beijing landline") << "(010) 12345678"
                                      << "01012345678"
                                      << "";
    QTest::newRow("extension") << "0532-88886666-123"
                               << "053288886666-123"
                               << "";
    QTest::newRow("mobile too short") << "1380000"
                                      << ""
                                      << "phone.mobile";
    QTest::newRow("no such mobile prefix") << "12000000000"
                                           << ""
                                           << "phone.mobile";
    QTest::newRow("landline too short") << "0532-123"
                                        << ""
                                        << "phone.landline";
    QTest::newRow("letters") << "138abc"
                             << ""
                             << "phone.characters";
    QTest::newRow("empty") << "  "
                           << ""
                           << "phone.empty";
    QTest::newRow("neither") << "88886666"
                             << ""
                             << "phone.shape";
}

void tst_IntakeModels::phone()
{
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    QFETCH(QString, error);
    const core::Result<QString> checked = models::ApplicantCheck::phone(typed);
    if (error.isEmpty()) {
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(*checked, kept);
        return;
    }
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, error);
    QCOMPARE(checked.error().field, u"phone"_s);
    QVERIFY(!checked.error().message.isEmpty());
    if (!typed.trimmed().isEmpty())
        QVERIFY2(checked.error().message.contains(typed.trimmed()),
                 qPrintable(checked.error().message));
}

void tst_IntakeModels::identityOfTheOtherKind()
{
    using models::ApplicantCheck;
    const QDate today = monday.date();
    const auto person = ApplicantCheck::identity(core::ApplicantKind::Person, personId, today);
    QVERIFY(person.ok());
    QCOMPARE(ApplicantCheck::describe(*person), u"Citizen ID number · born 1949-12-31 · female"_s);
    const auto company =
        ApplicantCheck::identity(core::ApplicantKind::Organisation, creditCode(), today);
    QVERIFY(company.ok());
    QCOMPARE(ApplicantCheck::describe(*company), u"Unified social credit code · region 370202"_s);

    const auto codeAsPerson =
        ApplicantCheck::identity(core::ApplicantKind::Person, creditCode(), today);
    QCOMPARE(codeAsPerson.error().code, u"applicant.wrong-kind"_s);
    QVERIFY(codeAsPerson.error().message.contains(creditCode()));
    const auto idAsCompany =
        ApplicantCheck::identity(core::ApplicantKind::Organisation, personId.toLower(), today);
    QCOMPARE(idAsCompany.error().code, u"applicant.wrong-kind"_s);
    QVERIFY(idAsCompany.error().message.contains(personId));
    // A broken number is judged as the kind the clerk chose.
    const auto broken =
        ApplicantCheck::identity(core::ApplicantKind::Person, u"110105194912310021"_s, today);
    QCOMPARE(broken.error(),
             core::IdentityNumber::parseCitizenId(u"110105194912310021"_s, today).error());
}

void tst_IntakeModels::checklistListsWhatIsMissing()
{
    tests::IntakeWorkstation &ws = workstation(tests::IntakeWorkstation::chiefClerk());
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    MaterialChecklistModel checklist;
    QAbstractItemModelTester tester(&checklist,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const core::Item item = *ws.catalogue().item(foodCode);
    checklist.setItem(item);
    QCOMPARE(checklist.rowCount(), 6);
    QCOMPARE(checklist.missingRequired().size(), 5);
    QCOMPARE(checklist.supplementLines().size(), 5);
    QCOMPARE(checklist.index(1, MaterialChecklistModel::NoteColumn).data().toString(),
             u"Not handed in: bring 1 copy(ies)."_s);
    QCOMPARE(checklist.index(0, MaterialChecklistModel::NoteColumn).data().toString(),
             u"Not handed in: bring 1 original(s)."_s);
    QCOMPARE(checklist.index(5, MaterialChecklistModel::NoteColumn).data().toString(), QString());
    QCOMPARE(checklist.index(5, MaterialChecklistModel::RequiredColumn).data().toString(),
             u"Optional"_s);
    QVERIFY(checklist.index(5, MaterialChecklistModel::NameColumn)
                .data()
                .toString()
                .contains(u"委托他人办理时提交"_s));

    QSignalSpy changed(&checklist, &MaterialChecklistModel::checklistChanged);
    QVERIFY(checklist.setData(checklist.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(checklist.handedIn(), QStringList{u"m1"_s});
    QCOMPARE(checklist.index(0, MaterialChecklistModel::NoteColumn).data().toString(), QString());
    QVERIFY(checklist.setData(checklist.index(0, MaterialChecklistModel::NoteColumn),
                              u"签字页缺法定代表人签字"_s, Qt::EditRole));
    QVERIFY(checklist.flags(checklist.index(0, MaterialChecklistModel::NoteColumn)) &
            Qt::ItemIsEditable);
    QVERIFY(!(checklist.flags(checklist.index(0, MaterialChecklistModel::FormColumn)) &
              Qt::ItemIsEditable));

    const QList<core::MaterialProblem> lines = checklist.supplementLines();
    QStringList ids;
    for (const core::MaterialProblem &line : lines)
        ids.append(line.materialId);
    QCOMPARE(ids, (QStringList{"m1", "m2", "m3", "m4", "m5"}));
    QCOMPARE(lines.first().problem, u"签字页缺法定代表人签字"_s);
    checklist.clear();
    QCOMPARE(checklist.rowCount(), 0);
    QVERIFY(checklist.supplementLines().isEmpty());
}

void tst_IntakeModels::checklistScansTickTheirMaterial()
{
    core::Item item;
    core::Material copy;
    copy.id = u"m1"_s;
    copy.name = u"营业执照"_s;
    copy.form = core::MaterialForm::OriginalAndCopy;
    copy.copies = 2;
    item.materials = {copy};
    MaterialChecklistModel checklist;
    QAbstractItemModelTester tester(&checklist,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    checklist.setItem(item);
    QCOMPARE(checklist.note(0), u"Not handed in: bring the original and 2 copy(ies)."_s);
    const QString sha = QString(64, u'a');
    QVERIFY(checklist.addScan(0, scanOf(sha, u"a.png"_s)));
    QVERIFY(!checklist.addScan(0, scanOf(sha, u"again.png"_s)));
    QVERIFY(!checklist.addScan(3, scanOf(sha, u"nowhere.png"_s)));
    QVERIFY(checklist.addScan(0, scanOf(QString(64, u'b'), u"b.png"_s)));
    QVERIFY(checklist.isHandedIn(0));
    QCOMPARE(checklist.index(0, MaterialChecklistModel::ScansColumn).data().toString(),
             u"2 scan(s)"_s);
    QCOMPARE(checklist.attachments(),
             (QList<core::Attachment>{{u"m1"_s, sha, u"a.png"_s},
                                      {u"m1"_s, QString(64, u'b'), u"b.png"_s}}));
    QVERIFY(checklist.missingRequired().isEmpty());
}

void tst_IntakeModels::archiveKeepsScans_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("PDF") << QByteArray("%PDF-1.4\n%%EOF\n") << QByteArray("application/pdf");
    QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0jpeg") << QByteArray("image/jpeg");
    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\npng") << QByteArray("image/png");
    QTest::newRow("TIFF little-endian") << QByteArray("II*\0tiff", 8) << QByteArray("image/tiff");
    QTest::newRow("TIFF big-endian") << QByteArray("MM\0*tiff", 8) << QByteArray("image/tiff");
}

void tst_IntakeModels::archiveKeepsScans()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, type);
    const models::MaterialScanArchive archive(m_dir.filePath(u"archive"_s));
    const QString path =
        writeFile(u"scan-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())), bytes);
    const core::Result<models::MaterialScan> scan = archive.keep(path);
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().message));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(scan->sha256, sha);
    QCOMPARE(scan->mediaType, type);
    QCOMPARE(scan->size, qint64(bytes.size()));
    QCOMPARE(scan->fileName, QFileInfo(path).fileName());
    QCOMPARE(scan->keptPath, archive.pathOf(sha));
    QCOMPARE(scan->keptPath, m_dir.filePath(u"archive/%1/%2"_s.arg(sha.left(2), sha)));
    QFile kept(scan->keptPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
    // The scanner folder may be emptied: the archive's copy stays.
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::exists(scan->keptPath));
}

void tst_IntakeModels::archiveRefusesWhatTheServerWould_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("size"); // a sparse file of this size when bytes are empty
    QTest::addColumn<QString>("code");
    QTest::newRow("text") << "notes.pdf" << QByteArray("not a pdf at all") << qint64(0)
                          << "scan.type";
    QTest::newRow("empty") << "empty.png" << QByteArray() << qint64(0) << "scan.empty";
    QTest::newRow("too large") << "huge.pdf" << QByteArray()
                               << models::MaterialScanArchive::maxBytes + 1 << "scan.too-large";
    QTest::newRow("missing") << "" << QByteArray() << qint64(-1) << "scan.unreadable";
}

void tst_IntakeModels::archiveRefusesWhatTheServerWould()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, size);
    QFETCH(QString, code);
    QString path = m_dir.filePath(u"nothing-here.pdf"_s);
    if (size >= 0) {
        path = writeFile(name, bytes);
        if (size > 0) {
            QFile file(path);
            QVERIFY(file.resize(size));
        }
    }
    const models::MaterialScanArchive archive(m_dir.filePath(u"archive"_s));
    const core::Result<models::MaterialScan> scan = archive.keep(path);
    QVERIFY(!scan.ok());
    QCOMPARE(scan.error().code, code);
    QVERIFY2(scan.error().message.contains(QFileInfo(path).fileName()),
             qPrintable(scan.error().message));
}

void tst_IntakeModels::scanFolderShowsNewScans()
{
    models::MaterialScanFolderModel folder;
    QAbstractItemModelTester tester(&folder,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const core::Status missing = folder.setFolder(m_dir.filePath(u"no-such-folder"_s));
    QCOMPARE(missing.error().code, u"scan.folder-missing"_s);

    const QString dir = m_dir.filePath(u"scanner"_s);
    QVERIFY(QDir().mkpath(dir));
    writeFile(u"scanner/old.pdf"_s, "%PDF-1.4 old");
    writeFile(u"scanner/readme.txt"_s, "not a scan");
    QVERIFY(folder.setFolder(dir).ok());
    QCOMPARE(folder.rowCount(), 1);
    QCOMPARE(folder.index(0).data(models::MaterialScanFolderModel::IsNewRole).toBool(), false);

    QSignalSpy arrived(&folder, &models::MaterialScanFolderModel::scanArrived);
    QImage page(20, 20, QImage::Format_RGB32);
    page.fill(Qt::white);
    QVERIFY(page.save(dir + u"/new.png"_s));
    QTRY_COMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first().first().toString(), QFileInfo(dir + u"/new.png"_s).absoluteFilePath());
    QCOMPARE(folder.rowCount(), 2);
    const int row = folder.rowOfPath(dir + u"/new.png"_s);
    QVERIFY(row >= 0);
    QCOMPARE(folder.index(row).data(models::MaterialScanFolderModel::IsNewRole).toBool(), true);
    QVERIFY(folder.index(row).data().toString().startsWith(u"new.png"_s));
    folder.setAttached({folder.filePath(row)});
    QCOMPARE(folder.index(row).data(models::MaterialScanFolderModel::IsAttachedRole).toBool(),
             true);
    QVERIFY(folder.index(row).data().toString().endsWith(u"attached"_s));
    QVERIFY(folder.setFolder(QString()).ok());
    QCOMPARE(folder.rowCount(), 0);
}

void tst_IntakeModels::returningApplicants()
{
    tests::IntakeWorkstation &ws = workstation(tests::IntakeWorkstation::chiefClerk());
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    models::IntakeSubmission submit = submission();
    const QStringList all{"m1", "m2", "m3", "m4", "m5"};
    const models::IntakeChoice accept{IntakeOutcomeKind::Accepted, {}, {}};
    QVERIFY(submit.submit(application(foodCode, person(u"张三"_s, u"13800000000"_s), all), accept)
                .ok());
    ws.clock().advanceSecs(3600);
    QVERIFY(submit.submit(application(foodCode, person(u"张三"_s, u"13911112222"_s), all), accept)
                .ok());
    core::Applicant company = person(u"青岛张氏食品有限公司"_s, u"053288886666"_s, creditCode());
    company.kind = core::ApplicantKind::Organisation;
    QVERIFY(submit.submit(application(foodCode, company, all), accept).ok());

    models::ApplicantSearchModel search(ws.store());
    QAbstractItemModelTester tester(&search,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto found = search.findByIdNumber(personId);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->phone, u"13911112222"_s); // the latest application's details
    QCOMPARE((*found)->address, u"青岛市市南区香港中路1号"_s);
    QVERIFY(!search.findByIdNumber(u"110105194912310011"_s)->has_value());

    QVERIFY(search.search(u"张"_s).ok());
    QCOMPARE(search.rowCount(), 0); // one character says too little
    QVERIFY(search.search(u"张三"_s).ok());
    QCOMPARE(search.rowCount(), 1);
    QCOMPARE(search.index(0).data(models::ApplicantSearchModel::IdNumberRole).toString(), personId);
    QVERIFY(search.search(u"张氏食品"_s).ok());
    QCOMPARE(search.rowCount(), 1);
    QCOMPARE(search.applicant(0).kind, core::ApplicantKind::Organisation);
    QVERIFY(search.search(u"19491231"_s).ok());
    QCOMPARE(search.rowCount(), 1);
    QCOMPARE(search.index(0).data().toString(), u"张三 · 11010519491231002X · 13911112222"_s);
    search.clear();
    QCOMPARE(search.rowCount(), 0);
}

void tst_IntakeModels::submissionIsWholeOrNothing()
{
    tests::IntakeWorkstation &ws = workstation(tests::IntakeWorkstation::clerkOf(u"SJ"_s));
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    models::IntakeSubmission submit = submission();
    const models::IntakeChoice accept{IntakeOutcomeKind::Accepted, {}, {}};
    const core::Applicant applicant = person(u"张三"_s, u"13800000000"_s);

    // Another department's item: the core refuses the registration itself.
    const core::Result<models::IntakeOutcome> elsewhere =
        submit.submit(application(birthCode, applicant, {u"m1"_s, u"m2"_s}), accept);
    QCOMPARE(elsewhere.error().code, u"case.wrong-department"_s);
    // A material missing: the registration alone would be allowed, but is not recorded.
    const core::Result<models::IntakeOutcome> partial =
        submit.submit(application(foodCode, applicant, {u"m1"_s}), accept);
    QCOMPARE(partial.error().code, u"case.missing-material"_s);
    QVERIFY(ws.cases().isEmpty());
    QCOMPARE(ws.engine().pendingCount(), 0);
    QCOMPARE(ws.store().remainingSerials(u"case"_s, u"QD0001"_s, 2025).value(), qint64(100));

    const QStringList all{"m1", "m2", "m3", "m4", "m5"};
    const core::Result<models::IntakeOutcome> accepted =
        submit.submit(application(foodCode, applicant, all), accept);
    QVERIFY(accepted.ok());
    QCOMPARE(core::DocumentNumber::parse(accepted->caseNumber)->serial(), 1);
    QCOMPARE(ws.cases().size(), 1);
    QCOMPARE(ws.cases().first().caseId, accepted->caseId);
    QCOMPARE(ws.engine().pendingCount(), 2);

    // With the leased numbers used up, nothing is recorded: no case without its number.
    for (qint64 left = ws.store().remainingSerials(u"case"_s, u"QD0001"_s, 2025).value(); left > 0;
         --left)
        QVERIFY(ws.engine().takeNumber(core::DocumentNumber::Kind::Case).ok());
    const core::Result<models::IntakeOutcome> noNumber =
        submit.submit(application(foodCode, applicant, all), accept);
    QVERIFY(!noNumber.ok());
    QCOMPARE(ws.cases().size(), 1);
    QCOMPARE(ws.engine().pendingCount(), 2);
    // An outcome without a case number still goes through.
    QVERIFY(submit
                .submit(application(foodCode, applicant, all),
                        {IntakeOutcomeKind::Refused, {}, u"不属于本窗口受理范围"_s})
                .ok());
    QCOMPARE(ws.cases().size(), 2);
}

void tst_IntakeModels::submissionAnswersWithTheCoresWords()
{
    tests::IntakeWorkstation &ws = workstation(tests::IntakeWorkstation::chiefClerk());
    QVERIFY2(ws.error().isEmpty(), qPrintable(ws.error()));
    const models::IntakeSubmission submit = submission();
    const models::IntakeApplication partial =
        application(foodCode, person(u"张三"_s, u"13800000000"_s), {u"m1"_s});
    const core::Status accept = submit.check(partial, {IntakeOutcomeKind::Accepted, {}, {}});
    QCOMPARE(accept.error().code, u"case.missing-material"_s);
    QVERIFY2(accept.error().message.contains(u"张三"_s), qPrintable(accept.error().message));
    QCOMPARE(submit.check(partial, {IntakeOutcomeKind::SupplementRequested, {}, {}}).error().code,
             u"case.supplement-empty"_s);
    QCOMPARE(submit.check(partial, {IntakeOutcomeKind::Refused, {}, u"  "_s}).error().code,
             u"case.reason-required"_s);
    QVERIFY(submit.check(partial, {IntakeOutcomeKind::Refused, {}, u"不符合受理条件"_s}).ok());
    models::IntakeApplication green = partial;
    green.greenChannel = true;
    QCOMPARE(submit.check(green, {IntakeOutcomeKind::Refused, {}, u"理由"_s}).error().code,
             u"case.green-channel-not-eligible"_s);
    QVERIFY(ws.cases().isEmpty());
}

QTEST_MAIN(tst_IntakeModels)
#include "tst_intakemodels.moc"
