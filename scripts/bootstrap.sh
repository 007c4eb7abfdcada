#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages Sunhall builds, tests and runs with. Idempotent: when every
# package is already there it returns at once without touching apt.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql
    qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev
    libssl-dev openssl libsqlite3-dev sqlite3 libargon2-dev
    clang-format libbenchmark-dev curl
    postgresql-15 postgresql-client-15
    fonts-noto-cjk
    libqrencode-dev poppler-utils zbar-tools fonts-urw-base35 fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "bootstrap: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
