// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/EvaluationScale.h"
#include "core/common/Result.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QUuid>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace sunhall::core {
class LocalStore;
} // namespace sunhall::core

namespace sunhall::widgets {

class ScreenContext;

/// The evaluator (评价器) at the window: the applicant rates the service just given on a case,
/// on the hall's scale (the national five levels by default, or four), with one big button
/// per level or the keys 1–5. It faces the applicant: large type, one press, no questions.
/// The rating is submitted as the case's "evaluate" command through the sync engine, so it
/// is bound to the case and to the logged-in clerk, and works offline. It then thanks the
/// applicant; after a poor rating it says by when the hall will call back (the follow-up,
/// due 15 working days later, as the case's read model has it), and closes by itself after a
/// few seconds or at the next key or click. Escape, or "Skip", closes it without a rating.
class EvaluatorDialog : public QDialog
{
    Q_OBJECT
public:
    /// How long the thanks stay on screen by default.
    static constexpr int defaultCloseDelayMs = 5000;

    EvaluatorDialog(ScreenContext &context, const QUuid &caseId, core::EvaluationScale scale,
                    QWidget *parent = nullptr);

    core::EvaluationScale scale() const { return m_scale; }
    /// The level recorded; 0 while none is.
    int recordedLevel() const { return m_level; }
    /// The due date of the follow-up the rating opened; invalid when it opened none.
    QDate followUpDue() const { return m_followUpDue; }
    /// How long the thanks stay before the dialog closes itself; 0 keeps them until a key or
    /// a click.
    void setCloseDelayMs(int ms) { m_closeDelayMs = ms; }

    /// Records `level` as if the applicant had pressed its button.
    void choose(int level);

    /// The hall's scale as the workstation's store holds it (its sync value
    /// scaleSettingKey(): "five-level" or "four-level"); the national five levels when unset.
    static core::EvaluationScale hallScale(const core::LocalStore &store);
    static QString scaleSettingKey() { return QStringLiteral("evaluation.scale"); }
    /// Whether the case can be rated now by the logged-in user, as the core decides: not yet
    /// rated, at a stage where a rating is taken, and by someone who may record it.
    static core::Status canEvaluate(ScreenContext &context, const QUuid &caseId);

signals:
    void evaluated(int level);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QWidget *createLevelPage();
    QWidget *createThanksPage();
    QString caseLine() const;
    QDate readFollowUpDue() const;
    void showThanks();
    void placeForApplicant();

    ScreenContext &m_context;
    QUuid m_caseId;
    core::EvaluationScale m_scale;
    int m_level = 0;
    QDate m_followUpDue;
    int m_closeDelayMs = defaultCloseDelayMs;
    QStackedWidget *m_stack = nullptr;
    QList<QPushButton *> m_levelButtons;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_thanksLabel = nullptr;
};

} // namespace sunhall::widgets
