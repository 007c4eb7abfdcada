// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intake/IntakeOutcomePanel.h"

#include "widgets/intake/IntakeStatusTone.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sunhall::widgets {

using models::IntakeOutcomeKind;

namespace {

constexpr int maxCoordinatorLength = 100;
constexpr int reasonLines = 3;
constexpr int hintLines = 4;

} // namespace

IntakeOutcomePanel::IntakeOutcomePanel(QWidget *parent)
    : QGroupBox(tr("4  Outcome"), parent)
{
    setObjectName(QStringLiteral("outcomeGroupBox"));
    m_greenCheck = new QCheckBox(tr("Green channel (绿色通道)"), this);
    m_greenCheck->setObjectName(QStringLiteral("greenChannelCheckBox"));
    m_coordinatorEdit = new QLineEdit(this);
    m_coordinatorEdit->setObjectName(QStringLiteral("coordinatorLineEdit"));
    m_coordinatorEdit->setPlaceholderText(tr("Name of the coordinator"));
    m_coordinatorEdit->setMaxLength(maxCoordinatorLength);
    m_greenHint = new QLabel(this);
    m_greenHint->setObjectName(QStringLiteral("greenChannelHintLabel"));
    m_greenHint->setWordWrap(true);
    connect(m_greenCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_coordinatorEdit->setEnabled(on);
        emit inputChanged();
    });
    connect(m_coordinatorEdit, &QLineEdit::textChanged, this, &IntakeOutcomePanel::inputChanged);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("refusalReasonTextEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why the application is refused, in words for the "
                                        "applicant: printed on the refusal decision."));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setMaximumHeight(m_reasonEdit->fontMetrics().lineSpacing() * reasonLines +
                                   m_reasonEdit->frameWidth() * 2 + 12);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &IntakeOutcomePanel::inputChanged);
    auto *reasonLabel = new QLabel(tr("Reason for a refusal:"), this);
    reasonLabel->setBuddy(m_reasonEdit);

    createOutcome(IntakeOutcomeKind::Accepted, tr("Accept"), "acceptButton");
    createOutcome(IntakeOutcomeKind::SupplementRequested, tr("One-time supplement notice"),
                  "supplementButton");
    createOutcome(IntakeOutcomeKind::Refused, tr("Refuse"), "refuseButton");
    createOutcome(IntakeOutcomeKind::ConcludedOnSpot, tr("Conclude on the spot"), "concludeButton");
    m_newButton = new QPushButton(tr("New application (Ctrl+Shift+N)"), this);
    m_newButton->setObjectName(QStringLiteral("newApplicationButton"));
    m_newButton->setAutoDefault(true); // Enter presses a focused button, as Space does
    connect(m_newButton, &QPushButton::clicked, this, &IntakeOutcomePanel::newApplicationRequested);

    auto *green = new QHBoxLayout;
    green->addWidget(m_greenCheck);
    green->addWidget(m_coordinatorEdit, 1);
    green->addWidget(m_greenHint, 2);
    auto *reason = new QHBoxLayout;
    reason->addWidget(reasonLabel, 0, Qt::AlignTop);
    reason->addWidget(m_reasonEdit, 1);
    m_commonHint = new QLabel(this);
    m_commonHint->setObjectName(QStringLiteral("outcomeHintLabel"));
    m_commonHint->setWordWrap(true);
    m_commonHint->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    // Room for the usual reasons is kept, so that the screen does not jump as they change.
    auto *hintsBox = new QWidget(this);
    hintsBox->setMinimumHeight(fontMetrics().lineSpacing() * hintLines);
    auto *hints = new QVBoxLayout(hintsBox);
    hints->setContentsMargins(0, 0, 0, 0);
    hints->setSpacing(2);
    hints->addWidget(m_commonHint);
    for (const Outcome &shown : std::as_const(m_outcomes)) {
        buttons->addWidget(shown.button, 1);
        hints->addWidget(shown.hint);
    }
    hints->addStretch(1);
    buttons->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(green);
    layout->addLayout(reason);
    layout->addLayout(buttons);
    layout->addWidget(hintsBox, 1);
    setItem(nullptr);
}

QKeySequence IntakeOutcomePanel::shortcutFor(IntakeOutcomeKind kind)
{
    switch (kind) {
    case IntakeOutcomeKind::Accepted:
        return QKeySequence(Qt::CTRL | Qt::Key_Return);
    case IntakeOutcomeKind::SupplementRequested:
        return QKeySequence(Qt::CTRL | Qt::Key_B);
    case IntakeOutcomeKind::Refused:
        return QKeySequence(Qt::CTRL | Qt::Key_R);
    case IntakeOutcomeKind::ConcludedOnSpot:
        return QKeySequence(Qt::CTRL | Qt::Key_J);
    }
    return {};
}

void IntakeOutcomePanel::createOutcome(IntakeOutcomeKind kind, const QString &name, const char *id)
{
    Outcome outcome{kind, name, new QPushButton(this), new QLabel(this), {}};
    outcome.button->setObjectName(QLatin1String(id));
    outcome.button->setAutoDefault(true);
    outcome.button->setText(tr("%1 (%2)", "outcome, its shortcut")
                                .arg(name, shortcutFor(kind).toString(QKeySequence::NativeText)));
    outcome.button->setMinimumHeight(outcome.button->sizeHint().height() * 3 / 2);
    if (kind == IntakeOutcomeKind::Accepted) {
        QFont bold = outcome.button->font();
        bold.setBold(true);
        outcome.button->setFont(bold);
    }
    QString hintName = QString::fromLatin1(id);
    hintName.chop(int(qstrlen("Button")));
    outcome.hint->setObjectName(hintName + QStringLiteral("HintLabel"));
    outcome.hint->setWordWrap(true);
    outcome.hint->setTextFormat(Qt::PlainText);
    connect(outcome.button, &QPushButton::clicked, this,
            [this, kind]() { emit outcomeRequested(kind); });
    m_outcomes.append(outcome);
}

const IntakeOutcomePanel::Outcome &IntakeOutcomePanel::outcome(IntakeOutcomeKind kind) const
{
    for (const Outcome &candidate : m_outcomes) {
        if (candidate.kind == kind)
            return candidate;
    }
    return m_outcomes.first();
}

void IntakeOutcomePanel::setItem(const core::Item *item)
{
    m_greenAllowed = item && item->greenChannelEligible;
    m_greenCheck->setEnabled(m_greenAllowed);
    if (!m_greenAllowed)
        m_greenCheck->setChecked(false);
    m_coordinatorEdit->setEnabled(m_greenAllowed && m_greenCheck->isChecked());
    if (!item)
        showIntakeStatus(m_greenHint,
                         tr("Choose an item to see whether it may use the green "
                            "channel."),
                         IntakeStatusTone::Hint);
    else if (!m_greenAllowed)
        showIntakeStatus(m_greenHint,
                         tr("Item %1 is not eligible for the green channel.").arg(item->name),
                         IntakeStatusTone::Hint);
    else
        showIntakeStatus(m_greenHint,
                         tr("Key projects only: priority in every queue, with a named "
                            "coordinator; the time limits still apply."),
                         IntakeStatusTone::Hint);
}

bool IntakeOutcomePanel::greenChannel() const
{
    return m_greenAllowed && m_greenCheck->isChecked();
}

QString IntakeOutcomePanel::coordinator() const
{
    return greenChannel() ? m_coordinatorEdit->text().trimmed() : QString();
}

QString IntakeOutcomePanel::refusalReason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

void IntakeOutcomePanel::setAvailability(IntakeOutcomeKind kind, const QString &whyNot)
{
    for (Outcome &shown : m_outcomes) {
        if (shown.kind != kind)
            continue;
        shown.whyNot = whyNot;
        shown.button->setEnabled(whyNot.isEmpty());
        shown.button->setToolTip(whyNot);
    }
    showHints();
}

void IntakeOutcomePanel::setCommonReason(const QString &why)
{
    m_commonReason = why;
    showHints();
}

void IntakeOutcomePanel::showHints()
{
    // One reason that holds every outcome back is said once.
    QString common = m_commonReason;
    const QString first = m_outcomes.first().whyNot;
    if (common.isEmpty() && !first.isEmpty() &&
        std::all_of(m_outcomes.cbegin(), m_outcomes.cend(),
                    [&first](const Outcome &shown) { return shown.whyNot == first; }))
        common = first;
    showIntakeStatus(m_commonHint, common, IntakeStatusTone::Hint);
    for (const Outcome &shown : std::as_const(m_outcomes)) {
        const QString text =
            common.isEmpty() && !shown.whyNot.isEmpty()
                ? tr("%1: %2", "outcome, why it is not possible now").arg(shown.name, shown.whyNot)
                : QString();
        showIntakeStatus(shown.hint, text, IntakeStatusTone::Hint);
    }
}

bool IntakeOutcomePanel::isAvailable(IntakeOutcomeKind kind) const
{
    return outcome(kind).button->isEnabled();
}

QString IntakeOutcomePanel::whyNot(IntakeOutcomeKind kind) const
{
    return outcome(kind).whyNot;
}

QPushButton *IntakeOutcomePanel::button(IntakeOutcomeKind kind) const
{
    return outcome(kind).button;
}

QWidget *IntakeOutcomePanel::refusalReasonField() const
{
    return m_reasonEdit;
}

QWidget *IntakeOutcomePanel::coordinatorField() const
{
    return m_coordinatorEdit;
}

QList<QWidget *> IntakeOutcomePanel::fields() const
{
    QList<QWidget *> fields{m_greenCheck, m_coordinatorEdit, m_reasonEdit};
    for (const Outcome &shown : m_outcomes)
        fields.append(shown.button);
    fields.append(m_newButton);
    return fields;
}

void IntakeOutcomePanel::clear()
{
    m_greenCheck->setChecked(false);
    m_coordinatorEdit->clear();
    m_reasonEdit->clear();
}

} // namespace sunhall::widgets
