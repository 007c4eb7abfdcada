// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"
#include "core/common/Clock.h"
#include "core/time/WorkingCalendar.h"

#include <QMainWindow>

class QKeyEvent;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace sunhall::models {
class CatalogueFilterModel;
class CatalogueModel;
} // namespace sunhall::models

namespace sunhall::widgets {

class ItemDetailPanel;

/// The item catalogue browser (事项目录): a search field on top, the departments and their
/// items on the left, everything about the chosen item on the right, and the hall name,
/// catalogue version and item count in the status bar. Made for the keyboard: typing filters
/// by name or code (a single match is shown at once), Down or Enter moves into the list,
/// Escape or typing in the list goes back to the search field, Ctrl+F finds. The calendar and
/// the clock are borrowed and must outlive the window.
class CatalogueWindow : public QMainWindow
{
    Q_OBJECT
public:
    CatalogueWindow(core::Catalogue catalogue, const core::WorkingCalendar &calendar,
                    const core::Clock &clock, QWidget *parent = nullptr);

    ItemDetailPanel *detailPanel() const { return m_detailPanel; }
    /// Makes the item with `code` current and shows it, clearing a filter that hides it.
    /// False when the catalogue has no such item.
    bool selectItem(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets(const core::WorkingCalendar &calendar, const core::Clock &clock);
    void configureTree();
    void applyFilter(const QString &text);
    void showCurrent(const QModelIndex &current);
    void focusTree();
    void focusSearch();
    void updateStatus();
    bool handleSearchKey(const QKeyEvent &key);
    bool handleTreeKey(const QKeyEvent &key);

    models::CatalogueModel *m_model = nullptr;
    models::CatalogueFilterModel *m_filter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_tree = nullptr;
    ItemDetailPanel *m_detailPanel = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace sunhall::widgets
