// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/RejectedCommandsDialog.h"

#include "core/case/CaseVocabulary.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "models/RejectedCommandModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace sunhall::widgets {

using models::RejectedCommandModel;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px; color:#555;\">%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

RejectedCommandsDialog::RejectedCommandsDialog(core::SyncEngine &engine, core::LocalStore &store,
                                               QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_store(store)
{
    setObjectName(QStringLiteral("rejectedCommandsDialog"));
    setWindowTitle(tr("Rejected commands"));
    m_model = new RejectedCommandModel(this);
    m_model->setObjectName(QStringLiteral("rejectedCommandModel"));
    createWidgets();
    connect(&m_engine, &core::SyncEngine::commandRejected, this, &RejectedCommandsDialog::reload);
    reload();
    resize(960, 600);
}

void RejectedCommandsDialog::createWidgets()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("rejectedSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rejectedTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RejectedCommandsDialog::showCurrent);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("rejectedDetailsTextBrowser"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_dismissButton = buttons->addButton(tr("Mark as seen"), QDialogButtonBox::ActionRole);
    m_dismissButton->setObjectName(QStringLiteral("dismissRejectedButton"));
    m_dismissButton->setToolTip(tr("Take the chosen command off this list; it stays on record."));
    connect(m_dismissButton, &QPushButton::clicked, this, &RejectedCommandsDialog::dismissCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

void RejectedCommandsDialog::reload()
{
    const QUuid current = m_model
                              ->data(m_model->index(m_table->currentIndex().row(), 0),
                                     RejectedCommandModel::CommandIdRole)
                              .toUuid();
    const core::Result<QList<core::OutboxEntry>> rejected = m_engine.rejectedCommands();
    if (!rejected) {
        m_model->setCommands({}, {});
        m_summaryLabel->setText(rejected.error().message);
        showCurrent();
        return;
    }
    QHash<QUuid, core::CaseRow> cases;
    for (const core::OutboxEntry &entry : *rejected) {
        const auto row = m_store.caseRow(entry.caseId);
        if (row && row->has_value())
            cases.insert(entry.caseId, **row);
    }
    m_model->setCommands(*rejected, cases);
    const int rows = m_model->rowCount();
    m_summaryLabel->setText(
        rows == 0 ? tr("The hall server has rejected none of your commands.")
                  : tr("The hall server rejected %n of your command(s). Nothing of a rejected "
                       "command was recorded; read the reason and what to do next.",
                       nullptr, rows));
    const int select = std::max(0, m_model->rowOf(current));
    if (rows > 0)
        m_table->selectRow(select);
    showCurrent();
}

void RejectedCommandsDialog::showCurrent()
{
    const int current = m_table->currentIndex().row();
    const bool chosen = m_model->command(current) != nullptr;
    m_dismissButton->setEnabled(chosen);
    m_details->setHtml(chosen ? detailsHtml(current) : QString());
}

QString RejectedCommandsDialog::detailsHtml(int index) const
{
    const core::OutboxEntry &entry = *m_model->command(index);
    QString reason = entry.rejection.message;
    if (!entry.rejection.field.isEmpty())
        reason = tr("%1 (field: %2)", "reason (field)").arg(reason, entry.rejection.field);
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(core::commandDisplayName(entry.type).toHtmlEscaped());
    html += row(tr("Case"), m_model->caseDescription(index));
    html += row(tr("Made at"), timeText(entry.createdAt));
    html += row(tr("Rejected at"), timeText(entry.resultAt));
    html += row(tr("Reason"), reason);
    html += row(tr("Code"), entry.rejection.code);
    html += QStringLiteral("</table><h4>%1</h4><p>%2</p>")
                .arg(tr("What to do next").toHtmlEscaped(),
                     RejectedCommandModel::nextStep(entry.rejection).toHtmlEscaped());
    return html;
}

void RejectedCommandsDialog::dismissCurrent()
{
    const int current = m_table->currentIndex().row();
    const core::OutboxEntry *entry = m_model->command(current);
    if (!entry)
        return;
    const core::Status dismissed = m_engine.dismissRejected(entry->commandId);
    if (!dismissed) {
        m_summaryLabel->setText(dismissed.error().message);
        return;
    }
    reload();
}

} // namespace sunhall::widgets
