// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/SettingsDialog.h"

#include "core/sync/ClientProfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sunhall::widgets {

using Language = WorkstationSettings::Language;

namespace {

QLabel *valueLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(WorkstationSettings settings, const core::ClientProfile &profile,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_startLanguage(m_settings.language())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);
    createWidgets(profile);
    showLanguageNote();
}

void SettingsDialog::createWidgets(const core::ClientProfile &profile)
{
    auto *languageBox = new QGroupBox(tr("Language"), this);
    m_languageCombo = new QComboBox(languageBox);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    // Each language is named in itself, so that anyone finds their own.
    m_languageCombo->addItem(tr("Automatic (the system's language)"),
                             WorkstationSettings::languageId(Language::Automatic));
    m_languageCombo->addItem(QStringLiteral("简体中文"),
                             WorkstationSettings::languageId(Language::Chinese));
    m_languageCombo->addItem(QStringLiteral("English"),
                             WorkstationSettings::languageId(Language::English));
    m_languageCombo->setCurrentIndex(
        m_languageCombo->findData(WorkstationSettings::languageId(m_settings.language())));
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::showLanguageNote);
    m_languageNote = valueLabel(QStringLiteral("languageNoteLabel"), {}, languageBox);
    auto *languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(tr("Screens in:"), m_languageCombo);
    languageLayout->addRow(m_languageNote);

    auto *workstationBox = new QGroupBox(tr("This workstation"), this);
    auto *form = new QFormLayout(workstationBox);
    form->addRow(tr("Workstation:"), valueLabel(QStringLiteral("workstationValueLabel"),
                                                profile.workstation(), workstationBox));
    form->addRow(tr("Hall:"),
                 valueLabel(QStringLiteral("hallValueLabel"), profile.hall(), workstationBox));
    form->addRow(tr("Server:"), valueLabel(QStringLiteral("serverValueLabel"),
                                           profile.server().toString(), workstationBox));
    form->addRow(tr("Profile folder:"),
                 valueLabel(QStringLiteral("profileFolderValueLabel"),
                            QDir::toNativeSeparators(profile.directory()), workstationBox));
    form->addRow(tr("Settings file:"),
                 valueLabel(QStringLiteral("settingsFileValueLabel"),
                            QDir::toNativeSeparators(m_settings.filePath()), workstationBox));

    m_errorLabel = valueLabel(QStringLiteral("settingsErrorLabel"), {}, this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(languageBox);
    layout->addWidget(workstationBox);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void SettingsDialog::showLanguageNote()
{
    const auto chosen =
        WorkstationSettings::languageFromId(m_languageCombo->currentData().toString());
    if (chosen != m_startLanguage)
        m_languageNote->setText(tr("The new language is used the next time Sunhall starts."));
    else if (chosen == Language::Automatic)
        m_languageNote->setText(tr("Chinese is used unless the system speaks English."));
    else
        m_languageNote->clear();
    m_languageNote->setVisible(!m_languageNote->text().isEmpty());
    // A wrapped note needs more height than the dialog had when it opened.
    if (isVisible())
        adjustSize();
}

void SettingsDialog::accept()
{
    const auto chosen =
        WorkstationSettings::languageFromId(m_languageCombo->currentData().toString());
    WorkstationSettings changed = m_settings;
    changed.setLanguage(chosen.value_or(Language::Automatic));
    if (const core::Status saved = changed.save(); !saved) {
        m_errorLabel->setText(saved.error().message);
        m_errorLabel->show();
        return;
    }
    m_languageChanged = changed.language() != m_startLanguage;
    m_settings = changed;
    QDialog::accept();
}

} // namespace sunhall::widgets
