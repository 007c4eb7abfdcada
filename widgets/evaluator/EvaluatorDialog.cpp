// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/evaluator/EvaluatorDialog.h"

#include "core/case/CaseAggregate.h"
#include "core/case/CaseClocks.h"
#include "core/case/CaseSummary.h"
#include "core/case/Commands.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "widgets/shell/ScreenContext.h"

#include <QColor>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sunhall::widgets {

namespace {

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(font.pixelSize() * factor));
    return font;
}

// Green for the good levels through amber to red for the poor ones, as evaluators at hall
// windows are coloured; the level's words are always on the button too.
QString colourOf(core::EvaluationScale scale, int level)
{
    static const char *const five[] = {"#2e7d32", "#689f38", "#f9a825", "#ef6c00", "#c62828"};
    static const char *const four[] = {"#2e7d32", "#689f38", "#f9a825", "#c62828"};
    const bool isFour = scale == core::EvaluationScale::FourLevel;
    return QString::fromLatin1(isFour ? four[level - 1] : five[level - 1]);
}

QString buttonStyle(const QString &colour)
{
    QColor tint(colour);
    tint.setAlpha(48);
    return QStringLiteral("QPushButton { border: 4px solid %1; border-radius: 14px;"
                          " background: white; padding: 12px; }"
                          " QPushButton:hover { border-width: 6px; }"
                          " QPushButton:pressed { background: %2; }"
                          " QLabel { color: %1; background: transparent; }")
        .arg(colour, tint.name(QColor::HexArgb));
}

// A level's button: its digit large, its words beneath. The labels inside let the digit be
// larger than the words, which a button's own text cannot; they let clicks through.
QPushButton *levelButton(core::EvaluationScale scale, int level, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QStringLiteral("levelButton%1").arg(level));
    const QString words = core::evaluationLevelName(scale, level);
    button->setAccessibleName(QStringLiteral("%1 %2").arg(level).arg(words));
    button->setStyleSheet(buttonStyle(colourOf(scale, level)));
    button->setFocusPolicy(Qt::NoFocus); // Enter typed by the clerk must not rate
    button->setAutoDefault(false);
    auto *digit = new QLabel(QString::number(level), button);
    digit->setObjectName(QStringLiteral("levelDigitLabel"));
    QFont digitFont = scaled(digit->font(), 3.4);
    digitFont.setBold(true);
    digit->setFont(digitFont);
    auto *name = new QLabel(words, button);
    name->setObjectName(QStringLiteral("levelWordsLabel"));
    name->setFont(scaled(name->font(), 1.7));
    name->setWordWrap(true); // "Basically satisfied" may take two lines; 基本满意 takes one
    auto *layout = new QVBoxLayout(button);
    layout->setContentsMargins(18, 18, 18, 18);
    layout->addStretch(1);
    for (QLabel *label : {digit, name}) {
        label->setAlignment(Qt::AlignCenter);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(label);
    }
    layout->addStretch(1);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    button->setMinimumHeight(190);
    button->setMaximumHeight(320);
    return button;
}

core::Result<core::CaseState> caseState(const core::LocalStore &store, const QUuid &caseId)
{
    const core::Result<QList<core::Event>> events = store.caseEvents(caseId);
    if (!events)
        return events.error();
    return core::CaseState::fold(*events);
}

} // namespace

EvaluatorDialog::EvaluatorDialog(ScreenContext &context, const QUuid &caseId,
                                 core::EvaluationScale scale, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_caseId(caseId)
    , m_scale(scale)
{
    setObjectName(QStringLiteral("evaluatorDialog"));
    setWindowTitle(tr("Rate our service"));
    setModal(true);

    auto *title = new QLabel(tr("Please rate our service"), this);
    title->setObjectName(QStringLiteral("evaluatorTitleLabel"));
    title->setFont(scaled(title->font(), 2.2));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);

    auto *caseLabel = new QLabel(caseLine(), this);
    caseLabel->setObjectName(QStringLiteral("evaluatorCaseLabel"));
    caseLabel->setFont(scaled(caseLabel->font(), 1.2));
    caseLabel->setAlignment(Qt::AlignCenter);
    caseLabel->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("evaluatorStack"));
    m_stack->addWidget(createLevelPage());
    m_stack->addWidget(createThanksPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(20);
    layout->addWidget(title);
    layout->addWidget(caseLabel);
    layout->addWidget(m_stack, 1);
    resize(std::max(sizeHint().width(), 960), std::max(sizeHint().height(), 540));
    placeForApplicant();
}

QWidget *EvaluatorDialog::createLevelPage()
{
    auto *page = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    const int levels = core::evaluationLevelCount(m_scale);
    int widest = 0;
    for (int level = 1; level <= levels; ++level) {
        QPushButton *button = levelButton(m_scale, level, page);
        connect(button, &QPushButton::clicked, this, [this, level] { choose(level); });
        buttons->addWidget(button, 1);
        m_levelButtons.append(button);
        widest = std::max(widest, button->layout()->minimumSize().width());
    }
    // Equal buttons, each wide enough for the longest words.
    for (QPushButton *button : std::as_const(m_levelButtons))
        button->setMinimumWidth(widest);

    auto *hint =
        new QLabel(tr("Press the button that fits, or the key 1 to %1.").arg(levels), page);
    hint->setObjectName(QStringLiteral("evaluatorHintLabel"));
    hint->setFont(scaled(hint->font(), 1.2));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("evaluationErrorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto *skip = new QPushButton(tr("Skip"), page);
    skip->setObjectName(QStringLiteral("skipEvaluationButton"));
    skip->setToolTip(tr("Close without a rating (Esc): the applicant does not want to rate."));
    skip->setAutoDefault(false);
    skip->setFocusPolicy(Qt::NoFocus);
    connect(skip, &QPushButton::clicked, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_errorLabel, 1);
    bottom->addWidget(skip, 0, Qt::AlignRight | Qt::AlignBottom);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons, 1);
    layout->addWidget(hint);
    layout->addLayout(bottom);
    return page;
}

QWidget *EvaluatorDialog::createThanksPage()
{
    m_thanksLabel = new QLabel(this);
    m_thanksLabel->setObjectName(QStringLiteral("thanksLabel"));
    m_thanksLabel->setFont(scaled(m_thanksLabel->font(), 1.8));
    m_thanksLabel->setAlignment(Qt::AlignCenter);
    m_thanksLabel->setWordWrap(true);
    return m_thanksLabel;
}

QString EvaluatorDialog::caseLine() const
{
    const core::Result<core::CaseState> state = caseState(m_context.store(), m_caseId);
    if (!state)
        return state.error().message;
    const core::Result<core::Item> item =
        m_context.store().item(state->itemCode, state->itemVersion);
    const QString what = item ? item->name : state->itemCode;
    const QString served = m_context.user().name;
    if (state->caseNumber.isEmpty())
        return tr("Application of %1 · %2 · served by %3").arg(state->applicant.name, what, served);
    return tr("Case %1 · %2 · served by %3").arg(state->caseNumber, what, served);
}

void EvaluatorDialog::choose(int level)
{
    if (m_level > 0 || level < 1 || level > core::evaluationLevelCount(m_scale))
        return;
    const core::Result<core::Command> submitted =
        m_context.engine().submit(core::Commands::evaluate(m_caseId, level, m_scale));
    if (!submitted) {
        m_errorLabel->setText(tr("The rating was not recorded: %1").arg(submitted.error().message));
        m_errorLabel->show();
        return;
    }
    m_level = level;
    m_followUpDue = core::isPoorEvaluation(level) ? readFollowUpDue() : QDate();
    showThanks();
    emit evaluated(level);
}

// The due date as the case's read model records it, derived from the hall's calendar.
QDate EvaluatorDialog::readFollowUpDue() const
{
    const core::Result<std::optional<core::CaseRow>> row = m_context.store().caseRow(m_caseId);
    if (!row || !row->has_value())
        return {};
    const core::Result<core::CaseSummary> summary =
        core::CaseSummary::fromJson(QJsonDocument::fromJson((*row)->summaryJson).object());
    return summary ? summary->followUpDue.date() : QDate();
}

void EvaluatorDialog::showThanks()
{
    const QString name = core::evaluationLevelName(m_scale, m_level);
    QString text;
    if (!core::isPoorEvaluation(m_level)) {
        text = tr("Thank you! Your rating: %1.").arg(name);
    } else if (m_followUpDue.isValid()) {
        text = tr("Thank you for telling us. Your rating: %1.\nWe are sorry. The hall will call "
                  "you back by %2 and put it right.")
                   .arg(name, locale().toString(m_followUpDue, QLocale::LongFormat));
    } else {
        text = tr("Thank you for telling us. Your rating: %1.\nWe are sorry. The hall will call "
                  "you back within %n working day(s) and put it right.",
                  nullptr, core::CaseClocks::followUpLimitDays)
                   .arg(name);
    }
    m_thanksLabel->setText(text);
    m_stack->setCurrentWidget(m_thanksLabel);
    setFocus();
    if (m_closeDelayMs > 0)
        QTimer::singleShot(m_closeDelayMs, this, &QDialog::accept);
}

void EvaluatorDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_level > 0) {
        accept();
        return;
    }
    const int level = event->key() - Qt::Key_0;
    if (m_level == 0 && level >= 1 && level <= core::evaluationLevelCount(m_scale)) {
        choose(level);
        return;
    }
    QDialog::keyPressEvent(event);
}

void EvaluatorDialog::mousePressEvent(QMouseEvent *event)
{
    if (m_level > 0) {
        accept();
        return;
    }
    QDialog::mousePressEvent(event);
}

// A window with a second screen turned to the applicant shows the evaluator there, whole;
// otherwise it opens over the clerk's screen.
void EvaluatorDialog::placeForApplicant()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    const QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    const QScreen *clerkScreen = owner ? owner->screen() : QGuiApplication::primaryScreen();
    for (QScreen *screen : screens) {
        if (screen != clerkScreen) {
            setGeometry(screen->availableGeometry());
            setWindowState(windowState() | Qt::WindowMaximized);
            return;
        }
    }
}

core::EvaluationScale EvaluatorDialog::hallScale(const core::LocalStore &store)
{
    const std::optional<QString> id = store.syncValue(scaleSettingKey());
    return core::evaluationScaleFromId(id.value_or(QString()))
        .value_or(core::EvaluationScale::FiveLevel);
}

core::Status EvaluatorDialog::canEvaluate(ScreenContext &context, const QUuid &caseId)
{
    const core::Result<core::CaseState> state = caseState(context.store(), caseId);
    if (!state)
        return state.error();
    const core::Result<core::Item> item = context.store().item(state->itemCode, state->itemVersion);
    if (!item)
        return item.error();
    const core::CommandOrigin origin{context.user(), context.profile().workstation(),
                                     context.clock().now(), 0};
    const core::Result<QList<core::Event>> decided = core::CaseAggregate::decide(
        *state, origin.stamp(core::Commands::evaluate(caseId, 1)), *item);
    if (!decided)
        return decided.error();
    return core::Status::success();
}

} // namespace sunhall::widgets
