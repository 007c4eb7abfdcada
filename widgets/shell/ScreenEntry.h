// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/common/Role.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace sunhall::widgets {

class ScreenContext;

/// Makes a screen for the main window: a widget parented to `parent`, working with what
/// `context` hands it (the store, the sync engine, the clock, the user, the catalogue and the
/// calendar). Called once per session, the first time the user opens the screen.
using ScreenFactory = std::function<QWidget *(ScreenContext &context, QWidget *parent)>;

/// One screen of the desktop client as it registers itself with the main window (see
/// MainWindow::addScreen): a stable id ("intake"), the title of its navigation entry, already
/// translated (受理), an icon, the roles that may open it (empty: everyone) and the factory
/// that makes it. A screen whose roles the user does not hold, or without a factory, is never
/// shown: the navigation lists only what the user can work with.
struct ScreenEntry
{
    QString id;
    QString title;
    QIcon icon;
    QList<core::Role> rolesAllowed;
    ScreenFactory factory;

    /// True when `user` holds one of the roles (or the screen is for everyone).
    bool isAllowedFor(const core::Actor &user) const
    {
        if (rolesAllowed.isEmpty())
            return true;
        for (const core::Role role : rolesAllowed) {
            if (user.hasRole(role))
                return true;
        }
        return false;
    }
};

} // namespace sunhall::widgets
