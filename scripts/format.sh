#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks (default) or fixes (--fix) the formatting of every C++ source with the committed
# .clang-format. Lists the files that are not formatted and exits 1 when there are any.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
mapfile -t files < <(find core models widgets app server tests translations \
                       \( -name '*.cpp' -o -name '*.h' \) -type f 2>/dev/null | sort)
[ ${#files[@]} -gt 0 ] || exit 0
if [ "$mode" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "Not formatted (run: cmake --build build --target format):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "All ${#files[@]} C++ sources are formatted."
