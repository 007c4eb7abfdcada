// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"

#include <QString>

namespace sunhall::core {

/// A person of the hall as a workstation knows them: from the server's user list (never a
/// password hash), plus, for a user who logged in on this workstation before, a locally made
/// Argon2id verifier of their password so that they can log in while the server is out of
/// reach (DESIGN.md §5).
struct LocalUser
{
    Actor actor;
    bool disabled = false;
    QString verifier; // empty: never logged in here

    friend bool operator==(const LocalUser &, const LocalUser &) = default;
};

} // namespace sunhall::core
