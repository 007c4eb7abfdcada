// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cashier/FeeCollectPage.h"

#include "core/values/MoneyWords.h"
#include "models/CashierBook.h"
#include "models/CashierCaseModel.h"
#include "models/SettlementReport.h"
#include "widgets/cashier/FeeCasePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sunhall::widgets {

namespace {

bool isEnter(const QKeyEvent &key)
{
    return key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter;
}

} // namespace

FeeCollectPage::FeeCollectPage(models::CashierBook &book, models::FeeCollection &collection,
                               QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_collection(collection)
{
    setObjectName(QStringLiteral("feeCollectPage"));
    m_model = new models::CashierCaseModel(this);
    m_model->setObjectName(QStringLiteral("cashierCaseModel"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("feeCollectSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListSide());
    splitter->addWidget(createCaseSide());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_searchEdit, m_caseView);
    setTabOrder(m_caseView, m_methodCombo);
    setTabOrder(m_methodCombo, m_amountEdit);
    setTabOrder(m_amountEdit, m_reductionEdit);
    setTabOrder(m_reductionEdit, m_basisEdit);
    setTabOrder(m_basisEdit, m_printCheck);
    setTabOrder(m_printCheck, m_collectButton);
    refresh();
}

QWidget *FeeCollectPage::createListSide()
{
    auto *side = new QWidget(this);
    m_searchEdit = new QLineEdit(side);
    m_searchEdit->setObjectName(QStringLiteral("caseSearchLineEdit"));
    m_searchEdit->setPlaceholderText(
        tr("Case number, applicant's name or ID number (Ctrl+F), then Enter"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        updateSummary();
        if (!text.isEmpty() && m_model->rowCount() == 1)
            chooseFirst();
    });

    m_caseView = new QTableView(side);
    m_caseView->setObjectName(QStringLiteral("feeCaseTableView"));
    m_caseView->setModel(m_model);
    m_caseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseView->setAlternatingRowColors(true);
    m_caseView->verticalHeader()->hide();
    m_caseView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_caseView->horizontalHeader()->setSectionResizeMode(models::CashierCaseModel::ItemColumn,
                                                         QHeaderView::Stretch);
    m_caseView->installEventFilter(this);
    connect(m_caseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeeCollectPage::showCurrent);

    m_summaryLabel = new QLabel(side);
    m_summaryLabel->setObjectName(QStringLiteral("feeCaseSummaryLabel"));

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_caseView, 1);
    layout->addWidget(m_summaryLabel);
    return side;
}

QWidget *FeeCollectPage::createCaseSide()
{
    auto *side = new QWidget(this);
    m_casePanel = new FeeCasePanel(side);
    m_casePanel->setObjectName(QStringLiteral("feeCasePanel"));
    auto *scroll = new QScrollArea(side);
    scroll->setObjectName(QStringLiteral("feeCaseScrollArea"));
    scroll->setWidget(m_casePanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(createForm());
    return side;
}

QWidget *FeeCollectPage::createForm()
{
    auto *box = new QGroupBox(tr("Collect"), this);
    box->setObjectName(QStringLiteral("collectGroupBox"));
    m_methodCombo = new QComboBox(box);
    m_methodCombo->setObjectName(QStringLiteral("paymentMethodComboBox"));
    int number = 1;
    for (const core::PaymentMethod method : models::SettlementReport::methods()) {
        // Numbered so that typing the digit picks the method, whatever the language.
        m_methodCombo->addItem(
            tr("%1 %2", "number, payment method")
                .arg(QString::number(number++), core::paymentMethodDisplayName(method)),
            int(method));
    }
    m_methodCombo->installEventFilter(this);

    m_amountEdit = new QLineEdit(box);
    m_amountEdit->setObjectName(QStringLiteral("amountLineEdit"));
    m_amountEdit->setPlaceholderText(tr("Amount in yuan"));
    m_amountEdit->installEventFilter(this);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &FeeCollectPage::updateCapitals);
    m_capitalsLabel = new QLabel(box);
    m_capitalsLabel->setObjectName(QStringLiteral("amountCapitalsLabel"));
    m_capitalsLabel->setWordWrap(true);

    m_reductionEdit = new QLineEdit(box);
    m_reductionEdit->setObjectName(QStringLiteral("reductionLineEdit"));
    m_reductionEdit->setPlaceholderText(tr("Only when the applicant is entitled to one"));
    m_reductionEdit->installEventFilter(this);
    connect(m_reductionEdit, &QLineEdit::textEdited, this, &FeeCollectPage::reductionEdited);
    m_basisEdit = new QLineEdit(box);
    m_basisEdit->setObjectName(QStringLiteral("reductionBasisLineEdit"));
    m_basisEdit->setPlaceholderText(tr("The law, regulation or notice that grants the reduction"));
    m_basisEdit->installEventFilter(this);

    m_printCheck = new QCheckBox(tr("&Print the receipt after collecting"), box);
    m_printCheck->setObjectName(QStringLiteral("printAfterCollectCheckBox"));
    m_printCheck->setChecked(true);
    m_collectButton = new QPushButton(tr("Collect and issue the receipt (F9)"), box);
    m_collectButton->setObjectName(QStringLiteral("collectButton"));
    m_collectButton->setAutoDefault(true);
    connect(m_collectButton, &QPushButton::clicked, this, [this]() { (void)collect(); });

    m_messageLabel = new QLabel(box);
    m_messageLabel->setObjectName(QStringLiteral("collectMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lastReceiptLabel = new QLabel(box);
    m_lastReceiptLabel->setObjectName(QStringLiteral("lastReceiptLabel"));
    m_lastReceiptLabel->setWordWrap(true);
    m_receiptButtons = new QWidget(box);
    auto *buttons = new QHBoxLayout(m_receiptButtons);
    buttons->setContentsMargins(0, 0, 0, 0);
    const auto addButton = [this, buttons](const QString &name, const QString &text,
                                           void (FeeCollectPage::*signal)(const QString &)) {
        auto *button = new QPushButton(text, m_receiptButtons);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this,
                [this, signal]() { emit(this->*signal)(m_lastReceipt); });
        buttons->addWidget(button);
    };
    addButton(QStringLiteral("printLastReceiptButton"), tr("Print again (Ctrl+P)"),
              &FeeCollectPage::printRequested);
    addButton(QStringLiteral("previewLastReceiptButton"), tr("Print preview (Ctrl+Shift+P)"),
              &FeeCollectPage::previewRequested);
    addButton(QStringLiteral("saveLastReceiptButton"), tr("Save as PDF (Ctrl+Shift+S)"),
              &FeeCollectPage::savePdfRequested);
    buttons->addStretch(1);
    m_receiptButtons->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_methodCombo);
    form->addRow(tr("&Amount:"), m_amountEdit);
    form->addRow(QString(), m_capitalsLabel);
    form->addRow(tr("&Reduction:"), m_reductionEdit);
    form->addRow(tr("Legal &basis:"), m_basisEdit);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_printCheck);
    layout->addWidget(m_collectButton);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_lastReceiptLabel);
    layout->addWidget(m_receiptButtons);
    return box;
}

void FeeCollectPage::refresh()
{
    const QUuid shown = m_shownCase;
    m_model->setCases(m_book.casesWithFeeDue());
    updateSummary();
    const int row = m_model->rowOf(shown);
    if (row >= 0) {
        m_caseView->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    }
    showCurrent();
}

void FeeCollectPage::updateSummary()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_summaryLabel->setText(shown == total
                                ? tr("%n case(s) with fees due", nullptr, total)
                                : tr("%1 of %n case(s) with fees due", nullptr, total).arg(shown));
}

void FeeCollectPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool FeeCollectPage::selectCase(const QString &caseNumber)
{
    m_searchEdit->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->feeCase(row)->state.caseNumber == caseNumber) {
            m_caseView->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void FeeCollectPage::chooseFirst()
{
    const QModelIndex current = m_caseView->currentIndex();
    const QModelIndex chosen = current.isValid() ? current : m_model->index(0, 0);
    if (!chosen.isValid())
        return;
    m_caseView->selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
}

std::optional<models::FeeCase> FeeCollectPage::currentCase() const
{
    if (m_shownCase.isNull())
        return std::nullopt;
    return m_book.feeCase(m_shownCase);
}

void FeeCollectPage::showCurrent()
{
    const models::FeeCase *chosen = m_model->feeCase(m_caseView->currentIndex().row());
    if (chosen) {
        m_collectedCase = QUuid();
        showCase(*chosen);
        return;
    }
    // The case just paid leaves the queue, but the cashier still sees it and its receipt.
    if (const std::optional<models::FeeCase> paid = m_book.feeCase(m_collectedCase)) {
        showCase(*paid);
        return;
    }
    m_shownCase = QUuid();
    m_casePanel->clear();
    m_amountEdit->clear();
    m_reductionEdit->clear();
    m_basisEdit->clear();
}

void FeeCollectPage::showCase(const models::FeeCase &feeCase)
{
    const QUuid previous = m_shownCase;
    m_shownCase = feeCase.state.caseId;
    QList<models::FeeLedgerEntry> voids;
    const QList<models::FeeLedgerEntry> receipts = m_book.receiptsOf(m_shownCase);
    for (const models::FeeLedgerEntry &receipt : receipts) {
        if (std::optional<models::FeeLedgerEntry> voided = m_book.voidOf(receipt.receiptNumber))
            voids.append(*voided);
    }
    m_casePanel->showCase(feeCase, receipts, voids);
    if (previous == m_shownCase)
        return;
    m_reductionEdit->clear();
    m_basisEdit->clear();
    m_amountEdit->setText(feeCase.hasFeeDue() ? feeCase.due().toYuanString() : QString());
    m_messageLabel->clear();
}

void FeeCollectPage::updateCapitals()
{
    const core::Result<core::Money> amount = core::Money::parseYuan(m_amountEdit->text());
    m_capitalsLabel->setText(amount ? tr("In capitals: %1").arg(core::moneyInCapitals(*amount))
                                    : QString());
}

// The amount to collect follows the reduction: the due less what is waived.
void FeeCollectPage::reductionEdited()
{
    const std::optional<models::FeeCase> chosen = currentCase();
    if (!chosen)
        return;
    const QString text = m_reductionEdit->text().trimmed();
    const core::Result<core::Money> reduction =
        text.isEmpty() ? core::Result<core::Money>(core::Money()) : core::Money::parseYuan(text);
    if (reduction && *reduction <= chosen->due())
        m_amountEdit->setText((chosen->due() - *reduction).toYuanString());
}

std::optional<models::FeeCollectionRequest> FeeCollectPage::request()
{
    models::FeeCollectionRequest request;
    request.method = core::PaymentMethod(m_methodCombo->currentData().toInt());
    const core::Result<core::Money> amount = core::Money::parseYuan(m_amountEdit->text());
    if (!amount) {
        showMessage(tr("The amount \"%1\" is not an amount of money: %2")
                        .arg(m_amountEdit->text(), amount.error().message),
                    true);
        focusField(QStringLiteral("amountFen"));
        return std::nullopt;
    }
    request.amount = *amount;
    const QString reductionText = m_reductionEdit->text().trimmed();
    if (!reductionText.isEmpty()) {
        const core::Result<core::Money> reduction = core::Money::parseYuan(reductionText);
        if (!reduction) {
            showMessage(tr("The reduction \"%1\" is not an amount of money: %2")
                            .arg(reductionText, reduction.error().message),
                        true);
            focusField(QStringLiteral("reductionFen"));
            return std::nullopt;
        }
        request.reduction.amount = *reduction;
    }
    request.reduction.basis = m_basisEdit->text().trimmed();
    return request;
}

core::Result<QString> FeeCollectPage::collect()
{
    // A copy: recording the payment refreshes the book and the list under this call.
    const std::optional<models::FeeCase> chosen = currentCase();
    if (!chosen) {
        const core::Error none = core::makeError(
            QStringLiteral("cashier.no-case"),
            tr("Choose a case first: search by case number or applicant and press Enter."));
        showMessage(none.message, true);
        focusSearch();
        return none;
    }
    const std::optional<models::FeeCollectionRequest> wanted = request();
    if (!wanted) {
        return core::makeError(QStringLiteral("cashier.amount-invalid"), m_messageLabel->text(),
                               QStringLiteral("amountFen"));
    }
    const core::Result<QString> receipt = m_collection.collect(*chosen, *wanted);
    if (!receipt) {
        showMessage(models::FeeCollection::explain(receipt.error()), true);
        focusField(receipt.error().field);
        return receipt.error();
    }
    m_lastReceipt = *receipt;
    m_lastReceiptLabel->setText(tr("Receipt %1: %2 by %3 from %4 (case %5).")
                                    .arg(*receipt, wanted->amount.toDisplayString(),
                                         core::paymentMethodDisplayName(wanted->method),
                                         chosen->state.applicant.name, chosen->state.caseNumber));
    m_receiptButtons->setVisible(true);
    showMessage(tr("Collected. Receipt %1 issued.").arg(*receipt), false);
    m_collectedCase = chosen->state.caseId;
    m_caseView->setCurrentIndex({});
    m_searchEdit->clear();
    showCurrent();
    emit collected(*receipt, chosen->state.caseId);
    m_searchEdit->setFocus();
    return receipt;
}

void FeeCollectPage::focusField(const QString &field)
{
    if (field == QLatin1String("reductionBasis"))
        m_basisEdit->setFocus();
    else if (field == QLatin1String("reductionFen"))
        m_reductionEdit->setFocus();
    else if (field == QLatin1String("amountFen"))
        m_amountEdit->setFocus();
    else
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(focusWidget()))
        edit->selectAll();
}

void FeeCollectPage::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b00020;")
                                          : QStringLiteral("color: #1b5e20;"));
    m_messageLabel->setText(text);
}

bool FeeCollectPage::printAfterCollecting() const
{
    return m_printCheck->isChecked();
}

void FeeCollectPage::setPrintAfterCollecting(bool print)
{
    m_printCheck->setChecked(print);
}

bool FeeCollectPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto &key = static_cast<const QKeyEvent &>(*event);
    if (watched == m_searchEdit && key.key() == Qt::Key_Down) {
        chooseFirst();
        m_caseView->setFocus();
        return true;
    }
    if ((watched == m_searchEdit || watched == m_caseView) && isEnter(key)) {
        chooseFirst();
        if (!m_shownCase.isNull())
            m_methodCombo->setFocus();
        return true;
    }
    const int digit = key.key() - Qt::Key_1;
    if (watched == m_methodCombo && digit >= 0 && digit < m_methodCombo->count()) {
        m_methodCombo->setCurrentIndex(digit);
        return true;
    }
    if (watched == m_methodCombo && isEnter(key)) {
        m_amountEdit->setFocus();
        m_amountEdit->selectAll();
        return true;
    }
    if ((watched == m_amountEdit || watched == m_reductionEdit || watched == m_basisEdit) &&
        isEnter(key)) {
        m_collectButton->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sunhall::widgets
