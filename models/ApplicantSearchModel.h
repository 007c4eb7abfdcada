// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/IntakePayloads.h"
#include "core/common/Result.h"
#include "core/store/LocalStore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace sunhall::models {

/// Returning applicants (申请人) found in the cases cached in the local store, for the intake
/// screen: each applicant once, by identity number, with the details given at their latest
/// application (name, phone, address, agent), the most recent first. Search by any part of
/// the name or the identity number; find one by the exact number. The store is borrowed and
/// must outlive the model; it is read on the calling thread.
class ApplicantSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1, ///< the applicant's name alone
        IdNumberRole,                ///< the identity number
        LastAppliedRole,             ///< QDateTime of the latest application
    };
    Q_ENUM(Role)

    static constexpr int maxApplicants = 20;

    explicit ApplicantSearchModel(const core::LocalStore &store, QObject *parent = nullptr);

    /// Lists the applicants whose name or identity number contains `text` (a model reset);
    /// fewer than two characters list nobody.
    core::Status search(const QString &text);
    void clear();
    /// The applicant with exactly this (normalised) identity number, as at their latest
    /// application; nothing when the store knows no such applicant.
    core::Result<std::optional<core::Applicant>> findByIdNumber(const QString &idNumber) const;
    const core::Applicant &applicant(int row) const { return m_rows.at(row).applicant; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Found
    {
        core::Applicant applicant;
        QDateTime appliedAt;
    };

    /// The applicants of the cases whose row matches `keep`, each once, latest first.
    core::Result<QList<Found>> lookUp(const QString &text,
                                      const std::function<bool(const core::CaseRow &)> &keep) const;

    const core::LocalStore &m_store;
    QList<Found> m_rows;
};

} // namespace sunhall::models
