// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/shell/WorkstationSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace sunhall::core {
class ClientProfile;
} // namespace sunhall::core

namespace sunhall::widgets {

/// The workstation's settings: the language of the screens (automatic — following the
/// system, Chinese unless the system speaks English —, 简体中文 or English), taking effect the
/// next time the client starts, and, to read only, the workstation, the server, the profile
/// folder and the settings file. Saving writes the settings file; an error is shown in the
/// dialog, which then stays open.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(WorkstationSettings settings, const core::ClientProfile &profile,
                   QWidget *parent = nullptr);

    /// The settings as saved (after accept()) or as loaded.
    const WorkstationSettings &settings() const { return m_settings; }
    /// True when the user chose a language other than the one the client runs in.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    void createWidgets(const core::ClientProfile &profile);
    void showLanguageNote();

    WorkstationSettings m_settings;
    WorkstationSettings::Language m_startLanguage;
    bool m_languageChanged = false;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageNote = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace sunhall::widgets
