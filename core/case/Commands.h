// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Command.h"
#include "core/case/FeePayloads.h"
#include "core/case/FlowPayloads.h"
#include "core/case/IntakePayloads.h"

#include <QList>
#include <QString>
#include <QUuid>

// Typed constructors of case commands, so callers need not write payloads by hand. Each
// returns a command with a fresh id, its type, case and payload; the caller stamps the actor,
// workstation, client time and workstation sequence (see CommandOrigin), then signs it.
namespace sunhall::core {

/// Who sends a command, from where and when: stamped on every command a workstation sends.
struct CommandOrigin
{
    Actor actor;
    QString workstation;
    QDateTime clientTime;
    qint64 workstationSeq = 0;

    /// `command` with this origin filled in.
    Command stamp(Command command) const;
};

namespace Commands {

Command registerCase(const QUuid &caseId, const RegisterPayload &payload);
Command updateMaterials(const QUuid &caseId, const QStringList &ticked,
                        const QStringList &unticked = {},
                        const QList<Attachment> &attachments = {});
Command accept(const QUuid &caseId, const QString &caseNumber);
Command requestSupplement(const QUuid &caseId, const QList<MaterialProblem> &materials);
Command refuse(const QUuid &caseId, const QString &reason);
Command withdraw(const QUuid &caseId, const QString &reason);
/// `department` names the branch of a joint step; empty for a step that is not joint.
Command claimStep(const QUuid &caseId, const QString &stepId, const QString &department = {});
Command completeStep(const QUuid &caseId, const QString &stepId, const QString &opinion,
                     const QString &department = {});
Command returnStep(const QUuid &caseId, const QString &toStepId, const QString &reason,
                   const QString &department = {});
/// Records the decision at the running sign-off step; `stepId` may be left empty.
Command decide(const QUuid &caseId, bool approved, const QString &reasons,
               const QString &stepId = {}, const QString &department = {});
/// Completes the running conclude step; `stepId` may be left empty.
Command conclude(const QUuid &caseId, const QString &opinion = {}, const QString &stepId = {});
Command suspend(const QUuid &caseId, SuspensionType type, const QString &reason, int expectedDays);
Command resume(const QUuid &caseId);
Command extend(const QUuid &caseId, int days, const QString &reason);
Command assessFee(const QUuid &caseId, const QList<FeeLine> &fees);
/// `reduction` (减免) with its legal basis, when the applicant is entitled to one: the amount
/// collected is then the amount due less the reduction.
Command payFee(const QUuid &caseId, const QString &receiptNumber, PaymentMethod method,
               Money amount, Money reduction = {}, const QString &reductionBasis = {});
Command voidReceipt(const QUuid &caseId, const QString &receiptNumber, const QString &reason);
/// The first print needs the number of the certificate blank; a reprint may leave it empty.
Command printCertificate(const QUuid &caseId, const QString &certificateNumber = {});
Command issueCertificate(const QUuid &caseId);
Command revokeCertificate(const QUuid &caseId, const QString &reason);
/// `level`: 1 (the best) to the number of levels of `scale`: on the national five levels 1
/// very satisfied … 5 very dissatisfied (好差评). The case records whether it opens a follow-up.
Command evaluate(const QUuid &caseId, int level,
                 EvaluationScale scale = EvaluationScale::FiveLevel);

} // namespace Commands

} // namespace sunhall::core
