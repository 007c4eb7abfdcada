// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "models/SettlementReport.h"
#include "models/SettlementSignOff.h"
#include "widgets/cashier/SettlementDocument.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace sunhall::core {
class Clock;
class LocalStore;
} // namespace sunhall::core

namespace sunhall::models {
class CashierBook;
class SettlementModel;
class SettlementSignOffLog;
} // namespace sunhall::models

namespace sunhall::widgets {

/// The settlements (日结, 周对账, 月汇总): pick the kind, a day in the period and the cashier
/// (the logged-in one, another cashier seen in the period, or all of them) and read the figures
/// by day and method, with the net in figures and capitals. The logged-in cashier signs off
/// their own daily settlement with their password (SignOffDialog); the sign-off is kept in the
/// workstation's SettlementSignOffLog, and a week or a month shows, day by day, whether each
/// settlement was signed off and still matches the books. The print and export buttons ask the
/// screen to output document() or report().
class SettlementPage : public QWidget
{
    Q_OBJECT
public:
    SettlementPage(const models::CashierBook &book, models::SettlementSignOffLog &log,
                   const core::LocalStore &store, const core::Clock &clock, core::Actor cashier,
                   QString workstation, QWidget *parent = nullptr);

    void refresh();
    void setPeriod(models::SettlementPeriod period);
    void setDay(const QDate &day);
    /// Shows the settlement of `cashierId` (empty: all cashiers); false when not offered.
    bool setCashier(const QString &cashierId);
    void setHallName(const QString &name) { m_hallName = name; }

    models::SettlementReport report() const;
    SettlementDocument document() const;
    /// The newest sign-off of the daily settlement shown, if any.
    std::optional<models::SettlementSignOff> signOff() const;
    /// Opens the sign-off dialog for the daily settlement shown, when it is the logged-in
    /// cashier's; otherwise says why not.
    void requestSignOff();
    void showMessage(const QString &text, bool isError);

signals:
    void signedOff(const sunhall::models::SettlementSignOff &signOff);
    void printRequested();
    void previewRequested();
    void savePdfRequested();
    void exportCsvRequested();

private:
    QWidget *createButtons();
    void refreshCashiers();
    models::SettlementReport build(models::SettlementPeriod period, const QDate &day,
                                   const QString &cashierId) const;
    QString signOffText(const QDate &day, const QString &cashierId) const;
    QHash<QDate, QString> daySignOffs() const;
    void updateStatus();
    void recordSignOff();

    const models::CashierBook &m_book;
    models::SettlementSignOffLog &m_log;
    const core::LocalStore &m_store;
    const core::Clock &m_clock;
    core::Actor m_cashier;
    QString m_workstation;
    QString m_hallName;
    models::SettlementModel *m_model = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QDateEdit *m_dayEdit = nullptr;
    QComboBox *m_cashierCombo = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_signOffButton = nullptr;
};

} // namespace sunhall::widgets
