// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intake/IntakeWidget.h"

#include "core/case/CaseSummary.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "core/values/DocumentNumber.h"
#include "models/ApplicantSearchModel.h"
#include "models/MaterialChecklistModel.h"
#include "widgets/ItemDetailPanel.h"
#include "widgets/intake/ApplicantForm.h"
#include "widgets/intake/EnterMovesOn.h"
#include "widgets/intake/IntakeOutcomePanel.h"
#include "widgets/intake/IntakeStatusTone.h"
#include "widgets/intake/ItemPicker.h"
#include "widgets/intake/MaterialChecklistPanel.h"

#include <QCursor>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace sunhall::widgets {

using models::IntakeOutcomeKind;

namespace {

// A pause in typing this long shows the chosen item's description.
constexpr int detailDelayMs = 100;

const QList<IntakeOutcomeKind> allOutcomes{
    IntakeOutcomeKind::Accepted, IntakeOutcomeKind::SupplementRequested, IntakeOutcomeKind::Refused,
    IntakeOutcomeKind::ConcludedOnSpot};

QString archiveDirectory(const core::LocalStore &store)
{
    return QFileInfo(store.path()).absoluteDir().filePath(QStringLiteral("attachments"));
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString groupedCaseNumber(const QString &number)
{
    const core::Result<core::DocumentNumber> parsed = core::DocumentNumber::parse(number);
    return parsed ? parsed->toGroupedString() : number;
}

} // namespace

IntakeWidget::IntakeWidget(const core::LocalStore &store, core::SyncEngine &engine,
                           core::Catalogue catalogue, const core::WorkingCalendar &calendar,
                           const core::Clock &clock, core::Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_window(engine.profile().workstation())
    , m_submission([&engine](core::Command command) { return engine.submit(std::move(command)); },
                   [&engine]() { return engine.takeNumber(core::DocumentNumber::Kind::Case); },
                   clock, std::move(actor), engine.profile().workstation())
{
    setObjectName(QStringLiteral("intakeWidget"));
    setAcceptDrops(true);
    createParts(calendar, clock);
    connectParts();
    layOut();
    createShortcuts();
    chainTabOrder();
    catchDropsOnChildren();
    m_itemPicker->setCatalogue(std::move(catalogue));
    startNewApplication();
}

IntakeWidget::~IntakeWidget() = default;

void IntakeWidget::createParts(const core::WorkingCalendar &calendar, const core::Clock &clock)
{
    m_applicants = new models::ApplicantSearchModel(m_store, this);
    m_checklist = new models::MaterialChecklistModel(this);
    m_applicantForm = new ApplicantForm(clock, *m_applicants, this);
    m_itemPicker = new ItemPicker(this);
    m_detailPanel = new ItemDetailPanel(calendar, clock, this);
    m_detailPanel->setObjectName(QStringLiteral("itemDetailPanel"));
    // The details are for reading; Tab goes from the item list straight to the checklist.
    for (QTextBrowser *browser : m_detailPanel->findChildren<QTextBrowser *>())
        browser->setFocusPolicy(Qt::ClickFocus);
    m_materialPanel = new MaterialChecklistPanel(
        *m_checklist, models::MaterialScanArchive(archiveDirectory(m_store)), this);
    m_outcomePanel = new IntakeOutcomePanel(this);

    m_caseNumberLabel = new QLabel(this);
    m_caseNumberLabel->setObjectName(QStringLiteral("lastCaseNumberLabel"));
    m_caseNumberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_caseNumberLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_caseNumberLabel->setFont(big);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("intakeMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clerkLabel = new QLabel(this);
    m_clerkLabel->setObjectName(QStringLiteral("intakeClerkLabel"));
    m_clerkLabel->setText(
        tr("Window %1 · %2", "window, clerk's name").arg(m_window, m_submission.actor().name));
    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(detailDelayMs);
}

void IntakeWidget::connectParts()
{
    connect(m_applicantForm, &ApplicantForm::changed, this, &IntakeWidget::refreshOutcomes);
    connect(m_itemPicker, &ItemPicker::itemChosen, this, &IntakeWidget::itemChosen);
    connect(m_detailTimer, &QTimer::timeout, this, &IntakeWidget::showDetails);
    connect(m_itemPicker, &ItemPicker::moveOn, this, [this]() {
        showDetails();
        m_materialPanel->focusChecklist();
    });
    connect(m_checklist, &models::MaterialChecklistModel::checklistChanged, this,
            &IntakeWidget::refreshOutcomes);
    connect(m_materialPanel, &MaterialChecklistPanel::message, this, &IntakeWidget::showMessage);
    connect(m_materialPanel, &MaterialChecklistPanel::scanFolderChanged, this,
            &IntakeWidget::scanFolderChanged);
    connect(m_outcomePanel, &IntakeOutcomePanel::inputChanged, this,
            &IntakeWidget::refreshOutcomes);
    connect(m_outcomePanel, &IntakeOutcomePanel::outcomeRequested, this,
            &IntakeWidget::requestOutcome);
    connect(m_outcomePanel, &IntakeOutcomePanel::newApplicationRequested, this,
            &IntakeWidget::startNewApplication);
}

void IntakeWidget::layOut()
{
    auto *banner = new QWidget(this);
    banner->setObjectName(QStringLiteral("intakeBannerWidget"));
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    bannerLayout->addWidget(m_caseNumberLabel);
    bannerLayout->addWidget(m_messageLabel, 1);
    bannerLayout->addWidget(m_clerkLabel, 0, Qt::AlignTop);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_applicantForm);
    leftLayout->addWidget(m_itemPicker, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("intakeSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(m_detailPanel);
    split->addWidget(m_materialPanel);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 6);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_outcomePanel);
}

void IntakeWidget::createShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, const char *name, auto slot) {
        auto *made = new QShortcut(keys, this, slot, Qt::WidgetWithChildrenShortcut);
        made->setObjectName(QLatin1String(name));
    };
    for (const IntakeOutcomeKind kind : allOutcomes) {
        shortcut(IntakeOutcomePanel::shortcutFor(kind), "outcomeShortcut",
                 [this, kind]() { requestOutcome(kind); });
    }
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), "acceptKeypadShortcut",
             [this]() { requestOutcome(IntakeOutcomeKind::Accepted); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O), "attachShortcut",
             [this]() { m_materialPanel->chooseFiles(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), "findItemShortcut", [this]() {
        m_itemPicker->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_itemPicker->searchField()->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), "applicantShortcut",
             [this]() { m_applicantForm->startField()->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), "materialsShortcut",
             [this]() { m_materialPanel->focusChecklist(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "newApplicationShortcut",
             [this]() { startNewApplication(); });
}

void IntakeWidget::chainTabOrder()
{
    QList<QWidget *> chain = m_applicantForm->fields();
    chain << m_itemPicker->searchField() << m_itemPicker->list() << m_materialPanel->table()
          << m_materialPanel->attachButton() << m_materialPanel->scanFolderButton()
          << m_materialPanel->scanList();
    chain << m_outcomePanel->fields();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
    // An open list of returning applicants takes Enter before the name field sees it.
    QList<QWidget *> moveOn = m_applicantForm->fields();
    moveOn << m_outcomePanel->fields().at(0) << m_outcomePanel->coordinatorField();
    m_enterMovesOn = new EnterMovesOn(this);
    m_enterMovesOn->install(moveOn);
}

void IntakeWidget::catchDropsOnChildren()
{
    // Text fields take drops themselves; a scan dropped on one still belongs to a material.
    for (QWidget *child : findChildren<QWidget *>()) {
        if (child->acceptDrops())
            child->installEventFilter(this);
    }
}

void IntakeWidget::setCatalogue(core::Catalogue catalogue)
{
    m_itemPicker->setCatalogue(std::move(catalogue));
}

void IntakeWidget::setWindowName(const QString &window)
{
    m_window = window;
    m_clerkLabel->setText(
        tr("Window %1 · %2", "window, clerk's name").arg(m_window, m_submission.actor().name));
}

core::Status IntakeWidget::setScanFolder(const QString &path)
{
    return m_materialPanel->setScanFolder(path);
}

QString IntakeWidget::scanFolder() const
{
    return m_materialPanel->scanFolder();
}

void IntakeWidget::startNewApplication()
{
    m_applicantForm->clear();
    m_itemPicker->clear();
    m_outcomePanel->clear();
    m_checklist->clear();
    refreshOutcomes();
    m_applicantForm->startField()->setFocus(Qt::OtherFocusReason);
}

void IntakeWidget::itemChosen()
{
    const core::Item *item = m_itemPicker->chosenItem();
    if (item) {
        m_checklist->setItem(*item);
        // The item's full description takes a while to lay out: it waits for a pause in the
        // typing, or for Enter, so that each keystroke of a search is answered at once.
        m_detailTimer->start();
    } else {
        m_checklist->clear();
        showDetails();
    }
    m_outcomePanel->setItem(item);
    refreshOutcomes();
}

void IntakeWidget::showDetails()
{
    m_detailTimer->stop();
    if (const core::Item *item = m_itemPicker->chosenItem())
        m_detailPanel->showItem(*item, m_itemPicker->catalogue());
    else
        m_detailPanel->clear();
}

models::IntakeApplication IntakeWidget::application() const
{
    models::IntakeApplication application;
    application.applicant = m_applicantForm->applicant();
    if (const core::Item *item = m_itemPicker->chosenItem())
        application.item = *item;
    application.window = m_window;
    application.materials = m_checklist->handedIn();
    application.attachments = m_checklist->attachments();
    application.greenChannel = m_outcomePanel->greenChannel();
    application.coordinator = m_outcomePanel->coordinator();
    return application;
}

models::IntakeChoice IntakeWidget::choiceFor(IntakeOutcomeKind kind) const
{
    models::IntakeChoice choice;
    choice.kind = kind;
    if (kind == IntakeOutcomeKind::SupplementRequested)
        choice.supplementLines = m_checklist->supplementLines();
    if (kind == IntakeOutcomeKind::Refused)
        choice.reason = m_outcomePanel->refusalReason();
    return choice;
}

std::optional<core::Error> IntakeWidget::generalProblem() const
{
    if (std::optional<core::Error> applicant = m_applicantForm->problem())
        return applicant;
    if (!m_itemPicker->chosenItem())
        return core::makeError(QStringLiteral("intake.no-item"),
                               tr("Choose the item the application is for."),
                               QStringLiteral("itemCode"));
    return std::nullopt;
}

void IntakeWidget::refreshOutcomes()
{
    // An error was about the form as it was; once the clerk changes it, it is old news.
    if (m_messageIsError)
        showMessage(QString(), false);
    m_whyNot.clear();
    const std::optional<core::Error> general = generalProblem();
    const models::IntakeApplication current = application();
    for (const IntakeOutcomeKind kind : allOutcomes) {
        std::optional<core::Error> why = general;
        if (kind == IntakeOutcomeKind::ConcludedOnSpot &&
            current.item.kind != core::ItemKind::Immediate && m_itemPicker->chosenItem()) {
            why = core::makeError(
                QStringLiteral("intake.not-immediate"),
                tr("Only an immediate item (即办件) is concluded on the spot; %1 is a %2.")
                    .arg(current.item.name, core::itemKindDisplayName(current.item.kind)));
        }
        if (!why) {
            if (const core::Status allowed = m_submission.check(current, choiceFor(kind)); !allowed)
                why = allowed.error();
        }
        if (why)
            m_whyNot.insert(static_cast<int>(kind), *why);
        m_outcomePanel->setAvailability(kind, why ? why->message : QString());
    }
    m_outcomePanel->setCommonReason(general ? general->message : QString());
}

bool IntakeWidget::requestOutcome(IntakeOutcomeKind kind)
{
    refreshOutcomes();
    if (const auto why = m_whyNot.constFind(static_cast<int>(kind)); why != m_whyNot.constEnd()) {
        showMessage(why->message, true);
        focusField(why->field);
        return false;
    }
    const core::Result<models::IntakeOutcome> done =
        m_submission.submit(application(), choiceFor(kind));
    if (!done) {
        showMessage(done.error().message, true);
        focusField(done.error().field);
        return false;
    }
    m_lastOutcome = *done;
    showOutcome(*done);
    // Ready for the next citizen before anything is printed, which may open a dialog.
    startNewApplication();
    switch (done->kind) {
    case IntakeOutcomeKind::Accepted:
    case IntakeOutcomeKind::ConcludedOnSpot:
        emit receiptWanted(done->caseId);
        break;
    case IntakeOutcomeKind::SupplementRequested:
        emit supplementNoticeWanted(done->caseId);
        break;
    case IntakeOutcomeKind::Refused:
        emit refusalWanted(done->caseId);
        break;
    }
    emit intakeCompleted(*done);
    return true;
}

void IntakeWidget::focusField(const QString &field)
{
    QWidget *target = nullptr;
    if (field.startsWith(QLatin1String("applicant")) || field == QLatin1String("identityNumber"))
        target = m_applicantForm->fieldFor(field);
    else if (field == QLatin1String("phone"))
        target = m_applicantForm->fieldFor(QStringLiteral("applicant.phone"));
    else if (field.startsWith(QLatin1String("item")))
        target = m_itemPicker->searchField();
    else if (field.startsWith(QLatin1String("materials")) ||
             field.startsWith(QLatin1String("attachments")))
        target = m_materialPanel->table();
    else if (field == QLatin1String("coordinator") || field == QLatin1String("greenChannel"))
        target = m_outcomePanel->coordinatorField();
    else if (field == QLatin1String("reason"))
        target = m_outcomePanel->refusalReasonField();
    if (target && target->isEnabled())
        target->setFocus(Qt::OtherFocusReason);
}

void IntakeWidget::showMessage(const QString &text, bool isError)
{
    m_messageIsError = isError && !text.isEmpty();
    showIntakeStatus(m_messageLabel, text,
                     isError ? IntakeStatusTone::Error : IntakeStatusTone::Ok);
}

QString IntakeWidget::dueDateText(const QUuid &caseId) const
{
    const core::Result<std::optional<core::CaseRow>> row = m_store.caseRow(caseId);
    if (!row || !row->has_value())
        return {};
    const core::Result<core::CaseSummary> summary =
        core::CaseSummary::fromJson(QJsonDocument::fromJson((*row)->summaryJson).object());
    if (!summary || !summary->promisedDue.isValid())
        return {};
    const QDate due = summary->promisedDue.date();
    return tr("%1 (%2)", "a date and its weekday")
        .arg(due.toString(Qt::ISODate), QLocale().dayName(due.dayOfWeek()));
}

void IntakeWidget::showOutcome(const models::IntakeOutcome &outcome)
{
    const QString number = groupedCaseNumber(outcome.caseNumber);
    const QString item = outcome.itemName;
    const QString applicant = outcome.applicantName;
    switch (outcome.kind) {
    case IntakeOutcomeKind::Accepted: {
        m_caseNumberLabel->setText(number);
        const QString due = dueDateText(outcome.caseId);
        showMessage(
            due.isEmpty()
                ? tr("Accepted: %1 for %2. Give the applicant the receipt.").arg(item, applicant)
                : tr("Accepted: %1 for %2, due on %3. Give the applicant the receipt.")
                      .arg(item, applicant, due),
            false);
        break;
    }
    case IntakeOutcomeKind::ConcludedOnSpot:
        m_caseNumberLabel->setText(number);
        showMessage(tr("Concluded on the spot: %1 for %2.").arg(item, applicant), false);
        break;
    case IntakeOutcomeKind::SupplementRequested:
        m_caseNumberLabel->setText(tr("Supplement notice"));
        showMessage(tr("One-time supplement notice recorded for %1 (%2). Give the applicant the "
                       "notice: it lists everything missing.")
                        .arg(applicant, item),
                    false);
        break;
    case IntakeOutcomeKind::Refused:
        m_caseNumberLabel->setText(tr("Not accepted"));
        showMessage(tr("Refusal recorded for %1 (%2). Give the applicant the refusal decision.")
                        .arg(applicant, item),
                    false);
        break;
    }
}

bool IntakeWidget::dropFiles(const QMimeData *mime, const QPoint &globalPos)
{
    const QStringList paths = localFiles(mime);
    if (paths.isEmpty())
        return false;
    m_materialPanel->attachFiles(paths, m_materialPanel->rowAtGlobal(globalPos));
    return true;
}

void IntakeWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void IntakeWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void IntakeWidget::dropEvent(QDropEvent *event)
{
    if (dropFiles(event->mimeData(), mapToGlobal(event->position().toPoint())))
        event->acceptProposedAction();
}

bool IntakeWidget::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QWidget::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    if (localFiles(drop->mimeData()).isEmpty())
        return QWidget::eventFilter(watched, event);
    if (type == QEvent::Drop) {
        auto *widget = qobject_cast<QWidget *>(watched);
        dropFiles(drop->mimeData(),
                  widget ? widget->mapToGlobal(drop->position().toPoint()) : QCursor::pos());
    }
    drop->acceptProposedAction();
    return true;
}

} // namespace sunhall::widgets
