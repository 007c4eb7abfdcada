// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/WorkstationSettings.h"

#include <QDir>
#include <QSettings>

namespace sunhall::widgets {

namespace {

const QString languageKey = QStringLiteral("client/language");
const QString lastUserKey = QStringLiteral("client/lastUser");

} // namespace

WorkstationSettings WorkstationSettings::load(const QString &profileDir)
{
    WorkstationSettings settings;
    settings.m_profileDir = profileDir;
    const QSettings file(settings.filePath(), QSettings::IniFormat);
    settings.m_language =
        languageFromId(file.value(languageKey).toString()).value_or(Language::Automatic);
    settings.m_lastUser = file.value(lastUserKey).toString();
    return settings;
}

core::Status WorkstationSettings::save() const
{
    QSettings file(filePath(), QSettings::IniFormat);
    file.setValue(languageKey, languageId(m_language));
    if (m_lastUser.isEmpty())
        file.remove(lastUserKey);
    else
        file.setValue(lastUserKey, m_lastUser);
    file.sync();
    if (file.status() != QSettings::NoError) {
        return core::makeError(QStringLiteral("settings.not-saved"),
                               tr("The settings could not be saved to %1. Check that the "
                                  "workstation profile folder can be written to.")
                                   .arg(QDir::toNativeSeparators(filePath())),
                               QStringLiteral("settings"));
    }
    return core::Status::success();
}

QString WorkstationSettings::filePath() const
{
    return QDir(m_profileDir).filePath(QStringLiteral("settings.ini"));
}

QLocale WorkstationSettings::locale(const QLocale &system) const
{
    switch (m_language) {
    case Language::Chinese:
        return QLocale(QLocale::Chinese, QLocale::China);
    case Language::English:
        return QLocale(QLocale::English);
    case Language::Automatic:
        break;
    }
    return system;
}

QString WorkstationSettings::languageId(Language language)
{
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        return QStringLiteral("en");
    case Language::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<WorkstationSettings::Language> WorkstationSettings::languageFromId(const QString &id)
{
    for (const Language language : {Language::Automatic, Language::Chinese, Language::English}) {
        if (id == languageId(language))
            return language;
    }
    return std::nullopt;
}

} // namespace sunhall::widgets
