// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ApplicantSearchModel.h"

#include "core/case/CaseState.h"

#include <QHash>

#include <algorithm>

namespace sunhall::models {

namespace {

// Cases read per search: enough to find an applicant's latest details among their cases.
constexpr int casesPerSearch = 50;

} // namespace

ApplicantSearchModel::ApplicantSearchModel(const core::LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

core::Result<QList<ApplicantSearchModel::Found>>
ApplicantSearchModel::lookUp(const QString &text,
                             const std::function<bool(const core::CaseRow &)> &keep) const
{
    const core::Result<QList<core::CaseRow>> rows = m_store.searchCases(text, casesPerSearch);
    if (!rows)
        return rows.error();
    QHash<QString, qsizetype> byNumber;
    QList<Found> found;
    for (const core::CaseRow &row : *rows) {
        if (!keep(row))
            continue;
        const core::Result<QList<core::Event>> events = m_store.caseEvents(row.caseId);
        if (!events)
            return events.error();
        const core::CaseState state = core::CaseState::fold(*events);
        if (state.applicant.idNumber.isEmpty())
            continue;
        const Found candidate{state.applicant, state.registeredAt};
        const auto known = byNumber.constFind(candidate.applicant.idNumber);
        if (known == byNumber.constEnd()) {
            byNumber.insert(candidate.applicant.idNumber, found.size());
            found.append(candidate);
        } else if (found.at(*known).appliedAt < candidate.appliedAt) {
            found[*known] = candidate;
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.appliedAt > b.appliedAt; });
    return found;
}

core::Status ApplicantSearchModel::search(const QString &text)
{
    const QString wanted = text.trimmed();
    QList<Found> found;
    if (wanted.size() >= 2) {
        const auto matches = [&wanted](const core::CaseRow &row) {
            return row.applicantName.contains(wanted, Qt::CaseInsensitive) ||
                   row.applicantIdNumber.contains(wanted, Qt::CaseInsensitive);
        };
        core::Result<QList<Found>> result = lookUp(wanted, matches);
        if (!result)
            return result.error();
        found = std::move(result).value();
    }
    if (found.size() > maxApplicants)
        found.resize(maxApplicants);
    beginResetModel();
    m_rows = found;
    endResetModel();
    return core::Status::success();
}

void ApplicantSearchModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

core::Result<std::optional<core::Applicant>>
ApplicantSearchModel::findByIdNumber(const QString &idNumber) const
{
    if (idNumber.isEmpty())
        return std::optional<core::Applicant>();
    const core::Result<QList<Found>> found =
        lookUp(idNumber,
               [&idNumber](const core::CaseRow &row) { return row.applicantIdNumber == idNumber; });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<core::Applicant>();
    return std::optional<core::Applicant>(found->first().applicant);
}

int ApplicantSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ApplicantSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Found &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (row.applicant.phone.isEmpty())
            return tr("%1 · %2", "name, identity number")
                .arg(row.applicant.name, row.applicant.idNumber);
        return tr("%1 · %2 · %3", "name, identity number, phone")
            .arg(row.applicant.name, row.applicant.idNumber, row.applicant.phone);
    case Qt::ToolTipRole:
        return row.applicant.address;
    case NameRole:
        return row.applicant.name;
    case IdNumberRole:
        return row.applicant.idNumber;
    case LastAppliedRole:
        return row.appliedAt;
    default:
        return {};
    }
}

} // namespace sunhall::models
