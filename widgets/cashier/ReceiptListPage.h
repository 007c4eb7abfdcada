// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace sunhall::models {
class CashierBook;
class CashierReceiptModel;
} // namespace sunhall::models

namespace sunhall::widgets {

/// The receipts of a day (票据): every receipt issued or voided that day, valid or void with
/// the reason, for reprinting or voiding one. Voiding asks for the reason (VoidReceiptDialog);
/// a voided receipt stays on the list with its number. Delete or Ctrl+D voids the chosen
/// receipt; the print shortcuts of the screen act on it.
class ReceiptListPage : public QWidget
{
    Q_OBJECT
public:
    ReceiptListPage(const models::CashierBook &book, QDate today, QWidget *parent = nullptr);

    void refresh();
    QDate day() const;
    void setDay(const QDate &day);
    /// The chosen receipt's number; empty when none is chosen.
    QString currentReceipt() const;
    bool selectReceipt(const QString &receiptNumber);
    void showMessage(const QString &text, bool isError);

signals:
    void voidRequested(const QString &receiptNumber);
    void printRequested(const QString &receiptNumber);
    void previewRequested(const QString &receiptNumber);
    void savePdfRequested(const QString &receiptNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    const models::CashierBook &m_book;
    models::CashierReceiptModel *m_model = nullptr;
    QDateEdit *m_dayEdit = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_voidButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sunhall::widgets
