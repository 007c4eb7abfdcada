// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RejectedCommandModel.h"

#include "core/case/CaseVocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sunhall::models {

namespace {

enum class RejectionKind
{
    CaseMovedOn,  // someone else acted on the case first
    NotPermitted, // roles or departments on the server's record
    Signature,
    Clock,
    Catalogue,
    Input,
    Other,
};

RejectionKind kindOf(const QString &code)
{
    static const QStringList movedOn{QStringLiteral("case.already-"),
                                     QStringLiteral("case.closed"),
                                     QStringLiteral("case.not-"),
                                     QStringLiteral("case.suspended"),
                                     QStringLiteral("case.awaiting-supplement"),
                                     QStringLiteral("case.wrong-step"),
                                     QStringLiteral("case.claimed-by-other"),
                                     QStringLiteral("case.receipt-"),
                                     QStringLiteral("case.fee-already-assessed"),
                                     QStringLiteral("case.fee-not-assessed"),
                                     QStringLiteral("case.fee-nothing-due"),
                                     QStringLiteral("case.no-certificate"),
                                     QStringLiteral("case.certificate-not-printed"),
                                     QStringLiteral("case.wrong-branch"),
                                     QStringLiteral("case.wrong-command-for-step"),
                                     QStringLiteral("case.unknown-step")};
    static const QStringList notPermitted{QStringLiteral("auth."),
                                          QStringLiteral("case.wrong-role"),
                                          QStringLiteral("case.wrong-department")};
    const auto matches = [&code](const QStringList &prefixes) {
        return std::any_of(prefixes.begin(), prefixes.end(),
                           [&code](const QString &prefix) { return code.startsWith(prefix); });
    };
    if (matches(movedOn))
        return RejectionKind::CaseMovedOn;
    if (matches(notPermitted))
        return RejectionKind::NotPermitted;
    if (code.startsWith(QLatin1String("sync.signature-")))
        return RejectionKind::Signature;
    if (code == QLatin1String("sync.client-time-ahead") ||
        code == QLatin1String("case.invalid-time"))
        return RejectionKind::Clock;
    if (code.startsWith(QLatin1String("catalog.")) || code == QLatin1String("case.item-mismatch"))
        return RejectionKind::Catalogue;
    if (code.startsWith(QLatin1String("case.")))
        return RejectionKind::Input;
    return RejectionKind::Other;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

RejectedCommandModel::RejectedCommandModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RejectedCommandModel::setCommands(QList<core::OutboxEntry> commands,
                                       QHash<QUuid, core::CaseRow> cases)
{
    beginResetModel();
    m_commands = std::move(commands);
    std::stable_sort(
        m_commands.begin(), m_commands.end(),
        [](const core::OutboxEntry &a, const core::OutboxEntry &b) { return a.seq > b.seq; });
    m_cases = std::move(cases);
    endResetModel();
}

const core::OutboxEntry *RejectedCommandModel::command(int row) const
{
    return row >= 0 && row < m_commands.size() ? &m_commands.at(row) : nullptr;
}

int RejectedCommandModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_commands.size(); ++row) {
        if (m_commands.at(row).commandId == id)
            return row;
    }
    return -1;
}

bool RejectedCommandModel::removeCommand(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_commands.removeAt(row);
    endRemoveRows();
    return true;
}

QString RejectedCommandModel::caseDescription(int row) const
{
    const core::OutboxEntry *entry = command(row);
    if (!entry)
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(entry->commandJson)
                                    .object()
                                    .value(QStringLiteral("payload"))
                                    .toObject();
    QString number = payload.value(QStringLiteral("caseNumber")).toString();
    QString applicant = payload.value(QStringLiteral("applicant"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString();
    QString item = payload.value(QStringLiteral("itemCode")).toString();
    if (const auto found = m_cases.constFind(entry->caseId); found != m_cases.cend()) {
        if (number.isEmpty())
            number = found->caseNumber;
        applicant = found->applicantName;
        item = found->itemName.isEmpty() ? found->itemCode : found->itemName;
    }
    QStringList parts{number.isEmpty() ? tr("no case number yet") : number};
    for (const QString &part : {applicant, item}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(tr(" · ", "between the parts of a case description"));
}

QString RejectedCommandModel::nextStep(const core::Error &rejection)
{
    switch (kindOf(rejection.code)) {
    case RejectionKind::CaseMovedOn:
        return tr("The case was changed at another window before this command reached the "
                  "server. Look the case up to see where it stands now, and do this step again "
                  "only if it is still needed.");
    case RejectionKind::NotPermitted:
        return tr("The server's record of your roles and departments does not allow this. Hand "
                  "the case to a colleague who may do it, or ask the administrator to check your "
                  "roles.");
    case RejectionKind::Signature:
        return tr("Your electronic signature was not accepted. Log out and log in again, then do "
                  "the step again; if it is rejected again, ask the administrator to check your "
                  "signing key.");
    case RejectionKind::Clock:
        return tr("The clock of this workstation is wrong. Ask the IT staff to set it right, then "
                  "do the step again.");
    case RejectionKind::Catalogue:
        return tr("The item is not published on the server as this workstation had it. Wait until "
                  "the workstation has fetched the current catalogue, then do the step again.");
    case RejectionKind::Input:
        return tr("Correct what the reason names, then do the step again.");
    case RejectionKind::Other:
        break;
    }
    return tr("Look the case up to see where it stands, and do the step again once the reason "
              "is dealt with. Ask the administrator if the reason is not clear.");
}

int RejectedCommandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commands.size());
}

int RejectedCommandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant RejectedCommandModel::data(const QModelIndex &index, int role) const
{
    const core::OutboxEntry *entry = index.isValid() ? command(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(entry->rejection.message)
                                              : displayData(index.row(), index.column());
    case CommandIdRole:
        return entry->commandId;
    case ReasonCodeRole:
        return entry->rejection.code;
    case NextStepRole:
        return nextStep(entry->rejection);
    default:
        return {};
    }
}

QVariant RejectedCommandModel::displayData(int row, int column) const
{
    const core::OutboxEntry &entry = m_commands.at(row);
    switch (column) {
    case WhenColumn:
        return timeText(entry.createdAt);
    case CommandColumn:
        return core::commandDisplayName(entry.type);
    case CaseColumn:
        return caseDescription(row);
    case ReasonColumn:
        return entry.rejection.message;
    default:
        return {};
    }
}

QVariant RejectedCommandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Made at");
    case CommandColumn:
        return tr("Command");
    case CaseColumn:
        return tr("Case");
    case ReasonColumn:
        return tr("Reason given by the server");
    default:
        return {};
    }
}

} // namespace sunhall::models
