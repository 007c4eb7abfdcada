// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/CaseRow.h"
#include "core/store/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QUuid>

namespace sunhall::models {

/// The commands of one user that the hall server rejected (DESIGN.md §3: a rejection is data),
/// newest first, for the list a clerk opens from the status bar: when the command was made,
/// what it was (受理, 收费…), the case it was for (number, applicant, item, from the case's row
/// or, for an application the server never registered, from the command itself), the server's
/// reason and what to do next. The model keeps its own copies; replace them with
/// setCommands().
class RejectedCommandModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        CommandColumn,
        CaseColumn,
        ReasonColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        CommandIdRole = Qt::UserRole + 1, ///< the command's id (QUuid)
        ReasonCodeRole,                   ///< the server's stable error code
        NextStepRole,                     ///< what the user should do now, in words
    };
    Q_ENUM(Role)

    explicit RejectedCommandModel(QObject *parent = nullptr);

    /// Replaces the list (a model reset). `cases` holds the read-model rows known for the
    /// commands' cases; a case missing from it is described from the command.
    void setCommands(QList<core::OutboxEntry> commands, QHash<QUuid, core::CaseRow> cases);
    /// The command at `row`; nullptr when out of range.
    const core::OutboxEntry *command(int row) const;
    /// The row of the command with `id`, -1 when not listed.
    int rowOf(const QUuid &id) const;
    /// Takes the command with `id` off the list (after the user dismissed it).
    bool removeCommand(const QUuid &id);

    /// "QD0001-2025-000012-7 · 陈申请 · 食品经营许可证核发", or what is known of it.
    QString caseDescription(int row) const;
    /// What to do after a rejection with this error, in words for a window clerk.
    static QString nextStep(const core::Error &rejection);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int row, int column) const;

    QList<core::OutboxEntry> m_commands;
    QHash<QUuid, core::CaseRow> m_cases;
};

} // namespace sunhall::models
