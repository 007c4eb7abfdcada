// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "models/FeeCase.h"
#include "models/FeeCollection.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sunhall::models {
class CashierBook;
class CashierCaseModel;
} // namespace sunhall::models

namespace sunhall::widgets {

class FeeCasePanel;

/// The cashier's main page (收费): the cases with fees due, searched by case number or
/// applicant; the chosen case's fees and what is due; and the collection form — method,
/// amount (the amount due to start with, in capitals beside it), a reduction with its legal
/// basis when the applicant is entitled to one — with the receipt's print buttons after a
/// collection. Keyboard: type in the search field and press Enter to take the first case
/// (Down goes to the list), Enter moves from method to amount to the Collect button, and the
/// methods are numbered so a digit picks one. The core decides every collection; a refusal is
/// shown in words, and the field it is about gets the focus.
class FeeCollectPage : public QWidget
{
    Q_OBJECT
public:
    FeeCollectPage(models::CashierBook &book, models::FeeCollection &collection,
                   QWidget *parent = nullptr);

    /// Shows the book's cases again, keeping the chosen case when it is still listed.
    void refresh();
    void focusSearch();
    /// Chooses the case with `caseNumber` (any listed case); false when it is not listed.
    bool selectCase(const QString &caseNumber);
    std::optional<models::FeeCase> currentCase() const;
    /// Collects as the Collect button does; the receipt number or the refusal.
    core::Result<QString> collect();
    /// The receipt issued last on this page.
    QString lastReceiptNumber() const { return m_lastReceipt; }
    bool printAfterCollecting() const;
    void setPrintAfterCollecting(bool print);
    /// Shows `text` under the form: an error in red, a success in green.
    void showMessage(const QString &text, bool isError);

signals:
    void collected(const QString &receiptNumber, const QUuid &caseId);
    void printRequested(const QString &receiptNumber);
    void previewRequested(const QString &receiptNumber);
    void savePdfRequested(const QString &receiptNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListSide();
    QWidget *createCaseSide();
    QWidget *createForm();
    void showCurrent();
    void showCase(const models::FeeCase &feeCase);
    void chooseFirst();
    void updateCapitals();
    void reductionEdited();
    std::optional<models::FeeCollectionRequest> request();
    void focusField(const QString &field);
    void updateSummary();

    models::CashierBook &m_book;
    models::FeeCollection &m_collection;
    models::CashierCaseModel *m_model = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_caseView = nullptr;
    FeeCasePanel *m_casePanel = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QLineEdit *m_amountEdit = nullptr;
    QLabel *m_capitalsLabel = nullptr;
    QLineEdit *m_reductionEdit = nullptr;
    QLineEdit *m_basisEdit = nullptr;
    QCheckBox *m_printCheck = nullptr;
    QPushButton *m_collectButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_lastReceiptLabel = nullptr;
    QWidget *m_receiptButtons = nullptr;
    QUuid m_shownCase;
    QUuid m_collectedCase; // shown, paid, after a collection until another case is chosen
    QString m_lastReceipt;
};

} // namespace sunhall::widgets
