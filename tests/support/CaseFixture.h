// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseAggregate.h"
#include "core/case/CaseState.h"
#include "core/case/Command.h"
#include "core/case/Commands.h"
#include "core/catalog/Item.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Small catalogue items, users and a driver that runs commands against one case, shared by
// the case unit's tests. Times are explicit instants in China Standard Time.
namespace casefixture {

using namespace sunhall::core;

enum class TestItem
{
    Promised, // accept → review → sign-off → conclude → fee → print → issue, certificate, fees
    Immediate, // accept → sign-off → conclude, decided at the window
    Joint,     // accept → review in three departments → leader → sign-off → conclude
    Ineligible // the promised item, not eligible for the green channel
};

Item item(TestItem which);

/// 2025-01-20 09:00 +08:00 style instants.
QDateTime at(int year, int month, int day, int hour = 9, int minute = 0);

/// Valid numbers with their check characters.
QString citizenId();  // 11010519491231002X
QString creditCode(); // a company's 统一社会信用代码
QString caseNumber(int serial);
QString receiptNumber(int serial);
QString certificateNumber(int serial);

Actor clerk(); // clerk of SCJG (the promised item's department)
Actor reviewer(const QString &department = QStringLiteral("SCJG"),
               const QString &userId = QStringLiteral("reviewer-1"));
Actor chief(const QString &department = QStringLiteral("SCJG"));
Actor leader(const QString &department = QStringLiteral("SCJG"));
Actor cashier();
Actor clerkOf(const QString &department);

RegisterPayload application(const Item &item, bool allRequiredMaterials = true);

/// Where a test case has got to on its way through the promised item's flow.
enum class Stage
{
    Fresh,
    RegisteredIncomplete, // m2 (required) not yet handed in
    Registered,
    AwaitingSupplement,
    SupplementAnswered, // m2 handed in after the notice: registered again
    Review,
    ReviewClaimed,
    Suspended,
    Extended,
    SignOff,
    AtConclude,
    DeniedAtConclude,
    AtFee,
    FeeAssessed,
    ReceiptVoided,
    AtPrint,
    AtIssue,
    Concluded,
    Evaluated,
    Refused,
    Withdrawn,
    JointReview,        // joint item, accepted: three review branches running
    JointOneBranchDone, // joint item, SCJG's branch done
};

/// One case driven command by command: stamps each command with the actor, the driver's
/// current instant and the next workstation sequence, decides it, and applies the events.
class CaseDriver
{
public:
    explicit CaseDriver(Item item, QDateTime now = at(2025, 1, 20));

    const Item &item() const { return m_item; }
    const CaseState &state() const { return m_state; }
    const QList<Event> &events() const { return m_events; }
    const QUuid &caseId() const { return m_caseId; }
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    /// The serial of the case number the driver accepts with (several cases in one store).
    void setCaseSerial(int serial) { m_caseSerial = serial; }

    /// Decides the command for this case as `actor` now; on success the events are applied.
    Result<QList<Event>> run(Command command, const Actor &actor);
    /// Runs a command that must succeed; returns the error message, or empty.
    QString must(Command command, const Actor &actor);
    /// Drives the case to `stage`; returns the first error message, or empty.
    QString reach(Stage stage);
    /// The event types the last successful command produced.
    QStringList lastTypes() const { return m_lastTypes; }

private:
    QString reachIntake(Stage stage);
    QString reachFlow(Stage stage);
    QString reachDelivery(Stage stage);
    QString reachJoint(Stage stage);

    Item m_item;
    QUuid m_caseId;
    QDateTime m_now;
    qint64 m_seq = 0;
    int m_caseSerial = 0;
    CaseState m_state;
    QList<Event> m_events;
    QStringList m_lastTypes;
};

} // namespace casefixture
