// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intake/ItemPicker.h"

#include "models/CatalogueFilterModel.h"
#include "models/CatalogueModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace sunhall::widgets {

using models::CatalogueModel;

ItemPicker::ItemPicker(QWidget *parent)
    : QGroupBox(tr("2  Item"), parent)
{
    setObjectName(QStringLiteral("itemGroupBox"));
    m_model = new CatalogueModel(this);
    m_filter = new models::CatalogueFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("itemSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Code or any part of the name (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &ItemPicker::applySearch);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("itemTreeView"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->installEventFilter(this);
    for (const int hidden : {CatalogueModel::LegalLimitColumn, CatalogueModel::FeeColumn})
        m_tree->setColumnHidden(hidden, true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(CatalogueModel::NameColumn, QHeaderView::Stretch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ItemPicker::currentChanged);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("itemCountLabel"));
    m_countLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_countLabel);
    showCount();
}

void ItemPicker::setCatalogue(core::Catalogue catalogue)
{
    const QString chosen = m_chosen;
    m_model->setCatalogue(std::move(catalogue));
    m_tree->expandAll();
    // Sized once per catalogue, not on every keystroke of a search.
    for (const int column : {CatalogueModel::CodeColumn, CatalogueModel::KindColumn,
                             CatalogueModel::PromisedLimitColumn})
        m_tree->resizeColumnToContents(column);
    m_chosen.clear();
    if (chosen.isEmpty() || !chooseItem(chosen))
        emit itemChosen(QString());
    showCount();
}

const core::Catalogue &ItemPicker::catalogue() const
{
    return m_model->catalogue();
}

const core::Item *ItemPicker::chosenItem() const
{
    return m_chosen.isEmpty() ? nullptr : m_model->catalogue().item(m_chosen);
}

bool ItemPicker::chooseItem(const QString &code)
{
    const QModelIndex source = m_model->indexOfItem(code);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid())
        m_searchEdit->clear();
    const QModelIndex shown = m_filter->mapFromSource(source);
    m_tree->scrollTo(shown);
    m_tree->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    setChosen(code);
    return true;
}

void ItemPicker::clear()
{
    m_searchEdit->clear();
    m_tree->selectionModel()->clear();
    m_tree->scrollToTop();
    setChosen(QString());
}

void ItemPicker::applySearch(const QString &text)
{
    m_filter->setFilterText(text);
    m_tree->expandAll();
    // One match is what the clerk was looking for: take it without another key press.
    if (m_filter->matchingItemCount() == 1) {
        m_tree->selectionModel()->setCurrentIndex(m_filter->firstItemIndex(),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }
    showCount();
}

void ItemPicker::currentChanged(const QModelIndex &current)
{
    // A search that hides the chosen item does not unchoose it: the clerk may be looking.
    if (const core::Item *item = m_model->item(m_filter->mapToSource(current)))
        setChosen(item->code);
}

void ItemPicker::setChosen(const QString &code)
{
    if (code == m_chosen)
        return;
    m_chosen = code;
    emit itemChosen(code);
}

void ItemPicker::showCount()
{
    const int total = int(m_model->catalogue().items.size());
    if (m_filter->filterText().isEmpty())
        m_countLabel->setText(tr("%n item(s) in the catalogue", nullptr, total));
    else if (m_filter->matchingItemCount() == 0)
        m_countLabel->setText(
            tr("No item has “%1” in its code or name.").arg(m_filter->filterText()));
    else
        m_countLabel->setText(
            tr("%1 of %n item(s) match", nullptr, total).arg(m_filter->matchingItemCount()));
}

bool ItemPicker::takeCurrentOrFirst()
{
    if (!m_model->item(m_filter->mapToSource(m_tree->currentIndex()))) {
        const QModelIndex first = m_filter->firstItemIndex();
        if (!first.isValid())
            return false;
        m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
    return true;
}

bool ItemPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QGroupBox::eventFilter(watched, event);
    const auto &key = static_cast<const QKeyEvent &>(*event);
    const bool enter = key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter;
    if (watched == m_searchEdit) {
        if (enter && key.modifiers() == Qt::NoModifier) {
            if (takeCurrentOrFirst())
                emit moveOn();
            return true;
        }
        if (key.key() == Qt::Key_Down || key.key() == Qt::Key_PageDown) {
            takeCurrentOrFirst();
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    if (watched == m_tree) {
        if (enter && key.modifiers() == Qt::NoModifier) {
            if (chosenItem())
                emit moveOn();
            return true;
        }
        if (key.key() == Qt::Key_Escape) {
            m_searchEdit->setFocus(Qt::ShortcutFocusReason);
            m_searchEdit->selectAll();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace sunhall::widgets
