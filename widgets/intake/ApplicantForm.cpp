// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intake/ApplicantForm.h"

#include "models/ApplicantCheck.h"
#include "models/ApplicantSearchModel.h"
#include "widgets/intake/IntakeStatusTone.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace sunhall::widgets {

namespace {

using models::ApplicantCheck;
using Tone = IntakeStatusTone;

// The longest values the core's payload reader accepts (IntakePayloads.cpp).
constexpr int maxIdLength = 32;
constexpr int maxNameLength = 200;
constexpr int maxPhoneLength = 32;
constexpr int maxAddressLength = 300;
constexpr int maxAgentNameLength = 100;

QLineEdit *lineEdit(const char *objectName, int maxLength, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMaxLength(maxLength);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel *statusLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

// Still typing: the only thing wrong is that the number is not long enough yet.
bool isIncomplete(const core::Error &error, const QString &text)
{
    return error.code == QLatin1String("identity.length") &&
           text.normalized(QString::NormalizationForm_KC).remove(QLatin1Char(' ')).size() < 18;
}

} // namespace

ApplicantForm::ApplicantForm(const core::Clock &clock, models::ApplicantSearchModel &applicants,
                             QWidget *parent)
    : QGroupBox(tr("1  Applicant"), parent)
    , m_clock(clock)
    , m_applicants(applicants)
{
    setObjectName(QStringLiteral("applicantGroupBox"));
    createWidgets();
    layOut();
    kindChanged();
    checkPhone(m_phoneEdit, m_phoneStatus);
}

void ApplicantForm::createWidgets()
{
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("applicantKindComboBox"));
    for (const core::ApplicantKind kind :
         {core::ApplicantKind::Person, core::ApplicantKind::Organisation})
        m_kindCombo->addItem(core::applicantKindDisplayName(kind), static_cast<int>(kind));
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ApplicantForm::kindChanged);

    m_idEdit = lineEdit("applicantIdLineEdit", maxIdLength, this);
    m_idStatus = statusLabel("applicantIdStatusLabel", this);
    m_returningLabel = statusLabel("returningApplicantLabel", this);
    connect(m_idEdit, &QLineEdit::textChanged, this, &ApplicantForm::checkIdentity);

    m_nameEdit = lineEdit("applicantNameLineEdit", maxNameLength, this);
    m_nameCompleter = new QCompleter(&m_applicants, this);
    m_nameCompleter->setObjectName(QStringLiteral("applicantNameCompleter"));
    m_nameCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_nameCompleter->setWidget(m_nameEdit);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &ApplicantForm::offerNames);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ApplicantForm::changed);
    connect(m_nameCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ApplicantForm::nameChosen);

    m_phoneEdit = lineEdit("applicantPhoneLineEdit", maxPhoneLength, this);
    m_phoneStatus = statusLabel("applicantPhoneStatusLabel", this);
    connect(m_phoneEdit, &QLineEdit::textChanged, this,
            [this]() { checkPhone(m_phoneEdit, m_phoneStatus); });
    m_addressEdit = lineEdit("applicantAddressLineEdit", maxAddressLength, this);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &ApplicantForm::changed);

    m_agentCheck = new QCheckBox(tr("The applicant sends an agent (代理人)"), this);
    m_agentCheck->setObjectName(QStringLiteral("agentCheckBox"));
    m_agentBox = new QWidget(this);
    m_agentBox->setObjectName(QStringLiteral("agentWidget"));
    m_agentBox->hide();
    connect(m_agentCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_agentBox->setVisible(on);
        emit changed();
    });
    m_agentNameEdit = lineEdit("agentNameLineEdit", maxAgentNameLength, m_agentBox);
    m_agentIdEdit = lineEdit("agentIdLineEdit", maxIdLength, m_agentBox);
    m_agentIdStatus = statusLabel("agentIdStatusLabel", m_agentBox);
    m_agentPhoneEdit = lineEdit("agentPhoneLineEdit", maxPhoneLength, m_agentBox);
    m_agentPhoneStatus = statusLabel("agentPhoneStatusLabel", m_agentBox);
    connect(m_agentNameEdit, &QLineEdit::textChanged, this, &ApplicantForm::changed);
    connect(m_agentIdEdit, &QLineEdit::textChanged, this, &ApplicantForm::checkAgentIdentity);
    connect(m_agentPhoneEdit, &QLineEdit::textChanged, this,
            [this]() { checkPhone(m_agentPhoneEdit, m_agentPhoneStatus); });
}

void ApplicantForm::layOut()
{
    m_idLabel = new QLabel(this);
    m_idLabel->setBuddy(m_idEdit);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_nameEdit);

    // A grid rather than a form layout: a feedback line that hides gives its room back.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    addRow(grid, row, new QLabel(tr("Applicant is:"), this), m_kindCombo);
    addRow(grid, row, m_idLabel, m_idEdit, {m_idStatus, m_returningLabel});
    addRow(grid, row, m_nameLabel, m_nameEdit);
    addRow(grid, row, new QLabel(tr("Phone:"), this), m_phoneEdit, {m_phoneStatus});
    addRow(grid, row, new QLabel(tr("Address:"), this), m_addressEdit);
    grid->addWidget(m_agentCheck, row++, 1);

    auto *agentGrid = new QGridLayout(m_agentBox);
    agentGrid->setContentsMargins(0, 0, 0, 0);
    agentGrid->setColumnStretch(1, 1);
    row = 0;
    addRow(agentGrid, row, new QLabel(tr("Agent's name:"), m_agentBox), m_agentNameEdit);
    addRow(agentGrid, row, new QLabel(tr("Agent's citizen ID number:"), m_agentBox), m_agentIdEdit,
           {m_agentIdStatus});
    addRow(agentGrid, row, new QLabel(tr("Agent's phone:"), m_agentBox), m_agentPhoneEdit,
           {m_agentPhoneStatus});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_agentBox);
    layout->addStretch(1);
}

void ApplicantForm::addRow(QGridLayout *grid, int &row, QLabel *label, QWidget *field,
                           const QList<QLabel *> &feedback)
{
    label->setBuddy(field);
    grid->addWidget(label, row, 0);
    grid->addWidget(field, row++, 1);
    for (QLabel *line : feedback)
        grid->addWidget(line, row++, 1);
}

core::ApplicantKind ApplicantForm::kind() const
{
    return static_cast<core::ApplicantKind>(m_kindCombo->currentData().toInt());
}

void ApplicantForm::kindChanged()
{
    const bool person = kind() == core::ApplicantKind::Person;
    m_idLabel->setText(person ? tr("Citizen ID number:") : tr("Unified social credit code:"));
    m_nameLabel->setText(person ? tr("Name:") : tr("Organisation name:"));
    m_idEdit->setPlaceholderText(tr("18 characters, checked as you type"));
    checkIdentity();
}

void ApplicantForm::checkIdentity()
{
    const QString text = m_idEdit->text();
    const bool person = kind() == core::ApplicantKind::Person;
    if (text.trimmed().isEmpty()) {
        showIntakeStatus(m_idStatus,
                         person ? tr("Type the 18 characters of the citizen ID number.")
                                : tr("Type the 18 characters of the unified social credit code."),
                         Tone::Hint);
        showIntakeStatus(m_returningLabel, QString(), Tone::Hint);
        m_filledFrom.clear();
        emit changed();
        return;
    }
    const core::Result<core::IdentityNumber> number =
        ApplicantCheck::identity(kind(), text, m_clock.today());
    if (!number && number.error().code == QLatin1String("applicant.wrong-kind")) {
        // The number says what the applicant is; switching re-checks it.
        m_kindCombo->setCurrentIndex(person ? 1 : 0);
        return;
    }
    if (!number) {
        const Tone tone = isIncomplete(number.error(), text) ? Tone::Hint : Tone::Error;
        showIntakeStatus(m_idStatus, number.error().message, tone);
        showIntakeStatus(m_returningLabel, QString(), Tone::Hint);
    } else {
        showIntakeStatus(m_idStatus, tr("✓ %1").arg(ApplicantCheck::describe(*number)), Tone::Ok);
        lookUpReturning(number->number());
    }
    emit changed();
}

void ApplicantForm::checkPhone(QLineEdit *edit, QLabel *status)
{
    const QString text = edit->text();
    if (text.trimmed().isEmpty()) {
        showIntakeStatus(status,
                         edit == m_phoneEdit
                             ? tr("Optional, but without it the applicant gets no SMS notices.")
                             : QString(),
                         Tone::Hint);
    } else if (const core::Result<QString> phone = ApplicantCheck::phone(text); !phone) {
        showIntakeStatus(status, phone.error().message, Tone::Error);
    } else {
        showIntakeStatus(status, QString(), Tone::Ok);
    }
    emit changed();
}

void ApplicantForm::checkAgentIdentity()
{
    const QString text = m_agentIdEdit->text();
    if (text.trimmed().isEmpty()) {
        showIntakeStatus(m_agentIdStatus, QString(), Tone::Hint);
    } else if (const core::Result<core::IdentityNumber> number =
                   core::IdentityNumber::parseCitizenId(text, m_clock.today());
               !number) {
        showIntakeStatus(m_agentIdStatus, number.error().message,
                         isIncomplete(number.error(), text) ? Tone::Hint : Tone::Error);
    } else {
        showIntakeStatus(m_agentIdStatus, tr("✓ %1").arg(ApplicantCheck::describe(*number)),
                         Tone::Ok);
    }
    emit changed();
}

void ApplicantForm::lookUpReturning(const QString &idNumber)
{
    if (idNumber == m_filledFrom)
        return;
    const core::Result<std::optional<core::Applicant>> found =
        m_applicants.findByIdNumber(idNumber);
    if (!found) {
        showIntakeStatus(m_returningLabel, found.error().message, Tone::Error);
        return;
    }
    if (!found->has_value()) {
        showIntakeStatus(m_returningLabel, QString(), Tone::Hint);
        return;
    }
    m_filledFrom = idNumber;
    const core::Applicant &known = **found;
    if (m_nameEdit->text().trimmed().isEmpty())
        m_nameEdit->setText(known.name);
    if (m_phoneEdit->text().trimmed().isEmpty())
        m_phoneEdit->setText(known.phone);
    if (m_addressEdit->text().trimmed().isEmpty())
        m_addressEdit->setText(known.address);
    showIntakeStatus(m_returningLabel,
                     tr("Returning applicant %1: the details of the last application were "
                        "filled in. Check them with the applicant.")
                         .arg(known.name),
                     Tone::Ok);
}

void ApplicantForm::offerNames(const QString &text)
{
    if (text.trimmed().size() < 2) {
        m_nameCompleter->popup()->hide();
        return;
    }
    if (!m_applicants.search(text) || m_applicants.rowCount() == 0) {
        m_nameCompleter->popup()->hide();
        return;
    }
    // Wide enough for name, number and phone, which the name field alone is not.
    QAbstractItemView *popup = m_nameCompleter->popup();
    const int wanted = popup->sizeHintForColumn(0) +
                       popup->verticalScrollBar()->sizeHint().width() + 2 * popup->frameWidth();
    m_nameCompleter->complete(QRect(0, 0, qMax(m_nameEdit->width(), wanted), m_nameEdit->height()));
}

void ApplicantForm::nameChosen(const QModelIndex &index)
{
    const QString idNumber = index.data(models::ApplicantSearchModel::IdNumberRole).toString();
    for (int row = 0; row < m_applicants.rowCount(); ++row) {
        if (m_applicants.applicant(row).idNumber == idNumber) {
            fill(m_applicants.applicant(row));
            m_phoneEdit->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void ApplicantForm::fill(const core::Applicant &applicant)
{
    m_filledFrom = applicant.idNumber;
    m_kindCombo->setCurrentIndex(applicant.kind == core::ApplicantKind::Person ? 0 : 1);
    m_idEdit->setText(applicant.idNumber);
    m_nameEdit->setText(applicant.name);
    m_phoneEdit->setText(applicant.phone);
    m_addressEdit->setText(applicant.address);
    m_agentCheck->setChecked(applicant.agent.has_value());
    m_agentNameEdit->setText(applicant.agent ? applicant.agent->name : QString());
    m_agentIdEdit->setText(applicant.agent ? applicant.agent->idNumber : QString());
    m_agentPhoneEdit->setText(applicant.agent ? applicant.agent->phone : QString());
    showIntakeStatus(m_returningLabel,
                     tr("Returning applicant %1: the details of the last application were "
                        "filled in. Check them with the applicant.")
                         .arg(applicant.name),
                     Tone::Ok);
    emit changed();
}

void ApplicantForm::clear()
{
    m_filledFrom.clear();
    m_nameCompleter->popup()->hide();
    for (QLineEdit *edit : {m_idEdit, m_nameEdit, m_phoneEdit, m_addressEdit, m_agentNameEdit,
                            m_agentIdEdit, m_agentPhoneEdit})
        edit->clear();
    m_agentCheck->setChecked(false);
    m_kindCombo->setCurrentIndex(0);
    checkIdentity();
}

core::Applicant ApplicantForm::applicant() const
{
    core::Applicant applicant;
    applicant.kind = kind();
    const core::Result<core::IdentityNumber> number =
        ApplicantCheck::identity(applicant.kind, m_idEdit->text(), m_clock.today());
    applicant.idNumber = number ? number->number() : m_idEdit->text().trimmed();
    applicant.name = m_nameEdit->text().trimmed();
    const core::Result<QString> phone = ApplicantCheck::phone(m_phoneEdit->text());
    applicant.phone = phone ? *phone : m_phoneEdit->text().trimmed();
    applicant.address = m_addressEdit->text().trimmed();
    if (m_agentCheck->isChecked()) {
        core::Agent agent;
        agent.name = m_agentNameEdit->text().trimmed();
        const core::Result<core::IdentityNumber> agentNumber =
            core::IdentityNumber::parseCitizenId(m_agentIdEdit->text(), m_clock.today());
        agent.idNumber = agentNumber ? agentNumber->number() : m_agentIdEdit->text().trimmed();
        const core::Result<QString> agentPhone = ApplicantCheck::phone(m_agentPhoneEdit->text());
        agent.phone = agentPhone ? *agentPhone : m_agentPhoneEdit->text().trimmed();
        applicant.agent = agent;
    }
    return applicant;
}

std::optional<core::Error> ApplicantForm::problem() const
{
    const auto wrong = [](const QString &field, const QString &message) {
        return std::optional<core::Error>(
            core::makeError(QStringLiteral("applicant.incomplete"), message, field));
    };
    const bool person = kind() == core::ApplicantKind::Person;
    const QString id = QStringLiteral("applicant.idNumber");
    if (m_idEdit->text().trimmed().isEmpty())
        return wrong(id, person ? tr("Enter the applicant's citizen ID number.")
                                : tr("Enter the organisation's unified social credit code."));
    if (const auto number = ApplicantCheck::identity(kind(), m_idEdit->text(), m_clock.today());
        !number)
        return wrong(id, number.error().message);
    if (m_nameEdit->text().trimmed().isEmpty())
        return wrong(QStringLiteral("applicant.name"), person
                                                           ? tr("Enter the applicant's name.")
                                                           : tr("Enter the organisation's name."));
    if (const auto phone = ApplicantCheck::phone(m_phoneEdit->text());
        !phone && !m_phoneEdit->text().trimmed().isEmpty())
        return wrong(QStringLiteral("applicant.phone"), phone.error().message);
    if (!m_agentCheck->isChecked())
        return std::nullopt;
    if (m_agentNameEdit->text().trimmed().isEmpty())
        return wrong(QStringLiteral("applicant.agent.name"),
                     tr("Enter the agent's name, or untick the agent."));
    const QString agentId = QStringLiteral("applicant.agent.idNumber");
    if (m_agentIdEdit->text().trimmed().isEmpty())
        return wrong(agentId, tr("Enter the agent's citizen ID number."));
    if (const auto agent =
            core::IdentityNumber::parseCitizenId(m_agentIdEdit->text(), m_clock.today());
        !agent)
        return wrong(agentId, tr("Agent: %1").arg(agent.error().message));
    if (const auto phone = ApplicantCheck::phone(m_agentPhoneEdit->text());
        !phone && !m_agentPhoneEdit->text().trimmed().isEmpty())
        return wrong(QStringLiteral("applicant.agent.phone"),
                     tr("Agent: %1").arg(phone.error().message));
    return std::nullopt;
}

QWidget *ApplicantForm::fieldFor(const QString &field) const
{
    const QList<std::pair<QLatin1String, QWidget *>> fields{
        {QLatin1String("applicant.agent.idNumber"), m_agentIdEdit},
        {QLatin1String("applicant.agent.name"), m_agentNameEdit},
        {QLatin1String("applicant.agent.phone"), m_agentPhoneEdit},
        {QLatin1String("applicant.name"), m_nameEdit},
        {QLatin1String("applicant.phone"), m_phoneEdit},
        {QLatin1String("applicant.address"), m_addressEdit},
    };
    for (const auto &[name, widget] : fields) {
        if (field == name)
            return widget;
    }
    return m_idEdit;
}

QWidget *ApplicantForm::firstField() const
{
    return m_kindCombo;
}

QWidget *ApplicantForm::startField() const
{
    return m_idEdit;
}

QList<QWidget *> ApplicantForm::fields() const
{
    return {m_kindCombo,  m_idEdit,        m_nameEdit,    m_phoneEdit,     m_addressEdit,
            m_agentCheck, m_agentNameEdit, m_agentIdEdit, m_agentPhoneEdit};
}

} // namespace sunhall::widgets
