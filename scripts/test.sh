#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up the machine, builds everything (warnings are errors) and runs every test; prints
# the ctest summary and exits non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
ctest --preset default -j"$(nproc)"
