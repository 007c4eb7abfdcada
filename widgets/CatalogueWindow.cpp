// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CatalogueWindow.h"

#include "models/CatalogueFilterModel.h"
#include "models/CatalogueModel.h"
#include "widgets/ItemDetailPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sunhall::widgets {

using models::CatalogueModel;

CatalogueWindow::CatalogueWindow(core::Catalogue catalogue, const core::WorkingCalendar &calendar,
                                 const core::Clock &clock, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("catalogueMainWindow"));
    m_model = new CatalogueModel(this);
    m_model->setObjectName(QStringLiteral("catalogueModel"));
    m_model->setCatalogue(std::move(catalogue));
    m_filter = new models::CatalogueFilterModel(this);
    m_filter->setObjectName(QStringLiteral("catalogueFilterModel"));
    m_filter->setSourceModel(m_model);
    createWidgets(calendar, clock);
    configureTree();

    const QString hall = m_model->catalogue().hallName;
    setWindowTitle(hall.isEmpty() ? tr("Item catalogue")
                                  : tr("Item catalogue — %1", "hall name").arg(hall));
    auto *find = new QAction(tr("Find item"), this);
    find->setObjectName(QStringLiteral("findItemAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &CatalogueWindow::focusSearch);
    addAction(find);
    updateStatus();
    resize(1280, 800);
    m_searchEdit->setFocus();
}

void CatalogueWindow::createWidgets(const core::WorkingCalendar &calendar, const core::Clock &clock)
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("catalogueCentralWidget"));
    m_searchEdit = new QLineEdit(central);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search items by name or code (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &CatalogueWindow::applyFilter);

    m_tree = new QTreeView(central);
    m_tree->setObjectName(QStringLiteral("catalogueTreeView"));
    m_tree->installEventFilter(this);

    // Created after the tree so that Tab goes search field, tree, details.
    m_detailPanel = new ItemDetailPanel(calendar, clock, central);
    m_detailPanel->setObjectName(QStringLiteral("itemDetailPanel"));

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("catalogueSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detailPanel);
    splitter->setStretchFactor(0, 11);
    splitter->setStretchFactor(1, 9);
    splitter->setSizes({704, 576});

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_searchEdit);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("catalogueStatusLabel"));
    statusBar()->setObjectName(QStringLiteral("catalogueStatusBar"));
    statusBar()->addWidget(m_statusLabel, 1);
}

void CatalogueWindow::configureTree()
{
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setMinimumWidth(360);
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CatalogueModel::NameColumn, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    m_tree->expandAll();
    // Most names fit whole; a very long one is elided (its tooltip and the details show it all)
    // rather than pushing code, limits and fee out of sight. The clerk can widen the column.
    const int longestShown = m_tree->fontMetrics().horizontalAdvance(QString(18, QChar(0x4E2D))) +
                             2 * m_tree->indentation();
    m_tree->resizeColumnToContents(CatalogueModel::NameColumn);
    if (m_tree->columnWidth(CatalogueModel::NameColumn) > longestShown)
        m_tree->setColumnWidth(CatalogueModel::NameColumn, longestShown);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogueWindow::showCurrent);
}

bool CatalogueWindow::selectItem(const QString &code)
{
    QModelIndex source = m_model->indexOfItem(code);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid())
        m_searchEdit->clear();
    const QModelIndex shown = m_filter->mapFromSource(source);
    m_tree->scrollTo(shown);
    m_tree->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return true;
}

void CatalogueWindow::applyFilter(const QString &text)
{
    m_filter->setFilterText(text);
    m_tree->expandAll();
    // One match is what the clerk was looking for: show it without another key press.
    if (m_filter->matchingItemCount() == 1) {
        m_tree->selectionModel()->setCurrentIndex(m_filter->firstItemIndex(),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }
    updateStatus();
}

void CatalogueWindow::showCurrent(const QModelIndex &current)
{
    const core::Item *item = m_model->item(m_filter->mapToSource(current));
    if (item)
        m_detailPanel->showItem(*item, m_model->catalogue());
    else
        m_detailPanel->clear();
}

void CatalogueWindow::focusTree()
{
    // Set before focusing: a tree without a current row would make its first department current.
    const QModelIndex first = m_filter->firstItemIndex();
    if (!m_model->item(m_filter->mapToSource(m_tree->currentIndex())) && first.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

void CatalogueWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void CatalogueWindow::updateStatus()
{
    const core::Catalogue &catalogue = m_model->catalogue();
    const int total = int(catalogue.items.size());
    const QString version = QString::number(catalogue.version);
    if (m_filter->filterText().isEmpty()) {
        m_statusLabel->setText(tr("%1 · Catalogue version %2 · %n item(s)", nullptr, total)
                                   .arg(catalogue.hallName, version));
    } else {
        m_statusLabel->setText(
            tr("%1 · Catalogue version %2 · %3 of %n item(s) match", nullptr, total)
                .arg(catalogue.hallName, version, QString::number(m_filter->matchingItemCount())));
    }
}

bool CatalogueWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto &key = static_cast<const QKeyEvent &>(*event);
        if (watched == m_searchEdit && handleSearchKey(key))
            return true;
        if (watched == m_tree && handleTreeKey(key))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

bool CatalogueWindow::handleSearchKey(const QKeyEvent &key)
{
    switch (key.key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        focusTree();
        return true;
    case Qt::Key_Escape:
        if (m_searchEdit->text().isEmpty())
            return false;
        m_searchEdit->clear();
        return true;
    default:
        return false;
    }
}

bool CatalogueWindow::handleTreeKey(const QKeyEvent &key)
{
    if (key.key() == Qt::Key_Escape) {
        focusSearch();
        return true;
    }
    // Typing in the list continues the search instead of jumping to a row by its first letter.
    const QString text = key.text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace();
    if (printable && !(key.modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Not a shortcut focus reason: that would select the text and the key would replace it.
        m_searchEdit->setFocus(Qt::OtherFocusReason);
        m_searchEdit->deselect();
        m_searchEdit->end(false);
        m_searchEdit->insert(text);
        return true;
    }
    return false;
}

} // namespace sunhall::widgets
