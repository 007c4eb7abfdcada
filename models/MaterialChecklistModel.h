// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/IntakePayloads.h"
#include "core/catalog/Item.h"
#include "models/MaterialScan.h"

#include <QAbstractTableModel>
#include <QList>

namespace sunhall::models {

/// The material checklist of one item at the window (申报材料): one row per material of the
/// item, in catalogue order, showing whether it was handed in (a check box on the name),
/// whether it is required, original or copy, how many, the scans attached to it and the note
/// that the one-time supplement notice will carry for it. A required material not handed in
/// has a default note saying what to bring; the clerk may write another. Attaching a scan
/// ticks the material. The model gives the intake what the core's payloads need: the ids
/// handed in, the attachments, and the lines of the supplement notice.
class MaterialChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RequiredColumn,
        FormColumn,
        CopiesColumn,
        ScansColumn,
        NoteColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        MaterialIdRole = Qt::UserRole + 1, ///< the material's id ("m1")
        HandedInRole,                      ///< bool
        RequiredRole,                      ///< bool
        MissingRole,                       ///< bool: required and not handed in
        ScanCountRole,                     ///< int
        NoteIsDefaultRole,                 ///< bool: the note column shows the default note
    };
    Q_ENUM(Role)

    explicit MaterialChecklistModel(QObject *parent = nullptr);

    /// Shows the materials of `item` with nothing handed in (a model reset).
    void setItem(const core::Item &item);
    /// Empties the checklist (no item).
    void clear();

    const core::Material *material(int row) const;
    int rowOf(const QString &materialId) const;
    bool isHandedIn(int row) const;
    void setHandedIn(int row, bool handedIn);
    /// Adds a scan to the material in `row` and ticks it; a scan already attached there (same
    /// SHA-256) is not added twice. False for a bad row or a repeated scan.
    bool addScan(int row, const MaterialScan &scan);
    QList<MaterialScan> scans(int row) const;
    /// The note of `row` for the supplement notice: what the clerk wrote, else the default.
    QString note(int row) const;
    void setNote(int row, const QString &note);
    /// What a required material that was not handed in needs, for the notice: "Not handed in:
    /// bring 1 original."
    static QString defaultNote(const core::Material &material);

    /// The ids of the materials handed in, in catalogue order.
    QStringList handedIn() const;
    /// Every scan as the payloads carry it.
    QList<core::Attachment> attachments() const;
    /// The names of the required materials not handed in.
    QStringList missingRequired() const;
    /// The lines of the one-time supplement notice: every required material not handed in,
    /// and every other material the clerk wrote a note for (handed in but deficient), each
    /// with its note.
    QList<core::MaterialProblem> supplementLines() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// A material was ticked or unticked, a scan attached or a note changed.
    void checklistChanged();

private:
    struct Row
    {
        core::Material material;
        bool handedIn = false;
        QList<MaterialScan> scans;
        QString note; // written by the clerk; empty: the default applies
    };

    QVariant displayData(int row, int column) const;
    QVariant fontData(const Row &row, int column) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace sunhall::models
