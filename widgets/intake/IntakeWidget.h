// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/catalog/Catalogue.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/time/WorkingCalendar.h"
#include "models/IntakeApplication.h"
#include "models/IntakeOutcome.h"
#include "models/IntakeSubmission.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

#include <optional>

class QLabel;
class QMimeData;
class QTimer;

namespace sunhall::core {
class LocalStore;
class SyncEngine;
} // namespace sunhall::core

namespace sunhall::models {
class ApplicantSearchModel;
class MaterialChecklistModel;
} // namespace sunhall::models

namespace sunhall::widgets {

class ApplicantForm;
class EnterMovesOn;
class IntakeOutcomePanel;
class ItemDetailPanel;
class ItemPicker;
class MaterialChecklistPanel;

/// The intake screen (受理, DOMAIN.md §3), made for the keyboard: the applicant with the
/// identity number checked as it is typed; the item found by code or any part of its name,
/// with its legal basis, kind, fee, limits and the due date an acceptance now would have; the
/// material checklist with scans attached by choosing files, dropping them on the screen or
/// from the watched scan folder, and previewed; and exactly one outcome — accept, one-time
/// supplement notice, refusal with a written reason or, for an immediate item, conclusion on
/// the spot — each with a shortcut and, while it is not possible, the reason in words. The
/// core decides: every outcome is checked by the case rules before anything is recorded, and
/// the commands go through the sync engine (offline too). After an outcome the case number is
/// shown, the document to print is asked for by a signal, and the form is ready for the next
/// citizen. Enter moves on from field to field; Tab follows the screen from top left to the
/// outcome buttons. Everything passed in is borrowed and must outlive the screen.
class IntakeWidget : public QWidget
{
    Q_OBJECT
public:
    IntakeWidget(const core::LocalStore &store, core::SyncEngine &engine, core::Catalogue catalogue,
                 const core::WorkingCalendar &calendar, const core::Clock &clock, core::Actor actor,
                 QWidget *parent = nullptr);
    ~IntakeWidget() override;

    /// Replaces the catalogue (a new version was fetched); the chosen item stays when it is
    /// still published.
    void setCatalogue(core::Catalogue catalogue);
    /// The window (窗口) recorded with each application; the workstation's name by default.
    void setWindowName(const QString &window);
    QString windowName() const { return m_window; }
    /// Watches the folder the window's scanner saves into (empty: none).
    core::Status setScanFolder(const QString &path);
    QString scanFolder() const;

    /// Clears every part for the next citizen and puts the focus on the identity number.
    void startNewApplication();
    /// The application as it stands on the screen.
    models::IntakeApplication application() const;
    /// Records `kind` as the clerk's outcome, as its button or shortcut does. False when it is
    /// not possible now or the core refused it; the screen then says why.
    bool requestOutcome(models::IntakeOutcomeKind kind);
    /// The last outcome recorded on this screen.
    std::optional<models::IntakeOutcome> lastOutcome() const { return m_lastOutcome; }

signals:
    /// A case was accepted (or concluded on the spot): print its acceptance receipt.
    void receiptWanted(const QUuid &caseId);
    /// A one-time supplement notice was recorded: print it.
    void supplementNoticeWanted(const QUuid &caseId);
    /// A refusal was recorded: print the refusal decision.
    void refusalWanted(const QUuid &caseId);
    /// Any outcome was recorded (after the print signal), e.g. for the evaluator.
    void intakeCompleted(const sunhall::models::IntakeOutcome &outcome);
    /// The clerk chose another scan folder; keep it in the settings.
    void scanFolderChanged(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createParts(const core::WorkingCalendar &calendar, const core::Clock &clock);
    void connectParts();
    void layOut();
    void createShortcuts();
    void chainTabOrder();
    void catchDropsOnChildren();
    void itemChosen();
    void showDetails();
    void refreshOutcomes();
    std::optional<core::Error> generalProblem() const;
    models::IntakeChoice choiceFor(models::IntakeOutcomeKind kind) const;
    void focusField(const QString &field);
    void showMessage(const QString &text, bool isError);
    void showOutcome(const models::IntakeOutcome &outcome);
    QString dueDateText(const QUuid &caseId) const;
    bool dropFiles(const QMimeData *mime, const QPoint &globalPos);

    const core::LocalStore &m_store;
    QString m_window;
    models::IntakeSubmission m_submission;
    models::ApplicantSearchModel *m_applicants = nullptr;
    models::MaterialChecklistModel *m_checklist = nullptr;
    ApplicantForm *m_applicantForm = nullptr;
    ItemPicker *m_itemPicker = nullptr;
    ItemDetailPanel *m_detailPanel = nullptr;
    QTimer *m_detailTimer = nullptr;
    MaterialChecklistPanel *m_materialPanel = nullptr;
    IntakeOutcomePanel *m_outcomePanel = nullptr;
    EnterMovesOn *m_enterMovesOn = nullptr;
    QLabel *m_caseNumberLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_clerkLabel = nullptr;
    bool m_messageIsError = false;
    QHash<int, core::Error> m_whyNot; // by IntakeOutcomeKind
    std::optional<models::IntakeOutcome> m_lastOutcome;
};

} // namespace sunhall::widgets
