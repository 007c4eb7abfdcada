// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intake/MaterialChecklistPanel.h"

#include "models/MaterialChecklistModel.h"
#include "models/MaterialScanFolderModel.h"
#include "widgets/intake/ScanPreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sunhall::widgets {

using models::MaterialChecklistModel;

MaterialChecklistPanel::MaterialChecklistPanel(MaterialChecklistModel &checklist,
                                               models::MaterialScanArchive archive, QWidget *parent)
    : QGroupBox(tr("3  Materials"), parent)
    , m_checklist(checklist)
    , m_archive(std::move(archive))
{
    setObjectName(QStringLiteral("materialGroupBox"));
    m_folder = new models::MaterialScanFolderModel(this);
    connect(m_folder, &models::MaterialScanFolderModel::scanArrived, this,
            &MaterialChecklistPanel::scanArrived);
    createWidgets();
    layOut();
    connect(&m_checklist, &MaterialChecklistModel::checklistChanged, this,
            &MaterialChecklistPanel::updateSummary);
    connect(&m_checklist, &QAbstractItemModel::modelReset, this, &MaterialChecklistPanel::reset);
    updateSummary();
    updateFolderLabel();
}

void MaterialChecklistPanel::createWidgets()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("materialTableView"));
    m_table->setModel(&m_checklist);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MaterialChecklistModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MaterialChecklistModel::NoteColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MaterialChecklistPanel::currentRowChanged);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("materialSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);

    m_attachButton = new QPushButton(tr("Attach files… (Ctrl+O)"), this);
    m_attachButton->setObjectName(QStringLiteral("attachFilesButton"));
    m_attachButton->setAutoDefault(true); // Enter presses a focused button, as Space does
    connect(m_attachButton, &QPushButton::clicked, this, &MaterialChecklistPanel::chooseFiles);
    m_folderButton = new QPushButton(tr("Scan folder…"), this);
    m_folderButton->setObjectName(QStringLiteral("scanFolderButton"));
    m_folderButton->setAutoDefault(true);
    connect(m_folderButton, &QPushButton::clicked, this, &MaterialChecklistPanel::chooseScanFolder);

    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(QStringLiteral("scanFolderLabel"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_scanList = new QListView(this);
    m_scanList->setObjectName(QStringLiteral("scanFolderListView"));
    m_scanList->setModel(m_folder);
    m_scanList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scanList->installEventFilter(this);
    connect(m_scanList, &QListView::activated, this, &MaterialChecklistPanel::attachCurrentScan);
    connect(m_scanList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_preview->showFile(m_folder->filePath(current.row()));
            });

    m_preview = new ScanPreview(this);
}

void MaterialChecklistPanel::layOut()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_folderButton);
    buttons->addStretch(1);

    auto *scans = new QWidget(this);
    auto *scansLayout = new QVBoxLayout(scans);
    scansLayout->setContentsMargins(0, 0, 0, 0);
    scansLayout->addLayout(buttons);
    scansLayout->addWidget(m_folderLabel);
    scansLayout->addWidget(m_scanList, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("scanSplitter"));
    lower->addWidget(scans);
    lower->addWidget(m_preview);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addWidget(m_summaryLabel);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("materialSplitter"));
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

QString MaterialChecklistPanel::materialName(int row) const
{
    const core::Material *material = m_checklist.material(row);
    return material ? material->name : QString();
}

int MaterialChecklistPanel::rowAtGlobal(const QPoint &globalPos) const
{
    const QPoint local = m_table->viewport()->mapFromGlobal(globalPos);
    if (!m_table->viewport()->rect().contains(local))
        return -1;
    return m_table->rowAt(local.y());
}

int MaterialChecklistPanel::targetRow() const
{
    const int current = m_table->currentIndex().row();
    if (current >= 0)
        return current;
    for (int row = 0; row < m_checklist.rowCount(); ++row) {
        if (m_checklist.data(m_checklist.index(row, 0), MaterialChecklistModel::MissingRole)
                .toBool())
            return row;
    }
    return m_checklist.rowCount() > 0 ? 0 : -1;
}

int MaterialChecklistPanel::attachFiles(const QStringList &paths, int row)
{
    const int target = row >= 0 ? row : targetRow();
    if (target < 0) {
        emit message(tr("Choose the item first: scans are attached to its materials."), true);
        return 0;
    }
    QStringList attached;
    QStringList refused;
    models::MaterialScan last;
    for (const QString &path : paths) {
        const core::Result<models::MaterialScan> scan = m_archive.keep(path);
        if (!scan) {
            refused.append(scan.error().message);
            continue;
        }
        if (m_checklist.addScan(target, *scan))
            attached.append(scan->fileName);
        m_attachedSources.insert(scan->sourcePath);
        last = *scan;
    }
    m_folder->setAttached(m_attachedSources);
    m_table->setCurrentIndex(m_checklist.index(target, MaterialChecklistModel::NameColumn));
    if (!last.keptPath.isEmpty())
        m_preview->showFile(last.keptPath, last.fileName);
    if (!refused.isEmpty())
        emit message(refused.join(QLatin1Char('\n')), true);
    else if (!attached.isEmpty())
        emit message(tr("%1 attached to “%2”.", "file names, material")
                         .arg(attached.join(tr(", ")), materialName(target)),
                     false);
    return int(attached.size());
}

void MaterialChecklistPanel::chooseFiles()
{
    const int target = targetRow();
    if (target < 0) {
        emit message(tr("Choose the item first: scans are attached to its materials."), true);
        return;
    }
    const QString start = scanFolder().isEmpty() ? QDir::homePath() : scanFolder();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Attach scans to “%1”").arg(materialName(target)),
                                      start, tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    if (!paths.isEmpty())
        attachFiles(paths, target);
}

void MaterialChecklistPanel::attachCurrentScan()
{
    const QModelIndex current = m_scanList->currentIndex();
    if (current.isValid())
        attachFiles({m_folder->filePath(current.row())});
}

core::Status MaterialChecklistPanel::setScanFolder(const QString &path)
{
    const core::Status watched = m_folder->setFolder(path);
    m_folder->setAttached(m_attachedSources);
    updateFolderLabel();
    return watched;
}

QString MaterialChecklistPanel::scanFolder() const
{
    return m_folder->folder();
}

void MaterialChecklistPanel::chooseScanFolder()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("The folder the scanner saves into"),
                                          scanFolder().isEmpty() ? QDir::homePath() : scanFolder());
    if (path.isEmpty())
        return;
    if (const core::Status watched = setScanFolder(path); !watched) {
        emit message(watched.error().message, true);
        return;
    }
    emit scanFolderChanged(path);
}

void MaterialChecklistPanel::scanArrived(const QString &path)
{
    const int row = m_folder->rowOfPath(path);
    if (row >= 0)
        m_scanList->setCurrentIndex(m_folder->index(row));
    const int target = targetRow();
    emit message(target < 0
                     ? tr("New scan %1 in the scan folder.").arg(QDir::toNativeSeparators(path))
                     : tr("New scan %1 in the scan folder: choose it in the list and press "
                          "Enter to attach it to “%2”.")
                           .arg(QFileInfo(path).fileName(), materialName(target)),
                 false);
}

void MaterialChecklistPanel::reset()
{
    m_attachedSources.clear();
    m_folder->setAttached(m_attachedSources);
    m_preview->clear();
    if (m_checklist.rowCount() > 0)
        m_table->setCurrentIndex(m_checklist.index(0, MaterialChecklistModel::NameColumn));
    updateSummary();
    updateFolderLabel();
}

void MaterialChecklistPanel::focusChecklist()
{
    if (!m_table->currentIndex().isValid() && m_checklist.rowCount() > 0)
        m_table->setCurrentIndex(m_checklist.index(0, MaterialChecklistModel::NameColumn));
    m_table->setFocus(Qt::TabFocusReason);
}

void MaterialChecklistPanel::currentRowChanged()
{
    const QList<models::MaterialScan> scans = m_checklist.scans(m_table->currentIndex().row());
    if (!scans.isEmpty())
        m_preview->showFile(scans.last().keptPath, scans.last().fileName);
    updateFolderLabel();
}

void MaterialChecklistPanel::updateSummary()
{
    const int total = m_checklist.rowCount();
    if (total == 0) {
        m_summaryLabel->setText(tr("Choose an item to see the materials it needs."));
        return;
    }
    const int handedIn = int(m_checklist.handedIn().size());
    const QStringList missing = m_checklist.missingRequired();
    if (missing.isEmpty()) {
        m_summaryLabel->setText(
            tr("%1 of %n material(s) handed in; every required material is here.", nullptr, total)
                .arg(handedIn));
    } else {
        m_summaryLabel->setText(
            tr("%1 of %n material(s) handed in; required but missing: %2.", nullptr, total)
                .arg(handedIn)
                .arg(missing.join(tr(", "))));
    }
}

void MaterialChecklistPanel::updateFolderLabel()
{
    if (scanFolder().isEmpty()) {
        m_folderLabel->setText(tr("No scan folder is watched. Choose the folder the scanner saves "
                                  "into, or attach files."));
        return;
    }
    const int target = targetRow();
    m_folderLabel->setText(
        target < 0 ? tr("Scan folder %1").arg(QDir::toNativeSeparators(scanFolder()))
                   : tr("Scan folder %1 — Enter on a file attaches it to “%2”.")
                         .arg(QDir::toNativeSeparators(scanFolder()), materialName(target)));
}

bool MaterialChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched == m_table &&
        handleTableKey(static_cast<const QKeyEvent &>(*event)))
        return true;
    if (event->type() == QEvent::FocusIn && watched == m_table &&
        !m_table->currentIndex().isValid() && m_checklist.rowCount() > 0)
        m_table->setCurrentIndex(m_checklist.index(0, MaterialChecklistModel::NameColumn));
    return QGroupBox::eventFilter(watched, event);
}

bool MaterialChecklistPanel::handleTableKey(const QKeyEvent &key)
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || (key.modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    switch (key.key()) {
    case Qt::Key_Space:
        m_checklist.setHandedIn(row, !m_checklist.isHandedIn(row));
        return true;
    case Qt::Key_F2:
        m_table->edit(m_checklist.index(row, MaterialChecklistModel::NoteColumn));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row + 1 < m_checklist.rowCount()) {
            m_table->setCurrentIndex(
                m_checklist.index(row + 1, MaterialChecklistModel::NameColumn));
        } else {
            QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
            QCoreApplication::sendEvent(m_table, &tab);
        }
        return true;
    default:
        return false;
    }
}

} // namespace sunhall::widgets
