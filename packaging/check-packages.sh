#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the .deb packages from a build tree with CPack and checks them: one package per
# program plus the shared data, each carrying its files, and neither the server nor the
# command line depending on Qt Widgets or Qt Gui (they run on machines without a display).
# Usage: check-packages.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || {
    cat "$out/cpack.log" >&2
    echo "cpack failed" >&2
    exit 1
}
fail=0
check() { echo "$1"; }
for name in sunhall-common sunhallctl sunhall-server sunhall; do
    deb=$(ls "$out"/${name}_*.deb 2>/dev/null | head -1)
    if [ -z "$deb" ]; then
        echo "missing package: $name" >&2
        fail=1
        continue
    fi
    depends=$(dpkg-deb -f "$deb" Depends)
    contents=$(dpkg-deb -c "$deb")
    check "$name: $(basename "$deb") — Depends: $depends"
    case $name in
        sunhall-common)
            for f in ./usr/share/sunhall/calendars/2026.json ./usr/share/sunhall/catalog/demo-catalog.json; do
                grep -q " $f\$" <<<"$contents" || { echo "$name lacks $f" >&2; fail=1; }
            done ;;
        sunhallctl|sunhall-server)
            grep -q " ./usr/bin/$name\$" <<<"$contents" || { echo "$name lacks /usr/bin/$name" >&2; fail=1; }
            if grep -Eq 'libqt6widgets|libqt6gui' <<<"$depends"; then
                echo "$name depends on Qt Gui/Widgets: $depends" >&2
                fail=1
            fi
            grep -q 'sunhall-common' <<<"$depends" || { echo "$name does not depend on sunhall-common" >&2; fail=1; } ;;
        sunhall)
            grep -q " ./usr/bin/sunhall\$" <<<"$contents" || { echo "sunhall lacks /usr/bin/sunhall" >&2; fail=1; }
            grep -q 'libqt6widgets' <<<"$depends" || { echo "sunhall does not declare Qt Widgets: $depends" >&2; fail=1; } ;;
    esac
done
exit $fail
