// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/MaterialChecklistModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sunhall::models {

namespace {

const QColor missingColour(0xa6, 0x1b, 0x1b);
const QColor defaultNoteColour(0x6b, 0x6b, 0x6b);

bool isMissing(const core::Material &material, bool handedIn)
{
    return material.required && !handedIn;
}

} // namespace

MaterialChecklistModel::MaterialChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MaterialChecklistModel::setItem(const core::Item &item)
{
    beginResetModel();
    m_rows.clear();
    for (const core::Material &material : item.materials)
        m_rows.append(Row{material, false, {}, {}});
    endResetModel();
    emit checklistChanged();
}

void MaterialChecklistModel::clear()
{
    setItem(core::Item{});
}

const core::Material *MaterialChecklistModel::material(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).material;
}

int MaterialChecklistModel::rowOf(const QString &materialId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).material.id == materialId)
            return row;
    }
    return -1;
}

bool MaterialChecklistModel::isHandedIn(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).handedIn;
}

void MaterialChecklistModel::setHandedIn(int row, bool handedIn)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).handedIn == handedIn)
        return;
    m_rows[row].handedIn = handedIn;
    rowChanged(row);
}

bool MaterialChecklistModel::addScan(int row, const MaterialScan &scan)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &target = m_rows[row];
    for (const MaterialScan &kept : std::as_const(target.scans)) {
        if (kept.sha256 == scan.sha256)
            return false;
    }
    target.scans.append(scan);
    target.handedIn = true;
    rowChanged(row);
    return true;
}

QList<MaterialScan> MaterialChecklistModel::scans(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).scans;
}

QString MaterialChecklistModel::note(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    if (!r.note.trimmed().isEmpty())
        return r.note.trimmed();
    return isMissing(r.material, r.handedIn) ? defaultNote(r.material) : QString();
}

void MaterialChecklistModel::setNote(int row, const QString &note)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).note == note)
        return;
    m_rows[row].note = note;
    rowChanged(row);
}

QString MaterialChecklistModel::defaultNote(const core::Material &material)
{
    const int copies = qMax(1, material.copies);
    QString what;
    switch (material.form) {
    case core::MaterialForm::Original:
        what = tr("%n original(s)", nullptr, copies);
        break;
    case core::MaterialForm::Copy:
        what = tr("%n copy(ies)", nullptr, copies);
        break;
    case core::MaterialForm::OriginalAndCopy:
        what = tr("the original and %n copy(ies)", nullptr, copies);
        break;
    case core::MaterialForm::Electronic:
        what = tr("the electronic file");
        break;
    }
    return tr("Not handed in: bring %1.", "what to bring").arg(what);
}

QStringList MaterialChecklistModel::handedIn() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.handedIn)
            ids.append(row.material.id);
    }
    return ids;
}

QList<core::Attachment> MaterialChecklistModel::attachments() const
{
    QList<core::Attachment> all;
    for (const Row &row : m_rows) {
        for (const MaterialScan &scan : row.scans)
            all.append(core::Attachment{row.material.id, scan.sha256, scan.fileName});
    }
    return all;
}

QStringList MaterialChecklistModel::missingRequired() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (isMissing(row.material, row.handedIn))
            names.append(row.material.name);
    }
    return names;
}

QList<core::MaterialProblem> MaterialChecklistModel::supplementLines() const
{
    QList<core::MaterialProblem> lines;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (isMissing(row.material, row.handedIn) || !row.note.trimmed().isEmpty())
            lines.append(core::MaterialProblem{row.material.id, note(i)});
    }
    return lines;
}

int MaterialChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaterialChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaterialChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool missing = isMissing(row.material, row.handedIn);
    const bool defaultNoteShown = row.note.trimmed().isEmpty() && missing;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::EditRole:
        return index.column() == NoteColumn ? row.note : displayData(index.row(), index.column());
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return row.handedIn ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == NameColumn && missing)
            return QBrush(missingColour);
        if (index.column() == NoteColumn && defaultNoteShown)
            return QBrush(defaultNoteColour);
        return {};
    case Qt::FontRole:
        return fontData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ScansColumn && !row.scans.isEmpty()) {
            QStringList names;
            for (const MaterialScan &scan : row.scans)
                names.append(scan.fileName);
            return names.join(QLatin1Char('\n'));
        }
        if (index.column() == NoteColumn)
            return tr("What the one-time supplement notice says about this material (F2 to edit)");
        return displayData(index.row(), NameColumn);
    case Qt::TextAlignmentRole:
        if (index.column() == CopiesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MaterialIdRole:
        return row.material.id;
    case HandedInRole:
        return row.handedIn;
    case RequiredRole:
        return row.material.required;
    case MissingRole:
        return missing;
    case ScanCountRole:
        return int(row.scans.size());
    case NoteIsDefaultRole:
        return defaultNoteShown;
    default:
        return {};
    }
}

QVariant MaterialChecklistModel::displayData(int rowIndex, int column) const
{
    const Row &row = m_rows.at(rowIndex);
    switch (column) {
    case NameColumn:
        if (row.material.note.isEmpty())
            return row.material.name;
        return tr("%1 (%2)", "material name, catalogue note")
            .arg(row.material.name, row.material.note);
    case RequiredColumn:
        return row.material.required ? tr("Required") : tr("Optional");
    case FormColumn:
        return core::materialFormDisplayName(row.material.form);
    case CopiesColumn:
        return qMax(1, row.material.copies);
    case ScansColumn:
        if (row.scans.isEmpty())
            return QString();
        if (row.scans.size() == 1)
            return row.scans.first().fileName;
        return tr("%n scan(s)", nullptr, int(row.scans.size()));
    case NoteColumn:
        return note(rowIndex);
    default:
        return {};
    }
}

QVariant MaterialChecklistModel::fontData(const Row &row, int column) const
{
    if (column == NameColumn && row.material.required) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == NoteColumn && row.note.trimmed().isEmpty()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

bool MaterialChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (index.column() == NameColumn && role == Qt::CheckStateRole) {
        setHandedIn(index.row(), value.toInt() == Qt::Checked);
        return true;
    }
    if (index.column() == NoteColumn && role == Qt::EditRole) {
        setNote(index.row(), value.toString());
        return true;
    }
    return false;
}

QVariant MaterialChecklistModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Material (Space: handed in)");
    case RequiredColumn:
        return tr("Required");
    case FormColumn:
        return tr("Form");
    case CopiesColumn:
        return tr("Copies");
    case ScansColumn:
        return tr("Scans");
    case NoteColumn:
        return tr("Note for the supplement notice");
    default:
        return {};
    }
}

Qt::ItemFlags MaterialChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == NoteColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

void MaterialChecklistModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit checklistChanged();
}

} // namespace sunhall::models
