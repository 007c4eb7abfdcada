// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Item.h"
#include "models/IntakeOutcome.h"

#include <QGroupBox>
#include <QKeySequence>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sunhall::widgets {

/// The outcome part of the intake screen: the green channel (绿色通道) with its coordinator,
/// where the item allows it; the written reason of a refusal; and one button per outcome —
/// accept (受理), one-time supplement notice (一次性告知), refuse (不予受理) and, for an
/// immediate item (即办件), conclude on the spot — each with its shortcut on it and, while it
/// cannot be used, the reason in words below it.
class IntakeOutcomePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit IntakeOutcomePanel(QWidget *parent = nullptr);

    /// The shortcut of each outcome, shown on its button.
    static QKeySequence shortcutFor(models::IntakeOutcomeKind kind);

    /// Adapts the green channel to `item` (nullptr: no item chosen).
    void setItem(const core::Item *item);
    bool greenChannel() const;
    QString coordinator() const;
    QString refusalReason() const;
    /// Enables the outcome's button when `whyNot` is empty, else disables it and shows why.
    void setAvailability(models::IntakeOutcomeKind kind, const QString &whyNot);
    /// A reason that keeps every outcome back (no item yet, a wrong identity number), shown
    /// once instead of under each outcome; empty when there is none.
    void setCommonReason(const QString &why);
    bool isAvailable(models::IntakeOutcomeKind kind) const;
    QString whyNot(models::IntakeOutcomeKind kind) const;
    QPushButton *button(models::IntakeOutcomeKind kind) const;
    QPushButton *newApplicationButton() const { return m_newButton; }
    QWidget *refusalReasonField() const;
    QWidget *coordinatorField() const;
    /// The fields and buttons in tab order.
    QList<QWidget *> fields() const;
    void clear();

signals:
    /// The clerk pressed an outcome's button.
    void outcomeRequested(models::IntakeOutcomeKind kind);
    /// The clerk wants a fresh form without recording anything.
    void newApplicationRequested();
    /// The green channel, its coordinator or the refusal reason changed.
    void inputChanged();

private:
    struct Outcome
    {
        models::IntakeOutcomeKind kind;
        QString name;
        QPushButton *button = nullptr;
        QLabel *hint = nullptr;
        QString whyNot;
    };

    void createOutcome(models::IntakeOutcomeKind kind, const QString &name, const char *id);
    const Outcome &outcome(models::IntakeOutcomeKind kind) const;
    void showHints();

    QCheckBox *m_greenCheck = nullptr;
    QLineEdit *m_coordinatorEdit = nullptr;
    QLabel *m_greenHint = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QPushButton *m_newButton = nullptr;
    QLabel *m_commonHint = nullptr;
    QString m_commonReason;
    QList<Outcome> m_outcomes;
    bool m_greenAllowed = false;
};

} // namespace sunhall::widgets
