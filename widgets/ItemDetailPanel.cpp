// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ItemDetailPanel.h"

#include "core/time/DeadlineClock.h"
#include "widgets/ItemDescription.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sunhall::widgets {

namespace {

const QString dueFrameStyle =
    QStringLiteral("QFrame#dueDateFrame { background-color: #e8f1fb; border: 1px solid #9cc3e6; "
                   "border-radius: 4px; }");
const QString dueFrameErrorStyle =
    QStringLiteral("QFrame#dueDateFrame { background-color: #fdecea; border: 1px solid #e39a92; "
                   "border-radius: 4px; }");

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ItemDetailPanel::ItemDetailPanel(const core::WorkingCalendar &calendar, const core::Clock &clock,
                                 QWidget *parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_clock(clock)
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("itemDetailStackedWidget"));
    auto *hint = wrappingLabel(QStringLiteral("itemPlaceholderLabel"), m_pages);
    hint->setText(tr("Choose an item in the catalogue to see its materials, fees, time limits "
                     "and flow."));
    hint->setAlignment(Qt::AlignCenter);
    hint->setMargin(24);
    m_pages->addWidget(hint);
    m_pages->addWidget(createDetailPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget *ItemDetailPanel::createDetailPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("itemDetailPageWidget"));
    m_nameLabel = wrappingLabel(QStringLiteral("itemNameLabel"), page);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_summaryLabel = wrappingLabel(QStringLiteral("itemSummaryLabel"), page);

    auto *dueFrame = new QFrame(page);
    dueFrame->setObjectName(QStringLiteral("dueDateFrame"));
    m_dueDateLabel = wrappingLabel(QStringLiteral("dueDateLabel"), dueFrame);
    QFont dueFont = m_dueDateLabel->font();
    dueFont.setBold(true);
    m_dueDateLabel->setFont(dueFont);
    m_legalDueDateLabel = wrappingLabel(QStringLiteral("legalDueDateLabel"), dueFrame);
    auto *dueLayout = new QVBoxLayout(dueFrame);
    dueLayout->setContentsMargins(10, 8, 10, 8);
    dueLayout->addWidget(m_dueDateLabel);
    dueLayout->addWidget(m_legalDueDateLabel);

    m_detailsBrowser = new QTextBrowser(page);
    m_detailsBrowser->setObjectName(QStringLiteral("itemDetailsTextBrowser"));
    m_detailsBrowser->setOpenLinks(false);
    m_detailsBrowser->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(dueFrame);
    layout->addWidget(m_detailsBrowser, 1);
    return page;
}

void ItemDetailPanel::showItem(const core::Item &item, const core::Catalogue &catalogue)
{
    m_itemCode = item.code;
    m_nameLabel->setText(item.name);
    const core::Department *department = catalogue.department(item.department);
    m_summaryLabel->setText(tr("%1 · %2 · %3", "item code, department name, item kind")
                                .arg(item.code, department ? department->name : item.department,
                                     core::itemKindDisplayName(item.kind)));
    showDueDates(item);
    m_detailsBrowser->setHtml(ItemDescription::toHtml(item, catalogue));
    m_pages->setCurrentIndex(1);
}

void ItemDetailPanel::clear()
{
    m_itemCode.clear();
    m_pages->setCurrentIndex(0);
}

void ItemDetailPanel::showDueDates(const core::Item &item)
{
    auto *frame = m_dueDateLabel->parentWidget();
    const core::Result<QString> promised = dueDateText(item.promisedLimitDays);
    if (!promised) {
        // The calendar's own words say which year is missing and who must add it.
        m_dueDateLabel->setText(promised.error().message);
        m_legalDueDateLabel->hide();
        frame->setStyleSheet(dueFrameErrorStyle);
        return;
    }
    m_dueDateLabel->setText(item.promisedLimitDays == 0
                                ? tr("Accepted today, decided on the spot: %1").arg(*promised)
                                : tr("Accepted today, due on %1").arg(*promised));
    const core::Result<QString> legal = dueDateText(item.legalLimitDays);
    m_legalDueDateLabel->setText(legal ? tr("Legal limit ends on %1").arg(*legal)
                                       : legal.error().message);
    m_legalDueDateLabel->show();
    frame->setStyleSheet(legal ? dueFrameStyle : dueFrameErrorStyle);
}

core::Result<QString> ItemDetailPanel::dueDateText(int limitDays) const
{
    const core::DeadlineClock clock(m_calendar);
    const core::Result<QDate> due =
        clock.dueDate(core::ClockSpec{m_clock.today(), limitDays, 0, {}});
    if (!due)
        return due.error();
    return tr("%1 (%2)", "a date and its weekday")
        .arg(due->toString(Qt::ISODate), QLocale().dayName(due->dayOfWeek()));
}

} // namespace sunhall::widgets
