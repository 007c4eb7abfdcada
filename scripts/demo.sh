#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The product's main job on its embedded default: sets up the machine, builds, creates the
# demo hall (the demo catalogue and the official calendars in a local SQLite store) and shows
# it through sunhallctl. HALL defaults to build/demo-hall.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh >/dev/null

hall=${HALL:-build/demo-hall}
ctl=build/bin/sunhallctl

"$ctl" demo init --dir "$hall" --force
echo
"$ctl" catalog list --dir "$hall"
echo
"$ctl" calendar show --dir "$hall" --year "$(date +%Y)"
echo
accepted=$(date +%Y-%m-%d)
echo "A 20-working-day item accepted today ($accepted) is due on: $("$ctl" due --dir "$hall" --accepted "$accepted" --days 20)"
