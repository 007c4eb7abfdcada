// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/CaseVocabulary.h"
#include "core/case/Commands.h"
#include "models/RejectedCommandModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sunhall;
using models::RejectedCommandModel;

namespace {

const QDateTime morning(QDate(2025, 3, 6), QTime(9, 30), QTimeZone(8 * 3600));

core::OutboxEntry rejected(qint64 seq, const core::Command &command, const QString &code,
                           const QString &message)
{
    core::OutboxEntry entry;
    entry.seq = seq;
    entry.commandId = command.id;
    entry.caseId = command.caseId;
    entry.type = command.type;
    entry.commandJson = QJsonDocument(command.toJson()).toJson(QJsonDocument::Compact);
    entry.userId = "li.na";
    entry.state = core::OutboxState::Rejected;
    entry.createdAt = morning.addSecs(seq * 60);
    entry.resultAt = morning.addSecs(3600);
    entry.rejection = core::makeError(code, message);
    return entry;
}

core::Command registration(const QUuid &caseId)
{
    core::RegisterPayload payload;
    payload.applicant.kind = core::ApplicantKind::Person;
    payload.applicant.idNumber = "11010519491231002X";
    payload.applicant.name = "王申请";
    payload.itemCode = "370200-SJ-XK-001";
    payload.itemVersion = 1;
    payload.window = "W01";
    return core::Commands::registerCase(caseId, payload);
}

} // namespace

class tst_RejectedCommandModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listsNewestFirst();
    void describesTheCase();
    void removeDismissed();
    void nextStepFollowsTheReason_data();
    void nextStepFollowsTheReason();

private:
    std::unique_ptr<RejectedCommandModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUuid m_registeredCase; // known to the read model
    QUuid m_unknownCase;    // the server never registered it
    QList<core::OutboxEntry> m_entries;
};

void tst_RejectedCommandModel::init()
{
    m_model = std::make_unique<RejectedCommandModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_registeredCase = QUuid::createUuid();
    m_unknownCase = QUuid::createUuid();
    m_entries = {
        rejected(3, core::Commands::accept(m_registeredCase, "QD0001-2025-000007-3"),
                 "case.already-accepted", "The application was already accepted."),
        rejected(5, registration(m_unknownCase), "auth.forbidden",
                 "You may not register applications for SJ."),
        rejected(4, core::Commands::refuse(m_registeredCase, "材料不实"), "case.closed",
                 "The case is closed."),
    };
    core::CaseRow row;
    row.caseId = m_registeredCase;
    row.caseNumber = "QD0001-2025-000002-9";
    row.applicantName = "陈申请";
    row.itemCode = "370200-SJ-XK-001";
    row.itemName = "食品经营许可证核发";
    m_model->setCommands(m_entries, {{m_registeredCase, row}});
}

void tst_RejectedCommandModel::listsNewestFirst()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(RejectedCommandModel::ColumnCount));
    QList<qint64> seqs;
    for (int row = 0; row < 3; ++row)
        seqs << m_model->command(row)->seq;
    QCOMPARE(seqs, (QList<qint64>{5, 4, 3}));
    const auto cell = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, RejectedCommandModel::WhenColumn), QString("2025-03-06 09:35"));
    QCOMPARE(cell(0, RejectedCommandModel::CommandColumn),
             core::commandDisplayName(core::CommandType::registerCase));
    QCOMPARE(cell(1, RejectedCommandModel::CommandColumn),
             core::commandDisplayName(core::CommandType::refuse));
    QCOMPARE(cell(2, RejectedCommandModel::ReasonColumn),
             QString("The application was already accepted."));
    QCOMPARE(m_model->index(2, 0).data(RejectedCommandModel::ReasonCodeRole).toString(),
             QString("case.already-accepted"));
    QCOMPARE(m_model->index(2, 0).data(RejectedCommandModel::CommandIdRole).toUuid(),
             m_entries.at(0).commandId);
    QCOMPARE(m_model->headerData(RejectedCommandModel::ReasonColumn, Qt::Horizontal).toString(),
             QString("Reason given by the server"));
    QVERIFY(!m_model->command(3));
}

void tst_RejectedCommandModel::describesTheCase()
{
    // An acceptance names the number it tried to give, with the applicant and item of the case.
    QCOMPARE(m_model->caseDescription(2),
             QString("QD0001-2025-000007-3 · 陈申请 · 食品经营许可证核发"));
    // Any other command on a known case: the case's own number.
    QCOMPARE(m_model->caseDescription(1),
             QString("QD0001-2025-000002-9 · 陈申请 · 食品经营许可证核发"));
    // A registration the server refused has no case yet: what the command itself says.
    QCOMPARE(m_model->caseDescription(0),
             QString("no case number yet · 王申请 · 370200-SJ-XK-001"));
    QCOMPARE(m_model->index(0, RejectedCommandModel::CaseColumn).data().toString(),
             m_model->caseDescription(0));
}

void tst_RejectedCommandModel::removeDismissed()
{
    const QUuid id = m_entries.at(2).commandId; // the refusal, row 1
    QCOMPARE(m_model->rowOf(id), 1);
    QVERIFY(m_model->removeCommand(id));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(id), -1);
    QVERIFY(!m_model->removeCommand(id));
    QCOMPARE(m_model->command(1)->seq, 3);
}

void tst_RejectedCommandModel::nextStepFollowsTheReason_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sameAs");  // a code that calls for the same next step
    QTest::addColumn<QString>("differs"); // one that does not
    QTest::addColumn<QString>("words");   // what the advice must speak of
    QTest::newRow("another window was first") << "case.already-accepted"
                                              << "case.closed"
                                              << "auth.forbidden"
                                              << "another window";
    QTest::newRow("not allowed") << "auth.forbidden"
                                 << "case.wrong-department"
                                 << "case.closed"
                                 << "roles";
    QTest::newRow("signature") << "sync.signature-invalid"
                               << "sync.signature-missing"
                               << "case.closed"
                               << "signature";
    QTest::newRow("clock") << "sync.client-time-ahead"
                           << "case.invalid-time"
                           << "case.closed"
                           << "clock";
    QTest::newRow("catalogue") << "catalog.no-item"
                               << "case.item-mismatch"
                               << "case.closed"
                               << "catalogue";
    QTest::newRow("bad input") << "case.reason-required"
                               << "case.field-too-long"
                               << "case.closed"
                               << "Correct what the reason names";
    QTest::newRow("anything else") << "server.internal"
                                   << "storage.full"
                                   << "case.closed"
                                   << "administrator";
}

void tst_RejectedCommandModel::nextStepFollowsTheReason()
{
    QFETCH(QString, code);
    QFETCH(QString, sameAs);
    QFETCH(QString, differs);
    QFETCH(QString, words);
    const auto advice = [](const QString &c) {
        return RejectedCommandModel::nextStep(core::makeError(c, "reason"));
    };
    QVERIFY2(advice(code).contains(words), qPrintable(advice(code)));
    QCOMPARE(advice(sameAs), advice(code));
    QVERIFY(advice(differs) != advice(code));
}

QTEST_GUILESS_MAIN(tst_RejectedCommandModel)
#include "tst_rejectedcommandmodel.moc"
