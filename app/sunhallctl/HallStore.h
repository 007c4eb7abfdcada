// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LocalStore.h"
#include "core/time/WorkingCalendar.h"

#include <memory>

namespace sunhall::ctl {

/// A hall folder as sunhallctl sees it: the store `hall.db` inside `--dir`.
class HallStore
{
    Q_DECLARE_TR_FUNCTIONS(HallStore)
public:
    static QString storePath(const QString &dir);
    /// Opens the store of an existing hall; an error when the folder holds no hall.
    static core::Result<std::unique_ptr<core::LocalStore>> open(const QString &dir);
    /// The hall's calendar when `dir` is given, else the shipped calendars alone.
    static core::Result<core::WorkingCalendar> calendar(const QString &dir);
};

} // namespace sunhall::ctl
