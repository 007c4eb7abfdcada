// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sunhall::widgets {
class ClientShell;
} // namespace sunhall::widgets

namespace sunhall::app {

/// Registers every screen of the desktop client with the shell, in the order of the
/// navigation. Each screen is one addScreen() call with its ScreenEntry; the shell shows a
/// user only the screens of their roles.
void registerScreens(widgets::ClientShell &shell);

} // namespace sunhall::app
