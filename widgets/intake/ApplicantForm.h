// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/IntakePayloads.h"
#include "core/common/Clock.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QGridLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace sunhall::models {
class ApplicantSearchModel;
} // namespace sunhall::models

namespace sunhall::widgets {

/// The applicant part of the intake screen (申请人): person or organisation, the identity
/// number checked as it is typed with the reason shown in words beside it, name, phone,
/// address and an optional agent (代理人). A valid number of the other kind switches the kind.
/// Returning applicants are found in the local store: a valid number that the store knows
/// fills the fields still empty, and typing a name offers the applicants of that name, whose
/// details fill the form when chosen. The clock gives "today" for birth dates; it and the
/// search model are borrowed.
class ApplicantForm : public QGroupBox
{
    Q_OBJECT
public:
    ApplicantForm(const core::Clock &clock, models::ApplicantSearchModel &applicants,
                  QWidget *parent = nullptr);

    /// The applicant as entered, identity numbers normalised when they are valid.
    core::Applicant applicant() const;
    /// Why the applicant cannot be registered yet, in words, with the field it is about
    /// ("applicant.idNumber", "applicant.agent.phone"…); nothing when nothing is wrong.
    std::optional<core::Error> problem() const;
    /// The field that an error about `field` ("applicant.idNumber", "applicant.agent.phone")
    /// is about, or the identity number field.
    QWidget *fieldFor(const QString &field) const;
    /// Fills the form with a returning applicant's details.
    void fill(const core::Applicant &applicant);
    void clear();
    /// The first field of the form in tab order, and the one a new application starts in.
    QWidget *firstField() const;
    QWidget *startField() const;
    /// The fields in tab order.
    QList<QWidget *> fields() const;

signals:
    void changed();

private:
    void createWidgets();
    void layOut();
    void addRow(QGridLayout *grid, int &row, QLabel *label, QWidget *field,
                const QList<QLabel *> &feedback = {});
    void kindChanged();
    void checkIdentity();
    void checkPhone(QLineEdit *edit, QLabel *status);
    void checkAgentIdentity();
    void lookUpReturning(const QString &idNumber);
    void offerNames(const QString &text);
    void nameChosen(const QModelIndex &index);
    core::ApplicantKind kind() const;

    const core::Clock &m_clock;
    models::ApplicantSearchModel &m_applicants;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_idStatus = nullptr;
    QLabel *m_returningLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QCompleter *m_nameCompleter = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLabel *m_phoneStatus = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QCheckBox *m_agentCheck = nullptr;
    QWidget *m_agentBox = nullptr;
    QLineEdit *m_agentNameEdit = nullptr;
    QLineEdit *m_agentIdEdit = nullptr;
    QLabel *m_agentIdStatus = nullptr;
    QLineEdit *m_agentPhoneEdit = nullptr;
    QLabel *m_agentPhoneStatus = nullptr;
    QString m_filledFrom; // the identity number whose details were filled in
};

} // namespace sunhall::widgets
