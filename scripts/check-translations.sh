#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when zh_CN is not complete: runs lupdate over every source into a copy of the
# committed .ts (so a new tr() string that nobody translated counts too) and lists every
# entry that is unfinished or empty.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/sunhall_zh_CN.ts "$tmp/check.ts"
dirs=()
for d in core models widgets app server; do [ -d "$d" ] && dirs+=("$d"); done
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -I . "${dirs[@]}" -ts "$tmp/check.ts"
if ! cmp -s translations/sunhall_zh_CN.ts "$tmp/check.ts"; then
    echo "translations/sunhall_zh_CN.ts is out of date with the sources:" >&2
    diff -u translations/sunhall_zh_CN.ts "$tmp/check.ts" | head -40 >&2 || true
fi
unfinished=$(grep -c 'type="unfinished"' "$tmp/check.ts" || true)
total=$(grep -c '<message' "$tmp/check.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "zh_CN has $unfinished unfinished of $total messages:" >&2
    grep -B3 'type="unfinished"' "$tmp/check.ts" | grep '<source>' | head -50 >&2
    exit 1
fi
echo "zh_CN complete: $total messages."
