// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"
#include "core/common/Clock.h"
#include "core/time/WorkingCalendar.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace sunhall::widgets {

/// Everything about one catalogue item for a window clerk: its name, code and department on
/// top, then the date an application accepted today would be due on (promised and legal limit,
/// counted in working days with the hall's calendar from the injected clock's today; when the
/// calendar lacks the year, the calendar's own explanation instead of a date), then the facts,
/// legal basis, conditions, materials, fees and flow (see ItemDescription). Shows a hint while
/// no item is chosen. The calendar and the clock are borrowed: they must outlive the panel.
class ItemDetailPanel : public QWidget
{
    Q_OBJECT
public:
    ItemDetailPanel(const core::WorkingCalendar &calendar, const core::Clock &clock,
                    QWidget *parent = nullptr);

    /// Shows `item`; department codes are named from `catalogue`. The due dates are counted
    /// from the clock's today at this call.
    void showItem(const core::Item &item, const core::Catalogue &catalogue);
    /// Back to the "choose an item" hint.
    void clear();
    /// The code of the item shown, empty when none.
    QString itemCode() const { return m_itemCode; }

private:
    QWidget *createDetailPage();
    void showDueDates(const core::Item &item);
    /// "2025-03-31 (Monday)" in the current locale, or the calendar's error for that limit.
    core::Result<QString> dueDateText(int limitDays) const;

    const core::WorkingCalendar &m_calendar;
    const core::Clock &m_clock;
    QString m_itemCode;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_dueDateLabel = nullptr;
    QLabel *m_legalDueDateLabel = nullptr;
    QTextBrowser *m_detailsBrowser = nullptr;
};

} // namespace sunhall::widgets
