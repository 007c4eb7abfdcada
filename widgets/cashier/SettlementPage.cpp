// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/SettlementPage.h"

#include "core/common/Clock.h"
#include "core/values/MoneyWords.h"
#include "models/CashierBook.h"
#include "models/SettlementModel.h"
#include "models/SettlementSignOffLog.h"
#include "widgets/cashier/SignOffDialog.h"
#include "widgets/documents/DocumentText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sunhall::widgets {

using models::SettlementPeriod;
using models::SettlementReport;

SettlementPage::SettlementPage(const models::CashierBook &book, models::SettlementSignOffLog &log,
                               const core::LocalStore &store, const core::Clock &clock,
                               core::Actor cashier, QString workstation, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_log(log)
    , m_store(store)
    , m_clock(clock)
    , m_cashier(std::move(cashier))
    , m_workstation(std::move(workstation))
{
    setObjectName(QStringLiteral("settlementPage"));
    m_model = new models::SettlementModel(this);
    m_model->setObjectName(QStringLiteral("settlementModel"));

    m_periodCombo = new QComboBox(this);
    m_periodCombo->setObjectName(QStringLiteral("settlementPeriodComboBox"));
    for (const SettlementPeriod period :
         {SettlementPeriod::Day, SettlementPeriod::Week, SettlementPeriod::Month})
        m_periodCombo->addItem(SettlementReport::periodName(period), int(period));
    m_dayEdit = new QDateEdit(m_clock.today(), this);
    m_dayEdit->setObjectName(QStringLiteral("settlementDateEdit"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_cashierCombo = new QComboBox(this);
    m_cashierCombo->setObjectName(QStringLiteral("settlementCashierComboBox"));
    m_cashierCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &SettlementPage::refresh);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &SettlementPage::refresh);
    connect(m_cashierCombo, &QComboBox::activated, this, &SettlementPage::refresh);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("settlementTableView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("settlementTotalLabel"));
    m_totalLabel->setWordWrap(true);
    QFont large = m_totalLabel->font();
    large.setPointSizeF(large.pointSizeF() * 1.2);
    large.setBold(true);
    m_totalLabel->setFont(large);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("signOffStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("settlementMessageLabel"));
    m_messageLabel->setWordWrap(true);

    auto *top = new QHBoxLayout;
    const auto labelled = [this, top](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        top->addWidget(label);
        top->addWidget(field);
    };
    labelled(tr("&Settlement:"), m_periodCombo);
    labelled(tr("D&ay:"), m_dayEdit);
    labelled(tr("Cas&hier:"), m_cashierCombo);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(createButtons());
    layout->addWidget(m_messageLabel);
    refresh();
}

QWidget *SettlementPage::createButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_signOffButton = new QPushButton(tr("Sign &off…"), row);
    m_signOffButton->setObjectName(QStringLiteral("signOffButton"));
    connect(m_signOffButton, &QPushButton::clicked, this, &SettlementPage::requestSignOff);
    layout->addWidget(m_signOffButton);
    const auto add = [this, row, layout](const QString &name, const QString &text,
                                         void (SettlementPage::*signal)()) {
        auto *button = new QPushButton(text, row);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, signal);
        layout->addWidget(button);
    };
    add(QStringLiteral("printSettlementButton"), tr("&Print (Ctrl+P)"),
        &SettlementPage::printRequested);
    add(QStringLiteral("previewSettlementButton"), tr("Print pre&view (Ctrl+Shift+P)"),
        &SettlementPage::previewRequested);
    add(QStringLiteral("saveSettlementPdfButton"), tr("Save as P&DF (Ctrl+Shift+S)"),
        &SettlementPage::savePdfRequested);
    add(QStringLiteral("exportSettlementCsvButton"), tr("&Export CSV (Ctrl+E)"),
        &SettlementPage::exportCsvRequested);
    layout->addStretch(1);
    return row;
}

void SettlementPage::setPeriod(SettlementPeriod period)
{
    m_periodCombo->setCurrentIndex(m_periodCombo->findData(int(period)));
}

void SettlementPage::setDay(const QDate &day)
{
    m_dayEdit->setDate(day);
}

bool SettlementPage::setCashier(const QString &cashierId)
{
    const int index = m_cashierCombo->findData(cashierId);
    if (index < 0)
        return false;
    m_cashierCombo->setCurrentIndex(index);
    refresh();
    return true;
}

SettlementReport SettlementPage::build(SettlementPeriod period, const QDate &day,
                                       const QString &cashierId) const
{
    SettlementReport report =
        SettlementReport::build(m_book.entries(SettlementReport::periodStart(period, day),
                                               SettlementReport::periodEnd(period, day)),
                                period, day, cashierId);
    if (cashierId == m_cashier.userId)
        report.setCashierName(m_cashier.name);
    else if (!cashierId.isEmpty() && report.cashierName().isEmpty())
        report.setCashierName(m_cashierCombo->currentText());
    return report;
}

SettlementReport SettlementPage::report() const
{
    return build(SettlementPeriod(m_periodCombo->currentData().toInt()), m_dayEdit->date(),
                 m_cashierCombo->currentData().toString());
}

void SettlementPage::refreshCashiers()
{
    const QString chosen =
        m_cashierCombo->count() ? m_cashierCombo->currentData().toString() : m_cashier.userId;
    const SettlementPeriod period = SettlementPeriod(m_periodCombo->currentData().toInt());
    const QDate day = m_dayEdit->date();
    m_cashierCombo->clear();
    m_cashierCombo->addItem(m_cashier.name, m_cashier.userId);
    for (const models::FeeLedgerEntry &entry :
         m_book.entries(SettlementReport::periodStart(period, day),
                        SettlementReport::periodEnd(period, day))) {
        if (m_cashierCombo->findData(entry.cashierId) < 0)
            m_cashierCombo->addItem(entry.cashierName, entry.cashierId);
    }
    m_cashierCombo->addItem(tr("All cashiers"), QString());
    const int index = m_cashierCombo->findData(chosen);
    m_cashierCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void SettlementPage::refresh()
{
    refreshCashiers();
    const SettlementReport shown = report();
    m_model->setReport(shown, shown.period() == SettlementPeriod::Day ? QHash<QDate, QString>()
                                                                      : daySignOffs());
    m_view->setColumnHidden(models::SettlementModel::DayColumn,
                            shown.period() == SettlementPeriod::Day);
    m_view->setColumnHidden(models::SettlementModel::SignOffColumn,
                            shown.period() == SettlementPeriod::Day || shown.cashierId().isEmpty());
    const core::Money net = shown.total().net();
    m_totalLabel->setText(tr("Net total: %1 (%2)", "amount in figures (in capitals)")
                              .arg(net.toDisplayString(), core::moneyInCapitals(net)));
    updateStatus();
}

QString SettlementPage::signOffText(const QDate &day, const QString &cashierId) const
{
    const std::optional<models::SettlementSignOff> latest = m_log.latest(day, cashierId);
    if (!latest)
        return tr("Not signed off");
    const SettlementReport daily = build(SettlementPeriod::Day, day, cashierId);
    if (!latest->matches(daily)) {
        return tr("Signed off by %1 at %2, but the books changed afterwards")
            .arg(latest->cashierName, DocumentText::dateTime(latest->signedAt));
    }
    return tr("Signed off by %1 at %2")
        .arg(latest->cashierName, DocumentText::dateTime(latest->signedAt));
}

QHash<QDate, QString> SettlementPage::daySignOffs() const
{
    QHash<QDate, QString> notes;
    const QString cashierId = m_cashierCombo->currentData().toString();
    if (cashierId.isEmpty())
        return notes;
    const SettlementReport shown = report();
    for (const QDate &day : shown.days())
        notes.insert(day, signOffText(day, cashierId));
    return notes;
}

std::optional<models::SettlementSignOff> SettlementPage::signOff() const
{
    const SettlementReport shown = report();
    if (shown.period() != SettlementPeriod::Day || shown.cashierId().isEmpty())
        return std::nullopt;
    return m_log.latest(shown.from(), shown.cashierId());
}

void SettlementPage::updateStatus()
{
    const SettlementReport shown = report();
    const bool daily = shown.period() == SettlementPeriod::Day;
    const bool own = shown.cashierId() == m_cashier.userId;
    m_signOffButton->setEnabled(daily && own && shown.from() <= m_clock.today());
    if (!daily) {
        m_statusLabel->setText(shown.cashierId().isEmpty()
                                   ? tr("Choose a cashier to see their daily sign-offs.")
                                   : tr("The last column tells whether each day's settlement "
                                        "was signed off."));
        return;
    }
    m_statusLabel->setText(shown.cashierId().isEmpty()
                               ? tr("Each cashier signs off their own daily settlement.")
                               : signOffText(shown.from(), shown.cashierId()));
}

SettlementDocument SettlementPage::document() const
{
    SettlementDocument document;
    document.hallName = m_hallName;
    document.report = report();
    document.signOff = signOff();
    document.printedAt = m_clock.now();
    if (document.report.period() != SettlementPeriod::Day) {
        const QHash<QDate, QString> notes = daySignOffs();
        for (auto it = notes.cbegin(); it != notes.cend(); ++it)
            document.daySignOffs.insert(it.key(), it.value());
    }
    return document;
}

void SettlementPage::requestSignOff()
{
    const SettlementReport shown = report();
    if (shown.period() != SettlementPeriod::Day || shown.cashierId() != m_cashier.userId) {
        showMessage(tr("Only a daily settlement is signed off, and only by its own cashier: "
                       "choose \"%1\" and yourself.")
                        .arg(SettlementReport::periodName(SettlementPeriod::Day)),
                    true);
        return;
    }
    if (shown.from() > m_clock.today()) {
        showMessage(tr("A day that has not come yet cannot be signed off."), true);
        return;
    }
    auto *dialog = new SignOffDialog(shown, m_store, m_cashier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &SettlementPage::recordSignOff);
    dialog->open();
}

void SettlementPage::recordSignOff()
{
    const SettlementReport shown = report();
    const models::SettlementSignOff signOff =
        models::SettlementSignOff::of(shown, m_workstation, m_clock.now());
    if (core::Status recorded = m_log.record(signOff); !recorded) {
        showMessage(recorded.error().message, true);
        return;
    }
    refresh();
    showMessage(tr("The daily settlement of %1 is signed off: net %2.")
                    .arg(shown.periodText(), shown.total().net().toDisplayString()),
                false);
    emit signedOff(signOff);
}

void SettlementPage::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b00020;")
                                          : QStringLiteral("color: #1b5e20;"));
    m_messageLabel->setText(text);
}

} // namespace sunhall::widgets
