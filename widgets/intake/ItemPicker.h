// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace sunhall::models {
class CatalogueFilterModel;
class CatalogueModel;
} // namespace sunhall::models

namespace sunhall::widgets {

/// The item part of the intake screen (事项): a search field that narrows the catalogue to the
/// items whose code or name contains what is typed, and the departments with their items
/// below it. The current item is the chosen one; a search that leaves one item chooses it.
/// Made for the keyboard: Down moves from the search into the list, Enter in either takes the
/// item and moves on to the next part of the screen, Escape in the list goes back to the
/// search.
class ItemPicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit ItemPicker(QWidget *parent = nullptr);

    void setCatalogue(core::Catalogue catalogue);
    const core::Catalogue &catalogue() const;
    /// The chosen item, or nullptr. The pointer lives until the next setCatalogue().
    const core::Item *chosenItem() const;
    /// Chooses the item with `code` (clearing a search that hides it); false when unknown.
    bool chooseItem(const QString &code);
    /// No search, no item.
    void clear();
    QLineEdit *searchField() const { return m_searchEdit; }
    QTreeView *list() const { return m_tree; }

signals:
    /// The chosen item changed; `code` is empty when none is chosen.
    void itemChosen(const QString &code);
    /// The clerk took the item with Enter: the screen moves on.
    void moveOn();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch(const QString &text);
    void currentChanged(const QModelIndex &current);
    void setChosen(const QString &code);
    void showCount();
    bool takeCurrentOrFirst();

    models::CatalogueModel *m_model = nullptr;
    models::CatalogueFilterModel *m_filter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_countLabel = nullptr;
    QString m_chosen;
};

} // namespace sunhall::widgets
