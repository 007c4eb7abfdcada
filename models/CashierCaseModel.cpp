// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CashierCaseModel.h"

namespace sunhall::models {

namespace {

// Case numbers are printed grouped (SL-HALL01-…) and stored without dashes; a cashier may
// type either, in either case, or with full-width characters from a Chinese input method.
QString searchable(const QString &text)
{
    QString plain = text.normalized(QString::NormalizationForm_KC).toUpper();
    plain.remove(QLatin1Char('-'));
    plain.remove(QLatin1Char(' '));
    return plain;
}

} // namespace

CashierCaseModel::CashierCaseModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CashierCaseModel::setCases(QList<FeeCase> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    applyFilter();
    endResetModel();
}

void CashierCaseModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void CashierCaseModel::applyFilter()
{
    m_shown.clear();
    for (int i = 0; i < m_cases.size(); ++i) {
        if (matches(m_cases.at(i)))
            m_shown.append(i);
    }
}

bool CashierCaseModel::matches(const FeeCase &feeCase) const
{
    const QString wanted = searchable(m_filter);
    if (wanted.isEmpty())
        return true;
    const core::CaseState &state = feeCase.state;
    for (const QString &field :
         {state.caseNumber, state.applicant.name, state.applicant.idNumber, feeCase.item.name}) {
        if (searchable(field).contains(wanted))
            return true;
    }
    return false;
}

const FeeCase *CashierCaseModel::feeCase(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_cases.at(m_shown.at(row));
}

int CashierCaseModel::rowOf(const QUuid &caseId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_cases.at(m_shown.at(row)).state.caseId == caseId)
            return row;
    }
    return -1;
}

int CashierCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CashierCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashierCaseModel::data(const QModelIndex &index, int role) const
{
    const FeeCase *shown = index.isValid() ? feeCase(index.row()) : nullptr;
    if (!shown)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(*shown, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AssessedColumn || index.column() == DueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CaseIdRole:
        return shown->state.caseId;
    case DueFenRole:
        return shown->due().fen();
    default:
        return {};
    }
}

QVariant CashierCaseModel::displayData(const FeeCase &feeCase, int column) const
{
    switch (column) {
    case CaseNumberColumn:
        return feeCase.state.caseNumber;
    case ApplicantColumn:
        return feeCase.state.applicant.name;
    case ItemColumn:
        return feeCase.item.name.isEmpty() ? feeCase.state.itemCode : feeCase.item.name;
    case AssessedColumn:
        return feeCase.assessed.toDisplayString();
    case DueColumn:
        return feeCase.due().toDisplayString();
    default:
        return {};
    }
}

QVariant CashierCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumberColumn:
        return tr("Case number");
    case ApplicantColumn:
        return tr("Applicant");
    case ItemColumn:
        return tr("Item");
    case AssessedColumn:
        return tr("Fee assessed");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace sunhall::models
