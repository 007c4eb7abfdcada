// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace sunhall::widgets {

/// The desktop client's settings of one workstation, kept beside its profile in
/// `settings.ini` (QSettings, ini format) so that each workstation of a shared machine keeps
/// its own: the language of the screens and the last user who logged in here (to fill in the
/// login dialog). A value object: load() reads the file once, save() writes it back; main()
/// passes it down, tests make one over a temporary folder.
class WorkstationSettings
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationSettings)
public:
    enum class Language
    {
        Automatic, // follows the system: Chinese unless the system speaks English
        Chinese,   // zh_CN
        English,
    };

    /// Reads `settings.ini` in `profileDir`; missing or unknown values keep their defaults.
    static WorkstationSettings load(const QString &profileDir);
    /// Writes the settings to `settings.ini` in the profile folder they were loaded from.
    core::Status save() const;

    QString filePath() const;
    Language language() const { return m_language; }
    void setLanguage(Language language) { m_language = language; }
    QString lastUser() const { return m_lastUser; }
    void setLastUser(const QString &userId) { m_lastUser = userId; }

    /// The locale the screens use: the chosen language, or for Automatic `system`'s language
    /// (which i18n::install turns into zh_CN unless it is English).
    QLocale locale(const QLocale &system) const;

    /// "auto", "zh_CN", "en": as stored in the file.
    static QString languageId(Language language);
    static std::optional<Language> languageFromId(const QString &id);

private:
    QString m_profileDir;
    Language m_language = Language::Automatic;
    QString m_lastUser;
};

} // namespace sunhall::widgets
