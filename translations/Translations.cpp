// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sunhall::i18n {

QString install(QCoreApplication &app, const QLocale &locale)
{
    if (locale.language() == QLocale::English)
        return QStringLiteral("en");

    auto *product = new QTranslator(&app);
    if (product->load(QStringLiteral(":/i18n/sunhall_zh_CN.qm")))
        QCoreApplication::installTranslator(product);

    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                     QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    return QStringLiteral("zh_CN");
}

QLocale preferredLocale()
{
    const QString lang = qEnvironmentVariable("SUNHALL_LANG");
    if (!lang.isEmpty())
        return QLocale(lang);
    return QLocale::system();
}

} // namespace sunhall::i18n
