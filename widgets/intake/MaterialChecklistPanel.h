// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "models/MaterialScanArchive.h"

#include <QGroupBox>
#include <QSet>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace sunhall::models {
class MaterialChecklistModel;
class MaterialScanFolderModel;
} // namespace sunhall::models

namespace sunhall::widgets {

class ScanPreview;

/// The material part of the intake screen (申报材料): the item's checklist, where Space ticks
/// what was handed in and F2 writes a material's note for the supplement notice; scans attached
/// by choosing files (Ctrl+O), by dropping them on the screen, or from the watched scan folder
/// (Enter on a file attaches it to the current material); and a preview of the current scan.
/// Every scan is checked and kept by the archive before it is attached; what went wrong is
/// reported through message().
class MaterialChecklistPanel : public QGroupBox
{
    Q_OBJECT
public:
    MaterialChecklistPanel(models::MaterialChecklistModel &checklist,
                           models::MaterialScanArchive archive, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QListView *scanList() const { return m_scanList; }
    ScanPreview *preview() const { return m_preview; }
    QPushButton *attachButton() const { return m_attachButton; }
    QPushButton *scanFolderButton() const { return m_folderButton; }

    /// The checklist row under `globalPos`, or -1.
    int rowAtGlobal(const QPoint &globalPos) const;
    /// The row scans go to: the current row, else the first required material not handed in.
    int targetRow() const;
    /// Keeps and attaches each file to the material in `row` (the target row when -1).
    /// Returns how many files were attached.
    int attachFiles(const QStringList &paths, int row = -1);
    /// Asks for files to attach to the target row.
    void chooseFiles();
    /// Watches the scan folder at `path` (empty: none).
    core::Status setScanFolder(const QString &path);
    QString scanFolder() const;
    /// Back to a fresh checklist: no preview, no scan marked attached, first row current.
    void reset();
    /// Puts the focus in the checklist on its first row.
    void focusChecklist();

signals:
    /// Something the clerk should read: an attached scan, a file refused and why.
    void message(const QString &text, bool isError);
    /// The clerk chose another scan folder (for the settings).
    void scanFolderChanged(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void layOut();
    bool handleTableKey(const QKeyEvent &key);
    void attachCurrentScan();
    void chooseScanFolder();
    void scanArrived(const QString &path);
    void currentRowChanged();
    void updateSummary();
    void updateFolderLabel();
    QString materialName(int row) const;

    models::MaterialChecklistModel &m_checklist;
    models::MaterialScanArchive m_archive;
    models::MaterialScanFolderModel *m_folder = nullptr;
    QSet<QString> m_attachedSources;
    QTableView *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_folderButton = nullptr;
    QLabel *m_folderLabel = nullptr;
    QListView *m_scanList = nullptr;
    ScanPreview *m_preview = nullptr;
};

} // namespace sunhall::widgets
