// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace sunhall::i18n {

/// Installs the product's translation for `locale` (and Qt's own, when present) on the
/// application. Chinese is the main language: an unknown locale falls back to zh_CN unless
/// it is English. Returns the language actually installed ("zh_CN" or "en").
QString install(QCoreApplication &app, const QLocale &locale);

/// The locale a program should use: the `SUNHALL_LANG` environment variable ("zh_CN", "en")
/// when set, the system locale otherwise.
QLocale preferredLocale();

} // namespace sunhall::i18n
