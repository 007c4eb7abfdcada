// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhall/ClientScreens.h"

#include "widgets/shell/CataloguePage.h"
#include "widgets/shell/ClientShell.h"

namespace sunhall::app {

void registerScreens(widgets::ClientShell &shell)
{
    shell.addScreen(widgets::CataloguePage::entry());
}

} // namespace sunhall::app
